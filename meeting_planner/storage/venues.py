"""Venues saved in the workspace (``venues``) and each meeting's venue choice.

A saved venue is stored as its TOML text, so what the user saved is exactly what is loaded back; reading and
writing that text is ``documents.venue_toml``'s (the services join the two). Built-in venues are resources,
listed by ``services.seating``. Functions take a Connection; the caller owns the transaction.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from meeting_planner.domain.venue import VenueError
from meeting_planner.errors import Phrase
from meeting_planner.storage.tables import meetings, seat_assignments, venues


def save_venue_text(connection: Connection, key: str, name: str, text: str, now: datetime | None = None) -> None:
    """Store (insert or replace) a venue's TOML text under ``key``. A key or name too long for its column is a
    ``VenueError`` (the same on SQLite, which would store it, and PostgreSQL, which would refuse it)."""
    for label, value, most in (("场地键", key, 100), ("场地名称", name, 200)):
        if len(value) > most:
            raise VenueError(
                Phrase.of(
                    "{label}“{value}…”过长：{value_count} 个字符，最多 {most} 个",
                    label=label,
                    value=value[:20],
                    value_count=len(value),
                    most=most,
                )
            )
    exists = connection.execute(select(venues.c.key).where(venues.c.key == key)).first()
    if exists:
        connection.execute(update(venues).where(venues.c.key == key).values(name=name, toml=text))
    else:
        connection.execute(insert(venues).values(key=key, name=name, toml=text, created_at=now or datetime.now()))


def delete_venue(connection: Connection, key: str) -> None:
    """Remove a saved venue (built-ins cannot be removed)."""
    connection.execute(delete(venues).where(venues.c.key == key))


def saved_venue_texts(connection: Connection) -> list[tuple[str, str]]:
    """``(key, TOML text)`` of every venue saved in the workspace, by key."""
    rows = connection.execute(select(venues.c.key, venues.c.toml).order_by(venues.c.key)).all()
    return [(str(key), str(text)) for key, text in rows]


def saved_venue_text(connection: Connection, key: str) -> str | None:
    """The TOML text of the venue saved under ``key``, or None."""
    row = connection.execute(select(venues.c.toml).where(venues.c.key == key)).first()
    return str(row[0]) if row is not None else None


def meeting_venue_key(connection: Connection, meeting_id: int) -> str:
    """The meeting's venue key ('' if none chosen)."""
    value = connection.execute(select(meetings.c.venue_key).where(meetings.c.id == meeting_id)).scalar_one_or_none()
    return value or ""


def set_meeting_venue_key(connection: Connection, meeting_id: int, key: str) -> None:
    """Choose the meeting's venue."""
    connection.execute(update(meetings).where(meetings.c.id == meeting_id).values(venue_key=key))


def meeting_seating_rules(connection: Connection, meeting_id: int) -> dict[str, str]:
    """The protocol settings of the meeting's last automatic seating (empty if never seated)."""
    text = connection.execute(select(meetings.c.seating_rules).where(meetings.c.id == meeting_id)).scalar_one_or_none()
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def set_meeting_seating_rules(connection: Connection, meeting_id: int, rules: dict[str, str]) -> None:
    """Remember the protocol settings used to seat the meeting."""
    text = json.dumps(rules, ensure_ascii=False, sort_keys=True)
    connection.execute(update(meetings).where(meetings.c.id == meeting_id).values(seating_rules=text))


def seated_ids_for_venue(connection: Connection, key: str) -> list[str]:
    """Seat ids with someone on them, in every meeting held in the venue ``key`` (duplicates kept)."""
    rows = connection.execute(
        select(seat_assignments.c.seat_id)
        .join(meetings, meetings.c.id == seat_assignments.c.meeting_id)
        .where(meetings.c.venue_key == key, seat_assignments.c.attendee_id.is_not(None))
    ).all()
    return [row[0] for row in rows]
