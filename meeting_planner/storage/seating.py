"""Seat assignments of a meeting (``seat_assignments``) and print records (``print_records``).

An assignment row is ``(meeting_id, seat_id, attendee_id or NULL, locked, manual)``: a locked row without
an attendee keeps a seat empty on purpose; ``manual`` marks a seat placed by hand, which automatic seating
keeps. Functions take a Connection; the caller owns the transaction. Rows are read and written as
``domain.seating.SeatState`` and ``domain.printing.PrintRecord``/``PrintRecordRow``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from meeting_planner.domain.printing import PrintRecord, PrintRecordRow
from meeting_planner.domain.seating import SeatState
from meeting_planner.errors import Phrase
from meeting_planner.storage.errors import ConflictError
from meeting_planner.storage.tables import print_records, seat_assignments

#: A seat write that lost a race (the seat, the person or the person's other seat changed meanwhile).
SEAT_CONFLICT = Phrase("座位已被其他工作台修改，已刷新")


def _insert(connection: Connection, rows: list[dict[str, object]]) -> None:
    try:
        connection.execute(insert(seat_assignments), rows)
    except IntegrityError as error:  # a person removed, or a seat taken, by another desk meanwhile
        raise ConflictError(SEAT_CONFLICT) from error


def list_assignments(connection: Connection, meeting_id: int) -> dict[str, SeatState]:
    """The meeting's assignments by seat id."""
    rows = connection.execute(
        select(
            seat_assignments.c.seat_id,
            seat_assignments.c.attendee_id,
            seat_assignments.c.locked,
            seat_assignments.c.manual,
        ).where(seat_assignments.c.meeting_id == meeting_id)
    ).all()
    return {
        seat_id: SeatState(seat_id, attendee_id, bool(locked), bool(manual) and attendee_id is not None)
        for seat_id, attendee_id, locked, manual in rows
    }


def _row(meeting_id: int, assignment: SeatState) -> dict[str, object]:
    return {
        "meeting_id": meeting_id,
        "seat_id": assignment.seat_id,
        "attendee_id": assignment.attendee_id,
        "locked": assignment.locked,
        "manual": assignment.manual and assignment.attendee_id is not None,
    }


def replace_assignments(
    connection: Connection,
    meeting_id: int,
    assignments: Iterable[SeatState],
    existing: Mapping[str, SeatState] | None = None,
) -> None:
    """Make the meeting's assignments exactly ``assignments`` (rows with no attendee and no lock are
    dropped). Given the ``existing`` rows, only the rows that differ are deleted and inserted."""
    wanted = {a.seat_id: a for a in assignments if a.attendee_id is not None or a.locked}
    if existing is None:
        connection.execute(delete(seat_assignments).where(seat_assignments.c.meeting_id == meeting_id))
        stale: list[str] = []
        fresh = list(wanted.values())
    else:
        stale = [sid for sid, a in existing.items() if wanted.get(sid) != a]
        fresh = [a for sid, a in wanted.items() if existing.get(sid) != a]
    for start in range(0, len(stale), 500):
        connection.execute(
            delete(seat_assignments).where(
                seat_assignments.c.meeting_id == meeting_id, seat_assignments.c.seat_id.in_(stale[start : start + 500])
            )
        )
    if fresh:
        _insert(connection, [_row(meeting_id, a) for a in fresh])


def apply_changes(connection: Connection, meeting_id: int, changes: Iterable[SeatState]) -> None:
    """Set the given seats to the given state (others untouched); an attendee can hold one seat only,
    so any other seat they held is released first."""
    changed = list(changes)
    seat_ids = [a.seat_id for a in changed]
    attendee_ids = [a.attendee_id for a in changed if a.attendee_id is not None]
    if seat_ids:
        connection.execute(
            delete(seat_assignments).where(
                seat_assignments.c.meeting_id == meeting_id, seat_assignments.c.seat_id.in_(seat_ids)
            )
        )
    if attendee_ids:
        connection.execute(
            delete(seat_assignments).where(
                seat_assignments.c.meeting_id == meeting_id, seat_assignments.c.attendee_id.in_(attendee_ids)
            )
        )
    rows = [_row(meeting_id, a) for a in changed if a.attendee_id is not None or a.locked]
    if rows:
        _insert(connection, rows)


def print_hashes(connection: Connection, meeting_id: int, document: str) -> dict[str, str]:
    """``item_key -> content_hash`` of what was last printed of ``document`` for the meeting."""
    rows = connection.execute(
        select(print_records.c.item_key, print_records.c.content_hash).where(
            print_records.c.meeting_id == meeting_id, print_records.c.document == document
        )
    ).all()
    return {str(key): str(value) for key, value in rows}


def record_printed(
    connection: Connection, meeting_id: int, document: str, hashes: Mapping[str, str], now: datetime | None = None
) -> None:
    """Remember that these items of ``document`` were printed with these content hashes."""
    if not hashes:
        return
    connection.execute(
        delete(print_records).where(
            print_records.c.meeting_id == meeting_id,
            print_records.c.document == document,
            print_records.c.item_key.in_(list(hashes)),
        )
    )
    stamp = now or datetime.now()
    connection.execute(
        insert(print_records),
        [
            {
                "meeting_id": meeting_id,
                "document": document,
                "item_key": key,
                "content_hash": value,
                "printed_at": stamp,
            }
            for key, value in hashes.items()
        ],
    )


def print_records_of(connection: Connection, meeting_id: int) -> dict[str, PrintRecord]:
    """Every document printed for the meeting, by document name."""
    rows = connection.execute(
        select(
            print_records.c.document, print_records.c.item_key, print_records.c.content_hash, print_records.c.printed_at
        ).where(print_records.c.meeting_id == meeting_id)
    ).all()
    hashes: dict[str, dict[str, str]] = {}
    latest: dict[str, datetime] = {}
    for document, key, value, printed_at in rows:
        hashes.setdefault(str(document), {})[str(key)] = str(value)
        if str(document) not in latest or printed_at > latest[str(document)]:
            latest[str(document)] = printed_at
    return {document: PrintRecord(items, latest[document]) for document, items in hashes.items()}


def replace_print_records(
    connection: Connection, meeting_id: int, document: str, hashes: Mapping[str, str], now: datetime | None = None
) -> None:
    """Make ``hashes`` the whole record of ``document`` (a printout printed in full), all stamped ``now``.

    Only what differs is written (a reprint of unchanged data touches the stamps alone), so recording a
    3,000-person printout again costs a few milliseconds, not a rewrite of every row."""
    where = (print_records.c.meeting_id == meeting_id, print_records.c.document == document)
    existing = {
        str(key): str(value)
        for key, value in connection.execute(
            select(print_records.c.item_key, print_records.c.content_hash).where(*where)
        ).all()
    }
    removed = [key for key in existing if key not in hashes]
    for start in range(0, len(removed), 500):
        connection.execute(
            delete(print_records).where(*where, print_records.c.item_key.in_(removed[start : start + 500]))
        )
    changed = [
        {"key": key, "hash": value} for key, value in hashes.items() if key in existing and existing[key] != value
    ]
    if changed:
        connection.execute(
            update(print_records)
            .where(*where, print_records.c.item_key == bindparam("key"))
            .values(content_hash=bindparam("hash")),
            changed,
        )
    stamp = now or datetime.now()
    rows = [
        {"meeting_id": meeting_id, "document": document, "item_key": key, "content_hash": value, "printed_at": stamp}
        for key, value in hashes.items()
        if key not in existing
    ]
    for start in range(0, len(rows), 500):
        connection.execute(insert(print_records), rows[start : start + 500])
    connection.execute(update(print_records).where(*where).values(printed_at=stamp))


def list_print_records(connection: Connection, meeting_id: int) -> list[PrintRecordRow]:
    """Every print record of the meeting, by document and item."""
    rows = connection.execute(
        select(
            print_records.c.document, print_records.c.item_key, print_records.c.content_hash, print_records.c.printed_at
        )
        .where(print_records.c.meeting_id == meeting_id)
        .order_by(print_records.c.document, print_records.c.item_key)
    ).all()
    return [PrintRecordRow(str(a), str(b), str(c), d) for a, b, c, d in rows]


def add_print_records(connection: Connection, meeting_id: int, records: Iterable[PrintRecordRow]) -> None:
    """Store print records as they are (a meeting brought from a file)."""
    rows = [
        {
            "meeting_id": meeting_id,
            "document": r.document,
            "item_key": r.item_key,
            "content_hash": r.content_hash,
            "printed_at": r.printed_at,
        }
        for r in records
    ]
    if rows:
        connection.execute(insert(print_records), rows)
