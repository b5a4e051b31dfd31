"""Check-in at the door: by name, pinyin initials and code; ambiguity; late; substitute; leave; undo; board."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from meeting_planner.domain.attendance import CheckInMethod
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.services.checkin import (
    Outcome,
    board,
    check_in,
    check_in_walk_in,
    find_checked_in,
    recent_check_ins,
    restore_check_in,
    search_attendees,
    undo_check_in,
)
from meeting_planner.services.meetings import MeetingNotFound, create_meeting
from meeting_planner.storage.attendees import add_attendees, update_attendee
from meeting_planner.storage.tables import attendees, checkins, units
from meeting_planner.storage.workspace import Workspace

START = datetime(2026, 12, 1, 9, 0)


def make_meeting(workspace: Workspace, people: list[Attendee], grace: int = 0) -> tuple[int, list[Attendee]]:
    meeting = create_meeting(workspace, "全市安全生产工作会议", START, "work", venue="第一会议室")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        if grace:
            from meeting_planner.storage.tables import meetings

            connection.execute(meetings.update().where(meetings.c.id == meeting.id).values(grace_minutes=grace))
        added = add_attendees(connection, meeting.id, people)
    return meeting.id, added


def people() -> list[Attendee]:
    return [
        Attendee("周建国", unit="市发改委", title="主任", phone="13800000001"),
        Attendee("王伟", unit="市财政局", title="局长", phone="13800000002"),
        Attendee("王伟", unit="市教育局", title="副局长", phone="13800000003"),
        Attendee("王伟明", unit="市教育局", title="处长", phone="13800000004"),
        Attendee("李娜", unit="市财政局", title="科长", reply=ReplyStatus.LEAVE, leave_reason="出差"),
        Attendee(
            "赵刚",
            unit="市发改委",
            title="副主任",
            reply=ReplyStatus.SUBSTITUTE,
            substitute_name="钱多多",
            substitute_title="处长",
        ),
        Attendee("孙丽", unit="市发改委", title="会务", role=Role.STAFF),
    ]


def snapshot(workspace: Workspace) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with workspace.reading() as connection:
        people_rows = [tuple(r) for r in connection.execute(select(attendees).order_by(attendees.c.id))]
        checkin_rows = [tuple(r) for r in connection.execute(select(checkins).order_by(checkins.c.id))]
    return people_rows, checkin_rows


def test_check_in_by_full_name_records_time(workspace: Workspace) -> None:
    meeting_id, added = make_meeting(workspace, people())
    result = check_in(workspace, meeting_id, "周建国", at=START - timedelta(minutes=20))
    assert result.outcome is Outcome.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == added[0].id
    assert result.checkin is not None and result.checkin.at == START - timedelta(minutes=20)
    assert not result.late
    assert "周建国" in result.message


def test_full_name_wins_over_longer_names_containing_it_but_twins_ask(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    result = check_in(workspace, meeting_id, "王伟", at=START)
    assert result.outcome is Outcome.AMBIGUOUS
    assert {c.unit for c in result.candidates} == {"市财政局", "市教育局"}
    assert all(c.name == "王伟" for c in result.candidates)
    assert snapshot(workspace)[1] == []  # nothing written while the desk asks
    chosen = result.candidates[1].attendee_id
    done = check_in(workspace, meeting_id, attendee_id=chosen, at=START)
    assert done.outcome is Outcome.CHECKED_IN and done.attendee is not None and done.attendee.id == chosen
    assert done.checkin is not None and done.checkin.method is CheckInMethod.MANUAL


def test_check_in_by_pinyin_initials_and_padded_name(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    result = check_in(workspace, meeting_id, "ZJG", at=START)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.attendee is not None and result.attendee.name == "周建国"
    padded = check_in(workspace, meeting_id, "李　娜", at=START, confirm_leave=True)
    assert padded.outcome is Outcome.CHECKED_IN and padded.attendee is not None and padded.attendee.name == "李娜"


def test_part_of_a_name_asks_when_several_match(workspace: Workspace) -> None:
    meeting_id, _ = make_meeting(workspace, people())
    result = check_in(workspace, meeting_id, "伟", at=START)
    assert result.outcome is Outcome.AMBIGUOUS
    assert sorted(c.name for c in result.candidates) == ["王伟", "王伟", "王伟明"]
    single = check_in(workspace, meeting_id, "伟明", at=START)
    assert single.outcome is Outcome.CHECKED_IN and single.attendee is not None
    assert single.attendee.name == "王伟明"


def test_check_in_by_scanned_code(workspace: Workspace) -> None:
    meeting_id, added = make_meeting(workspace, people())
    code = added[3].code
    assert code  # assigned by add_attendees
    result = check_in(workspace, meeting_id, f" {code} ", at=START)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.attendee is not None and result.attendee.id == added[3].id
    assert result.checkin is not None and result.checkin.method is CheckInMethod.CODE
    full_width = code.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    again = check_in(workspace, meeting_id, full_width, at=START)
    assert again.outcome is Outcome.ALREADY


def test_unknown_name_or_code_is_reported(workspace: Workspace) -> None:
    meeting_id, _ = make_meeting(workspace, people())
    assert check_in(workspace, meeting_id, "欧阳修", at=START).outcome is Outcome.NOT_FOUND
    missing = check_in(workspace, meeting_id, "99-9999", at=START)
    assert missing.outcome is Outcome.NOT_FOUND and "签到码" in missing.message
    assert snapshot(workspace)[1] == []


def test_unknown_meeting_raises(workspace: Workspace) -> None:
    with pytest.raises(MeetingNotFound):
        check_in(workspace, 999, "周建国")


def test_double_check_in_is_reported_not_doubled(workspace: Workspace) -> None:
    meeting_id, added = make_meeting(workspace, people())
    first = check_in(workspace, meeting_id, "周建国", at=START - timedelta(minutes=5))
    second = check_in(workspace, meeting_id, added[0].code, at=START + timedelta(minutes=30))
    assert first.outcome is Outcome.CHECKED_IN
    assert second.outcome is Outcome.ALREADY
    assert second.checkin is not None and second.checkin.at == START - timedelta(minutes=5)
    assert "已于 08:55 签到" in second.message
    assert len(snapshot(workspace)[1]) == 1
    assert board(workspace, meeting_id, START).total.present == 1


def test_late_after_start_plus_grace(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people(), grace=10)
    on_time = check_in(workspace, meeting_id, "周建国", at=START + timedelta(minutes=10))
    late = check_in(workspace, meeting_id, "伟明", at=START + timedelta(minutes=11))
    assert not on_time.late
    assert late.late and "迟到" in late.message
    now = START + timedelta(hours=1)
    view = board(workspace, meeting_id, now)
    assert view.total.late == 1
    assert view.total.present == 2


def test_substitute_by_reply_and_by_choice_and_leave_are_counted(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    by_reply = check_in(workspace, meeting_id, "赵刚", at=START)
    assert by_reply.checkin is not None and by_reply.checkin.substitute
    assert by_reply.checkin.substitute_name == "钱多多" and "钱多多代会" in by_reply.message
    by_choice = check_in(
        workspace, meeting_id, "伟明", at=START + timedelta(minutes=40), substitute=True, substitute_name="吴 用"
    )
    assert by_choice.checkin is not None and by_choice.checkin.substitute
    assert by_choice.checkin.substitute_name == "吴用"
    assert not by_choice.late  # a substitute is counted as 代会, not late

    view = board(workspace, meeting_id, START + timedelta(hours=1))
    total = view.total
    # 7 people, one of them staff: 应到 6; 2 present (both substitutes); 李娜 on leave; 3 absent.
    assert (total.expected, total.present, total.substitute, total.leave, total.absent) == (6, 2, 2, 1, 3)
    assert total.present + total.leave + total.absent == total.expected
    assert view.sentence == "应到6人，实到2人，请假1人，缺席3人"


def test_board_before_start_lists_missing_by_unit_in_unit_order(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    with workspace.transaction() as connection:
        connection.execute(
            units.insert(), [{"name": "市教育局", "sort_order": 1}, {"name": "市发改委", "sort_order": 2}]
        )
    check_in(workspace, meeting_id, "周建国", at=START - timedelta(minutes=30))
    view = board(workspace, meeting_id, START - timedelta(minutes=10))
    assert [u.unit for u in view.units] == ["市教育局", "市发改委", "市财政局"]
    assert not view.started
    assert view.total.pending == 4 and view.total.absent == 0
    assert "未到4人" in view.sentence
    education = view.units[0]
    assert [(a.name, a.phone) for a in education.missing] == [("王伟", "13800000003"), ("王伟明", "13800000004")]
    # 周建国 is in; 赵刚's substitute has not come yet; the staff member 孙丽 is not counted.
    assert [a.name for a in view.units[1].missing] == ["赵刚"]
    assert [a.name for a in view.units[2].missing] == ["王伟"]  # 李娜 is on leave, not missing
    assert [a.name for a in view.missing] == ["王伟", "王伟明", "赵刚", "王伟"]


def test_undo_restores_the_previous_state_exactly_and_redo_puts_it_back(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    check_in(workspace, meeting_id, "李娜", at=START - timedelta(minutes=3), confirm_leave=True)
    before = snapshot(workspace)
    result = check_in(workspace, meeting_id, "赵刚", at=START + timedelta(minutes=2))
    assert result.checkin is not None and result.attendee is not None and result.attendee.id is not None
    after = snapshot(workspace)
    removed = undo_check_in(workspace, meeting_id, result.attendee.id)
    assert removed == result.checkin
    assert snapshot(workspace) == before
    assert undo_check_in(workspace, meeting_id, result.attendee.id) is None
    restore_check_in(workspace, meeting_id, removed)
    assert snapshot(workspace) == after


def test_index_follows_attendee_changes(workspace: Workspace) -> None:
    meeting_id, added = make_meeting(workspace, people())
    assert [c.name for c in search_attendees(workspace, meeting_id, "zjg")] == ["周建国"]
    renamed = added[0]
    renamed.name = "周建华"
    with workspace.transaction() as connection:
        update_attendee(connection, renamed)
    assert [c.name for c in search_attendees(workspace, meeting_id, "zjh")] == ["周建华"]
    assert search_attendees(workspace, meeting_id, "zjg") == []


def test_find_checked_in_prefers_people_already_in(workspace: Workspace) -> None:
    meeting_id, added = make_meeting(workspace, people())
    check_in(workspace, meeting_id, attendee_id=added[1].id, at=START)
    found = find_checked_in(workspace, meeting_id, "王伟")
    assert [(c.attendee_id, c.checked_in) for c in found] == [(added[1].id, True)]


def test_recent_check_ins_newest_first(workspace: Workspace) -> None:
    meeting_id, _ = make_meeting(workspace, people())
    check_in(workspace, meeting_id, "周建国", at=START - timedelta(minutes=9))
    check_in(workspace, meeting_id, "李娜", at=START + timedelta(minutes=9), confirm_leave=True)
    recent = recent_check_ins(workspace, meeting_id)
    assert [r.attendee.name for r in recent] == ["李娜", "周建国"]
    assert recent[0].late and not recent[1].late


def test_redo_after_the_row_id_was_reused_or_the_person_came_again(workspace: Workspace) -> None:
    meeting_id, added = make_meeting(workspace, people())
    first = check_in(workspace, meeting_id, "周建国", at=START)
    assert first.checkin is not None and added[0].id is not None
    removed = undo_check_in(workspace, meeting_id, added[0].id)
    assert removed is not None
    other = check_in(workspace, meeting_id, "伟明", at=START)  # SQLite hands out the freed row id again
    assert other.checkin is not None
    restored = restore_check_in(workspace, meeting_id, removed)
    assert (restored.attendee_id, restored.at) == (added[0].id, START)
    assert len(snapshot(workspace)[1]) == 2
    undo_check_in(workspace, meeting_id, added[0].id)
    again = check_in(workspace, meeting_id, "周建国", at=START + timedelta(minutes=5))
    assert restore_check_in(workspace, meeting_id, removed) == again.checkin  # the new one stays


def test_someone_on_leave_is_asked_about_before_check_in(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    before = snapshot(workspace)
    asked = check_in(workspace, meeting_id, "李娜", at=START)
    assert asked.outcome is Outcome.ON_LEAVE and not asked.done
    assert "已请假（出差）" in asked.message
    assert snapshot(workspace) == before  # nothing written until the desk confirms
    confirmed = check_in(workspace, meeting_id, "李娜", at=START, confirm_leave=True)
    assert confirmed.outcome is Outcome.CHECKED_IN


def test_a_substitute_is_found_by_their_own_name(workspace: Workspace) -> None:
    meeting_id, _added = make_meeting(workspace, people())
    result = check_in(workspace, meeting_id, "钱多多", at=START)
    assert result.outcome is Outcome.CHECKED_IN
    assert result.attendee is not None and result.attendee.name == "赵刚"
    assert result.checkin is not None and result.checkin.substitute and result.checkin.substitute_name == "钱多多"
    assert check_in(workspace, meeting_id, "qdd", at=START).outcome is Outcome.ALREADY


def test_walk_in_is_added_confirmed_noted_and_checked_in_at_once(workspace: Workspace) -> None:
    meeting_id, _ = make_meeting(workspace, people())
    before = board(workspace, meeting_id, START).total
    result = check_in_walk_in(workspace, meeting_id, Attendee(" 吴 敏 ", unit="市卫健委"), at=START)
    assert result.outcome is Outcome.CHECKED_IN and result.attendee is not None
    assert (result.attendee.name, result.attendee.reply, result.attendee.notes) == (
        "吴敏",
        ReplyStatus.CONFIRMED,
        "临时增加",
    )
    assert "临时增加" in result.message
    after = board(workspace, meeting_id, START).total
    assert (after.expected, after.present) == (before.expected + 1, before.present + 1)
    assert recent_check_ins(workspace, meeting_id)[0].attendee.name == "吴敏"
    # The check-in can be undone alone (the person stays on the list).
    undo_check_in(workspace, meeting_id, result.attendee.id or 0)
    assert board(workspace, meeting_id, START).total.present == before.present
