"""会前检查: each kind of loose end is found, and fixing them all gives zero findings (CLI exit 0)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.cli import run
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services import seating
from meeting_planner.services.readiness import Area, check_meeting
from meeting_planner.storage.workspace import Workspace, open_workspace

START = datetime(2026, 12, 1, 9)
BEFORE = datetime(2026, 11, 30, 8)


def _problems(workspace: Workspace, meeting_id: int, area: Area | None = None) -> list[str]:
    return [f.problem for f in check_meeting(workspace, meeting_id, BEFORE) if area is None or f.area is area]


def test_findings_name_the_people_and_clear_when_fixed(workspace: Workspace, tmp_path: Path) -> None:
    meeting = meeting_service.create_meeting(workspace, "全区工作会议", START, "work")
    assert meeting.id is not None
    people = [
        Attendee("周建国", unit="区委", rank=1, on_rostrum=True, reply=ReplyStatus.NOTIFIED),
        Attendee("王伟", unit="区财政局", rank=5, reply=ReplyStatus.CONFIRMED),
        Attendee("王伟", unit="区教育局", rank=6, reply=ReplyStatus.CONFIRMED),
        Attendee("李娜", unit="区教育局", rank=7, reply=ReplyStatus.CONFIRMED),
    ]
    added = attendee_service.add_attendees(workspace, meeting.id, people)
    problems = "\n".join(_problems(workspace, meeting.id))
    assert "还没有选定场地" in problems
    assert "主席台人员未确认出席：周建国（区委）" in problems
    assert "同名人员“王伟”在不同单位：区财政局、区教育局" in problems
    assert "未设定单位排序" in problems
    seating.auto_seat(workspace, meeting.id, "meeting-room-20")
    # 请假 on a locked seat keeps the seat: the check says so.
    lina = added[3]
    seat = attendee_service.seat_of(workspace, meeting.id, lina.id or 0)
    assert seat is not None
    seating.set_locked(workspace, meeting.id, seat.seat_id, True)
    attendee_service.update_attendee(workspace, replace(lina, reply=ReplyStatus.LEAVE))
    assert "已请假但仍占座位：李娜（区教育局）" in "\n".join(_problems(workspace, meeting.id, Area.SEATING))
    printouts = "\n".join(_problems(workspace, meeting.id, Area.PRINTOUTS))
    assert "座次图尚未打印" in printouts and "桌签未打印或已过期" in printouts
    # Fix everything.
    seating.set_locked(workspace, meeting.id, seat.seat_id, False)
    seating.unseat_attendee(workspace, meeting.id, lina.id or 0)
    attendee_service.update_attendee(workspace, replace(added[0], reply=ReplyStatus.CONFIRMED))
    attendee_service.update_attendee(workspace, replace(added[2], name="王伟明"))
    attendee_service.set_unit_order(workspace, ["区委", "区财政局", "区教育局"])
    seating.export_seating_chart(workspace, meeting.id, tmp_path / "chart.pdf")
    seating.export_table_cards(workspace, meeting.id, tmp_path / "cards.pdf")
    current = meeting_service.get_meeting(workspace, meeting.id)
    for step in current.steps:
        if step.due_at < BEFORE or step.key == "notice-issue":
            meeting_service.set_step_status(workspace, meeting.id, step.key, StepStatus.DONE, by="王晓")
    assert _problems(workspace, meeting.id) == []
    # A change after printing makes the chart and that card stale again.
    attendee_service.update_attendee(workspace, replace(added[1], reply=ReplyStatus.SUBSTITUTE, substitute_name="张强"))
    printouts = "\n".join(_problems(workspace, meeting.id, Area.PRINTOUTS))
    assert "代会人员的桌签未打印：张强（区财政局）" in printouts
    assert "座次图打印后座位有变化" in printouts


def test_check_command_exits_0_only_when_ready(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    assert run(["--db", str(db), "new", "--title", "小会", "--start", "2026-12-01T09:00", "--template", "work"]) == 0
    capsys.readouterr()
    assert run(["--db", str(db), "check", "1", "--at", "2026-11-30T08:00"]) == 3
    out = capsys.readouterr().out
    assert "【座次】" in out and "共 " in out
    workspace = open_workspace(db)
    try:
        for step in meeting_service.get_meeting(workspace, 1).steps:
            meeting_service.set_step_status(workspace, 1, step.key, StepStatus.SKIPPED, by="王晓")
    finally:
        workspace.close()
    # Still no venue: not ready.
    assert run(["--db", str(db), "check", "1", "--at", "2026-11-30T08:00"]) == 3
