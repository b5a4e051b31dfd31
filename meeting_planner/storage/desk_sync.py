"""Workspace side of the desk journal: which entries were applied, and check-in conflicts between desks.

Functions take a ``Connection``; callers own the transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from meeting_planner.domain.attendance import CheckIn
from meeting_planner.domain.desk_journal import CheckInConflict
from meeting_planner.storage.tables import attendees, checkin_conflicts, checkins, journal_applied, settings

WORKSPACE_UUID_KEY = "workspace.uuid"


def workspace_uuid(connection: Connection) -> str:
    """The workspace's identity (made by migration 0007; copies of a workspace share it)."""
    value = connection.execute(select(settings.c.value).where(settings.c.key == WORKSPACE_UUID_KEY)).scalar()
    return str(value or "")


def applied_entries(connection: Connection, entry_ids: list[str]) -> set[str]:
    """Those of ``entry_ids`` already applied to the workspace."""
    found: set[str] = set()
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start : start + 500]
        found.update(
            connection.execute(
                select(journal_applied.c.entry_id).where(journal_applied.c.entry_id.in_(chunk))
            ).scalars()
        )
    return found


def mark_applied(
    connection: Connection, entry_id: str, meeting_id: int, kind: str, desk: str, outcome: str, when: datetime
) -> None:
    """Record that ``entry_id`` was applied (its primary key makes a second replay fail, never double)."""
    connection.execute(
        insert(journal_applied).values(
            entry_id=entry_id, meeting_id=meeting_id, kind=kind, desk=desk, outcome=outcome, applied_at=when
        )
    )


def replace_checkin(connection: Connection, attendee_id: int, checkin: CheckIn) -> None:
    """Make the attendee's check-in row say ``checkin`` (time, desk, entry, method) instead."""
    connection.execute(
        update(checkins)
        .where(checkins.c.attendee_id == attendee_id)
        .values(
            at=checkin.at,
            method=checkin.method.value,
            substitute=checkin.substitute,
            substitute_name=checkin.substitute_name,
            substitute_title=checkin.substitute_title,
            journal_id=checkin.journal_id or None,
            desk=checkin.desk,
        )
    )


def add_conflict(
    connection: Connection, meeting_id: int, attendee_id: int, kept: CheckIn, other: CheckIn, when: datetime
) -> None:
    """Record that ``other`` was a second check-in of the person, ``kept`` the earliest."""
    connection.execute(
        insert(checkin_conflicts).values(
            meeting_id=meeting_id,
            attendee_id=attendee_id,
            kept_at=kept.at,
            kept_desk=kept.desk,
            kept_key=kept.key,
            other_at=other.at,
            other_desk=other.desk,
            other_key=other.key,
            other_method=other.method.value,
            recorded_at=when,
        )
    )


def list_conflicts(connection: Connection, meeting_id: int, attendee_id: int | None = None) -> list[CheckInConflict]:
    """The meeting's conflicts (of one attendee), oldest first."""
    query = (
        select(checkin_conflicts, attendees.c.name, attendees.c.unit)
        .join(attendees, attendees.c.id == checkin_conflicts.c.attendee_id)
        .where(checkin_conflicts.c.meeting_id == meeting_id)
        .order_by(checkin_conflicts.c.recorded_at, checkin_conflicts.c.id)
    )
    if attendee_id is not None:
        query = query.where(checkin_conflicts.c.attendee_id == attendee_id)
    return [
        CheckInConflict(
            id=row.id,
            meeting_id=row.meeting_id,
            attendee_id=row.attendee_id,
            name=row.name,
            unit=row.unit,
            kept_at=row.kept_at,
            kept_desk=row.kept_desk,
            kept_key=row.kept_key,
            other_at=row.other_at,
            other_desk=row.other_desk,
            other_key=row.other_key,
            other_method=row.other_method,
        )
        for row in connection.execute(query)
    ]


def delete_conflicts(connection: Connection, ids: list[int]) -> None:
    """Remove conflicts that no longer stand (a claim was taken back)."""
    if ids:
        connection.execute(delete(checkin_conflicts).where(checkin_conflicts.c.id.in_(ids)))
