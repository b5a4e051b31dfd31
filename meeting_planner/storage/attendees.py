"""Repository for a meeting's attendees. Functions take a Connection and return domain objects.

Callers own the transaction (``Workspace.transaction()``), so several calls make one user action.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import RowMapping

from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.errors import Phrase
from meeting_planner.storage.errors import WorkspaceError
from meeting_planner.storage.meetings import lock_meeting
from meeting_planner.storage.tables import attendees

_FIELDS = (
    "name",
    "name_original",
    "unit",
    "title",
    "phone",
    "gender",
    "rank",
    "notes",
    "leave_reason",
    "substitute_name",
    "substitute_title",
    "code",
    "person_id",
    "position",
    "on_rostrum",
)


def checkin_code(meeting_id: int, position: int) -> str:
    """The short code printed for scanning at the door, e.g. ``12-0042``: unique within the workspace,
    digits only (so it never looks like a name or pinyin initials typed at the desk)."""
    return f"{meeting_id}-{position + 1:04d}"


def _to_row(attendee: Attendee) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(attendee, name) for name in _FIELDS}
    row["role"] = attendee.role.value
    row["reply"] = attendee.reply.value
    return row


def attendee_from_row(row: RowMapping) -> Attendee:
    """An ``Attendee`` from a row of the attendees table."""
    return Attendee(
        **{name: row[name] for name in _FIELDS},
        role=Role(row["role"]),
        reply=ReplyStatus(row["reply"]),
        meeting_id=row["meeting_id"],
        id=row["id"],
    )


def list_attendees(connection: Connection, meeting_id: int) -> list[Attendee]:
    """Every attendee of the meeting, in list order."""
    rows = connection.execute(
        select(attendees).where(attendees.c.meeting_id == meeting_id).order_by(attendees.c.position, attendees.c.id)
    ).mappings()
    return [attendee_from_row(row) for row in rows]


def get_attendee(connection: Connection, attendee_id: int) -> Attendee | None:
    """One attendee by id, or ``None``."""
    row = connection.execute(select(attendees).where(attendees.c.id == attendee_id)).mappings().first()
    return attendee_from_row(row) if row else None


def attendee_ids(connection: Connection, meeting_id: int, among: Iterable[int]) -> set[int]:
    """Which of ``among`` are attendees of the meeting."""
    wanted = list(among)
    found: set[int] = set()
    for start in range(0, len(wanted), 500):
        found.update(
            connection.execute(
                select(attendees.c.id).where(
                    attendees.c.meeting_id == meeting_id, attendees.c.id.in_(wanted[start : start + 500])
                )
            ).scalars()
        )
    return found


def count_attendees(connection: Connection, meeting_id: int) -> int:
    """How many attendees the meeting has."""
    return connection.execute(
        select(func.count()).select_from(attendees).where(attendees.c.meeting_id == meeting_id)
    ).scalar_one()


def count_on_rostrum(connection: Connection, meeting_id: int) -> int:
    """How many of the meeting's attendees are marked 主席台."""
    return connection.execute(
        select(func.count())
        .select_from(attendees)
        .where(attendees.c.meeting_id == meeting_id, attendees.c.on_rostrum.is_(True))
    ).scalar_one()


def _taken(connection: Connection, meeting_id: int) -> tuple[int, set[str]]:
    """The meeting's highest list position (-1 when empty) and every sign-in code in use."""
    start = connection.execute(
        select(func.coalesce(func.max(attendees.c.position), -1)).where(attendees.c.meeting_id == meeting_id)
    ).scalar_one()
    codes = set(connection.execute(select(attendees.c.code).where(attendees.c.meeting_id == meeting_id)).scalars())
    return int(start), codes


def _free_code(meeting_id: int, position: int, taken: set[str]) -> str:
    """``checkin_code(meeting_id, position)``, or the next number of that form not in ``taken``."""
    number = position
    code = checkin_code(meeting_id, number)
    while code in taken:
        number += 1
        code = checkin_code(meeting_id, number)
    return code


class DuplicateCode(WorkspaceError):
    """A sign-in code given for a new attendee is already someone else's in the meeting."""


def add_attendees(connection: Connection, meeting_id: int, people: Sequence[Attendee]) -> list[Attendee]:
    """Append ``people`` to the meeting (one multi-row insert); returns them with ids and positions set.

    Takes the meeting's lock first (``lock_meeting``), so desks adding people to one meeting at once take
    turns: positions follow on and every generated sign-in code is new in the meeting. A code given with
    a person that is already in use is ``DuplicateCode`` (nothing written).
    """
    if not people:
        return []
    lock_meeting(connection, meeting_id)
    start, taken = _taken(connection, meeting_id)
    for person in people:
        if person.code and person.code in taken:
            owner = connection.execute(
                select(attendees.c.name).where(attendees.c.meeting_id == meeting_id, attendees.c.code == person.code)
            ).scalar()
            whose = f"“{owner}”" if owner else "名单中的另一人"
            raise DuplicateCode(
                Phrase.of(
                    "签到码 {code} 已是{whose}的签到码，不能再给“{name}”。",
                    code=person.code,
                    whose=whose,
                    name=person.name,
                )
            )
        if person.code:
            taken.add(person.code)
    rows = []
    for offset, person in enumerate(people, start=1):
        person.position = start + offset
        person.meeting_id = meeting_id
        if not person.code:
            person.code = _free_code(meeting_id, person.position, taken)
            taken.add(person.code)
        rows.append({**_to_row(person), "meeting_id": meeting_id})
    connection.execute(insert(attendees), rows)
    created = connection.execute(
        select(attendees.c.id, attendees.c.position)
        .where(attendees.c.meeting_id == meeting_id, attendees.c.position > start)
        .order_by(attendees.c.position)
    ).all()
    ids = {position: row_id for row_id, position in created}
    for person in people:
        person.id = ids[person.position]
    return list(people)


def insert_attendees_as_given(connection: Connection, meeting_id: int, people: Sequence[Attendee]) -> list[Attendee]:
    """Insert ``people`` keeping their positions and check-in codes (a meeting brought from a file); returns
    them with their new ids."""
    if not people:
        return []
    for person in people:
        person.meeting_id = meeting_id
    statement = insert(attendees).returning(attendees.c.id, sort_by_parameter_order=True)
    ids = connection.execute(statement, [{**_to_row(p), "meeting_id": meeting_id} for p in people]).scalars().all()
    for person, new_id in zip(people, ids, strict=True):
        person.id = new_id
    return list(people)


def update_attendee(connection: Connection, attendee: Attendee) -> None:
    """Write every field of an existing attendee."""
    if attendee.id is None:
        raise ValueError("attendee has no id")
    connection.execute(update(attendees).where(attendees.c.id == attendee.id).values(**_to_row(attendee)))


def delete_attendees(connection: Connection, attendee_ids: Iterable[int]) -> None:
    """Remove attendees (their seats and check-ins go with them)."""
    ids = list(attendee_ids)
    if ids:
        connection.execute(delete(attendees).where(attendees.c.id.in_(ids)))


def restore_attendees(connection: Connection, meeting_id: int, removed: Sequence[Attendee]) -> None:
    """Insert attendees again with their former ids, positions and codes (undo of a removal).

    Under the meeting's lock; when another desk has meanwhile given a position or code (or, on SQLite, the
    id) to someone new, the person comes back at the end of the list / with a new code / a new id (the
    ``Attendee`` objects are updated)."""
    if not removed:
        return
    lock_meeting(connection, meeting_id)
    last, codes = _taken(connection, meeting_id)
    positions = set(
        connection.execute(select(attendees.c.position).where(attendees.c.meeting_id == meeting_id)).scalars()
    )
    wanted_ids = [person.id for person in removed if person.id is not None]
    used_ids = set(connection.execute(select(attendees.c.id).where(attendees.c.id.in_(wanted_ids))).scalars())
    keeping_id: list[dict[str, Any]] = []
    for person in removed:
        if person.position in positions:
            last += 1
            person.position = last
        positions.add(person.position)
        last = max(last, person.position)
        if not person.code or person.code in codes:
            person.code = _free_code(meeting_id, person.position, codes)
        codes.add(person.code)
        person.meeting_id = meeting_id
        if person.id in used_ids:
            result = connection.execute(insert(attendees).values(**_to_row(person), meeting_id=meeting_id))
            person.id = int(result.inserted_primary_key[0]) if result.inserted_primary_key else None
        else:
            keeping_id.append({**_to_row(person), "meeting_id": meeting_id, "id": person.id})
    if keeping_id:
        connection.execute(insert(attendees), keeping_id)


def link_people(connection: Connection, person_by_attendee: dict[int, int]) -> None:
    """Set ``person_id`` (the directory entry) of attendees: attendee id -> person id."""
    if not person_by_attendee:
        return
    statement = update(attendees).where(attendees.c.id == bindparam("attendee")).values(person_id=bindparam("person"))
    connection.execute(statement, [{"attendee": a, "person": p} for a, p in person_by_attendee.items()])
