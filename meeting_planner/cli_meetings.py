"""Command-line commands for meetings and checklists (registered by cli.py)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the `meeting-planner` parser."""
