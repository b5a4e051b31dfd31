"""Opening a workspace: engine set-up, safety checks, schema upgrades and rolling backups.

A workspace is one SQLite file by default, or any SQLAlchemy URL (PostgreSQL for a shared office
server). SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL``, so every committed
transaction survives a crash of the process or the machine. Every user action is one transaction
(``Workspace.transaction``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

from meeting_planner.errors import Phrase, wording
from meeting_planner.storage.backups import (
    BACKUP_INTERVAL,
    BACKUPS_KEPT,
    backup_dir,
    backup_due,
    check_database_file,
    list_backups,
    make_backup,
    restore_into,
)
from meeting_planner.storage.errors import (
    BusyError,
    ConflictError,
    ConstraintError,
    DamagedWorkspace,
    ServerUnreachable,
    WorkspaceError,
    io_reason,
    retryable,
)

#: Any error from the database layer (for the CLI's last-resort one-line message; SQLAlchemy stays in storage,
#: and storage/errors.py stays free of it so the window starts without loading SQLAlchemy).
DatabaseFailure = SQLAlchemyError

__all__ = [
    "BACKUPS_KEPT",
    "BACKUP_INTERVAL",
    "SCHEMA_HEAD",
    "BusyError",
    "ConflictError",
    "Connection",
    "ConstraintError",
    "DamagedWorkspace",
    "DatabaseFailure",
    "ServerUnreachable",
    "Workspace",
    "WorkspaceError",
    "backup_dir",
    "list_backups",
    "make_backup",
    "open_workspace",
    "restore_workspace",
]

#: The newest Alembic revision; a test checks it matches the migration scripts.
SCHEMA_HEAD = "0007"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_OUR_TABLES = {"meetings", "steps", "templates"}
#: What to install for a PostgreSQL workspace (the ``postgres`` extra brings the psycopg driver).
POSTGRES_HINT = Phrase("连接 PostgreSQL 需要数据库驱动，请先安装：pip install 'meeting-planner[postgres]'")
T = TypeVar("T")


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
        return _with_default_driver(raw)
    return "sqlite:///" + os.path.abspath(os.path.expanduser(raw))


def _with_default_driver(url: str) -> str:
    """``postgresql://…`` means the psycopg driver (the one the ``postgres`` extra installs)."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain) :]
    return url


def safe_url(url: str) -> str:
    """``url`` for messages: the password (if any) replaced by ``***``, also when the URL cannot be parsed."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        import re

        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def sqlite_path(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None  # create_workspace_engine says what is wrong with it
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, before SQLite touches it."""
    if path.is_dir():
        raise WorkspaceError(Phrase.of("{path} 是一个文件夹，不是工作区文件", path=path))
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        magic = handle.read(len(_SQLITE_MAGIC))
    if magic != _SQLITE_MAGIC:
        raise WorkspaceError(Phrase.of("{path} 不是会务筹备工作区（不是 SQLite 数据库文件）", path=path))


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


#: How long a desk waits for the database server to answer a new connection before it goes offline.
CONNECT_TIMEOUT_S = 5


def _unreachable(error: DatabaseError) -> bool:
    """The server (or the network to it) is gone, as opposed to a rule of the data or a server-side failure:
    a lost connection, a refused or timed-out connect, or the server shutting down."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    if not isinstance(error, OperationalError):
        return False
    state = getattr(error.orig, "sqlstate", None)
    return state is None or str(state).startswith(("08", "57P"))


def _storage_failure(error: DatabaseError) -> bool:
    """Disk full, I/O error, locked too long (OperationalError) or a damaged file (plain DatabaseError)."""
    return isinstance(error, OperationalError) or type(error) is DatabaseError


class Workspace:
    """An open workspace: the engine plus where it lives.

    Use ``open_workspace()`` to get one; it checks the file and upgrades the schema.
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self.path = sqlite_path(url)
        #: A problem worth telling the user that did not stop the opening (e.g. a backup that failed).
        self.warning = ""

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One user action: commits on success, rolls back (leaving nothing half-written) on error.

        A deadlock or serialisation failure (another desk's transaction won) is a ``BusyError``: nothing
        was written and trying again is safe (``retrying``). A broken rule of the data (the driver's integrity
        error: a duplicate, a row removed meanwhile) is a ``ConstraintError``.
        """
        try:
            with self.engine.begin() as connection:
                yield connection
        except IntegrityError as error:
            raise ConstraintError(
                Phrase.of(
                    "工作区 {describe} 拒绝了本次更改（数据已被其他工作台同时修改），本次更改未保存，请刷新后再试。",
                    describe=self.describe(),
                )
            ) from error
        except DatabaseError as error:
            if retryable(error):
                raise BusyError(
                    Phrase.of(
                        "工作区 {describe} 正被其他工作台同时修改，本次更改未保存，请再试一次。",
                        describe=self.describe(),
                    )
                ) from error
            if not _storage_failure(error):
                raise  # a rule of the data (IntegrityError) or a bug, not the disk
            self._check_reachable(error)
            reason = io_reason(error.orig or error)
            raise WorkspaceError(
                Phrase.of(
                    "无法写入工作区 {describe}：{reason}，本次更改未保存（之前保存的内容都在）。",
                    describe=self.describe(),
                    reason=reason,
                )
            ) from error

    def retrying(self, action: Callable[[], T], attempts: int = 4) -> T:
        """Run ``action`` (which opens its own ``transaction()``) again when another desk's transaction made
        it fail with a ``BusyError`` (deadlock, serialisation failure), up to ``attempts`` times in all."""
        for attempt in range(1, attempts + 1):
            try:
                return action()
            except BusyError:
                if attempt == attempts:
                    raise
                time.sleep(0.02 * attempt)
        raise AssertionError("unreachable")

    @property
    def is_sqlite(self) -> bool:
        """Whether the workspace is a SQLite file (one writer at a time) rather than a database server."""
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reading; nothing is written."""
        try:
            with self.engine.connect() as connection:
                connection.execution_options(read_only=True)
                yield connection
        except DatabaseError as error:
            if not _storage_failure(error):
                raise
            self._check_reachable(error)
            raise WorkspaceError(
                Phrase.of(
                    "无法读取工作区 {describe}：{io_reason}。",
                    describe=self.describe(),
                    io_reason=io_reason(error.orig or error),
                )
            ) from error

    def _check_reachable(self, error: DatabaseError) -> None:
        """Raise ``ServerUnreachable`` when ``error`` means the database server cannot be reached."""
        if self.path is None and make_url(self.url).get_backend_name() != "sqlite" and _unreachable(error):
            raise ServerUnreachable(
                Phrase.of(
                    "无法连接工作区所在的数据库服务器 {describe}（服务器或网络中断），本次操作未完成。",
                    describe=self.describe(),
                )
            ) from error

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
        return safe_url(self.url)


def create_workspace_engine(url: str) -> Engine:
    """An engine for ``url`` with the SQLite safety settings applied."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:  # e.g. a port that is not a number
        raise WorkspaceError(Phrase.of("无法识别的数据库地址：{safe_url}", safe_url=safe_url(url))) from error
    if parsed.get_backend_name() != "sqlite":
        arguments: dict[str, Any] = {}
        if parsed.get_driver_name() in ("psycopg", "psycopg2"):
            arguments["connect_timeout"] = CONNECT_TIMEOUT_S
            # A reported check-in must be on the server's disk, whatever the server's own default: with
            # synchronous_commit off a server crash loses the last commits it had already confirmed.
            arguments["options"] = "-c synchronous_commit=on"
            # A LAN that drops packets (a pulled cable) must fail a connection within seconds, not minutes,
            # so the check-in desk goes offline quickly: bound unacknowledged sends and probe idle links.
            arguments.update(
                tcp_user_timeout=CONNECT_TIMEOUT_S * 1000,
                keepalives=1,
                keepalives_idle=10,
                keepalives_interval=3,
                keepalives_count=3,
            )
        try:
            return create_engine(url, pool_pre_ping=True, connect_args=arguments)
        except ImportError as error:
            if parsed.get_backend_name() == "postgresql":
                raise WorkspaceError(POSTGRES_HINT) from error
            raise WorkspaceError(
                Phrase.of(
                    "缺少数据库驱动（{value}），无法打开 {safe_url}。",
                    value=error.name or error,
                    safe_url=safe_url(url),
                )
            ) from error
        except ArgumentError as error:  # e.g. an unknown dialect or driver name
            raise WorkspaceError(
                Phrase.of(
                    "无法识别的数据库地址：{safe_url}（{value}）",
                    safe_url=safe_url(url),
                    value=str(error).splitlines()[0],
                )
            ) from error
    engine = create_engine(url)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def current_revision(connection: Connection) -> str | None:
    """The workspace's Alembic revision, or ``None`` for an empty database."""
    names = set(inspect(connection).get_table_names())
    if "alembic_version" not in names:
        if names & _OUR_TABLES or names:
            raise WorkspaceError(Phrase("该数据库不是会务筹备工作区（含有其他数据表）"))
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


NEWER_VERSION = Phrase("此工作区由更新版本创建，请升级本软件")


def _known_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this version's migrations (imports Alembic only then)."""
    if revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory

    from meeting_planner.storage.migrations import MIGRATIONS_DIR

    try:
        return ScriptDirectory(str(MIGRATIONS_DIR)).get_revision(revision) is not None
    except Exception:  # any lookup failure means "not ours"
        return False


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _damaged_message(where: str, detail: str) -> Phrase:
    return Phrase.of(
        "工作区 {where} 已损坏（{detail}），请用“文件 → 从备份恢复…”"
        "或命令 meeting-planner restore 备份文件 恢复最近的备份。",
        where=where,
        detail=detail,
    )


def _quick_check(connection: Connection) -> str:
    rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    if [tuple(row) for row in rows] == [("ok",)]:
        return ""
    return "完整性检查未通过"


def open_workspace(
    value: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    backup: bool = True,
) -> Workspace:
    """Open (creating if needed) the workspace named by ``value``, upgrading its schema to the head.

    Raises ``WorkspaceError`` with a message for the user when the target is not a workspace, is
    damaged, or was made by a newer version; in those cases nothing is written (not even a backup).
    A backup that is due but cannot be made does not stop the opening: ``Workspace.warning`` says why.
    """
    url = database_url(value)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        existed = path.exists() and path.stat().st_size > 0
        if not existed:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise WorkspaceError(
                    Phrase.of("无法创建文件夹 {parent}：{io_reason}。", parent=path.parent, io_reason=io_reason(error))
                ) from error
    else:
        existed = True
    where = str(path) if path is not None else safe_url(url)
    engine = create_workspace_engine(url)
    try:
        with engine.connect() as connection:
            connection.execution_options(read_only=True)
            if path is not None and existed:
                problem = _quick_check(connection)
                if problem:
                    raise DamagedWorkspace(_damaged_message(where, problem))
            revision = current_revision(connection)
        if revision is not None and not _known_revision(revision):
            raise WorkspaceError(
                Phrase.of(
                    "{NEWER_VERSION}（{where} 的版本为 {revision}，本软件支持到 {SCHEMA_HEAD}）。",
                    NEWER_VERSION=NEWER_VERSION,
                    where=where,
                    revision=revision,
                    SCHEMA_HEAD=SCHEMA_HEAD,
                )
            )
        if path is not None:
            _enable_wal(engine)
    except WorkspaceError:
        engine.dispose()
        raise
    except (DBAPIError, SQLAlchemyError, sqlite3.Error) as error:
        engine.dispose()
        reason = io_reason(getattr(error, "orig", None) or error)
        if path is not None and reason.startswith("读写出错") and _disk_nearly_full(path.parent):
            reason = Phrase("磁盘空间已满")
        if reason == "文件已损坏":
            raise DamagedWorkspace(_damaged_message(where, reason)) from error
        raise WorkspaceError(Phrase.of("无法打开工作区 {where}：{reason}。", where=where, reason=reason)) from error
    workspace = Workspace(engine, url)
    try:
        if revision != SCHEMA_HEAD:
            if not upgrade:
                raise WorkspaceError(
                    Phrase.of(
                        "工作区版本为 {revision}，需要升级到 {SCHEMA_HEAD}", revision=revision, SCHEMA_HEAD=SCHEMA_HEAD
                    )
                )
            if backup and existed and path is not None and revision is not None:
                try:
                    make_backup(path)  # no upgrade without a backup: a failure here stops the opening
                except WorkspaceError as error:
                    raise WorkspaceError(
                        Phrase.of("升级工作区前必须先备份，但{error}工作区未改动。", error=error)
                    ) from error
            try:
                upgrade_schema(workspace)
            except (DBAPIError, SQLAlchemyError, sqlite3.Error, OSError) as error:
                reason = io_reason(getattr(error, "orig", None) or error)
                raise WorkspaceError(
                    Phrase.of("无法升级工作区 {where}：{reason}，工作区未改动。", where=where, reason=reason)
                ) from error
        elif backup and path is not None and backup_due(path):
            try:
                make_backup(path)
            except WorkspaceError as error:
                workspace.warning = wording(error)
    except BaseException:
        workspace.close()
        raise
    return workspace


def upgrade_schema(workspace: Workspace, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (imports Alembic only now)."""
    from meeting_planner.storage.migrations import upgrade

    upgrade(workspace.engine, revision)


def backup_now(value: str | os.PathLike[str] | None = None) -> Path:
    """Take a backup of the SQLite workspace now (``meeting-planner backup``); returns the backup."""
    with open_workspace(value, backup=False) as workspace:
        if workspace.path is None:
            raise WorkspaceError(Phrase("只有 SQLite 工作区文件可以在这里备份（数据库服务器请用其自带的备份工具）。"))
        target = make_backup(workspace.path)
    assert target is not None
    return target


def restore_workspace(value: str | os.PathLike[str] | None, backup: Path) -> Path | None:
    """Replace the SQLite workspace's contents with ``backup``; returns the backup of the state before.

    ``backup`` is checked first (a sound workspace this version can read); the current state is saved
    as a backup; the copy goes through SQLite's backup API into the live file, so leftover -wal/-shm
    files are handled by SQLite. Every connection to the workspace must be closed.
    """
    url = database_url(value)
    path = sqlite_path(url)
    if path is None:
        raise WorkspaceError(Phrase("只有 SQLite 工作区文件可以从备份恢复。"))
    if not backup.is_file():
        raise WorkspaceError(Phrase.of("找不到备份文件 {backup}。", backup=backup))
    if backup.resolve() == path.resolve():
        raise WorkspaceError(Phrase.of("{backup} 就是工作区本身，请选择 backups 文件夹里的备份。", backup=backup))
    problem = check_database_file(backup)
    if problem:
        raise WorkspaceError(Phrase.of("备份 {backup} 不能用于恢复：{problem}。", backup=backup, problem=problem))
    try:
        check = sqlite3.connect(backup.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            tables = {name for (name,) in check.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            row = None
            if "alembic_version" in tables:
                row = check.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            check.close()
    except sqlite3.Error as error:
        raise WorkspaceError(
            Phrase.of("备份 {backup} 不能用于恢复：{io_reason}。", backup=backup, io_reason=io_reason(error))
        ) from error
    if row is None or not tables & _OUR_TABLES:
        raise WorkspaceError(Phrase.of("{backup} 不是会务筹备工作区的备份。", backup=backup))
    if not _known_revision(str(row[0])):
        raise WorkspaceError(
            Phrase.of(
                "{NEWER_VERSION}（备份 {backup} 的版本为 {value}）。",
                NEWER_VERSION=NEWER_VERSION,
                backup=backup,
                value=row[0],
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    return restore_into(path, backup)
