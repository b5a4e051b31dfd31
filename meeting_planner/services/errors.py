"""Turning an exception into the one sentence a user sees (CLI line or GUI dialog)."""

from __future__ import annotations

from meeting_planner.crash import crash_message, write_crash_report
from meeting_planner.errors import Phrase, UserError, wording
from meeting_planner.storage.errors import io_reason


def describe_error(error: BaseException) -> str:
    """A complete Chinese sentence for ``error``.

    A ``UserError`` already speaks to users; a failed file operation names the file and the reason (disk full, no
    permission ...) instead of ``[Errno 28] ...``; anything else is a defect: its traceback goes to a crash report
    and the sentence says where that is.
    """
    if isinstance(error, UserError):
        return wording(error) if str(error) else Phrase(error.__class__.__name__)
    if isinstance(error, OSError):
        name = error.filename if error.filename is not None else ""
        if not name:
            return Phrase.of("无法读写文件：{reason}，未做任何更改。", reason=io_reason(error))
        return Phrase.of("无法读写文件 {name}：{reason}，未做任何更改。", name=name, reason=io_reason(error))
    return crash_message(write_crash_report(error))
