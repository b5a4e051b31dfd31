"""Repository for check-ins (one row per attendee who arrived)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from meeting_planner.domain.attendance import CheckIn, CheckInMethod
from meeting_planner.storage.tables import checkins


def checkins_by_attendee(connection: Connection, meeting_id: int) -> dict[int, CheckIn]:
    """The meeting's check-ins keyed by attendee id."""
    rows = connection.execute(select(checkins).where(checkins.c.meeting_id == meeting_id)).mappings()
    return {
        row["attendee_id"]: CheckIn(
            attendee_id=row["attendee_id"],
            at=row["at"],
            method=CheckInMethod(row["method"]),
            substitute=bool(row["substitute"]),
            id=row["id"],
        )
        for row in rows
    }
