"""``export ID FORMAT OUT``: one printout or table of a meeting, by the names of ``services.exports``."""

from __future__ import annotations

import argparse
from pathlib import Path

from meeting_planner.cli.support import CliError, open_from_args
from meeting_planner.services.exports import BY_NAME, export
from meeting_planner.services.fonts import mark_missing_now
from meeting_planner.services.meetings import get_meeting


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` to the ``meeting-planner`` parser."""
    names = list(BY_NAME)
    p = subparsers.add_parser("export", help="导出打印件或表格：" + "、".join(names))
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("format", choices=sorted(names), metavar="FORMAT", help="、".join(sorted(names)))
    p.add_argument("out", type=Path, help="输出文件")
    p.add_argument(
        "--mark-missing",
        action="store_true",
        help="没有任何字体能打印的字印成留空标记“□”，手写补上（默认：报错，不生成文件）",
    )
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    """``export ID FORMAT OUT``: the service writes the file atomically (a failed export leaves no partial file)
    and records the print once it is in place."""
    mark_missing_now(bool(getattr(args, "mark_missing", False)))
    out: Path = args.out
    if out.is_dir():
        raise CliError(f"{out} 是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise CliError(f"文件夹 {out.parent} 不存在")
    with open_from_args(args) as workspace:
        get_meeting(workspace, args.id)
        export(workspace, args.id, args.format, out)
    print(f"已导出 {args.format}：{out}")
    return 0
