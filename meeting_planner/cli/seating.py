"""Command-line commands for seating: ``venues``, ``seat`` and ``cards`` (the seating printouts are ``export``
formats, see ``services.exports``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from meeting_planner.cli.support import CliError, open_from_args, print_table
from meeting_planner.cli.wording import seating_lines, venue_lines
from meeting_planner.domain.venue import VenueError
from meeting_planner.services import seating
from meeting_planner.services.attendees import find_by_names
from meeting_planner.services.meetings import MeetingNotFound, get_meeting
from meeting_planner.services.seating import SeatingError, auto_seat, list_venues


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the `meeting-planner` parser."""
    p = subparsers.add_parser("venues", help="列出内置和已保存的场地（键、名称、区域、座位数）；或导入场地")
    p.add_argument("--import-grid", type=Path, metavar="FILE.xlsx", help="导入用 Excel 画的座位图，保存为新场地")
    p.add_argument("--import", dest="import_toml", type=Path, metavar="FILE.toml", help="导入场地 TOML 文件")
    p.add_argument("--name", metavar="名称", help="导入的场地名称（默认用文件名）")
    p.add_argument("--dry-run", action="store_true", help="只显示读到的座位，不保存")
    p.set_defaults(handler=cmd_venues)

    p = subparsers.add_parser("seat", help="按礼宾规则自动排座（锁定的座位不动）")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("--venue", required=True, metavar="KEY|FILE.toml", help="场地键或场地 TOML 文件")
    p.add_argument("--honour", choices=["left", "right"], default="left", help="left 左为上（默认）/ right 右为上")
    p.add_argument(
        "--method", choices=["rows", "columns", "centre"], default="rows", help="场下排法：横排/竖排/左右排列"
    )
    p.add_argument(
        "--rostrum",
        type=int,
        metavar="N",
        help="主席台安排 N 人：标记为主席台的在前，其余按排序号（默认：只排标记的人）",
    )
    p.add_argument(
        "--even-rule",
        choices=["standard", "mirrored"],
        default="standard",
        help="主席台一排为偶数人时：standard 2号在1号上位侧（默认）/ mirrored 1号在中心上位侧",
    )
    p.add_argument("--redo-all", action="store_true", help="全部重新排（默认保留手动调整过的座位；锁定的始终不动）")
    p.add_argument("--substitutes-by-unit", action="store_true", help="代会人员按单位坐场下，不坐被代者的座位")
    p.set_defaults(handler=cmd_seat)

    p = subparsers.add_parser("cards", help="打印桌签：全部、指定人员，或自上次打印以来有变化的")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("out", type=Path, help="输出 PDF 文件")
    p.add_argument("--changed", action="store_true", help="只打印自上次打印以来内容有变化的桌签")
    p.add_argument("--name", action="append", default=[], metavar="姓名", help="只打印这些人（可重复）")
    p.add_argument("--line", choices=["none", "title", "unit"], default="none", help="姓名上方的附加行")
    p.set_defaults(handler=cmd_cards)


def cmd_venues(args: argparse.Namespace) -> int:
    """``venues``: one line per venue, key first, capacity last; ``--import-grid``/``--import`` add one."""
    if args.import_grid is not None or args.import_toml is not None:
        return _import_venue(args)
    with open_from_args(args) as workspace:
        listed = list_venues(workspace)
    rows: list[list[str]] = []
    for venue, builtin in listed:
        zones = "、".join(zone.name for zone in venue.zones)
        rows.append([venue.key, venue.name, zones, "内置" if builtin else "已保存", str(venue.capacity)])
    print_table(rows)
    return 0


def _import_venue(args: argparse.Namespace) -> int:
    """``venues --import-grid FILE.xlsx`` / ``venues --import FILE.toml``: show what was read, then save."""
    path: Path = args.import_grid if args.import_grid is not None else args.import_toml
    if not path.is_file():
        raise CliError(f"文件 {path} 不存在")
    with open_from_args(args) as workspace:
        try:
            if args.import_grid is not None:
                if args.dry_run:
                    venue, hall = seating.read_venue_grid(path, args.name)
                else:
                    venue, hall = seating.import_venue_grid(workspace, path, args.name)
                notes = hall.notes
            else:
                venue = seating.read_venue_file(path) if args.dry_run else seating.import_venue_file(workspace, path)
                notes = []
        except VenueError as error:
            raise CliError(str(error)) from None
    for line in venue_lines(venue):
        print(line)
    for note in notes:
        print(f"说明：{note}")
    print("（试读，未保存）" if args.dry_run else f"已保存场地“{venue.name}”，键 {venue.key}")
    return 0


def cmd_seat(args: argparse.Namespace) -> int:
    """``seat ID --venue KEY|FILE``: seat automatically and print the summary."""
    venue: str | Path = args.venue
    if str(venue).endswith(".toml"):
        venue = Path(venue)
        if not venue.is_file():
            raise CliError(f"场地文件 {venue} 不存在")
    with open_from_args(args) as workspace:
        try:
            get_meeting(workspace, args.id)
            result = auto_seat(
                workspace,
                args.id,
                venue,
                args.honour,
                args.method,
                rostrum_count=args.rostrum,
                substitutes_keep_seat=not args.substitutes_by_unit,
                even_rule=args.even_rule,
                redo_all=args.redo_all,
            )
        except (MeetingNotFound, SeatingError, VenueError) as error:
            raise CliError(str(error)) from None
    for line in seating_lines(result):
        print(line)
    return 0


def cmd_cards(args: argparse.Namespace) -> int:
    """``cards ID OUT``: table cards for all, some (``--name``) or the changed ones (``--changed``)."""
    out: Path = args.out
    if not out.parent.is_dir():
        raise CliError(f"文件夹 {out.parent} 不存在")
    with open_from_args(args) as workspace:
        try:
            ids: list[int] | None = None
            if args.name:
                ids = [a.id for a in find_by_names(workspace, args.id, args.name) if a.id is not None]
            # The service writes the file atomically and records the print only once it is in place.
            result = seating.export_table_cards(
                workspace, args.id, out, attendee_ids=ids, only_changed=args.changed, line=args.line
            )
            if result.written == 0:
                raise CliError(
                    "没有需要打印的桌签：自上次打印以来内容都没有变化" if args.changed else "没有可打印的桌签"
                )
        except (MeetingNotFound, seating.SeatingError) as error:  # (a MissingGlyphError is a UserError too)
            raise CliError(str(error)) from None
    skipped = f"，{result.unchanged} 张未变化未打印" if result.unchanged else ""
    print(f"已打印桌签 {result.written} 张{skipped}：{out}")
    return 0
