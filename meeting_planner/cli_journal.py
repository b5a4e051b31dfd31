"""``meeting-planner journal``: the check-in desk's offline journal (断网) on the command line.

``journal status`` shows what waits to be replayed; ``journal sync`` replays it into the workspace; ``journal
export FILE`` writes it to a file (a USB stick) and ``journal merge FILE`` applies such a file at another desk.
Every entry is applied exactly once, however often it is replayed or merged.
"""

from __future__ import annotations

import argparse
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from meeting_planner.cli_support import CliError, open_from_args, print_table

if TYPE_CHECKING:
    from meeting_planner.services.workspace import DeskJournal


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``journal status|sync|export|merge`` to the ``meeting-planner`` parser."""
    p = subparsers.add_parser("journal", help="签到台离线日志（断网时的签到记录）：查看、同步、导出到U盘、合并")
    p.add_argument("--journal", type=Path, help="本台签到日志文件（默认在用户设置文件夹中）")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="列出尚未同步的签到记录")
    status.set_defaults(handler=cmd_status)
    sync = actions.add_parser("sync", help="把尚未同步的签到记录写入工作区（每条只记一次）")
    sync.set_defaults(handler=cmd_sync)
    export = actions.add_parser("export", help="把本台全部签到记录写到文件（如U盘），供其他签到台合并")
    export.add_argument("file", type=Path, metavar="FILE", help="导出文件（.json）")
    export.add_argument("--desk", default="", help="本签到台的名称（默认计算机名）")
    export.set_defaults(handler=cmd_export)
    merge = actions.add_parser("merge", help="合并其他签到台导出的签到日志文件（每条只记一次）")
    merge.add_argument("file", type=Path, metavar="FILE", help="签到日志文件（.json）")
    merge.set_defaults(handler=cmd_merge)


def _journal(args: argparse.Namespace) -> DeskJournal:
    from meeting_planner.services.workspace import DeskJournal

    return DeskJournal(args.journal)


def cmd_status(args: argparse.Namespace) -> int:
    """Entries of this workspace not yet replayed, oldest first."""
    from meeting_planner.services.desk import workspace_id

    journal = _journal(args)
    try:
        with open_from_args(args) as workspace:
            pending = journal.pending(workspace_id(workspace))
    finally:
        journal.close()
    if not pending:
        print("没有待同步的签到记录。")
        return 0
    print(f"{len(pending)} 条待同步：")
    kinds = {"checkin": "签到", "undo": "撤销"}
    print_table(
        [
            [f"{e.at:%Y-%m-%d %H:%M:%S}", kinds[e.kind.value], e.name, e.unit, e.desk, f"会议 {e.meeting_id}"]
            for e in pending
        ]
    )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Replay this desk's pending entries into the workspace."""
    from meeting_planner.services.desk import sync_journal

    journal = _journal(args)
    try:
        with open_from_args(args) as workspace:
            report = sync_journal(workspace, journal)
    finally:
        journal.close()
    print(report.sentence())
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write this desk's journal to FILE."""
    from meeting_planner.services.desk import export_journal

    target: Path = args.file
    if target.is_dir():
        raise CliError(f"{target} 是一个文件夹，请给出文件名")
    if not target.parent.exists():
        raise CliError(f"文件夹 {target.parent} 不存在")
    journal = _journal(args)
    try:
        count = export_journal(journal, target, args.desk or platform.node() or "签到台")
    finally:
        journal.close()
    print(f"已导出 {count} 条签到记录：{target}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Apply FILE (another desk's journal) to the workspace."""
    from meeting_planner.services.desk import merge_journal

    with open_from_args(args) as workspace:
        report = merge_journal(workspace, args.file)
    print(report.sentence())
    for line in report.conflicts:
        print(f"  重复签到：{line}")
    return 0
