"""``python -m meeting_planner`` / ``meeting-planner``: the GUI, or the CLI when a subcommand is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence

_GUI_OPTIONS = {"--db", "--lang", "--self-test"}


def _wants_gui(argv: Sequence[str]) -> bool:
    """No subcommand (only GUI options such as ``--db`` and ``--lang``) means: open the window."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--lang"):
            skip = True
            continue
        if arg.split("=", 1)[0] in _GUI_OPTIONS:
            continue
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the GUI or the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(args):
        from meeting_planner.app import run_gui

        return run_gui(args)
    from meeting_planner.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
