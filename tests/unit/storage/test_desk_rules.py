"""The rules several desks rely on, held by the database on both back ends (migration 0005): one sign-in code
and one position per person in a meeting, one seat per person and one person per seat; older workspaces that
broke them are put right by the migration, the same way every time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from meeting_planner.domain.attendee import Attendee
from meeting_planner.domain.seating import SeatState
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage import attendees as repo
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.errors import ConflictError, ConstraintError
from meeting_planner.storage.workspace import Workspace, create_workspace_engine, open_workspace, upgrade_schema

NOW = datetime(2026, 11, 1, 8, 0)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (no schema yet) on each back end."""
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "old.db")
    return str(request.getfixturevalue("pg_cluster").new_database())


def test_the_migration_puts_old_duplicates_right_before_adding_the_rules(empty_url: str) -> None:
    old = Workspace(create_workspace_engine(empty_url), empty_url)
    upgrade_schema(old, "0004")
    with old.transaction() as connection:
        connection.execute(
            text(
                "INSERT INTO meetings (id, title, kind, start_at, created_at, updated_at)"
                " VALUES (7, '旧会议', '工作会议', :now, :now, :now)"
            ),
            {"now": NOW},
        )
        people = [  # id, position, code: two imports at once gave 12 and 13 the code and position of 10 and 11
            (10, 0, "7-0001"),
            (11, 1, "7-0002"),
            (12, 0, "7-0001"),
            (13, 1, "7-0002"),
            (14, 2, ""),
        ]
        for person_id, position, code in people:
            connection.execute(
                text(
                    "INSERT INTO attendees (id, meeting_id, position, name, code)"
                    " VALUES (:id, 7, :position, :name, :code)"
                ),
                {"id": person_id, "position": position, "name": f"人员{person_id}", "code": code},
            )
        seats = [(1, "A-1", 10, False), (2, "A-2", 10, True), (3, "A-3", 11, False), (4, "A-4", 11, False)]
        for row_id, seat_id, attendee_id, locked in seats:
            connection.execute(
                text(
                    "INSERT INTO seat_assignments (id, meeting_id, seat_id, attendee_id, locked, manual)"
                    " VALUES (:id, 7, :seat, :attendee, :locked, :manual)"
                ),
                {"id": row_id, "seat": seat_id, "attendee": attendee_id, "locked": locked, "manual": False},
            )
        connection.execute(
            text("INSERT INTO checkins (meeting_id, attendee_id, at, method) VALUES (7, 12, :now, 'code')"),
            {"now": NOW},
        )
    old.close()

    with open_workspace(empty_url, backup=False) as workspace, workspace.reading() as connection:
        people_now = {a.id: (a.position, a.code) for a in repo.list_attendees(connection, 7)}
        seats_now = seat_repo.list_assignments(connection, 7)
        checked_in = set(checkins_by_attendee(connection, 7))
    assert checked_in == {12}, "check-ins survive the upgrade"
    assert people_now == {
        10: (0, "7-0001"),
        11: (2, "7-0002"),
        12: (1, "7-0003"),
        13: (3, "7-0004"),
        14: (4, "7-0005"),
    }
    # Person 10 keeps the locked seat; the other seat is freed. Person 11 keeps the first one.
    assert {sid: (a.attendee_id, a.locked) for sid, a in seats_now.items()} == {
        "A-2": (10, True),
        "A-3": (11, False),
    }


def test_the_database_refuses_a_second_code_position_or_seat(any_workspace: Workspace) -> None:
    meeting = create_meeting(any_workspace, "会", NOW, "work")
    assert meeting.id is not None
    with any_workspace.transaction() as connection:
        first, second = repo.add_attendees(connection, meeting.id, [Attendee("甲"), Attendee("乙")])
    for column, value in (("code", first.code), ("position", first.position)):
        with pytest.raises(ConstraintError), any_workspace.transaction() as connection:
            connection.execute(
                text(f"UPDATE attendees SET {column} = :v WHERE id = :id"), {"v": value, "id": second.id}
            )
    with any_workspace.transaction() as connection:
        seat_repo.apply_changes(connection, meeting.id, [SeatState("A-1", first.id)])
    with pytest.raises(ConflictError, match="座位已被其他工作台修改"), any_workspace.transaction() as connection:
        connection.execute(text("DELETE FROM attendees WHERE id = :id"), {"id": second.id})
        seat_repo.apply_changes(connection, meeting.id, [SeatState("A-2", second.id)])


def test_a_given_code_already_in_use_is_a_clear_error(any_workspace: Workspace) -> None:
    meeting = create_meeting(any_workspace, "会", NOW, "work")
    assert meeting.id is not None
    with any_workspace.transaction() as connection:
        (first,) = repo.add_attendees(connection, meeting.id, [Attendee("甲")])
    message = f"签到码 {first.code} 已是“甲”的签到码"
    with pytest.raises(repo.DuplicateCode, match=message), any_workspace.transaction() as connection:
        repo.add_attendees(connection, meeting.id, [Attendee("乙", code=first.code)])


def test_undo_of_a_removal_after_another_desk_added_someone_keeps_codes_unique(any_workspace: Workspace) -> None:
    from meeting_planner.services.attendees import add_attendees, remove_attendees, restore_attendees

    meeting = create_meeting(any_workspace, "会", NOW, "work")
    assert meeting.id is not None
    people = add_attendees(any_workspace, meeting.id, [Attendee("甲"), Attendee("乙")])
    removed = remove_attendees(any_workspace, meeting.id, [people[1].id or 0])
    (newcomer,) = add_attendees(any_workspace, meeting.id, [Attendee("丙")])  # another desk, meanwhile
    assert newcomer.code == people[1].code  # the freed number is reused ...
    restore_attendees(any_workspace, meeting.id, removed)  # ... so the undo gives 乙 a new one
    with any_workspace.reading() as connection:
        listed = repo.list_attendees(connection, meeting.id)
    assert [a.name for a in listed] == ["甲", "丙", "乙"]
    assert len({a.code for a in listed}) == 3 and len({a.position for a in listed}) == 3


@pytest.mark.parametrize(
    ("limits", "table"),
    [
        ("ATTENDEE_LIMITS", "attendees"),
        ("ATTENDEE_LIMITS", "people"),
        ("MEETING_LIMITS", "meetings"),
        ("STEP_LIMITS", "steps"),
    ],
)
def test_the_field_limits_fit_the_columns(limits: str, table: str) -> None:
    from meeting_planner.domain import limits as module
    from meeting_planner.storage import tables

    columns = tables.metadata.tables[table].columns
    for name, limit in getattr(module, limits).items():
        if name not in columns:
            continue
        length = getattr(columns[name].type, "length", None)
        assert length is None or limit.most <= length, f"{table}.{name}: {limit.most} > {length}"


def test_attendee_fields_are_cleaned_and_limited(any_workspace: Workspace) -> None:
    from meeting_planner.services.attendees import AttendeeInputError, add_attendees

    meeting = create_meeting(any_workspace, "会", NOW, "work")
    assert meeting.id is not None
    (saved,) = add_attendees(any_workspace, meeting.id, [Attendee("张\x00三", unit="区委\x1b办", phone="010\t1234")])
    assert (saved.name, saved.unit, saved.phone) == ("张三", "区委办", "010 1234")
    with pytest.raises(AttendeeInputError, match=r"“李四”的单位“长+…”过长：201 个字符，最多 200 个"):
        add_attendees(any_workspace, meeting.id, [Attendee("李四", unit="长" * 201)])
