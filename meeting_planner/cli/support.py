"""Helpers shared by the command-line modules: errors, workspace opening, aligned output.

No Qt here: the CLI path must stay importable without PySide6.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from meeting_planner.errors import UserError
from meeting_planner.services.workspace import Workspace, open_workspace


class CliError(UserError):
    """A problem to report on stderr as one line; the command exits non-zero and changes nothing."""


def open_from_args(args: argparse.Namespace) -> Workspace:
    """The workspace named by ``--db`` (or ``$MEETING_PLANNER_DB``, or the default)."""
    workspace = open_workspace(getattr(args, "db", None))
    if workspace.warning:
        print(f"注意：{workspace.warning}", file=sys.stderr)
    return workspace


def parse_datetime(text: str, what: str = "时间") -> datetime:
    """Read ``2026-12-01T09:00``, ``2026-12-01 09:00`` or ``2026-12-01``; CliError otherwise."""
    cleaned = text.strip().replace("／", "/").replace("/", "-")
    try:
        return datetime.fromisoformat(cleaned)
    except ValueError:
        raise CliError(f"{what}格式不正确：“{text}”（应为 2026-12-01T09:00 这样的格式）") from None


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` terminal columns."""
    return text + " " * max(0, width - display_width(text))


def format_table(rows: Sequence[Sequence[str]], gap: int = 2) -> list[str]:
    """Rows of cells aligned in columns (CJK-aware); the last column is not padded."""
    if not rows:
        return []
    columns = max(len(row) for row in rows)
    widths = [max((display_width(row[i]) for row in rows if i < len(row)), default=0) for i in range(columns)]
    lines = []
    for row in rows:
        cells = [pad(cell, widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        lines.append((" " * gap).join(cells).rstrip())
    return lines


def print_table(rows: Sequence[Sequence[str]], out: TextIO | None = None) -> None:
    """Print aligned rows to ``out`` (stdout by default)."""
    stream = out or sys.stdout
    for line in format_table(rows):
        print(line, file=stream)


def print_progress(done: int, total: int) -> None:
    """A progress callback for long commands: rewrites one line on stderr."""
    if sys.stderr.isatty():
        end = "\n" if done >= total else ""
        print(f"\r{done}/{total}", end=end, file=sys.stderr, flush=True)
