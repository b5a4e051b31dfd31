"""Repository for check-ins (one row per attendee who arrived), plus the light reads the check-in desk needs.

Functions take a ``Connection``; callers own the transaction (one check-in = one transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, String, delete, func, insert, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.sql.elements import ColumnElement

from meeting_planner.domain.attendance import CheckIn, CheckInMethod, DeskRow
from meeting_planner.storage.tables import attendees, checkins, meetings


def _checkin_from_row(row: RowMapping) -> CheckIn:
    return CheckIn(
        attendee_id=row["attendee_id"],
        at=row["at"],
        method=CheckInMethod(row["method"]),
        substitute=bool(row["substitute"]),
        id=row["id"],
        substitute_name=row["substitute_name"],
        substitute_title=row["substitute_title"],
        journal_id=row["journal_id"] or "",
        desk=row["desk"],
        entered_at=row["entered_at"],
    )


def checkins_by_attendee(connection: Connection, meeting_id: int) -> dict[int, CheckIn]:
    """The meeting's check-ins keyed by attendee id."""
    rows = connection.execute(select(checkins).where(checkins.c.meeting_id == meeting_id)).mappings()
    return {row["attendee_id"]: _checkin_from_row(row) for row in rows}


def get_checkin(connection: Connection, attendee_id: int) -> CheckIn | None:
    """The attendee's check-in, or ``None`` if they have not checked in."""
    row = connection.execute(select(checkins).where(checkins.c.attendee_id == attendee_id)).mappings().first()
    return _checkin_from_row(row) if row else None


def add_checkin(connection: Connection, meeting_id: int, checkin: CheckIn) -> CheckIn:
    """Insert ``checkin``, keeping its id when it has one still free (so an undone check-in comes back exactly).

    The attendee already having a check-in breaks a rule of the table: ``Workspace.transaction`` raises
    ``ConstraintError``.
    """
    values: dict[str, Any] = {
        "meeting_id": meeting_id,
        "attendee_id": checkin.attendee_id,
        "at": checkin.at,
        "method": checkin.method.value,
        "substitute": checkin.substitute,
        "substitute_name": checkin.substitute_name,
        "substitute_title": checkin.substitute_title,
        "journal_id": checkin.journal_id or None,
        "desk": checkin.desk,
        "entered_at": checkin.entered_at,
    }
    keep_id = (
        checkin.id is not None
        and connection.execute(select(checkins.c.id).where(checkins.c.id == checkin.id)).first() is None
    )
    if keep_id:
        values["id"] = checkin.id
    result = connection.execute(insert(checkins).values(**values))
    inserted = result.inserted_primary_key
    new_id = checkin.id if keep_id and checkin.id is not None else int(inserted[0]) if inserted else 0
    return replace(checkin, id=new_id)


def add_checkins(connection: Connection, meeting_id: int, found: Sequence[CheckIn]) -> None:
    """Insert many check-ins at once with new ids (a meeting brought from a file)."""
    rows = [
        {
            "meeting_id": meeting_id,
            "attendee_id": c.attendee_id,
            "at": c.at,
            "method": c.method.value,
            "substitute": c.substitute,
            "substitute_name": c.substitute_name,
            "substitute_title": c.substitute_title,
            "entered_at": c.entered_at,
        }
        for c in found
    ]
    if rows:
        connection.execute(insert(checkins), rows)


def delete_checkin(connection: Connection, attendee_id: int) -> bool:
    """Remove the attendee's check-in; returns whether there was one."""
    result = connection.execute(delete(checkins).where(checkins.c.attendee_id == attendee_id))
    return bool(result.rowcount)


def desk_rows(connection: Connection, meeting_id: int) -> list[DeskRow]:
    """Every attendee of the meeting, light (for the name index), in list order."""
    rows = connection.execute(
        select(
            attendees.c.id,
            attendees.c.name,
            attendees.c.unit,
            attendees.c.title,
            attendees.c.code,
            attendees.c.role,
            attendees.c.reply,
            attendees.c.substitute_name,
        )
        .where(attendees.c.meeting_id == meeting_id)
        .order_by(attendees.c.position, attendees.c.id)
    ).all()
    return [DeskRow(*row) for row in rows]


def attendee_id_by_code(connection: Connection, meeting_id: int, code: str) -> int | None:
    """The attendee whose check-in code is ``code`` (indexed look-up), or ``None``."""
    return connection.execute(
        select(attendees.c.id).where(attendees.c.meeting_id == meeting_id, attendees.c.code == code)
    ).scalar()


def attendees_fingerprint(connection: Connection, meeting_id: int) -> str | None:
    """A text that changes whenever any searchable field of the meeting's attendees changes (computed in
    the database, cheaper than reading the rows), so a cached name index knows when it is stale.

    ``None`` where the database has no ``group_concat`` (not SQLite): callers then compare the rows.
    """
    if connection.dialect.name != "sqlite":
        return None
    fields: list[ColumnElement[Any]] = [attendees.c.name, attendees.c.unit, attendees.c.title, attendees.c.code]
    fields += [attendees.c.role, attendees.c.reply, attendees.c.substitute_name, attendees.c.position.cast(String)]
    joined: ColumnElement[Any] = attendees.c.id.cast(String)
    for column in fields:
        joined = joined.concat("\x1f").concat(column)
    ordered = select(joined.label("item")).where(attendees.c.meeting_id == meeting_id).order_by(attendees.c.id)
    inner = ordered.subquery()
    return str(connection.execute(select(func.group_concat(inner.c.item, "\x1e"))).scalar() or "")


def meeting_clock(connection: Connection, meeting_id: int) -> tuple[datetime, int] | None:
    """The meeting's start and grace minutes (for late marks), or ``None`` if there is no such meeting."""
    row = connection.execute(
        select(meetings.c.start_at, meetings.c.grace_minutes).where(
            meetings.c.id == meeting_id, meetings.c.deleted_at.is_(None)
        )
    ).first()
    return (row[0], int(row[1])) if row else None
