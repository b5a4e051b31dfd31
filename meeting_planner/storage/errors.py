"""How I/O and database failures are put into words; the workspace errors themselves live in
``meeting_planner.errors`` (re-exported here) so every layer, the window included, can catch them without
loading the storage layer."""

from __future__ import annotations

import errno
import sqlite3

from meeting_planner.errors import (
    CONFLICT_MESSAGE,
    BusyError,
    ConflictError,
    ConstraintError,
    DamagedWorkspace,
    Phrase,
    ServerUnreachable,
    WorkspaceError,
)

__all__ = [
    "CONFLICT_MESSAGE",
    "BusyError",
    "ConflictError",
    "ConstraintError",
    "DamagedWorkspace",
    "ServerUnreachable",
    "WorkspaceError",
    "io_reason",
    "one_line_database_error",
    "retryable",
]


def io_reason(error: BaseException) -> Phrase:
    """Why reading or writing a file failed, in a few Chinese words (disk full, no permission, ...)."""
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if (
        code == errno.ENOSPC
        or "disk is full" in text
        or "no space" in text
        or getattr(error, "sqlite_errorcode", None) == getattr(sqlite3, "SQLITE_FULL", 13)
    ):
        return Phrase("磁盘空间已满")
    if code in (errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return Phrase("没有写入权限")
    if code == getattr(errno, "EDQUOT", -1):
        return Phrase("磁盘配额已用完")
    if code == errno.EROFS:
        return Phrase("磁盘为只读")
    if "locked" in text or "busy" in text:
        return Phrase("文件正被其他程序占用")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return Phrase("文件已损坏")
    if isinstance(error, OSError) and error.strerror:
        return Phrase.of("读写出错（{detail}）", detail=error.strerror)
    first = str(error).splitlines()[0] if str(error) else error.__class__.__name__
    return Phrase.of("读写出错（{detail}）", detail=first)


_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


def retryable(error: BaseException) -> bool:
    """Whether a database error is a serialisation failure or a deadlock (PostgreSQL), safe to retry."""
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None) in _RETRYABLE_SQLSTATES


def one_line_database_error(error: BaseException, where: str) -> Phrase:
    """A database error as one sentence naming the workspace (``where`` hides any password), with the
    driver's first line only: never the SQL, the parameters or the connection string."""
    original = getattr(error, "orig", None) or error
    first = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    return Phrase.of("工作区 {where} 的数据库出错：{detail}。本次更改未保存。", where=where, detail=first)
