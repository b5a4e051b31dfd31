"""Change counters: what a window polls to follow other desks.

Database triggers (migration 0007) bump ``meeting_changes`` in the same transaction as every write to a
meeting's data, one counter per area; this module only reads them (one small query).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from meeting_planner.storage.tables import CHANGE_AREAS, meeting_changes

#: The row that counts workspace-wide changes (the unit order), which every meeting's lists show.
WORKSPACE_ROW = 0
#: Trigger names per tracked table (SQLite has one per event, PostgreSQL one for all events).
TRACKED_TABLES = ("meetings", "steps", "attendees", "seat_assignments", "checkins", "checkin_conflicts", "units")


@dataclass(frozen=True, slots=True)
class Changes:
    """The counters of one meeting (or of the workspace row 0)."""

    meeting: int = 0
    checklist: int = 0
    attendees: int = 0
    seating: int = 0
    checkins: int = 0

    def moved(self, before: Changes) -> set[str]:
        """The areas whose counter differs from ``before``."""
        return {area for area in CHANGE_AREAS if getattr(self, area) != getattr(before, area)}


def read_changes(connection: Connection) -> dict[int, Changes]:
    """Every meeting's counters (meetings never written since the upgrade have no row)."""
    rows = connection.execute(select(meeting_changes)).mappings()
    return {row["meeting_id"]: Changes(*(int(row[area]) for area in CHANGE_AREAS)) for row in rows}


def change_triggers(connection: Connection) -> set[str]:
    """The names of the change triggers present (for the check that a migration kept them all)."""
    if connection.dialect.name == "postgresql":
        rows = connection.execute(
            text("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'mp_changes_%' AND NOT tgisinternal")
        )
    else:
        rows = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'mp_changes_%'")
        )
    return {str(row[0]) for row in rows}


def expected_triggers(dialect: str) -> set[str]:
    """The change triggers the schema head has on ``dialect``."""
    if dialect == "postgresql":
        return {f"mp_changes_{table}" for table in TRACKED_TABLES}
    return {f"mp_changes_{table}_{event}" for table in TRACKED_TABLES for event in ("insert", "update", "delete")}
