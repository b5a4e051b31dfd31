"""Turning an exception into the one sentence a user sees (CLI line or GUI dialog)."""

from __future__ import annotations

from meeting_planner.storage.errors import io_reason


def describe_error(error: BaseException) -> str:
    """A complete Chinese sentence for ``error``: a failed file operation names the file and the reason
    (disk full, no permission ...) instead of ``[Errno 28] ...``; other errors already speak to users."""
    if isinstance(error, OSError):
        name = error.filename if error.filename is not None else ""
        where = f" {name}" if name else ""
        return f"无法读写文件{where}：{io_reason(error)}，未做任何更改。"
    return str(error) or error.__class__.__name__
