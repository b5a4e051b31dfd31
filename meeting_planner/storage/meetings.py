"""Repository for meetings, their checklist steps and the workspace's custom templates."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, case, delete, func, insert, select, update
from sqlalchemy.engine import RowMapping

from meeting_planner.domain.checklist import (
    Category,
    DeletedMeeting,
    Meeting,
    MeetingSummary,
    Offset,
    Phase,
    Step,
    StepStatus,
)
from meeting_planner.domain.notice import NoticeSettings
from meeting_planner.storage.tables import attendees, meetings, steps, templates

_MEETING_FIELDS = (
    "title",
    "kind",
    "venue",
    "organiser",
    "template_key",
    "location",
    "agenda",
    "bring",
    "contact",
    "checkin_opens",
    "grace_minutes",
    "venue_key",
)


def _meeting_row(meeting: Meeting) -> dict[str, Any]:
    row = {name: getattr(meeting, name) for name in _MEETING_FIELDS}
    row["start_at"] = meeting.start
    row["end_at"] = meeting.end
    return row


def _step_row(step: Step) -> dict[str, Any]:
    return {
        "position": step.position,
        "key": step.key,
        "title": step.title,
        "phase": step.phase.value,
        "category": step.category.value,
        "offset": str(step.offset),
        "due_at": step.due_at,
        "due_manual": step.due_manual,
        "role": step.role,
        "quantity": step.quantity,
        "subitems": json.dumps(list(step.subitems), ensure_ascii=False),
        "note": step.note,
        "status": step.status.value,
        "done_by": step.done_by,
        "done_at": step.done_at,
    }


def _step_from_row(row: RowMapping) -> Step:
    return Step(
        key=row["key"],
        title=row["title"],
        phase=Phase(row["phase"]),
        category=Category(row["category"]),
        offset=Offset.parse(row["offset"]),
        due_at=row["due_at"],
        role=row["role"],
        quantity=row["quantity"],
        subitems=tuple(json.loads(row["subitems"])),
        note=row["note"],
        status=StepStatus(row["status"]),
        done_by=row["done_by"],
        done_at=row["done_at"],
        due_manual=bool(row["due_manual"]),
        position=row["position"],
        id=row["id"],
        version=row["version"],
    )


#: Step fields an edit may change (``update_step_fields``); position moves go through ``set_step_position``.
STEP_FIELDS = frozenset(
    {"title", "phase", "category", "offset", "due_at", "due_manual", "role", "quantity", "subitems", "note"}
    | {"status", "done_by", "done_at"}
)
#: Meeting fields an edit may change (``update_meeting_fields``).
MEETING_FIELDS = frozenset({*_MEETING_FIELDS, "start", "end"})


def _step_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in STEP_FIELDS:
            raise ValueError(f"not an editable step field: {name}")
        if name in ("phase", "category", "status"):
            values[name] = value.value
        elif name == "offset":
            values[name] = str(value)
        elif name == "subitems":
            values[name] = json.dumps(list(value), ensure_ascii=False)
        else:
            values[name] = value
    return values


def lock_meeting(connection: Connection, meeting_id: int) -> bool:
    """Hold the meeting's row lock until the transaction ends, so desks writing the same meeting's list or
    seats take turns (codes, positions and seats are read and written under it). PostgreSQL: ``SELECT …
    FOR NO KEY UPDATE`` (check-ins, which only reference the meeting, are not held up); SQLite: every writer
    already holds the file's write lock (``BEGIN IMMEDIATE``). False when there is no such meeting."""
    query = select(meetings.c.id).where(meetings.c.id == meeting_id).with_for_update(key_share=True)
    return connection.execute(query).first() is not None


def update_step_fields(connection: Connection, step_id: int, seen_version: int, changes: Mapping[str, Any]) -> bool:
    """Write only ``changes`` (field name -> domain value) to the step, if it is still at ``seen_version``;
    its version goes up by one. False (nothing written) when another desk changed or removed it meanwhile."""
    result = connection.execute(
        update(steps)
        .where(steps.c.id == step_id, steps.c.version == seen_version)
        .values(**_step_values(changes), version=steps.c.version + 1)
    )
    return result.rowcount == 1


def set_step_position(connection: Connection, step_id: int, position: int) -> None:
    """Move a step in the checklist order (not an edit of the step: its version stays)."""
    connection.execute(update(steps).where(steps.c.id == step_id).values(position=position))


def load_step(connection: Connection, meeting_id: int, key: str, *, for_update: bool = False) -> Step | None:
    """One step of a meeting by key (locked until the transaction ends with ``for_update``), or None."""
    query = select(steps).where(steps.c.meeting_id == meeting_id, steps.c.key == key)
    if for_update:
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    return _step_from_row(row) if row else None


def update_meeting_fields(
    connection: Connection, meeting_id: int, seen_version: int, changes: Mapping[str, Any], now: datetime
) -> bool:
    """Write only ``changes`` (``title``, ``start`` ...) to the meeting, if it is still at ``seen_version``;
    its version goes up by one. False (nothing written) when another desk changed it meanwhile."""
    values: dict[str, Any] = {}
    for name, value in changes.items():
        if name not in MEETING_FIELDS:
            raise ValueError(f"not an editable meeting field: {name}")
        values[{"start": "start_at", "end": "end_at"}.get(name, name)] = value
    result = connection.execute(
        update(meetings)
        .where(meetings.c.id == meeting_id, meetings.c.version == seen_version, meetings.c.deleted_at.is_(None))
        .values(**values, updated_at=now, version=meetings.c.version + 1)
    )
    return result.rowcount == 1


def insert_meeting(connection: Connection, meeting: Meeting, now: datetime) -> Meeting:
    """Store a new meeting with its steps; sets the ids (and a new ``uid`` unless it has one)."""
    if not meeting.uid:
        meeting.uid = str(uuid.uuid4())
    result = connection.execute(
        insert(meetings).values(**_meeting_row(meeting), uid=meeting.uid, created_at=now, updated_at=now)
    )
    (meeting.id,) = result.inserted_primary_key or (None,)
    insert_steps(connection, meeting.id, meeting.steps)
    return meeting


def insert_steps(connection: Connection, meeting_id: int | None, new_steps: Sequence[Step]) -> None:
    """Store steps for a meeting; sets their ids."""
    if meeting_id is None:
        raise ValueError("meeting has no id")
    for step in new_steps:
        result = connection.execute(insert(steps).values(meeting_id=meeting_id, **_step_row(step)))
        (step.id,) = result.inserted_primary_key or (None,)


def touch_meeting(connection: Connection, meeting_id: int, now: datetime) -> None:
    """Mark the meeting as changed now."""
    connection.execute(update(meetings).where(meetings.c.id == meeting_id).values(updated_at=now))


def update_step(connection: Connection, step: Step) -> None:
    """Write every field of an existing step (its version goes up by one)."""
    connection.execute(
        update(steps).where(steps.c.id == step.id).values(**_step_row(step), version=steps.c.version + 1)
    )


def delete_step(connection: Connection, step_id: int) -> None:
    """Remove one step."""
    connection.execute(delete(steps).where(steps.c.id == step_id))


def load_meeting(connection: Connection, meeting_id: int) -> Meeting | None:
    """A meeting with its steps in order, or ``None`` if there is none with that id (or it was deleted)."""
    row = (
        connection.execute(select(meetings).where(meetings.c.id == meeting_id, meetings.c.deleted_at.is_(None)))
        .mappings()
        .first()
    )
    if row is None:
        return None
    meeting = Meeting(
        **{name: row[name] for name in _MEETING_FIELDS},
        start=row["start_at"],
        end=row["end_at"],
        id=row["id"],
        version=row["version"],
        uid=row["uid"],
    )
    step_rows = connection.execute(
        select(steps).where(steps.c.meeting_id == meeting_id).order_by(steps.c.position, steps.c.id)
    ).mappings()
    meeting.steps = [_step_from_row(step_row) for step_row in step_rows]
    return meeting


def list_meeting_summaries(connection: Connection) -> list[MeetingSummary]:
    """Every meeting, newest start first, with step and attendee counts."""
    closed = func.sum(case((steps.c.status.in_(("done", "skipped")), 1), else_=0))
    step_counts = (
        select(steps.c.meeting_id, func.count().label("total"), closed.label("closed"))
        .group_by(steps.c.meeting_id)
        .subquery()
    )
    people = select(attendees.c.meeting_id, func.count().label("people")).group_by(attendees.c.meeting_id).subquery()
    query = (
        select(
            meetings.c.id,
            meetings.c.title,
            meetings.c.kind,
            meetings.c.start_at,
            meetings.c.venue,
            func.coalesce(step_counts.c.total, 0),
            func.coalesce(step_counts.c.closed, 0),
            func.coalesce(people.c.people, 0),
        )
        .outerjoin(step_counts, step_counts.c.meeting_id == meetings.c.id)
        .outerjoin(people, people.c.meeting_id == meetings.c.id)
        .where(meetings.c.deleted_at.is_(None))
        .order_by(meetings.c.start_at.desc(), meetings.c.id.desc())
    )
    return [MeetingSummary(*row) for row in connection.execute(query).all()]


def list_deleted_meetings(connection: Connection) -> list[DeletedMeeting]:
    """Meetings in the bin, most recently deleted first, with their attendee counts."""
    people = select(attendees.c.meeting_id, func.count().label("people")).group_by(attendees.c.meeting_id).subquery()
    query = (
        select(
            meetings.c.id,
            meetings.c.title,
            meetings.c.start_at,
            meetings.c.deleted_at,
            func.coalesce(people.c.people, 0),
        )
        .outerjoin(people, people.c.meeting_id == meetings.c.id)
        .where(meetings.c.deleted_at.is_not(None))
        .order_by(meetings.c.deleted_at.desc(), meetings.c.id.desc())
    )
    return [DeletedMeeting(*row) for row in connection.execute(query).all()]


def set_meeting_deleted(connection: Connection, meeting_id: int, deleted_at: datetime | None) -> bool:
    """Move a meeting to the bin (``deleted_at`` set) or back out (``None``); False if there is none."""
    result = connection.execute(update(meetings).where(meetings.c.id == meeting_id).values(deleted_at=deleted_at))
    return result.rowcount > 0


def purge_deleted_meetings(connection: Connection, before: datetime) -> int:
    """Really delete meetings binned before ``before`` (and, by cascade, all that belongs to them)."""
    result = connection.execute(delete(meetings).where(meetings.c.deleted_at < before))
    return result.rowcount


def save_template_text(connection: Connection, key: str, name: str, toml_text: str, now: datetime) -> None:
    """Store (or replace) a custom template."""
    connection.execute(delete(templates).where(templates.c.key == key))
    connection.execute(insert(templates).values(key=key, name=name, toml=toml_text, created_at=now))


def delete_template_text(connection: Connection, key: str) -> bool:
    """Delete a custom template; ``False`` when there is none with ``key``."""
    return connection.execute(delete(templates).where(templates.c.key == key)).rowcount > 0


def custom_template_texts(connection: Connection) -> list[tuple[str, str]]:
    """``(key, toml)`` of every custom template, by key."""
    rows = connection.execute(select(templates.c.key, templates.c.toml).order_by(templates.c.key)).all()
    return [(row[0], row[1]) for row in rows]


def load_notice_settings(connection: Connection, meeting_id: int) -> NoticeSettings:
    """The notice's own fields (成文日期, 发文字号, 参会范围 ...) of a meeting; defaults if none were saved."""
    value = connection.execute(select(meetings.c.notice).where(meetings.c.id == meeting_id)).scalar()
    return NoticeSettings.from_json(value or "{}")


def save_notice_settings(connection: Connection, meeting_id: int, settings: NoticeSettings) -> None:
    """Keep the notice's own fields with the meeting."""
    connection.execute(update(meetings).where(meetings.c.id == meeting_id).values(notice=settings.to_json()))


@dataclass(frozen=True, slots=True)
class MeetingIdentity:
    """Which meeting of the workspace carries a uid (also one in the bin)."""

    id: int
    title: str
    deleted_at: datetime | None


def find_meeting_by_uid(connection: Connection, uid: str) -> MeetingIdentity | None:
    """The meeting (live or in the bin) whose ``uid`` is ``uid``, or ``None``."""
    row = connection.execute(
        select(meetings.c.id, meetings.c.title, meetings.c.deleted_at).where(meetings.c.uid == uid)
    ).first()
    return MeetingIdentity(int(row[0]), str(row[1]), row[2]) if row else None


def set_meeting_uid(connection: Connection, meeting_id: int, uid: str) -> None:
    """Give a meeting another identity (e.g. the one a newer copy of it replaces)."""
    connection.execute(update(meetings).where(meetings.c.id == meeting_id).values(uid=uid))


def meeting_updated_at(connection: Connection, meeting_id: int) -> datetime | None:
    """When the meeting's own fields last changed (``None`` if there is no such meeting)."""
    return connection.execute(select(meetings.c.updated_at).where(meetings.c.id == meeting_id)).scalar()
