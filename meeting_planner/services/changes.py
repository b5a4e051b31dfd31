"""Following other desks: the workspace's change counters, read in one small query (see storage.changes)."""

from __future__ import annotations

from meeting_planner.domain.changes import WORKSPACE_ROW, Changes
from meeting_planner.storage.changes import read_changes
from meeting_planner.storage.workspace import Workspace

__all__ = ["WORKSPACE_ROW", "Changes", "current_changes"]


def current_changes(workspace: Workspace) -> dict[int, Changes]:
    """Every meeting's change counters (row ``WORKSPACE_ROW``: workspace-wide changes such as the unit order).

    ``ServerUnreachable`` when a shared server does not answer."""
    with workspace.reading() as connection:
        return read_changes(connection)
