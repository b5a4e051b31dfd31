"""Crash reports: an error that is not a ``UserError`` is a defect; its traceback goes to a file the user can send.

The CLI and the GUI call ``write_crash_report`` and tell the user where the report is; they never print a
traceback. Reports are kept in the per-user log folder (``platformdirs.user_log_path``), newest 20.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path

from meeting_planner.errors import Phrase

#: How many reports are kept.
KEPT = 20


def crash_folder() -> Path:
    """Where crash reports go (``MEETING_PLANNER_LOG_DIR`` overrides, for tests and locked-down machines)."""
    override = os.environ.get("MEETING_PLANNER_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_path

    return user_log_path("meeting-planner", appauthor=False)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("meeting-planner")
    except PackageNotFoundError:
        return "source"


def write_crash_report(error: BaseException, context: str = "") -> Path | None:
    """Write ``error``'s traceback with version facts; the report's path, or ``None`` if nothing could be written."""
    folder = crash_folder()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    lines = [
        f"会务筹备 {_version()} 内部错误报告 {datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        f"命令/操作: {context}" if context else "",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
    except OSError:
        return None
    with contextlib.suppress(OSError):
        for old in sorted(folder.glob("crash-*.txt"))[:-KEPT]:
            old.unlink()
    return path


def crash_message(report: Path | None) -> str:
    """The one sentence shown for a defect: nothing was changed, and where the report is."""
    where = (
        Phrase.of("详细信息已写入 {report}，请把该文件发给技术支持", report=report)
        if report
        else Phrase("未能写入错误报告")
    )
    return Phrase.of("程序内部出错，操作未完成，工作区未改动（{where}）。", where=where)
