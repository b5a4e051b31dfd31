"""Several desks (separate processes) on one meeting at once, on a SQLite file and on PostgreSQL.

The issue's must-show: six desks importing six lists -> every person once, every code distinct; two desks
racing people onto seats -> nobody on two seats, no traceback; two desks editing one step -> no lost update,
the loser told; four desks x 500 check-ins -> none lost, none doubled, 实到+请假+缺席 = 应到.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "documents"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import desk_workers
from list_files import write_xlsx

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import seating
from meeting_planner.services.attendees import list_meeting_attendees, list_units
from meeting_planner.services.checkin import board
from meeting_planner.services.meetings import create_meeting, get_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.workspace import open_workspace

START = datetime(2026, 12, 1, 9, 0)


def _new_meeting(url: str) -> int:
    with open_workspace(url, backup=False) as workspace:
        meeting = create_meeting(workspace, "全区工作会议", START, "plenary")
    assert meeting.id is not None
    return meeting.id


def test_six_desks_import_six_lists_into_one_meeting(any_workspace_url: str, tmp_path: Path) -> None:
    meeting_id = _new_meeting(any_workspace_url)
    per_list = 40
    jobs = []
    for unit in range(6):
        rows = [["序号", "姓名", "单位", "职务"]]
        rows += [[i + 1, f"单位{unit}人员{i:02d}", f"第{unit}单位", "干部"] for i in range(per_list)]
        path = write_xlsx(tmp_path / f"回执{unit}.xlsx", rows)
        jobs.append(("import_list", (meeting_id, str(path))))

    added = desk_workers.run_desks(any_workspace_url, jobs, tmp_path)

    assert added == [per_list] * 6
    with open_workspace(any_workspace_url, backup=False) as workspace:
        people = list_meeting_attendees(workspace, meeting_id)
    assert len(people) == 6 * per_list
    assert len({(p.name, p.unit) for p in people}) == 6 * per_list, "every person once"
    assert len({p.code for p in people}) == 6 * per_list, "every sign-in code distinct"
    assert len({p.position for p in people}) == 6 * per_list


def test_desks_importing_into_different_meetings_share_the_directory(any_workspace_url: str, tmp_path: Path) -> None:
    meetings = [_new_meeting(any_workspace_url) for _ in range(2)]
    jobs = []
    for desk in range(4):
        rows = [["姓名", "单位"]] + [[f"人员{desk}{i:02d}", f"新单位{i % 5}"] for i in range(20)]
        path = write_xlsx(tmp_path / f"名单{desk}.xlsx", rows)
        jobs.append(("import_list", (meetings[desk % 2], str(path), True)))

    assert desk_workers.run_desks(any_workspace_url, jobs, tmp_path) == [20] * 4

    with open_workspace(any_workspace_url, backup=False) as workspace:
        units = [unit.name for unit in list_units(workspace)]
    assert sorted(units) == [f"新单位{i}" for i in range(5)], "every new unit once"


def test_two_desks_racing_people_onto_seats_never_seat_anyone_twice(any_workspace_url: str, tmp_path: Path) -> None:
    meeting_id = _new_meeting(any_workspace_url)
    with open_workspace(any_workspace_url, backup=False) as workspace:
        with workspace.transaction() as connection:
            people = add_attendees(connection, meeting_id, [Attendee(f"人员{i:02d}", unit="办公室") for i in range(24)])
        venue = seating.set_meeting_venue(workspace, meeting_id, "hall-800")
    seat_ids = [seat.id for seat in venue.seats() if not seat.blocked][:30]
    ids = [person.id or 0 for person in people]
    jobs = []
    for desk in range(2):
        chance = random.Random(desk)
        moves = [(chance.choice(ids), chance.choice(seat_ids), bool(n % 2)) for n in range(80)]
        jobs.append(("race_seats", (meeting_id, moves)))

    reports = desk_workers.run_desks(any_workspace_url, jobs, tmp_path)

    assert sum(report["done"] for report in reports) > 0
    for report in reports:
        assert set(report["refused"]) <= {"座位已被其他工作台修改，已刷新"}, report["refused"]
    with open_workspace(any_workspace_url, backup=False) as workspace:
        assignments = seating.seat_states(workspace, meeting_id)
    held = Counter(a.attendee_id for a in assignments.values() if a.attendee_id is not None)
    assert held and max(held.values()) == 1, "nobody on two seats"
    assert set(held) <= set(ids)


def test_two_desks_editing_one_step_lose_no_update_and_the_loser_is_told(
    any_workspace_url: str, tmp_path: Path
) -> None:
    meeting_id = _new_meeting(any_workspace_url)
    with open_workspace(any_workspace_url, backup=False) as workspace:
        step = get_meeting(workspace, meeting_id).steps[3]
    jobs = [
        ("edit_step", (meeting_id, step.key, {"note": "甲：已联系会场"})),
        ("edit_step", (meeting_id, step.key, {"status": "done", "done_by": "乙"})),
    ]

    reports = desk_workers.run_desks(any_workspace_url, jobs, tmp_path)

    told = [report["told"] for report in reports]
    assert sorted(told) == ["", "已被其他工作台修改，已刷新"], "exactly one desk lost the race and was told"
    with open_workspace(any_workspace_url, backup=False) as workspace:
        saved = get_meeting(workspace, meeting_id).step(step.key)
    assert saved.note == "甲：已联系会场"
    assert (saved.status, saved.done_by) == (StepStatus.DONE, "乙")
    assert saved.version == step.version + 2


@pytest.mark.slow
def test_four_desks_check_in_500_each_none_lost_none_doubled(any_workspace_url: str, tmp_path: Path) -> None:
    meeting_id = _new_meeting(any_workspace_url)
    people = [
        Attendee(f"参会{i:04d}", unit=f"单位{i % 9}", reply=ReplyStatus.LEAVE if i % 40 == 0 else ReplyStatus.CONFIRMED)
        for i in range(1800)
    ]
    with open_workspace(any_workspace_url, backup=False) as workspace, workspace.transaction() as connection:
        added = add_attendees(connection, meeting_id, people)
    codes = [person.code for person in added if person.reply is not ReplyStatus.LEAVE]
    # Neighbouring desks share 100 badges each: the same person scanned at two desks at once.
    shares = [codes[k * 400 : k * 400 + 500] for k in range(4)]
    assert all(len(share) == 500 for share in shares)
    distinct = set().union(*shares)

    reports = desk_workers.run_desks(any_workspace_url, [("check_in_codes", (meeting_id, s)) for s in shares], tmp_path)

    checked = [attendee_id for report in reports for attendee_id in report["checked"]]
    assert len(checked) == len(set(checked)), "nobody checked in twice"
    outcomes = Counter()
    for report in reports:
        outcomes.update(report["outcomes"])
    assert outcomes == {"checked_in": len(distinct), "already": 4 * 500 - len(distinct)}
    with open_workspace(any_workspace_url, backup=False) as workspace:
        with workspace.reading() as connection:
            stored = checkins_by_attendee(connection, meeting_id)
        tally = board(workspace, meeting_id, now=datetime(2026, 12, 1, 10, 0)).total
    by_code = {person.id: person.code for person in added}
    assert {by_code[attendee_id] for attendee_id in stored} == distinct, "no check-in lost"
    assert tally.present == len(distinct)
    assert tally.present + tally.leave + tally.absent == tally.expected == len(people)
