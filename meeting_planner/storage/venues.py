"""Venues saved in the workspace, and venue TOML files.

A saved venue is stored as its TOML text (``venues`` table), so what the user saved is exactly what
is loaded back. (Built-in venues are resources, listed by ``services.seating``.) Functions that touch
the database take a Connection; the caller owns the transaction.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update

from meeting_planner.domain.venue import Venue, VenueError, venue_from_toml
from meeting_planner.storage.tables import meetings, seat_assignments, venues


def load_venue_file(path: Path) -> Venue:
    """Read a venue TOML file; VenueError naming the file (and field) when it is malformed."""
    from meeting_planner.domain.venue import MAX_TOML_CHARS

    try:
        if path.stat().st_size > MAX_TOML_CHARS * 4:
            raise VenueError(f"{path}：文件太大，不像场地文件")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise VenueError(f"{path}：无法读取场地文件（{error}）") from error
    return venue_from_toml(text, str(path))


def venue_to_toml(venue: Venue) -> str:
    """The venue's spec as TOML text (``tomli_w``), loadable by ``venue_from_toml``."""
    import tomli_w

    return tomli_w.dumps(dict(venue.spec), multiline_strings=False)


def save_venue_file(venue: Venue, path: Path) -> None:
    """Write the venue to ``path`` as TOML."""
    path.write_text(venue_to_toml(venue), encoding="utf-8")


def save_venue(connection: Connection, venue: Venue, now: datetime | None = None) -> None:
    """Store (insert or replace) the venue in the workspace. A key or name too long for its column is a
    ``VenueError`` (the same on SQLite, which would store it, and PostgreSQL, which would refuse it)."""
    for label, value, most in (("场地键", venue.key, 100), ("场地名称", venue.name, 200)):
        if len(value) > most:
            raise VenueError(f"{label}“{value[:20]}…”过长：{len(value)} 个字符，最多 {most} 个")
    text = venue_to_toml(venue)
    exists = connection.execute(select(venues.c.key).where(venues.c.key == venue.key)).first()
    if exists:
        connection.execute(update(venues).where(venues.c.key == venue.key).values(name=venue.name, toml=text))
    else:
        connection.execute(
            insert(venues).values(key=venue.key, name=venue.name, toml=text, created_at=now or datetime.now())
        )


def delete_venue(connection: Connection, key: str) -> None:
    """Remove a saved venue (built-ins cannot be removed)."""
    connection.execute(delete(venues).where(venues.c.key == key))


@lru_cache(maxsize=16)
def _venue_from_saved_text(text: str, key: str) -> Venue:
    """Build a saved venue once per distinct text (venues are immutable; a 3,000-seat hall takes ~10 ms)."""
    return venue_from_toml(text, f"工作区场地“{key}”")


def saved_venues(connection: Connection) -> list[Venue]:
    """Venues saved in the workspace, by key."""
    rows = connection.execute(select(venues.c.key, venues.c.toml).order_by(venues.c.key)).all()
    found: list[Venue] = []
    for key, text in rows:
        try:
            found.append(_venue_from_saved_text(text, key))
        except VenueError:
            # A venue saved by an older version that today's bounds refuse (e.g. a NaN): it is left out
            # of the lists instead of breaking every one; choosing it by key names the field.
            continue
    return found


def find_saved_venue(connection: Connection, key: str) -> Venue | None:
    """The venue saved in the workspace under ``key``, or None."""
    row = connection.execute(select(venues.c.toml).where(venues.c.key == key)).first()
    return _venue_from_saved_text(row[0], key) if row is not None else None


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
