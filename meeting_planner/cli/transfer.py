"""``export-meeting ID FILE`` and ``import-meeting FILE``: move one meeting between workspaces (内网/外网, by USB).

The file holds the meeting, its people, seats, venue, check-ins and print records (services/meeting_file.py).
Importing never overwrites another meeting; the same meeting imported again is refused unless ``--as-copy``
or ``--replace`` says what to do.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from meeting_planner.cli.support import CliError, open_from_args, print_progress
from meeting_planner.cli.wording import exported_text, imported_text
from meeting_planner.services.meeting_file import Conflict, MeetingAlreadyThere, export_meeting, import_meeting


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export-meeting`` and ``import-meeting`` to the ``meeting-planner`` parser."""
    p = subparsers.add_parser(
        "export-meeting", help="导出会议文件（.mpz）：会议、人员、座次、场地、签到和打印记录，用U盘带到另一台电脑"
    )
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("file", type=Path, metavar="FILE", help="会议文件，如 全区工作会议.mpz")
    p.set_defaults(handler=cmd_export_meeting)

    p = subparsers.add_parser("import-meeting", help="导入会议文件：作为新会议加入本工作区，报告带来了什么")
    p.add_argument("file", type=Path, metavar="FILE", help="export-meeting 写出的会议文件")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--as-copy", action="store_true", help="本工作区已有这场会议时，另存为一个新会议（副本）")
    choice.add_argument(
        "--replace", action="store_true", help="本工作区已有这场会议时，用文件中的版本替换它（原会议移入回收站）"
    )
    p.set_defaults(handler=cmd_import_meeting)


def cmd_export_meeting(args: argparse.Namespace) -> int:
    """``export-meeting ID FILE``: write the meeting file atomically and say what it holds."""
    out: Path = args.file
    if out.is_dir():
        raise CliError(f"{out} 是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise CliError(f"文件夹 {out.parent} 不存在")
    with open_from_args(args) as workspace:
        result = export_meeting(workspace, args.id, out, progress=print_progress)
    print(exported_text(result))
    return 0


def cmd_import_meeting(args: argparse.Namespace) -> int:
    """``import-meeting FILE``: bring the meeting in as a new meeting (one transaction) and report it."""
    path: Path = args.file
    if not path.is_file():
        raise CliError(f"找不到会议文件 {path}")
    conflict = Conflict.COPY if args.as_copy else Conflict.REPLACE if args.replace else Conflict.REFUSE
    with open_from_args(args) as workspace:
        try:
            result = import_meeting(workspace, path, conflict=conflict, progress=print_progress)
        except MeetingAlreadyThere as error:
            raise CliError(
                f"{error}加 --as-copy 另存为一个新会议，"
                "或加 --replace 用文件中的版本替换它（原会议移入回收站，可恢复）。"
            ) from None
    print(imported_text(result))
    return 0
