"""``meeting-planner demo OUTDIR``: build the example meeting and write every printout and export.

The headless way to see what the app produces: OUTDIR/workspace.db plus the seating chart, seat list,
table cards, sign-in sheet, notice, checklist report and attendance workbook.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from meeting_planner.cli.support import CliError, print_progress
from meeting_planner.services.example import build_example
from meeting_planner.services.exports import KIT_FORMATS, export
from meeting_planner.services.workspace import open_workspace

#: Export format -> file name written by ``demo``: the kit's formats of ``services.exports``.
DEMO_FILES: dict[str, str] = {f.name: f.file_name for f in KIT_FORMATS}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``demo`` to the ``meeting-planner`` parser."""
    p = subparsers.add_parser("demo", help="生成示例会议及全部打印件、导出文件（无需界面）")
    p.add_argument("outdir", type=Path, help="输出文件夹（会在其中创建 workspace.db 和各文件）")
    p.add_argument("--attendees", type=int, default=120, help="示例参会人数（默认 120）")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    """Build the example in OUTDIR/workspace.db and export every printout there."""
    if not 1 <= args.attendees <= 20000:
        raise CliError(f"示例人数应在 1 到 20000 之间，而不是 {args.attendees}")
    outdir: Path = args.outdir
    database = outdir / "workspace.db"
    if database.exists():
        raise CliError(f"{database} 已存在；请换一个空文件夹，以免覆盖已有工作区")
    outdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with open_workspace(database, backup=False) as workspace:
        summary = build_example(workspace, args.attendees, progress=print_progress)
        print(
            f"示例会议编号 {summary.meeting_id}：{summary.attendees} 人，已排座 {summary.seated} 人，"
            f"已签到 {summary.checked_in} 人，已完成步骤 {summary.steps_done} 项"
        )
        for name, filename in DEMO_FILES.items():
            export(workspace, summary.meeting_id, name, outdir / filename)
            print(f"  {filename}")
    print(f"已写入 {outdir}（用时 {time.perf_counter() - started:.1f} 秒）")
    return 0
