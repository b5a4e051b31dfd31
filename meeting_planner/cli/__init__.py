"""The ``meeting-planner`` command line: batch commands over the services, no Qt imported.

``parser.py`` builds the parser from the command groups (one module each: meetings, attendees, seating, day,
journal, transfer, backup, demo, export; ``support.py`` has what they share); ``run`` here runs one command and
turns what escapes into one line and an exit status.

Every command opens the workspace named by ``--db`` (or ``$MEETING_PLANNER_DB``, or the default),
does one thing in one transaction, and prints for people. Errors go to stderr as one line starting
with ``错误：`` and the exit status is 1; nothing is changed then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from meeting_planner.cli.parser import build_parser
from meeting_planner.crash import crash_message, write_crash_report
from meeting_planner.domain.limits import clean_text
from meeting_planner.errors import UserError
from meeting_planner.services.errors import describe_error
from meeting_planner.services.workspace import DatabaseFailure, database_url, one_line_database_error, safe_url

__all__ = ["build_parser", "describe_os_error", "main", "run"]


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
        shown = (safe_url(arg) if "://" in arg else arg for arg in argv)  # never a password in a report
        report = write_crash_report(error, "meeting-planner " + " ".join(shown))
        print(f"错误：{crash_message(report)}", file=sys.stderr)
        return 2


def _clean_arguments(args: argparse.Namespace) -> None:
    """NUL and control characters removed from every text argument at the edge (line breaks kept)."""
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
    return describe_error(error)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point used by ``__main__`` when a subcommand is given."""
    return run(sys.argv[1:] if argv is None else argv)
