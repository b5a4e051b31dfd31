"""Command-line commands for attendees: ``import`` (with ``--dry-run`` preview) and ``attendees``.

The shared ``export`` command picks up ``EXPORT_FORMATS`` (``attendance-xlsx``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from meeting_planner.cli_support import CliError, open_from_args, print_progress, print_table
from meeting_planner.domain.attendee import REPLY_LABELS, ROLE_LABELS, Attendee, ReplyStatus
from meeting_planner.storage.workspace import Workspace


def _mapping_items(values: list[str] | None) -> dict[str, str]:
    items: dict[str, str] = {}
    for value in values or []:
        column, sep, target = value.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise CliError(f"--map 的写法应为 列名=字段，例如 --map 工作单位=单位 或 --map C=姓名（收到“{value}”）")
        items[column.strip()] = target.strip()
    return items


def _import(args: argparse.Namespace) -> int:
    from meeting_planner.services.attendees import AttendeeInputError
    from meeting_planner.services.importing import ImportProblem, apply_import, preview_import
    from meeting_planner.services.meetings import MeetingNotFound

    try:
        preview = preview_import(args.file, sheet=args.sheet, mapping=_mapping_items(args.map), max_rows=args.max_rows)
    except ImportProblem as problem:
        raise CliError(str(problem)) from None
    for line in preview.summary_lines():
        print(line)
    for warning in preview.warnings:
        print(f"提示：{warning.where()}：{warning.message}")
    if args.dry_run:
        print("（试运行：未写入任何内容）")
        return 0
    workspace = open_from_args(args)
    try:
        result = apply_import(workspace, args.meeting_id, preview, save_to_directory=args.save_directory,
                              progress=print_progress)  # fmt: skip
    except (MeetingNotFound, AttendeeInputError) as error:
        raise CliError(str(error)) from None
    finally:
        workspace.close()
    print(result.sentence())
    return 0


def _reply_text(attendee: Attendee) -> str:
    text = REPLY_LABELS[attendee.reply]
    if attendee.reply is ReplyStatus.LEAVE and attendee.leave_reason:
        text += f"（{attendee.leave_reason}）"
    if attendee.reply is ReplyStatus.SUBSTITUTE:
        text += f"（{' '.join(p for p in (attendee.substitute_name, attendee.substitute_title) if p)}）"
    return text


def _attendees(args: argparse.Namespace) -> int:
    from meeting_planner.services.attendees import list_meeting_attendees
    from meeting_planner.services.meetings import MeetingNotFound

    workspace = open_from_args(args)
    try:
        people = list_meeting_attendees(workspace, args.meeting_id)
    except MeetingNotFound as error:
        raise CliError(str(error)) from None
    finally:
        workspace.close()
    if not people:
        print("该会议还没有参会人员。")
        return 0
    rows = [["序号", "姓名", "单位", "职务", "身份", "排序", "回执", "签到码"]]
    for index, person in enumerate(people, start=1):
        rows.append(
            [
                str(index),
                person.name,
                person.unit,
                person.title,
                ROLE_LABELS[person.role],
                "" if person.rank is None else str(person.rank),
                _reply_text(person),
                person.code,
            ]
        )
    print_table(rows)
    print(f"共 {len(people)} 人")
    return 0


def export_attendance_xlsx(workspace: Workspace, meeting_id: int, out: Path) -> None:
    """``export ID attendance-xlsx OUT``: the attendance workbook (签到表 + 统计)."""
    from meeting_planner.documents.attendance_xlsx import AttendanceExportError
    from meeting_planner.services.attendees import export_attendance
    from meeting_planner.services.meetings import MeetingNotFound

    try:
        export_attendance(workspace, meeting_id, out)
    except (AttendanceExportError, MeetingNotFound) as error:
        raise CliError(str(error)) from None


#: Formats for the shared ``export`` command.
EXPORT_FORMATS: dict[str, Callable[[Workspace, int, Path], None]] = {"attendance-xlsx": export_attendance_xlsx}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` and ``attendees`` to the `meeting-planner` parser."""
    from meeting_planner.documents.importing.sources import DEFAULT_MAX_ROWS

    p = subparsers.add_parser("import", help="从 Excel/CSV 名单导入参会人员（先显示识别结果）")
    p.add_argument("meeting_id", type=int, metavar="ID", help="会议编号")
    p.add_argument("file", type=Path, metavar="FILE", help=".xlsx、.xls 或 .csv 名单文件")
    p.add_argument("--sheet", help="工作表名称（默认自动找含“姓名”列的工作表）")
    p.add_argument("--dry-run", action="store_true", help="只显示识别结果（表头、列对应、人数、提示），不写入")
    p.add_argument(
        "--map",
        action="append",
        metavar="列名=字段",
        help="指定列对应，可多次使用：--map 工作单位=单位 --map C=姓名 --map 备用电话=不导入",
    )
    p.add_argument("--save-directory", action="store_true", help="同时存入常用人员库")
    p.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS, help=f"行数上限（默认 {DEFAULT_MAX_ROWS}）")
    p.set_defaults(handler=_import)

    p = subparsers.add_parser("attendees", help="列出会议的参会人员")
    p.add_argument("meeting_id", type=int, metavar="ID", help="会议编号")
    p.set_defaults(handler=_attendees)
