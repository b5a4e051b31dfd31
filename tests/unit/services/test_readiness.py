"""会前检查: each kind of loose end is found, and fixing them all gives zero findings (CLI exit 0)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from meeting_planner.cli import run
from meeting_planner.cli.wording import finding_fix, finding_problem
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import day_printouts, seating
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services.readiness import Area, check_meeting
from meeting_planner.storage.workspace import Workspace, open_workspace

START = datetime(2026, 12, 1, 9)
BEFORE = datetime(2026, 11, 30, 8)


def _edit(
    workspace: Workspace, meeting_id: int, plan: Callable[..., seating.SeatChange], *args: Any
) -> seating.SeatChange:
    """One seat edit as the editor does it: plan over the current seats, then apply."""
    change = plan(seating.seat_states(workspace, meeting_id), *args)
    seating.apply_seat_change(workspace, meeting_id, change)
    return change


def _problems(workspace: Workspace, meeting_id: int, area: Area | None = None) -> list[str]:
    return [finding_problem(f) for f in check_meeting(workspace, meeting_id, BEFORE) if area is None or f.area is area]


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
    _edit(workspace, meeting.id, seating.plan_lock, seat.seat_id, True)
    attendee_service.update_attendee(workspace, replace(lina, reply=ReplyStatus.LEAVE))
    assert "已请假但仍占座位：李娜（区教育局）" in "\n".join(_problems(workspace, meeting.id, Area.SEATING))
    printouts = "\n".join(_problems(workspace, meeting.id, Area.PRINTOUTS))
    assert "座次图尚未打印" in printouts and "桌签尚未打印（共 3 张）" in printouts
    # Fix everything.
    _edit(workspace, meeting.id, seating.plan_lock, seat.seat_id, False)
    _edit(workspace, meeting.id, seating.plan_unseat, lina.id or 0)
    attendee_service.update_attendee(workspace, replace(added[0], reply=ReplyStatus.CONFIRMED))
    attendee_service.update_attendee(workspace, replace(added[2], name="王伟明"))
    attendee_service.set_unit_order(workspace, ["区委", "区财政局", "区教育局"])
    seating.export_seating_chart(workspace, meeting.id, tmp_path / "chart.pdf")
    seating.export_table_cards(workspace, meeting.id, tmp_path / "cards.pdf")
    day_printouts.export_signin_pdf(workspace, meeting.id, tmp_path / "sign-in.pdf")
    current = meeting_service.get_meeting(workspace, meeting.id)
    for step in current.steps:
        if step.due_at < BEFORE or step.key == "notice-issue":
            meeting_service.set_step_status(workspace, meeting.id, step.key, StepStatus.DONE, by="王晓")
    assert _problems(workspace, meeting.id) == []
    # A change after printing makes the chart and that card stale again.
    attendee_service.update_attendee(workspace, replace(added[1], reply=ReplyStatus.SUBSTITUTE, substitute_name="张强"))
    printouts = "\n".join(_problems(workspace, meeting.id, Area.PRINTOUTS))
    assert "代会人员的桌签未打印：张强（区财政局）" in printouts
    assert "座次图打印后数据有变化，已过期：张强（区财政局）有变化" in printouts


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


# --- near-duplicate names, unit spellings, unprintable characters ------------------------------------------


def test_traditional_and_simplified_spellings_are_one_name() -> None:
    from meeting_planner.services.readiness import near_duplicates

    people = [
        Attendee("劉德華", unit="区委", id=1),
        Attendee("刘德华", unit="区财政局", id=2),
        Attendee("陳建國", unit="区教育局", id=3),
        Attendee("陈建国", unit="区教育局", id=4),
        Attendee("李娜", unit="区教育局", id=5),
    ]
    problems = [finding_problem(f) for f in near_duplicates(people)]
    assert len(problems) == 2
    assert "“劉德華”（区委）、“刘德华”（区财政局）" in problems[0]
    assert "“陳建國”（区教育局）、“陈建国”（区教育局）" in problems[1]
    assert all(finding_fix(f) for f in near_duplicates(people))


def test_spaces_and_full_width_letters() -> None:
    from meeting_planner.services.readiness import near_duplicates

    padded = [Attendee("王 伟", unit="区委", id=1), Attendee("王　伟", unit="区委", id=2)]
    problems = [finding_problem(f) for f in near_duplicates(padded)]
    assert any("可能是同一人：“王 伟”（区委）、“王　伟”（区委）" in p for p in problems)
    assert any(p.startswith("姓名中有多余空格或全角字母：“王 伟”、“王　伟”") for p in problems)
    wide = [Attendee("ＬＩ Ming", unit="外事办", id=1), Attendee("Li Ming", unit="外事办", id=2)]
    problems = [finding_problem(f) for f in near_duplicates(wide)]
    assert any("“ＬＩ Ming”（外事办）、“Li Ming”（外事办）" in p for p in problems)
    assert any("全角" in p and "“ＬＩ Ming”" in p for p in problems)
    # Different people are left alone, and the same text is for _duplicates (同名) only.
    assert near_duplicates([Attendee("王伟", unit="甲", id=1), Attendee("王伟", unit="乙", id=2)]) == []
    assert near_duplicates([Attendee("王伟", id=1), Attendee("王炜", id=2)]) == []


def test_same_name_in_two_units_and_unit_spellings(workspace: Workspace) -> None:
    meeting = meeting_service.create_meeting(workspace, "工作会议", START, "work")
    assert meeting.id is not None
    attendee_service.add_attendees(
        workspace,
        meeting.id,
        [
            Attendee("王伟", unit="区财政局", rank=1),
            Attendee("王伟", unit="区教育局", rank=2),
            Attendee("劉洋", unit="区財政局", rank=3),
            Attendee("刘洋", unit="区财政局", rank=4),
        ],
    )
    names = "\n".join(_problems(workspace, meeting.id, Area.NAMES))
    assert "同名人员“王伟”在不同单位：区财政局、区教育局" in names
    assert "姓名写法相近，可能是同一人：“劉洋”（区財政局）、“刘洋”（区财政局）" in names
    assert "单位名称写法不一致：“区財政局”、“区财政局”" in names


def test_characters_no_font_has(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from meeting_planner.documents import fonts

    rare = "\U0002a6a5"  # 𪚥: not in the bundled font; the machine's fonts are not consulted here
    monkeypatch.setattr(fonts, "_candidate_files", lambda _char: [])
    fonts.reset_fallback_fonts()
    try:
        meeting = meeting_service.create_meeting(workspace, "工作会议", START, "work")
        assert meeting.id is not None
        attendee_service.add_attendees(
            workspace, meeting.id, [Attendee(f"王{rare}", unit="区委", rank=1), Attendee("李娜", unit="区委", rank=2)]
        )
        findings = [f for f in check_meeting(workspace, meeting.id, BEFORE) if "没有任何字体" in finding_problem(f)]
        assert len(findings) == 1
        assert f"“王{rare}”中的“{rare}”（U+2A6A5）" in finding_problem(findings[0])
        assert "打印留空标记" in finding_fix(findings[0])
    finally:
        fonts.reset_fallback_fonts()


def test_example_meeting_check_lists_loose_ends_then_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Must show 1: ``check`` on the example meeting lists its loose ends and exits non-zero; fixed through the
    services it exits 0; one name changed after printing makes the check name that card (and sheet)."""
    from meeting_planner.services import printouts
    from meeting_planner.services.example import build_example

    db = tmp_path / "w.db"
    at = "2026-12-01T07:45"
    moment = datetime(2026, 12, 1, 7, 45)
    with open_workspace(db) as workspace:
        meeting_id = build_example(workspace, now=datetime(2026, 12, 1, 7, 30)).meeting_id
    assert run(["--db", str(db), "check", str(meeting_id), "--at", at]) == 3
    out = capsys.readouterr().out
    for expected in ("【清单】", "逾期未完成的步骤：音视频调试", "桌签尚未打印", "签到表尚未打印", "座次图尚未打印"):
        assert expected in out
    with open_workspace(db) as workspace:
        for step in meeting_service.get_meeting(workspace, meeting_id).steps:
            if step.due_at < moment and step.status is not StepStatus.DONE:
                meeting_service.set_step_status(workspace, meeting_id, step.key, StepStatus.DONE, by="王晓")
        written, skipped = printouts.write_all(workspace, meeting_id, tmp_path / "out", "示例会议")
        assert skipped == [] and len(written) == len(printouts.PRINTOUTS) - 1
    assert run(["--db", str(db), "check", str(meeting_id), "--at", at]) == 0
    assert "会前检查通过" in capsys.readouterr().out
    with open_workspace(db) as workspace:
        people = attendee_service.list_meeting_attendees(workspace, meeting_id)
        person = next(a for a in people if a.reply is ReplyStatus.CONFIRMED)
        attendee_service.update_attendee(workspace, replace(person, name="欧阳明远"))
    assert run(["--db", str(db), "check", str(meeting_id), "--at", at]) == 3
    out = capsys.readouterr().out
    assert f"桌签未打印或已过期：欧阳明远（{person.unit}）" in out
    assert f"签到表打印后数据有变化，已过期：（按单位）欧阳明远（{person.unit}）有变化；（按姓氏笔画）" in out
    assert "共 " in out and "会前检查通过" not in out
