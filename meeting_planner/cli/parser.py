"""The ``meeting-planner`` argument parser: every command group adds its subcommands, in ``--help`` order."""

from __future__ import annotations

import argparse

from meeting_planner.cli import attendees, backup, day, demo, export, journal, meetings, seating, transfer

#: Modules that add subcommands (each has ``register(subparsers)``), in the order they appear in ``--help``.
COMMAND_MODULES = (meetings, attendees, seating, day, journal, transfer, backup, demo, export)


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
