"""Errors of the storage layer meant for the user, and how I/O failures are put into words."""

from __future__ import annotations

import errno
import sqlite3

from meeting_planner.errors import UserError


class WorkspaceError(UserError):
    """The workspace cannot be opened or used; the message is meant for the user."""


class DamagedWorkspace(WorkspaceError):
    """The workspace file fails its integrity check; restoring a backup is the way out."""


class ServerUnreachable(WorkspaceError):
    """The database server (or the network to it) does not answer; the check-in desk goes on offline."""


def io_reason(error: BaseException) -> str:
    """Why reading or writing a file failed, in a few Chinese words (disk full, no permission, ...)."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if (
        code == errno.ENOSPC
        or "disk is full" in text
        or "no space" in text
        or getattr(error, "sqlite_errorcode", None) == getattr(sqlite3, "SQLITE_FULL", 13)
    ):
        return "磁盘空间已满"
    if code in (errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return "没有写入权限"
    if code == getattr(errno, "EDQUOT", -1):
        return "磁盘配额已用完"
    if code == errno.EROFS:
        return "磁盘为只读"
    if "locked" in text or "busy" in text:
        return "文件正被其他程序占用"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "文件已损坏"
    if isinstance(error, OSError) and error.strerror:
        return f"读写出错（{error.strerror}）"
    first = str(error).splitlines()[0] if str(error) else error.__class__.__name__
    return f"读写出错（{first}）"


#: What a desk is told when its copy of a step, a meeting or a seat was changed by another desk meanwhile.
CONFLICT_MESSAGE = "已被其他工作台修改，已刷新"


class ConflictError(WorkspaceError):
    """Another desk changed what this edit was based on: nothing was written. ``fresh`` holds the current
    data (a ``Step``, a ``Meeting`` ... or ``None`` when it is gone) so the caller can show it."""

    def __init__(self, message: str = CONFLICT_MESSAGE, fresh: object = None) -> None:
        super().__init__(message)
        self.fresh = fresh


class ConstraintError(WorkspaceError):
    """A write broke a rule the database keeps (one check-in per person, a unique code or journal entry, a row
    another desk removed meanwhile): nothing was written. ``Workspace.transaction`` raises it for the driver's
    integrity error, so services never see SQLAlchemy."""


class BusyError(WorkspaceError):
    """The database gave up on this transaction because of another desk's (deadlock, serialisation
    failure); trying again is safe and usually works. ``Workspace.retrying`` does so."""


_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


def retryable(error: BaseException) -> bool:
    """Whether a database error is a serialisation failure or a deadlock (PostgreSQL), safe to retry."""
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None) in _RETRYABLE_SQLSTATES


def one_line_database_error(error: BaseException, where: str) -> str:
    """A database error as one sentence naming the workspace (``where`` hides any password), with the
    driver's first line only: never the SQL, the parameters or the connection string."""
    original = getattr(error, "orig", None) or error
    first = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return f"工作区 {where} 的数据库出错：{first}。本次更改未保存。"
