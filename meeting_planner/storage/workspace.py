"""Opening a workspace: engine set-up, safety checks, schema upgrades and rolling backups.

A workspace is one SQLite file by default, or any SQLAlchemy URL (PostgreSQL for a shared office
server). SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL``, so every committed
transaction survives a crash of the process or the machine. Every user action is one transaction
(``Workspace.transaction``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

#: The newest Alembic revision; a test checks it matches the migration scripts.
SCHEMA_HEAD = "0004"
#: How many backups of a SQLite workspace are kept.
BACKUPS_KEPT = 10
#: Opening makes a backup only if the newest one is older than this (so a burst of CLI commands
#: does not rotate the useful backups away).
BACKUP_INTERVAL = timedelta(minutes=30)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_OUR_TABLES = {"meetings", "steps", "templates"}


class WorkspaceError(Exception):
    """The workspace cannot be opened or used; the message is meant for the user."""


def default_workspace_path() -> Path:
    """``workspace.db`` in the user's data directory (platform specific)."""
    from platformdirs import user_data_path

    return user_data_path("meeting-planner", appauthor=False) / "workspace.db"


def database_url(value: str | os.PathLike[str] | None) -> str:
    """Turn a ``--db`` value (path or URL), ``$MEETING_PLANNER_DB`` or the default into a URL."""
    raw = os.fspath(value) if value is not None else os.environ.get("MEETING_PLANNER_DB", "")
    if not raw:
        raw = os.fspath(default_workspace_path())
    if "://" in raw:
        return raw
    return "sqlite:///" + os.path.abspath(os.path.expanduser(raw))


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, before SQLite touches it."""
    if path.is_dir():
        raise WorkspaceError(f"{path} 是一个文件夹，不是工作区文件")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        magic = handle.read(len(_SQLITE_MAGIC))
    if magic != _SQLITE_MAGIC:
        raise WorkspaceError(f"{path} 不是会务筹备工作区（不是 SQLite 数据库文件）")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not pysqlite, decide when transactions begin (so BEGIN IMMEDIATE works).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # Writers take the write lock at the start, so two desks writing at once wait instead of
    # failing midway; readers (``Workspace.reading``) begin a plain deferred transaction.
    if connection.get_execution_options().get("read_only"):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _enable_wal(engine: Engine) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()
    finally:
        raw.close()


class Workspace:
    """An open workspace: the engine plus where it lives.

    Use ``open_workspace()`` to get one; it checks the file and upgrades the schema.
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.path = _sqlite_path(url)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One user action: commits on success, rolls back (leaving nothing half-written) on error."""
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reading; nothing is written."""
        with self.engine.connect() as connection:
            connection.execution_options(read_only=True)
            yield connection

    def close(self) -> None:
        """Release every connection (and SQLite's WAL file)."""
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def describe(self) -> str:
        """Where the workspace is, for people (never shows a password)."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)


def create_workspace_engine(url: str) -> Engine:
    """An engine for ``url`` with the SQLite safety settings applied."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise WorkspaceError(f"无法识别的数据库地址：{url}") from error
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def current_revision(connection: Connection) -> str | None:
    """The workspace's Alembic revision, or ``None`` for an empty database."""
    names = set(inspect(connection).get_table_names())
    if "alembic_version" not in names:
        if names & _OUR_TABLES or names:
            raise WorkspaceError("该数据库不是会务筹备工作区（含有其他数据表）")
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def open_workspace(
    value: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    backup: bool = True,
) -> Workspace:
    """Open (creating if needed) the workspace named by ``value``, upgrading its schema to the head.

    Raises ``WorkspaceError`` with a message for the user when the target is not a workspace;
    in that case nothing is written to it.
    """
    url = database_url(value)
    path = _sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        existed = path.exists() and path.stat().st_size > 0
        if not existed:
            path.parent.mkdir(parents=True, exist_ok=True)
    else:
        existed = True
    engine = create_workspace_engine(url)
    try:
        with engine.connect() as connection:
            connection.execution_options(read_only=True)
            revision = current_revision(connection)
        if path is not None:
            _enable_wal(engine)
    except WorkspaceError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as error:
        engine.dispose()
        raise WorkspaceError(f"无法打开工作区 {url}：{error.__class__.__name__}: {error}") from error
    workspace = Workspace(engine, url)
    if revision != SCHEMA_HEAD:
        if not upgrade:
            raise WorkspaceError(f"工作区版本为 {revision}，需要升级到 {SCHEMA_HEAD}")
        if backup and existed and path is not None and revision is not None:
            make_backup(path)
        upgrade_schema(workspace)
    elif backup and path is not None and _backup_due(path):
        make_backup(path)
    return workspace


def upgrade_schema(workspace: Workspace, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (imports Alembic only now)."""
    from meeting_planner.storage.migrations import upgrade

    upgrade(workspace.engine, revision)


def backup_dir(path: Path) -> Path:
    """Where the backups of the workspace at ``path`` go."""
    return path.parent / "backups"


def _backup_due(path: Path, now: datetime | None = None) -> bool:
    newest = max(backup_dir(path).glob(f"{path.stem}-*.db"), default=None, key=lambda p: p.stat().st_mtime)
    if newest is None:
        return True
    age = (now or datetime.now()).timestamp() - newest.stat().st_mtime
    return age > BACKUP_INTERVAL.total_seconds()


def make_backup(path: Path, keep: int = BACKUPS_KEPT, now: datetime | None = None) -> Path | None:
    """Copy the SQLite workspace consistently (SQLite's backup API) and keep the newest ``keep``."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.db"
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    existing = sorted(folder.glob(f"{path.stem}-*.db"))
    for old in existing[:-keep] if keep > 0 else existing:
        old.unlink(missing_ok=True)
    return target
