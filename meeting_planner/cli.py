"""The ``meeting-planner`` command line: batch commands over the services, no Qt imported.

Every command opens the workspace named by ``--db`` (or ``$MEETING_PLANNER_DB``, or the default),
does one thing in one transaction, and prints for people. Errors go to stderr as one line starting
with ``错误：`` and the exit status is 1; nothing is changed then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from meeting_planner import (
    cli_attendees,
    cli_backup,
    cli_day,
    cli_demo,
    cli_journal,
    cli_meetings,
    cli_seating,
    cli_transfer,
)
from meeting_planner.cli_support import CliError, open_from_args
from meeting_planner.errors import UserError
from meeting_planner.services.workspace import (
    DatabaseFailure,
    Workspace,
    database_url,
    one_line_database_error,
    safe_url,
)

Exporter = Callable[[Workspace, int, Path], None]

#: Modules that add subcommands, in the order they appear in ``--help``.
COMMAND_MODULES = (
    cli_meetings,
    cli_attendees,
    cli_seating,
    cli_day,
    cli_journal,
    cli_transfer,
    cli_backup,
    cli_demo,
)


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
    formats = export_formats()
    p = subparsers.add_parser("export", help="导出打印件或表格：" + "、".join(formats))
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("format", choices=sorted(formats), metavar="FORMAT", help="、".join(sorted(formats)))
    p.add_argument("out", type=Path, help="输出文件")
    p.add_argument(
        "--mark-missing",
        action="store_true",
        help="没有任何字体能打印的字印成留空标记“□”，手写补上（默认：报错，不生成文件）",
    )
    p.set_defaults(handler=cmd_export)
    return parser


def export_formats() -> dict[str, Exporter]:
    """Every export format offered by the command modules (their ``EXPORT_FORMATS``)."""
    formats: dict[str, Exporter] = {}
    for module in COMMAND_MODULES:
        formats.update(getattr(module, "EXPORT_FORMATS", {}))
    return formats


def self_atomic_formats() -> frozenset[str]:
    """Formats written atomically by their service, which records the print after the rename."""
    names: set[str] = set()
    for module in COMMAND_MODULES:
        names.update(getattr(module, "SELF_ATOMIC_FORMATS", ()))
    return frozenset(names)


def cmd_export(args: argparse.Namespace) -> int:
    """``export ID FORMAT OUT``: write the file atomically (a failed export leaves no partial file)."""
    from meeting_planner.documents.files import atomic_output
    from meeting_planner.documents.fonts import set_mark_missing
    from meeting_planner.services.meetings import MeetingNotFound, get_meeting

    set_mark_missing(bool(getattr(args, "mark_missing", False)))
    exporter = export_formats()[args.format]
    out: Path = args.out
    if out.is_dir():
        raise CliError(f"{out} 是一个文件夹，请给出文件名")
    if not out.parent.exists():
        raise CliError(f"文件夹 {out.parent} 不存在")
    with open_from_args(args) as workspace:
        try:
            get_meeting(workspace, args.id)
        except MeetingNotFound as error:
            raise CliError(str(error)) from None
        if args.format in self_atomic_formats():
            exporter(workspace, args.id, out)
        else:
            with atomic_output(out) as temporary:
                exporter(workspace, args.id, temporary)
    print(f"已导出 {args.format}：{out}")
    return 0


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    _clean_arguments(args)
    try:
        return int(handler(args) or 0)
    except BrokenPipeError:
        # The reader went away (e.g. ``| head``): not an error worth a message.
        sys.stderr.close()
        return 0
    except UserError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"错误：{describe_os_error(error)}", file=sys.stderr)
        return 1
    except DatabaseFailure as error:  # any other database error: one line, never a traceback or a password
        print(f"错误：{one_line_database_error(error, _where(args))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断，未做任何更改。", file=sys.stderr)
        return 130
    except Exception as error:  # a defect: a crash report for support, one line for the user
        from meeting_planner.crash import crash_message, write_crash_report

        shown = (safe_url(arg) if "://" in arg else arg for arg in argv)  # never a password in a report
        report = write_crash_report(error, "meeting-planner " + " ".join(shown))
        print(f"错误：{crash_message(report)}", file=sys.stderr)
        return 2


def _clean_arguments(args: argparse.Namespace) -> None:
    """NUL and control characters removed from every text argument at the edge (line breaks kept)."""
    from meeting_planner.domain.limits import clean_text

    for name, value in vars(args).items():
        if isinstance(value, str) and name != "db":
            setattr(args, name, clean_text(value, multiline=True))
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            setattr(args, name, [clean_text(item, multiline=True) for item in value])


def _where(args: argparse.Namespace) -> str:
    """The workspace named by the arguments, for messages (never with a password)."""
    try:
        return safe_url(database_url(getattr(args, "db", None)))
    except Exception:  # naming the workspace must never fail the message
        return "（工作区）"


def describe_os_error(error: OSError) -> str:
    """One sentence for a failed file operation, naming the file (no errno codes)."""
    from meeting_planner.services.errors import describe_error

    return describe_error(error)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point used by ``__main__`` when a subcommand is given."""
    return run(sys.argv[1:] if argv is None else argv)
