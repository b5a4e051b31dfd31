"""The ``meeting-planner`` command line: batch commands over the services, no Qt imported.

Every command opens the workspace named by ``--db`` (or ``$MEETING_PLANNER_DB``, or the default),
does one thing in one transaction, and prints for people. Errors go to stderr as one line starting
with ``错误：`` and the exit status is 1; nothing is changed then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from meeting_planner import cli_attendees, cli_day, cli_meetings, cli_seating
from meeting_planner.cli_support import CliError
from meeting_planner.storage.workspace import WorkspaceError

#: Modules that add subcommands, in the order they appear in ``--help``.
COMMAND_MODULES = (cli_meetings, cli_attendees, cli_seating, cli_day)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="meeting-planner",
        description="会务筹备：会议清单、参会人员、座次、打印与签到。不带子命令时打开图形界面。",
    )
    parser.add_argument("--db", metavar="URL", help="工作区：SQLite 文件路径或 SQLAlchemy 地址（默认用户数据目录）")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return int(handler(args) or 0)
    except (CliError, WorkspaceError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断，未做任何更改。", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point used by ``__main__`` when a subcommand is given."""
    return run(sys.argv[1:] if argv is None else argv)
