"""Change counters: what a window polls to follow other desks.

Database triggers (migration 0007) bump ``meeting_changes`` in the same transaction as every write to a
meeting's data, one counter per area; this module only reads them (one small query).
"""

from __future__ import annotations

from sqlalchemy import Connection, select, text

from meeting_planner.domain.changes import CHANGE_AREAS, Changes
from meeting_planner.storage.tables import meeting_changes

#: Trigger names per tracked table (SQLite has one per event, PostgreSQL one for all events).
TRACKED_TABLES = ("meetings", "steps", "attendees", "seat_assignments", "checkins", "checkin_conflicts", "units")


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
