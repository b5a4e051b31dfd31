"""Command-line commands for attendees: ``import`` (with ``--dry-run`` preview), ``attendees``, ``rostrum``
(who sits on the 主席台) and ``units`` (the official unit order).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from meeting_planner.cli.support import CliError, open_from_args, print_progress, print_table
from meeting_planner.cli.wording import diff_lines, diff_summary
from meeting_planner.domain import protocol
from meeting_planner.domain.attendee import REPLY_LABELS, ROLE_LABELS, Attendee, ReplyStatus
from meeting_planner.services import attendees as service
from meeting_planner.services.attendees import AttendeeInputError, list_meeting_attendees, list_units, set_unit_order
from meeting_planner.services.importing import (
    DEFAULT_MAX_ROWS,
    ImportPreview,
    ImportProblem,
    apply_import,
    check_limits,
    preview_import,
)
from meeting_planner.services.list_update import apply_list_update, diff_import
from meeting_planner.services.meetings import MeetingNotFound


def _mapping_items(values: list[str] | None) -> dict[str, str]:
    items: dict[str, str] = {}
    for value in values or []:
        column, sep, target = value.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise CliError(f"--map 的写法应为 列名=字段，例如 --map 工作单位=单位 或 --map C=姓名（收到“{value}”）")
        items[column.strip()] = target.strip()
    return items


def _import(args: argparse.Namespace) -> int:

    try:
        preview = preview_import(args.file, sheet=args.sheet, mapping=_mapping_items(args.map), max_rows=args.max_rows)
        check_limits(preview)  # also in a dry run: a cell too long for its field is named before anything else
    except ImportProblem as problem:
        raise CliError(str(problem)) from None
    for line in preview.summary_lines():
        print(line)
    for warning in preview.warnings:
        print(f"提示：{warning.where()}：{warning.message}")
    if args.remove_missing and not args.update:
        raise CliError("--remove-missing 只能与 --update 一起使用（import ID FILE --update --remove-missing）")
    if args.update:
        return _update(args, preview)
    if args.dry_run:
        print("（试运行：未写入任何内容）")
        return 0
    workspace = open_from_args(args)
    try:
        result = apply_import(workspace, args.meeting_id, preview, save_to_directory=args.save_directory,
                              progress=print_progress)  # fmt: skip
    except (MeetingNotFound, AttendeeInputError, ImportProblem) as error:
        raise CliError(str(error)) from None
    finally:
        workspace.close()
    print(result.sentence())
    return 0


def _update(args: argparse.Namespace, preview: ImportPreview) -> int:
    """``import ID FILE --update [--remove-missing]``: print the differences, then apply them."""
    with open_from_args(args) as workspace:
        try:
            diff = diff_import(workspace, args.meeting_id, preview)
            for line in diff_lines(diff):
                print(line)
            print(diff_summary(diff))
            if args.dry_run:
                print("（试运行：未写入任何内容）")
                return 0
            remove = [p.id for p in diff.missing if p.id is not None] if args.remove_missing else []
            result = apply_list_update(
                workspace, args.meeting_id, diff, remove=remove, save_to_directory=args.save_directory
            )
        except (MeetingNotFound, AttendeeInputError, ImportProblem) as error:
            raise CliError(str(error)) from None
    print(result.sentence())
    if diff.missing and not args.remove_missing:
        names = "、".join(p.name for p in diff.missing)
        print(f"不在新名单中 {len(diff.missing)} 人，未移除：{names}（加 --remove-missing 可移除）")
    return 0


def _reply_text(attendee: Attendee) -> str:
    text = REPLY_LABELS[attendee.reply]
    if attendee.reply is ReplyStatus.LEAVE and attendee.leave_reason:
        text += f"（{attendee.leave_reason}）"
    if attendee.reply is ReplyStatus.SUBSTITUTE:
        text += f"（{' '.join(p for p in (attendee.substitute_name, attendee.substitute_title) if p)}）"
    return text


def _attendees(args: argparse.Namespace) -> int:

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
    rows = [["序号", "姓名", "单位", "职务", "身份", "排序", "主席台", "回执", "签到码"]]
    for index, person in enumerate(people, start=1):
        rows.append(
            [
                str(index),
                person.name,
                person.unit,
                person.title,
                ROLE_LABELS[person.role],
                "" if person.rank is None else str(person.rank),
                "√" if person.on_rostrum else "",
                _reply_text(person),
                person.code,
            ]
        )
    print_table(rows)
    print(f"共 {len(people)} 人")
    return 0


def _rostrum(args: argparse.Namespace) -> int:
    """``rostrum ID [--add NAME …] [--remove NAME …] [--clear]``: mark who sits on the 主席台, then list them."""
    with open_from_args(args) as workspace:
        try:
            if args.clear:
                marked = [a.id for a in service.list_meeting_attendees(workspace, args.meeting_id) if a.on_rostrum]
                service.set_on_rostrum(workspace, args.meeting_id, [i for i in marked if i is not None], False)
            for names, value in ((args.remove, False), (args.add, True)):
                if names:
                    chosen = service.find_by_names(workspace, args.meeting_id, names)
                    service.set_on_rostrum(workspace, args.meeting_id, [a.id for a in chosen if a.id], value)
            people = service.list_meeting_attendees(workspace, args.meeting_id)
        except (MeetingNotFound, service.AttendeeNotFound, service.AttendeeInputError) as error:
            raise CliError(str(error)) from None
    marked_people = [a for a in people if a.on_rostrum]
    ordered = sorted(marked_people, key=lambda a: protocol.rank_key(a.rank, a.position))
    if not ordered:
        print("还没有人标记为主席台；排座时可用 seat --rostrum N 安排排序前 N 位。")
        return 0
    print_table(
        [["主席台序", "姓名", "单位", "职务", "排序"]]
        + [[str(n), a.name, a.unit, a.title, "" if a.rank is None else str(a.rank)] for n, a in enumerate(ordered, 1)]
    )
    print(f"主席台共 {len(ordered)} 人")
    return 0


def _units(args: argparse.Namespace) -> int:
    """``units [--order 甲,乙,丙 | --order-file FILE | --clear]``: show or set the official unit order."""
    names: list[str] | None = None
    if args.order is not None:
        names = [part for part in re.split(r"[,，、;；\n]+", args.order) if part.strip()]
    elif args.order_file is not None:
        try:
            text = args.order_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CliError(f"无法读取单位排序文件 {args.order_file}：{error}") from None
        names = [line.strip() for line in text.splitlines() if line.strip()]
    elif args.clear:
        names = []
    with open_from_args(args) as workspace:
        units = set_unit_order(workspace, names) if names is not None else list_units(workspace)
    ordered = [u for u in units if u.order > 0]
    rest = [u for u in units if u.order <= 0]
    if not ordered:
        print("未设定单位排序：各清单按单位内最高排序号排列（领导所在单位在前）。")
    rows = [["序", "单位"]] + [[str(u.order), u.name] for u in ordered] + [["—", u.name] for u in rest]
    print_table(rows)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` and ``attendees`` to the `meeting-planner` parser."""
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
    p.add_argument(
        "--update",
        action="store_true",
        help="更新名单：与会议现有人员比对，显示并写入新增、变更（回执、职务、单位、电话等），不在新名单中的人员只列出",
    )
    p.add_argument("--remove-missing", action="store_true", help="与 --update 同用：移除不在新名单中的人员")
    p.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS, help=f"行数上限（默认 {DEFAULT_MAX_ROWS}）")
    p.set_defaults(handler=_import)

    p = subparsers.add_parser("attendees", help="列出会议的参会人员")
    p.add_argument("meeting_id", type=int, metavar="ID", help="会议编号")
    p.set_defaults(handler=_attendees)

    p = subparsers.add_parser("rostrum", help="标记上/下主席台的人员，并列出主席台名单")
    p.add_argument("meeting_id", type=int, metavar="ID", help="会议编号")
    p.add_argument("--add", nargs="+", default=[], metavar="姓名", help="上主席台（姓名或签到码，可多个）")
    p.add_argument("--remove", nargs="+", default=[], metavar="姓名", help="下主席台（姓名或签到码，可多个）")
    p.add_argument("--clear", action="store_true", help="先清空主席台标记")
    p.set_defaults(handler=_rostrum)

    p = subparsers.add_parser("units", help="查看或设定单位排序（所有清单、签到表、座次共用）")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--order", metavar="单位1,单位2,…", help="按此顺序设定单位排序（逗号或顿号分隔）")
    group.add_argument("--order-file", type=Path, metavar="FILE", help="从文本文件设定（每行一个单位）")
    group.add_argument("--clear", action="store_true", help="清除单位排序（按各单位最高排序号排列）")
    p.set_defaults(handler=_units)
