"""Change counters: every write to a meeting's data bumps its area's counter, on SQLite and PostgreSQL,
through database triggers (no write path can forget it)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update

from meeting_planner.domain.attendee import Attendee
from meeting_planner.domain.changes import Changes
from meeting_planner.services.checkin import check_in, undo_check_in
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.changes import change_triggers, expected_triggers, read_changes
from meeting_planner.storage.tables import meetings, seat_assignments, steps, units
from meeting_planner.storage.workspace import Workspace


def counters(workspace: Workspace) -> dict[int, Changes]:
    with workspace.reading() as connection:
        return read_changes(connection)


def test_every_change_trigger_exists_at_the_schema_head(any_workspace: Workspace) -> None:
    with any_workspace.reading() as connection:
        dialect = connection.dialect.name
        assert change_triggers(connection) == expected_triggers(dialect)


def test_each_area_moves_with_its_own_writes_only(any_workspace: Workspace) -> None:
    ws = any_workspace
    meeting = create_meeting(ws, "全体大会", datetime(2026, 12, 1, 9, 0), "plenary")
    assert meeting.id is not None
    first = counters(ws)[meeting.id]
    assert first.meeting >= 1 and first.checklist >= 1

    with ws.transaction() as connection:
        (person,) = add_attendees(connection, meeting.id, [Attendee("周建国", unit="市发改委")])
    after_people = counters(ws)[meeting.id]
    assert after_people.moved(first) == {"attendees"}

    assert check_in(ws, meeting.id, "周建国").done
    after_checkin = counters(ws)[meeting.id]
    assert after_checkin.moved(after_people) == {"checkins"}
    assert person.id is not None
    undo_check_in(ws, meeting.id, person.id)
    assert counters(ws)[meeting.id].checkins > after_checkin.checkins

    before = counters(ws)[meeting.id]
    with ws.transaction() as connection:
        connection.execute(update(steps).where(steps.c.meeting_id == meeting.id).values(note="已落实"))
    assert counters(ws)[meeting.id].moved(before) == {"checklist"}

    before = counters(ws)[meeting.id]
    with ws.transaction() as connection:
        seat = {"meeting_id": meeting.id, "seat_id": "A-1-1", "attendee_id": person.id}
        connection.execute(seat_assignments.insert().values(**seat))
    assert counters(ws)[meeting.id].moved(before) == {"seating"}

    before = counters(ws)[meeting.id]
    with ws.transaction() as connection:
        connection.execute(update(meetings).where(meetings.c.id == meeting.id).values(venue="礼堂"))
    assert counters(ws)[meeting.id].moved(before) == {"meeting"}

    workspace_row = counters(ws).get(0, Changes())
    with ws.transaction() as connection:
        connection.execute(units.insert().values(name="市发改委", sort_order=1))
    assert counters(ws)[0].attendees == workspace_row.attendees + 1


def test_a_rolled_back_write_does_not_move_the_counter(any_workspace: Workspace) -> None:
    ws = any_workspace
    meeting = create_meeting(ws, "全体大会", datetime(2026, 12, 1, 9, 0), "plenary")
    assert meeting.id is not None
    before = counters(ws)[meeting.id]
    try:
        with ws.transaction() as connection:
            connection.execute(update(steps).where(steps.c.meeting_id == meeting.id).values(note="x"))
            raise RuntimeError("abandoned")
    except RuntimeError:
        pass
    assert counters(ws)[meeting.id] == before
