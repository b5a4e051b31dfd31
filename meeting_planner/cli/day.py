"""Command-line commands for the meeting day: check in, undo a check-in, the live board, the 应急包, the 会前检查,
the printouts, the notice's settings and the printout fonts.

``checkin`` exits 0 when someone was checked in (or had already checked in: reported, not doubled), 1 with
an error line when nobody matched, and 2 when the query matched several people (they are listed with their
codes; nothing was changed).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from meeting_planner.cli.support import CliError, open_from_args, parse_datetime, print_progress, print_table
from meeting_planner.cli.wording import finding_fix, finding_problem, status_text
from meeting_planner.domain.dates import chinese_date, chinese_datetime
from meeting_planner.errors import UserError
from meeting_planner.services import printouts
from meeting_planner.services.checkin import Outcome, board, check_in, find_checked_in, undo_check_in
from meeting_planner.services.day_printouts import get_notice_settings, set_notice_settings
from meeting_planner.services.desk import list_conflicts
from meeting_planner.services.emergency_kit import write_emergency_kit
from meeting_planner.services.fonts import (
    BUNDLED_LABEL,
    ROLES,
    FontChoiceError,
    apply_font_choice,
    installed_families,
    set_font_choice,
)
from meeting_planner.services.meetings import MeetingNotFound, get_meeting
from meeting_planner.services.readiness import check_meeting

#: Exit status when the desk must choose between several people.
EXIT_ASK = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``checkin``, ``undo-checkin`` and ``board`` to the ``meeting-planner`` parser."""
    p = subparsers.add_parser("checkin", help="签到：按签到码、姓名、拼音首字母（如 zjg）或姓名的一部分")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("query", metavar="QUERY_OR_CODE", help="签到码（如 12-0042）或姓名/拼音首字母")
    p.add_argument("--at", help="签到时间（默认现在），如 2026-12-01T08:45；早于现在时记为补录（按纸质签到表事后录入）")
    p.add_argument("--substitute", action="store_true", help="代会人员替本人签到")
    p.add_argument("--substitute-name", default="", help="代会人员姓名")
    p.add_argument("--confirm-leave", action="store_true", help="已请假的人员本人到会，确认签到")
    p.set_defaults(handler=cmd_checkin)

    p = subparsers.add_parser("undo-checkin", help="撤销一次误签到")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("query", metavar="QUERY_OR_CODE", help="签到码或姓名/拼音首字母")
    p.set_defaults(handler=cmd_undo_checkin)

    p = subparsers.add_parser(
        "kit", help="应急包：把所有打印件、统计表、通讯录、停电断网预案和分台签到表写到一个文件夹（如U盘）"
    )
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("place", type=Path, metavar="FOLDER", help="放应急包的文件夹（会在其中新建一个子文件夹）")
    p.add_argument("--desks", type=int, default=1, help="签到台数量：每台一份本台单位的签到表（默认 1）")
    p.set_defaults(handler=cmd_kit)

    p = subparsers.add_parser("check", help="会前检查：列出还可能出错的地方（没有问题时退出码为 0）")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("--at", help="按此时间检查（默认现在）")
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser(
        "printouts", help="打印件一览：每种打印件、导出文件的状态（从未打印 / 已打印 / 已过期及变化）"
    )
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument(
        "--write", type=Path, metavar="FOLDER", help="把全部打印件写到此文件夹（文件名以会议名称开头），并记为已打印"
    )
    p.set_defaults(handler=cmd_printouts)

    p = subparsers.add_parser("board", help="到会情况：应到/实到/请假/缺席（总数与分单位）及未到人员")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("--at", help="按此时间统计（默认现在）")
    p.set_defaults(handler=cmd_board)

    p = subparsers.add_parser(
        "notice", help="会议通知的设置：成文日期、发文字号、主送机关、参会范围、回执（不给选项则显示当前设置）"
    )
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("--issued", help="成文日期，如 2026-11-20（默认：印发通知一步完成之日，否则首次打印之日）")
    p.add_argument("--doc-number", help="发文字号，如 区委办发〔2026〕12号")
    p.add_argument("--addressee", help="主送机关（默认：各有关单位）")
    p.add_argument("--scope", help="参会范围，如 各单位主要负责同志")
    p.add_argument("--list-names", choices=("yes", "no"), help="是否在通知中列出参会人员名单（按职级排序）")
    p.add_argument("--prefill-replies", choices=("yes", "no"), help="回执是否按单位预填本单位人员（不含电话）")
    p.add_argument("--reply-by", help="回执报送截止时间，如 2026-11-25T17:00（默认：回执统计一步的时限）")
    p.add_argument("--reply-method", help="回执报送方式，如 传真或电子邮件")
    p.add_argument("--reply-to", help="回执报送给谁，如 区委办公室秘书科")
    p.add_argument("--copy-to", help="版记中的抄送机关")
    p.add_argument("--printed-by", help="版记中的印发机关")
    p.set_defaults(handler=cmd_notice)

    p = subparsers.add_parser("fonts", help="打印字体：按用途（标题、正文、小标题、桌签姓名）选用本机已安装的公文字体")
    p.add_argument("--title", help="标题字体，如 方正小标宋简体（空字符串：恢复默认）")
    p.add_argument("--body", help="正文字体，如 仿宋_GB2312")
    p.add_argument("--heading", help="小标题字体，如 黑体")
    p.add_argument("--card", help="桌签姓名字体，如 黑体 或 宋体")
    p.set_defaults(handler=cmd_fonts)


#: Errors worded as they are (one line, exit 1).
_LOOKUP_ERRORS: tuple[type[Exception], ...] = (MeetingNotFound,)


def cmd_kit(args: argparse.Namespace) -> int:
    """``kit ID FOLDER [--desks N]``: write the 应急包 and list what is in it."""
    with open_from_args(args) as workspace:
        try:
            result = write_emergency_kit(workspace, args.id, args.place, desks=args.desks, progress=print_progress)
        except UserError as error:
            raise CliError(str(error)) from None
    print(f"应急包：{result.folder}")
    for path in result.written:
        print(f"  {path.name}")
    for name, reason in result.skipped:
        print(f"  未能生成 {name}：{reason}")
    return 0


#: Exit status of ``check`` when something is still to be done (not an error: nothing went wrong).
EXIT_NOT_READY = 3
AREA_TITLES = {"checklist": "清单", "replies": "通知与回执", "seating": "座次", "names": "名单", "printouts": "打印件"}


def cmd_check(args: argparse.Namespace) -> int:
    """``check ID``: the readiness findings by area, each with its fix; exit 0 only when there are none."""
    at = parse_datetime(args.at, "检查时间") if args.at else None
    with open_from_args(args) as workspace:
        try:
            findings = check_meeting(workspace, args.id, at)
        except _LOOKUP_ERRORS as error:
            raise CliError(str(error)) from None
    if not findings:
        print("会前检查通过：没有发现问题。")
        return 0
    for area, title in AREA_TITLES.items():
        listed = [f for f in findings if f.area.value == area]
        if listed:
            print(f"【{title}】")
            for finding in listed:
                print(f"  ✗ {finding_problem(finding)}\n    → {finding_fix(finding)}")
    print(f"共 {len(findings)} 项待处理")
    return EXIT_NOT_READY


def cmd_printouts(args: argparse.Namespace) -> int:
    """``printouts ID [--write FOLDER]``: every printout's status; with ``--write`` all are written first."""
    with open_from_args(args) as workspace:
        try:
            meeting = get_meeting(workspace, args.id)
            if args.write is not None:
                written, skipped = printouts.write_all(
                    workspace, args.id, args.write, meeting.title, progress=print_progress
                )
                for item in written:
                    print(f"已写出 {item.path}")
                for label, reason in skipped:
                    print(f"未能生成 {label}：{reason}")
            statuses = printouts.printout_statuses(workspace, args.id)
        except _LOOKUP_ERRORS as error:
            raise CliError(str(error)) from None
    rows = [["打印件", "状态", "选项"]]
    rows += [[item.label, status_text(statuses[item.key]), statuses[item.key].options] for item in printouts.PRINTOUTS]
    print_table(rows)
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    """``checkin ID QUERY_OR_CODE``: one person in, or the candidates listed (nothing changed)."""
    at = parse_datetime(args.at, "签到时间") if args.at else None
    with open_from_args(args) as workspace:
        try:
            result = check_in(
                workspace,
                args.id,
                args.query,
                at=at,
                substitute=True if args.substitute or args.substitute_name else None,
                substitute_name=args.substitute_name,
                confirm_leave=args.confirm_leave,
                backfill=at is not None,
            )
        except _LOOKUP_ERRORS as error:
            raise CliError(str(error)) from None
    if result.outcome is Outcome.NOT_FOUND:
        raise CliError(result.message)
    if result.outcome is Outcome.ON_LEAVE:
        print(result.message)
        print("确认签到请加 --confirm-leave，例如：meeting-planner checkin", args.id, result.query, "--confirm-leave")
        return EXIT_ASK
    print(result.message)
    if result.outcome is Outcome.AMBIGUOUS:
        print_table([[c.name, c.unit, c.title, c.code, "已签到" if c.checked_in else ""] for c in result.candidates])
        print("请用签到码重新签到，例如：meeting-planner checkin", args.id, result.candidates[0].code)
        return EXIT_ASK
    return 0


def cmd_undo_checkin(args: argparse.Namespace) -> int:
    """``undo-checkin ID QUERY_OR_CODE``: remove a mistaken check-in."""
    with open_from_args(args) as workspace:
        try:
            found = find_checked_in(workspace, args.id, args.query)
            if not found:
                raise CliError(f"没有找到“{args.query}”")
            if len(found) > 1:
                print(f"“{args.query}”找到 {len(found)} 位，请用签到码指定：")
                print_table([[c.name, c.unit, c.title, c.code, "已签到" if c.checked_in else ""] for c in found])
                return EXIT_ASK
            person = found[0]
            removed = undo_check_in(workspace, args.id, person.attendee_id)
        except _LOOKUP_ERRORS as error:
            raise CliError(str(error)) from None
    if removed is None:
        raise CliError(f"{person.name}（{person.unit}）尚未签到，无需撤销")
    print(f"已撤销 {person.name}（{person.unit}）{removed.at:%H:%M} 的签到")
    return 0


def cmd_board(args: argparse.Namespace) -> int:
    """``board ID``: the chair's sentence first, then per unit, then who is missing by unit with phones."""
    now = parse_datetime(args.at, "统计时间") if args.at else None
    with open_from_args(args) as workspace:
        try:
            view = board(workspace, args.id, now)
        except _LOOKUP_ERRORS as error:
            raise CliError(str(error)) from None
        conflicts = list_conflicts(workspace, args.id)
    print(view.sentence)
    backfilled = sum(1 for checkin in view.checkins.values() if checkin.backfilled)
    if backfilled:
        print(f"（其中补录 {backfilled} 人：按纸质签到表事后录入）")
    print()
    absent_label = "缺席" if view.started else "未到"
    rows = [["单位", "应到", "实到", "迟到", "代会", "请假", absent_label]]
    for unit in view.units:
        t = unit.tally
        missing = t.absent if view.started else t.pending
        rows.append(
            [unit.unit or "其他", *(str(n) for n in (t.expected, t.present, t.late, t.substitute, t.leave, missing))]
        )
    print_table(rows)
    missing_units = [unit for unit in view.units if unit.missing]
    if missing_units:
        print()
        print("未到人员：")
        for unit in missing_units:
            print(f"{unit.unit or '其他'}（{len(unit.missing)}人）")
            print_table([["  " + a.name, a.title, a.phone or "-"] for a in unit.missing])
    if conflicts:
        print()
        print(f"重复签到（断网时两台分别签到，保留最早时间）：{len(conflicts)}人")
        rows = []
        for c in conflicts:
            kept, other = (
                f"保留 {c.kept_desk or '-'} {c.kept_at:%H:%M:%S}",
                f"另有 {c.other_desk or '-'} {c.other_at:%H:%M:%S}",
            )
            rows.append(["  " + c.name, c.unit or "-", kept, other])
        print_table(rows)
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    """``notice ID [--issued ...]``: change the notice's own fields, then show them."""
    changes: dict[str, object] = {}
    if args.issued is not None:
        changes["issued"] = parse_datetime(args.issued, "成文日期").date() if args.issued.strip() else None
    if args.reply_by is not None:
        changes["reply_by"] = parse_datetime(args.reply_by, "回执截止时间") if args.reply_by.strip() else None
    for name in ("doc_number", "addressee", "scope", "reply_method", "reply_to", "copy_to", "printed_by"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value.strip()
    for name, option in (("list_names", args.list_names), ("reply_prefilled", args.prefill_replies)):
        if option is not None:
            changes[name] = option == "yes"
    with open_from_args(args) as workspace:
        try:
            settings = get_notice_settings(workspace, args.id)
            if changes:
                settings = replace(settings, **changes)  # type: ignore[arg-type]
                set_notice_settings(workspace, args.id, settings)
        except _LOOKUP_ERRORS as error:
            raise CliError(str(error)) from None
    rows = [
        ["成文日期", chinese_date(settings.issued) if settings.issued else "（印发通知完成之日，否则首次打印之日）"],
        ["发文字号", settings.doc_number or "-"],
        ["主送机关", settings.addressee or "各有关单位"],
        ["参会范围", settings.scope or "-"],
        ["列出名单", "是" if settings.list_names else "否"],
        ["回执预填", "是（按单位，不含电话）" if settings.reply_prefilled else "否（空白回执）"],
        ["回执截止", chinese_datetime(settings.reply_by) if settings.reply_by else "（回执统计一步的时限）"],
        ["报送方式", settings.reply_method or "-"],
        ["报送给", settings.reply_to or "-"],
        ["抄送", settings.copy_to or "-"],
        ["印发机关", settings.printed_by or "-"],
    ]
    print_table(rows)
    return 0


def cmd_fonts(args: argparse.Namespace) -> int:
    """``fonts [--title F] [--body F] ...``: choose the printout fonts per role, then show them."""
    changes = {role: getattr(args, role).strip() for role in ROLES if getattr(args, role) is not None}
    with open_from_args(args) as workspace:
        try:
            if changes:
                set_font_choice(workspace, changes)
            used = apply_font_choice(workspace)
        except FontChoiceError as error:
            raise CliError(str(error)) from None
    print_table([[label, used.get(role) or BUNDLED_LABEL] for role, label in ROLES.items()])
    families = installed_families()
    print()
    print("本机可用的中文字体：" + ("、".join(families) if families else "（无，使用内置字体）"))
    return 0
