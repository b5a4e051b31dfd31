"""Turning an exception into the one sentence a user sees (CLI line or GUI dialog)."""

from __future__ import annotations

from meeting_planner.crash import crash_message, write_crash_report
from meeting_planner.errors import UserError
from meeting_planner.storage.errors import io_reason


def describe_error(error: BaseException) -> str:
    """A complete Chinese sentence for ``error``.

    A ``UserError`` already speaks to users; a failed file operation names the file and the reason (disk full, no
    permission ...) instead of ``[Errno 28] ...``; anything else is a defect: its traceback goes to a crash report
    and the sentence says where that is.
    """
    if isinstance(error, UserError):
        return str(error) or error.__class__.__name__
    if isinstance(error, OSError):
        name = error.filename if error.filename is not None else ""
        where = f" {name}" if name else ""
        return f"无法读写文件{where}：{io_reason(error)}，未做任何更改。"
    return crash_message(write_crash_report(error))
