"""Auto-seat and the editor's operations against a real workspace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from meeting_planner.cli.wording import seating_lines
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.protocol import rostrum_order, rostrum_row_ranks
from meeting_planner.services import seating
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace


def _edit(
    workspace: Workspace, meeting_id: int, plan: Callable[..., seating.SeatChange], *args: Any
) -> seating.SeatChange:
    """One seat edit as the editor does it: plan over the current seats, then apply."""
    change = plan(seating.seat_states(workspace, meeting_id), *args)
    seating.apply_seat_change(workspace, meeting_id, change)
    return change


def _meeting(workspace: Workspace, people: list[Attendee]) -> int:
    meeting = create_meeting(workspace, "全体干部大会", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    return meeting.id


def _people(count: int, ranked: int, rostrum: int | None = None) -> list[Attendee]:
    """``count`` people, the first ``ranked`` with ranks 1.., the first ``rostrum`` (default: the ranked
    ones) marked 主席台."""
    units = ["办公室", "财务处", "人事处", "后勤处"]
    marked = ranked if rostrum is None else rostrum
    return [
        Attendee(
            name=f"人员{i:03d}", unit=units[i % len(units)], rank=i + 1 if i < ranked else None, on_rostrum=i < marked
        )
        for i in range(count)
    ]


def _seat_of(workspace: Workspace, meeting_id: int) -> dict[int, str]:
    return {a.attendee_id: sid for sid, a in seating.seat_states(workspace, meeting_id).items() if a.attendee_id}


def test_rostrum_follows_the_protocol_and_audience_groups_units(workspace: Workspace) -> None:
    people = _people(60, ranked=30)
    meeting_id = _meeting(workspace, people)
    result = seating.auto_seat(workspace, meeting_id, "hall-800", "left", "rows")
    assert result.plan.unseated == []
    view = seating.seating_view(workspace, meeting_id)
    front = view.venue.zones[0].rows()[0]
    ranks = [view.occupant(s.id).rank for s in front]  # type: ignore[union-attr]
    assert ranks == rostrum_order(len(front), "left")
    # Unranked people sit in the hall grouped by unit, in the order units first appear.
    hall_seats = list(view.venue.zones[1].rows()[1])
    units = [view.occupant(s.id).unit for s in hall_seats if view.occupant(s.id)]  # type: ignore[union-attr]
    assert units == sorted(units, key=["办公室", "财务处", "人事处", "后勤处"].index)
    # The reserved first row stays empty.
    assert all(view.occupant(s.id) is None for s in view.venue.zones[1].rows()[0])


def test_auto_seat_is_idempotent(workspace: Workspace) -> None:
    meeting_id = _meeting(workspace, _people(100, ranked=40))
    seating.auto_seat(workspace, meeting_id, "hall-800", "right", "centre")
    first = seating.seat_states(workspace, meeting_id)
    seating.auto_seat(workspace, meeting_id, "hall-800", "right", "centre")
    assert seating.seat_states(workspace, meeting_id) == first


def test_locked_seat_never_moves(workspace: Workspace) -> None:
    people = _people(40, ranked=20)
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "hall-800")
    far_seat = "hall:C:20:1"
    person = people[0].id
    assert person is not None
    _edit(workspace, meeting_id, seating.plan_move, person, far_seat)
    _edit(workspace, meeting_id, seating.plan_lock, far_seat, True)
    _edit(workspace, meeting_id, seating.plan_lock, "rostrum:1:6", True)  # an empty locked seat stays empty
    before = seating.seat_states(workspace, meeting_id)
    assert before["rostrum:1:6"].attendee_id is None
    for method in ("rows", "columns", "centre"):
        seating.auto_seat(workspace, meeting_id, "hall-800", method=method)
        after = seating.seat_states(workspace, meeting_id)
        assert after[far_seat] == before[far_seat]
        assert after["rostrum:1:6"].attendee_id is None
    with pytest.raises(seating.SeatingError, match="锁定"):
        _edit(workspace, meeting_id, seating.plan_move, people[1].id or 0, far_seat)


def test_leave_is_not_seated_and_substitute_takes_the_seat(workspace: Workspace) -> None:
    people = _people(10, ranked=10)
    people[0].reply = ReplyStatus.LEAVE
    people[1].reply = ReplyStatus.SUBSTITUTE
    people[1].substitute_name = "代会人"
    people[9].role = Role.STAFF
    meeting_id = _meeting(workspace, people)
    result = seating.auto_seat(workspace, meeting_id, "hall-800")
    seats = _seat_of(workspace, meeting_id)
    assert people[0].id not in seats
    assert [a.id for a in result.plan.on_leave] == [people[0].id]
    assert people[9].id not in seats
    # The substitute sits in No.2's place, which is the rostrum's best seat (No.1 is on leave): 8 people
    # on the 11-chair front row, centred on the desk.
    front = rostrum_row_ranks(11, 8)
    assert seats[people[1].id] == f"rostrum:1:{front.index(1) + 1}"  # type: ignore[index]
    seating.auto_seat(workspace, meeting_id, "hall-800", substitutes_keep_seat=False)
    assert _seat_of(workspace, meeting_id)[people[1].id].startswith("hall:")  # type: ignore[index]


def test_too_many_people_are_reported(workspace: Workspace) -> None:
    meeting_id = _meeting(workspace, _people(25, ranked=0))
    result = seating.auto_seat(workspace, meeting_id, "meeting-room-20")
    # Nobody is marked 主席台, so the head table stays empty: 14 hall seats.
    assert len(result.plan.unseated) == 11
    assert {s.zone for s in result.plan.empty_seats} == {"head"}
    assert len(result.plan.empty_seats) == 6
    assert "未安排座位：11 人" in seating_lines(result)


def test_move_onto_occupied_seat_swaps_and_undo_restores(workspace: Workspace) -> None:
    people = _people(6, ranked=6)
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "meeting-room-20")
    seats = _seat_of(workspace, meeting_id)
    a, b = people[0].id, people[1].id
    assert a is not None and b is not None
    change = _edit(workspace, meeting_id, seating.plan_move, a, seats[b])
    swapped = _seat_of(workspace, meeting_id)
    assert swapped[a] == seats[b] and swapped[b] == seats[a]
    seating.apply_seat_change(workspace, meeting_id, change.reversed())
    assert _seat_of(workspace, meeting_id) == seats


def test_banquet_and_talks_are_seated(workspace: Workspace) -> None:
    people = [Attendee(name=f"主{i}", unit="主方", rank=i + 1) for i in range(5)]
    people += [Attendee(name=f"客{i}", unit="客方", rank=i + 1) for i in range(5)]
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "committee-room")
    seats = _seat_of(workspace, meeting_id)
    assert all(seats[p.id].startswith("table:host") for p in people[:5])  # type: ignore[index]
    assert all(seats[p.id].startswith("table:guest") for p in people[5:])  # type: ignore[index]
    seating.auto_seat(workspace, meeting_id, "banquet-10")
    seats = _seat_of(workspace, meeting_id)
    assert seats[people[0].id] == "banquet:T1:1"  # type: ignore[index]
    assert len(seats) == 10


def test_audience_order_inside_a_unit_by_surname_strokes(workspace: Workspace) -> None:
    names = ["张三", "王五", "欧阳修", "丁一", "李四"]
    people = [Attendee(name=name, unit="办公室") for name in names]
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "meeting-room-20", order="strokes")
    view = seating.seating_view(workspace, meeting_id)
    row = view.venue.zone("room").rows()[0]
    seated = [view.occupant(s.id).name for s in row if view.occupant(s.id)]  # type: ignore[union-attr]
    assert seated == ["丁一", "王五", "李四", "张三", "欧阳修"]


def test_auto_seat_again_keeps_a_moved_person_unless_everything_is_redone(workspace: Workspace) -> None:
    people = _people(40, ranked=20, rostrum=5)
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "hall-800")
    mover = people[30].id
    assert mover is not None
    _edit(workspace, meeting_id, seating.plan_move, mover, "hall:C:20:1")
    seating.auto_seat(workspace, meeting_id, "hall-800")
    seating.auto_seat(workspace, meeting_id, "hall-800", method="columns")
    assert _seat_of(workspace, meeting_id)[mover] == "hall:C:20:1"
    seating.auto_seat(workspace, meeting_id, "hall-800", redo_all=True)
    assert _seat_of(workspace, meeting_id)[mover] != "hall:C:20:1"


def test_leave_after_seating_frees_the_seat_and_undo_gives_it_back(workspace: Workspace) -> None:
    from dataclasses import replace

    from meeting_planner.services import attendees as attendee_service

    people = _people(12, ranked=6, rostrum=3)
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "hall-800")
    person = attendee_service.get_attendee(workspace, people[1].id or 0)
    seat = attendee_service.seat_of(workspace, meeting_id, person.id or 0)
    assert seat is not None and seat.seat_id.startswith("rostrum:")
    attendee_service.update_attendee(workspace, replace(person, reply=ReplyStatus.LEAVE, leave_reason="出差"))
    assert person.id not in _seat_of(workspace, meeting_id)
    attendee_service.update_attendee(workspace, person, restore_seat=seat)
    assert _seat_of(workspace, meeting_id)[person.id] == seat.seat_id  # type: ignore[index]
    # A locked seat is kept (the readiness check flags it) rather than silently emptied.
    _edit(workspace, meeting_id, seating.plan_lock, seat.seat_id, True)
    attendee_service.update_attendee(workspace, replace(person, reply=ReplyStatus.LEAVE))
    assert _seat_of(workspace, meeting_id)[person.id] == seat.seat_id  # type: ignore[index]


def test_replies_for_several_people_free_seats_once_and_undo_puts_them_back(workspace: Workspace) -> None:
    from meeting_planner.services import attendees as attendee_service

    people = _people(12, ranked=6, rostrum=3)
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "hall-800")
    ids = [people[1].id or 0, people[2].id or 0, people[3].id or 0]
    locked = attendee_service.seat_of(workspace, meeting_id, ids[2])
    assert locked is not None
    _edit(workspace, meeting_id, seating.plan_lock, locked.seat_id, True)
    seats_before = _seat_of(workspace, meeting_id)
    change = attendee_service.set_replies(workspace, meeting_id, ids, ReplyStatus.LEAVE, leave_reason=" 出差 ")
    after = {a.id: a for a in attendee_service.list_meeting_attendees(workspace, meeting_id)}
    assert {(after[i].reply, after[i].leave_reason) for i in ids} == {(ReplyStatus.LEAVE, "出差")}
    seats = _seat_of(workspace, meeting_id)
    assert ids[0] not in seats and ids[1] not in seats and ids[2] in seats  # the locked seat is kept
    assert change.kept_locked == [after[ids[2]].name]
    attendee_service.undo_replies(workspace, meeting_id, change)
    assert _seat_of(workspace, meeting_id) == seats_before
    restored = {a.id: a.reply for a in attendee_service.list_meeting_attendees(workspace, meeting_id)}
    assert {restored[i] for i in ids} == {ReplyStatus.NOT_NOTIFIED}
    confirmed = attendee_service.set_replies(workspace, meeting_id, ids[:2], ReplyStatus.CONFIRMED)
    assert confirmed.freed_seats == [] and len(confirmed.before) == 2


def test_rostrum_row_is_centred_on_the_desk_in_the_chart_geometry(workspace: Workspace) -> None:
    from meeting_planner.domain.seating import rostrum_row_offsets

    people = _people(30, ranked=10, rostrum=4)  # 4 people on the 11-chair front row: parity differs
    meeting_id = _meeting(workspace, people)
    seating.auto_seat(workspace, meeting_id, "hall-800")
    view = seating.seating_view(workspace, meeting_id)
    occupied = {sid for sid, a in view.assignments.items() if a.attendee_id is not None}
    offsets = rostrum_row_offsets(view.venue, occupied)
    front = view.venue.zones[0].rows()[0]
    centre = (front[0].x + front[-1].x) / 2
    x = {view.occupant(s.id).rank: s.x + offsets.get(s.id, 0.0) for s in front if view.occupant(s.id)}  # type: ignore[union-attr]
    assert sorted(x) == [1, 2, 3, 4]
    assert x[1] - centre == pytest.approx(-(x[2] - centre)) and x[1] < x[2]
    legend = seating.meeting_seating_rules(workspace, meeting_id).legend()
    assert legend == "主席台 左为上 · 偶数时2号在1号上位侧 · 面向主席台"


def test_more_marked_than_rostrum_chairs_is_reported(workspace: Workspace) -> None:
    people = _people(40, ranked=30, rostrum=30)  # hall-800 has 11 + 13 rostrum chairs
    meeting_id = _meeting(workspace, people)
    result = seating.auto_seat(workspace, meeting_id, "hall-800")
    assert [a.name for a in result.plan.rostrum_overflow] == [p.name for p in people[24:30]]
    assert any("标记主席台但未能安排到主席台：6 人（人员024、" in line for line in seating_lines(result))
    room = seating.auto_seat(workspace, meeting_id, "banquet-10")  # no rostrum at all
    assert len(room.plan.rostrum_overflow) == 30


def test_plans_are_pure_and_their_reverse_undoes_them() -> None:
    from meeting_planner.domain.seating import SeatState

    states = {
        "A-1": SeatState("A-1", 1),
        "A-2": SeatState("A-2", 2, manual=True),
        "A-3": SeatState("A-3", None, locked=True),
    }
    swap = seating.plan_swap(states, "A-1", "A-2")
    assert swap.before == (states["A-1"], states["A-2"])
    assert [(s.seat_id, s.attendee_id) for s in swap.after] == [("A-1", 2), ("A-2", 1)]
    assert swap.reversed() == seating.SeatChange(swap.after, swap.before)
    with pytest.raises(seating.SeatingError, match="锁定"):
        seating.plan_swap(states, "A-1", "A-3")
    assert seating.plan_lock(states, "A-2", True).after == (SeatState("A-2", 2, True, True),)
    assert seating.plan_unseat(states, 1).after == (SeatState("A-1", None),)
    assert seating.plan_unseat(states, 9) == seating.SeatChange((), ())
    clear = seating.plan_clear(states)
    assert clear.whole and clear.after == (states["A-3"],)
    assert len(states) == 3 and states["A-1"] == SeatState("A-1", 1)  # nothing planned changed the input


def test_a_change_planned_from_stale_seats_is_refused_and_writes_nothing(workspace: Workspace) -> None:
    people = _people(6, ranked=6)
    meeting_id = _meeting(workspace, people)
    result = seating.auto_seat(workspace, meeting_id, "meeting-room-20")
    shown = seating.seat_states(workspace, meeting_id)  # what this desk shows
    a, b = people[0].id or 0, people[1].id or 0
    other = _edit(workspace, meeting_id, seating.plan_unseat, b)  # another desk, meanwhile
    now = seating.seat_states(workspace, meeting_id)
    stale = seating.plan_move(shown, a, next(sid for sid, s in shown.items() if s.attendee_id == b))
    with pytest.raises(seating.SeatingError, match=seating.SEAT_CONFLICT):
        seating.apply_seat_change(workspace, meeting_id, stale)
    # Undoing the whole auto-seat is refused too once a seat changed since.
    with pytest.raises(seating.SeatingError, match=seating.SEAT_CONFLICT):
        seating.apply_seat_change(workspace, meeting_id, result.change.reversed())
    assert seating.seat_states(workspace, meeting_id) == now
    # Once the other desk's change is undone, the seats are as shown again and the undo goes through.
    seating.apply_seat_change(workspace, meeting_id, other.reversed())
    assert seating.seat_states(workspace, meeting_id) == shown
    seating.apply_seat_change(workspace, meeting_id, result.change.reversed())
    assert seating.seat_states(workspace, meeting_id) == {}
