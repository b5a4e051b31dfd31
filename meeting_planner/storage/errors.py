"""Errors of the storage layer meant for the user, and how I/O failures are put into words."""

from __future__ import annotations

import errno
import sqlite3

from meeting_planner.errors import UserError


class WorkspaceError(UserError):
    """The workspace cannot be opened or used; the message is meant for the user."""


class DamagedWorkspace(WorkspaceError):
    """The workspace file fails its integrity check; restoring a backup is the way out."""


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
