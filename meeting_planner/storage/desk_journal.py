"""The desk's local journal: an SQLite file beside the user settings, written without the workspace.

Every entry is committed (``synchronous=FULL``) before the desk reports the check-in, so an entry survives a
crash of the laptop. The export file (``journal export``) is JSON, written to a temporary name, flushed and
renamed, so a USB stick pulled halfway never leaves a half file that looks whole.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from meeting_planner.domain.attendance import CheckInMethod
from meeting_planner.domain.desk_journal import EntryKind, JournalEntry
from meeting_planner.errors import Phrase
from meeting_planner.storage.errors import WorkspaceError, io_reason

EXPORT_FORMAT = "meeting-planner-desk-journal"
EXPORT_VERSION = 1
#: An export file larger than this is refused before it is read.
MAX_EXPORT_BYTES = 64 * 1024 * 1024

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    workspace TEXT NOT NULL,
    meeting_id INTEGER NOT NULL,
    attendee_id INTEGER NOT NULL,
    at TEXT NOT NULL,
    desk TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL DEFAULT 'name',
    substitute INTEGER NOT NULL DEFAULT 0,
    substitute_name TEXT NOT NULL DEFAULT '',
    substitute_title TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    synced_at TEXT,
    outcome TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_entries_pending ON entries (workspace, synced_at);
"""
_COLUMNS = [
    "id",
    "kind",
    "workspace",
    "meeting_id",
    "attendee_id",
    "at",
    "desk",
    "name",
    "unit",
    "code",
    "method",
    "substitute",
    "substitute_name",
    "substitute_title",
    "target",
    "synced_at",
    "outcome",
]


class JournalError(WorkspaceError):
    """The desk journal (or a journal file brought by USB) cannot be read or written; the message says which."""


def default_journal_path() -> Path:
    """``desk-journal.db`` in the user's settings folder (platform specific)."""
    from platformdirs import user_config_path

    return user_config_path("meeting-planner", appauthor=False) / "desk-journal.db"


def _entry(row: sqlite3.Row | dict[str, Any]) -> JournalEntry:
    synced = row["synced_at"]
    return JournalEntry(
        id=str(row["id"]),
        kind=EntryKind(row["kind"]),
        workspace=str(row["workspace"]),
        meeting_id=int(row["meeting_id"]),
        attendee_id=int(row["attendee_id"]),
        at=datetime.fromisoformat(str(row["at"])),
        desk=str(row["desk"]),
        name=str(row["name"]),
        unit=str(row["unit"]),
        code=str(row["code"]),
        method=CheckInMethod(row["method"]),
        substitute=bool(row["substitute"]),
        substitute_name=str(row["substitute_name"]),
        substitute_title=str(row["substitute_title"]),
        target=str(row["target"]),
        synced_at=datetime.fromisoformat(str(synced)) if synced else None,
        outcome=str(row["outcome"] or ""),
    )


def _values(entry: JournalEntry) -> tuple[Any, ...]:
    data = asdict(entry)
    data["kind"] = entry.kind.value
    data["method"] = entry.method.value
    data["at"] = entry.at.isoformat()
    data["substitute"] = int(entry.substitute)
    data["synced_at"] = entry.synced_at.isoformat() if entry.synced_at else None
    return tuple(data[name] for name in _COLUMNS)


class DeskJournal:
    """The journal file of this desk. Every method is one committed transaction."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_journal_path()
        self._lock = threading.Lock()  # the desk writes from the GUI thread and replays from a worker
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise JournalError(
                Phrase.of("无法打开签到日志 {path}：{io_reason}。", path=self.path, io_reason=io_reason(error))
            ) from error
        self._db.row_factory = sqlite3.Row
        try:
            self._db.execute("PRAGMA busy_timeout = 5000")
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA journal_mode = WAL")
            if self._db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("database disk image is malformed")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            self._db.close()
            raise JournalError(
                Phrase.of(
                    "签到日志 {path} 无法读取（{io_reason}）"
                    "：请把它改名保存（其中的记录可交技术人员恢复），再重新打开本软件。",
                    path=self.path,
                    io_reason=io_reason(error),
                )
            ) from error

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def _write(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        try:
            with self._lock, self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(sql, rows)
        except sqlite3.Error as error:
            raise JournalError(
                Phrase.of(
                    "无法写入签到日志 {path}：{io_reason}，本条未记录。", path=self.path, io_reason=io_reason(error)
                )
            ) from error

    def add(self, entry: JournalEntry) -> None:
        """Record ``entry`` (committed to disk before this returns)."""
        self.add_many([entry])

    def add_many(self, entries: Iterable[JournalEntry]) -> int:
        """Record entries not yet in the journal (by id); returns how many were new."""
        before = self._count()
        placeholders = ", ".join("?" for _ in _COLUMNS)
        self._write(
            f"INSERT OR IGNORE INTO entries ({', '.join(_COLUMNS)}) VALUES ({placeholders})",
            (_values(e) for e in entries),
        )
        return self._count() - before

    def _count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM entries").fetchone()[0])

    def _select(self, where: str, parameters: tuple[Any, ...]) -> list[JournalEntry]:
        try:
            with self._lock:
                rows = self._db.execute(f"SELECT * FROM entries WHERE {where} ORDER BY seq", parameters).fetchall()
        except sqlite3.Error as error:
            raise JournalError(
                Phrase.of("无法读取签到日志 {path}：{io_reason}。", path=self.path, io_reason=io_reason(error))
            ) from error
        return [_entry(row) for row in rows]

    def pending(self, workspace: str, meeting_id: int | None = None) -> list[JournalEntry]:
        """Entries of ``workspace`` (and ``meeting_id``) not yet replayed, in the order they were made."""
        if meeting_id is None:
            return self._select("workspace = ? AND synced_at IS NULL", (workspace,))
        return self._select("workspace = ? AND meeting_id = ? AND synced_at IS NULL", (workspace, meeting_id))

    def pending_count(self, workspace: str) -> int:
        """How many entries of ``workspace`` wait to be replayed (one indexed count)."""
        try:
            with self._lock:
                row = self._db.execute(
                    "SELECT count(*) FROM entries WHERE workspace = ? AND synced_at IS NULL", (workspace,)
                ).fetchone()
        except sqlite3.Error as error:
            raise JournalError(
                Phrase.of("无法读取签到日志 {path}：{io_reason}。", path=self.path, io_reason=io_reason(error))
            ) from error
        return int(row[0])

    def entries(self, workspace: str | None = None) -> list[JournalEntry]:
        """Every entry (of ``workspace``), replayed or not."""
        if workspace is None:
            return self._select("1 = 1", ())
        return self._select("workspace = ?", (workspace,))

    def mark_synced(self, outcomes: dict[str, str], when: datetime) -> None:
        """Entries replayed into the workspace, with what each did."""
        self._write(
            "UPDATE entries SET synced_at = ?, outcome = ? WHERE id = ?",
            ((when.isoformat(), outcome, entry_id) for entry_id, outcome in outcomes.items()),
        )


# --- the USB file ----------------------------------------------------------------------------------


def write_export(path: Path, entries: list[JournalEntry], desk: str, when: datetime) -> None:
    """Write ``entries`` to ``path`` (JSON), atomically: a temporary file, flushed, then renamed."""
    document = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "desk": desk,
        "exported_at": when.isoformat(),
        "entries": [dict(zip(_COLUMNS, _values(entry), strict=True)) for entry in entries],
    }
    temporary = path.with_name(path.name + ".part")
    try:
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise JournalError(
            Phrase.of("无法写入签到日志文件 {path}：{io_reason}，未导出。", path=path, io_reason=io_reason(error))
        ) from error


def read_export(path: Path) -> list[JournalEntry]:
    """The entries of a journal file written by ``write_export``; ``JournalError`` naming the file and what is
    wrong when it is not one (cut short, edited, another kind of file)."""
    bad = Phrase.of("{path} 不是有效的签到日志文件", path=path)
    try:
        if path.stat().st_size > MAX_EXPORT_BYTES:
            raise JournalError(Phrase.of("{bad}（文件过大）。", bad=bad))
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise JournalError(Phrase.of("找不到签到日志文件 {path}。", path=path)) from None
    except UnicodeDecodeError:
        raise JournalError(Phrase.of("{bad}（不是文本文件）。", bad=bad)) from None
    except json.JSONDecodeError as error:
        raise JournalError(
            Phrase.of("{bad}（第 {lineno} 行内容不完整或已损坏），未合并任何记录。", bad=bad, lineno=error.lineno)
        ) from None
    except OSError as error:
        raise JournalError(
            Phrase.of("无法读取签到日志文件 {path}：{io_reason}。", path=path, io_reason=io_reason(error))
        ) from error
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise JournalError(Phrase.of("{bad}（不是会务筹备导出的签到日志）。", bad=bad))
    if document.get("version") != EXPORT_VERSION:
        raise JournalError(
            Phrase.of("{bad}（版本 {get} 不受支持，请升级本软件）。", bad=bad, get=document.get("version"))
        )
    rows = document.get("entries")
    if not isinstance(rows, list):
        raise JournalError(Phrase.of("{bad}（缺少记录列表）。", bad=bad))
    entries = []
    for number, row in enumerate(rows, start=1):
        try:
            if not isinstance(row, dict) or set(_COLUMNS) - set(row):
                raise ValueError("missing fields")
            entry = _entry(row)
            if not entry.id or len(entry.id) > 36 or not entry.workspace:
                raise ValueError("bad id")
        except (ValueError, TypeError, KeyError):
            raise JournalError(
                Phrase.of("{bad}（第 {number} 条记录不完整或已损坏），未合并任何记录。", bad=bad, number=number)
            ) from None
        entries.append(replace(entry, synced_at=None, outcome=""))
    return entries
