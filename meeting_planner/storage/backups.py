"""Backups of a SQLite workspace: taken atomically, verified, per workspace; and restoring one.

A backup is written through SQLite's backup API to a temporary name in ``backups/`` beside the
workspace, checked with ``PRAGMA quick_check``, fsynced and only then renamed to its final name
``<workspace>-YYYYmmdd-HHMMSS-ffffff.db``. A backup killed or failed halfway therefore never looks
like a backup: it cannot be listed, restored, or suppress the next one, and it is cleaned up later.
Each workspace only ever sees (and rotates) backups carrying its own name.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from meeting_planner.domain.backups import BackupInfo
from meeting_planner.errors import Phrase
from meeting_planner.storage.errors import WorkspaceError, io_reason

#: How many backups of a SQLite workspace are kept.
BACKUPS_KEPT = 10
#: Opening makes a backup only if the newest one is older than this (so a burst of CLI commands
#: does not rotate the useful backups away).
BACKUP_INTERVAL = timedelta(minutes=30)
#: A temporary backup file older than this was left by a backup that was killed or failed.
STRAY_AGE = timedelta(minutes=2)
_TEMP_SUFFIX = ".partial"
_STAMP = "%Y%m%d-%H%M%S-%f"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def backup_dir(path: Path) -> Path:
    """Where the backups of the workspace at ``path`` go."""
    return path.parent / "backups"


def _prefix(path: Path) -> str:
    return path.stem if path.suffix.lower() == ".db" else path.name


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(_prefix(path)) + r"-(\d{8}-\d{6}-\d{6})\.db")


def list_backups(path: Path) -> list[Path]:
    """The finished backups of the workspace at ``path``, oldest first (never another workspace's)."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    pattern = _pattern(path)
    found = [entry for entry in folder.iterdir() if pattern.fullmatch(entry.name) and entry.is_file()]
    return sorted(found, key=lambda entry: entry.name)


def backup_time(backup: Path) -> datetime | None:
    """When ``backup`` was taken, read from its name."""
    match = re.search(r"-(\d{8}-\d{6}-\d{6})\.db$", backup.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _STAMP)


def _uri(path: Path, mode: str = "ro") -> str:
    return path.absolute().as_uri() + f"?mode={mode}"


def _count(connection: sqlite3.Connection, table: str) -> int | None:
    try:
        row = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
    except sqlite3.Error:
        return None
    return int(row[0])


def describe_backup(backup: Path) -> BackupInfo:
    """What ``backup`` holds (meetings, attendees, directory people); ``problem`` says if it is unusable."""
    taken = backup_time(backup) or datetime.fromtimestamp(backup.stat().st_mtime)
    problem = check_database_file(backup)
    if problem:
        return BackupInfo(backup, taken, None, None, None, problem)
    connection = sqlite3.connect(_uri(backup), uri=True)
    try:
        return BackupInfo(
            backup,
            taken,
            _count(connection, "meetings"),
            _count(connection, "attendees"),
            _count(connection, "people"),
        )
    finally:
        connection.close()


def check_database_file(path: Path) -> str:
    """Why ``path`` is not a sound SQLite database ('' when it is): missing, not SQLite, or damaged."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        return io_reason(error)
    if magic != _SQLITE_MAGIC:
        return "不是 SQLite 数据库文件"
    try:
        connection = sqlite3.connect(_uri(path), uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return io_reason(error)
    if rows != [("ok",)]:
        return "完整性检查未通过"
    return ""


def backup_due(path: Path, now: datetime | None = None) -> bool:
    """Whether opening the workspace should take a backup (none yet, or the newest is old)."""
    backups = list_backups(path)
    if not backups:
        return True
    age = (now or datetime.now()).timestamp() - backups[-1].stat().st_mtime
    return age > BACKUP_INTERVAL.total_seconds()


def clean_strays(path: Path, now: datetime | None = None) -> list[Path]:
    """Remove temporary files left by backups that were killed or failed (older than ``STRAY_AGE``)."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    limit = (now or datetime.now()).timestamp() - STRAY_AGE.total_seconds()
    removed = []
    marker = f".{_prefix(path)}-"
    for entry in folder.iterdir():
        if not entry.name.startswith(marker) or _TEMP_SUFFIX not in entry.name:
            continue
        try:
            if entry.stat().st_mtime < limit:
                entry.unlink()
                removed.append(entry)
        except OSError:
            continue
    return removed


def _fsync_file(path: Path) -> None:
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_temporary(temporary: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(temporary) + suffix).unlink(missing_ok=True)


def make_backup(path: Path, keep: int | None = BACKUPS_KEPT, now: datetime | None = None) -> Path | None:
    """Back up the SQLite workspace at ``path``; returns the new backup (``None`` if there is nothing).

    The copy is taken with SQLite's backup API into a temporary file, verified, fsynced and renamed;
    then the oldest backups beyond ``keep`` are removed (``keep=None`` removes none). Raises
    ``WorkspaceError`` (naming the file) when the backup cannot be made; no partial backup is left.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = backup_dir(path)
    moment = now or datetime.now()
    target = folder / f"{_prefix(path)}-{moment.strftime(_STAMP)}.db"
    while target.exists():
        moment += timedelta(microseconds=1)
        target = folder / f"{_prefix(path)}-{moment.strftime(_STAMP)}.db"
    temporary = folder / f".{target.stem}.{os.getpid()}{_TEMP_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        clean_strays(path)
        source = sqlite3.connect(_uri(path), uri=True)
        try:
            source.execute("PRAGMA busy_timeout = 10000")
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode = DELETE")
                check = destination.execute("PRAGMA quick_check").fetchall()
            finally:
                destination.close()
        finally:
            source.close()
        if check != [("ok",)]:
            raise WorkspaceError(
                Phrase.of(
                    "备份 {target} 校验未通过，未保存该备份（工作区 {path} 本身可能已损坏）。", target=target, path=path
                )
            )
        _fsync_file(temporary)
        os.replace(temporary, target)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as error:
        _remove_temporary(temporary)
        raise WorkspaceError(
            Phrase.of("无法写入备份 {target}：{io_reason}，未保存该备份。", target=target, io_reason=io_reason(error))
        ) from error
    except BaseException:
        _remove_temporary(temporary)
        raise
    if keep is not None:
        existing = list_backups(path)
        for old in existing[: max(0, len(existing) - max(keep, 1))]:
            if old != target:
                old.unlink(missing_ok=True)
    return target


def _move_aside(path: Path, stamp: str) -> Path:
    """Rename a damaged workspace (and its -wal/-shm) out of the way, keeping it for inspection."""
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm", ""):
        current = Path(str(path) + suffix)
        if current.exists():
            os.replace(current, Path(str(aside) + suffix))
    return aside


def restore_into(path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Copy ``backup`` into the live workspace ``path`` through SQLite's backup API.

    The current state is saved as a backup first (returned); if the workspace is too damaged to be
    backed up, its files (with -wal/-shm) are renamed aside instead (``*.damaged-<time>``). Writing
    through SQLite (never copying files) means a leftover -wal file can not be replayed onto the
    restored data. The caller has checked ``backup`` and closed its own connections.
    """
    moment = now or datetime.now()
    saved: Path | None = None
    damaged = False
    if path.exists() and path.stat().st_size > 0:
        try:
            if check_database_file(path):
                raise WorkspaceError("damaged")
            saved = make_backup(path, keep=None, now=moment)
        except WorkspaceError:
            damaged = True
    stamp = moment.strftime(_STAMP)
    if damaged:
        _move_aside(path, stamp)
    try:
        source = sqlite3.connect(_uri(backup), uri=True)
        try:
            destination = sqlite3.connect(path, timeout=10)
            try:
                source.backup(destination)
                destination.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                check = destination.execute("PRAGMA quick_check").fetchall()
            finally:
                destination.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        if damaged:
            reason = io_reason(error)
            raise WorkspaceError(
                Phrase.of(
                    "无法恢复到 {path}：{reason}，原工作区已另存为 *.damaged-{stamp}。",
                    path=path,
                    reason=reason,
                    stamp=stamp,
                )
            ) from error
        # The live file cannot take the copy: keep it aside and restore into a fresh file.
        _move_aside(path, stamp)
        return restore_into(path, backup, moment + timedelta(microseconds=1)) or saved
    except OSError as error:
        raise WorkspaceError(
            Phrase.of("无法恢复到 {path}：{io_reason}。", path=path, io_reason=io_reason(error))
        ) from error
    if check != [("ok",)]:
        raise WorkspaceError(Phrase.of("恢复后的工作区 {path} 校验未通过，请换一个备份再试。", path=path))
    return saved
