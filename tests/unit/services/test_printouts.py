"""The printout registry: statuses from the print records, what changed since, options, and writing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.cli import run
from meeting_planner.cli.wording import status_text
from meeting_planner.domain.attendee import ReplyStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import printouts
from meeting_planner.services.example import build_example
from meeting_planner.storage.workspace import Workspace, open_workspace

State = printouts.State


def test_never_printed_then_printed_then_stale_saying_what_changed(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = build_example(workspace, 40).meeting_id
    statuses = printouts.printout_statuses(workspace, meeting_id)
    assert {s.state for s in statuses.values()} == {State.NEVER}
    assert status_text(statuses["table-cards"]).startswith("从未打印（共 ")
    for key in ("seat-list", "sign-in-unit", "sign-in-pinyin", "notice-pdf", "checklist"):
        printouts.write_printout(workspace, meeting_id, key, tmp_path / f"{key}.pdf")
    statuses = printouts.printout_statuses(workspace, meeting_id)
    assert statuses["sign-in-unit"].state is State.PRINTED
    assert status_text(statuses["sign-in-unit"]).startswith("已打印 于 ")
    assert statuses["sign-in-strokes"].state is State.NEVER
    # A new unit order changes the unit-ordered sheet and the seat list, not the pinyin sheet.
    units = [u.name for u in attendee_service.list_units(workspace) if u.order > 0]
    attendee_service.set_unit_order(workspace, list(reversed(units)))
    statuses = printouts.printout_statuses(workspace, meeting_id)
    assert status_text(statuses["sign-in-unit"]) == "已过期：单位排序有变化"
    assert statuses["seat-list"].state is State.STALE
    assert statuses["sign-in-pinyin"].state is State.PRINTED
    # A new person and a renamed one are named.
    people = attendee_service.list_meeting_attendees(workspace, meeting_id)
    renamed = next(a for a in people if a.reply is ReplyStatus.CONFIRMED and not a.on_rostrum)
    attendee_service.update_attendee(workspace, replace(renamed, name="欧阳明远"))
    attendee_service.add_attendees(workspace, meeting_id, [replace(renamed, id=None, name="司马光", code="")])
    text = status_text(printouts.printout_statuses(workspace, meeting_id)["sign-in-pinyin"])
    assert text == f"已过期：欧阳明远（{renamed.unit}）有变化；新增 司马光（{renamed.unit}）"
    # The checklist report follows its steps.
    from meeting_planner.domain.checklist import StepStatus
    from meeting_planner.services import meetings as meeting_service

    step = meeting_service.get_meeting(workspace, meeting_id).steps[-1]
    meeting_service.set_step_status(workspace, meeting_id, step.key, StepStatus.DONE, by="王晓")
    checklist = printouts.printout_statuses(workspace, meeting_id)["checklist"]
    assert status_text(checklist) == f"已过期：“{step.title}”有变化"


def test_options_preview_and_cards(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = build_example(workspace, 40).meeting_id
    chart = printouts.write_printout(
        workspace, meeting_id, "seating-chart", tmp_path / "chart.pdf", {"paper": "a4", "orientation": "stage"}
    )
    assert chart.message.startswith("座次图 ") and len(PdfReader(chart.path).pages) >= 1
    assert printouts.printout_statuses(workspace, meeting_id)["seating-chart"].options == "A4 拼贴、主席台视角"
    # A preview (record=False) writes the file but never counts as printed.
    printouts.write_printout(workspace, meeting_id, "table-cards", tmp_path / "cards.pdf", record=False)
    assert printouts.printout_statuses(workspace, meeting_id)["table-cards"].state is State.NEVER
    rostrum = printouts.write_printout(workspace, meeting_id, "table-cards-rostrum", tmp_path / "rostrum.pdf")
    statuses = printouts.printout_statuses(workspace, meeting_id)
    assert statuses["table-cards-rostrum"].state is State.PRINTED
    assert statuses["table-cards"].state is State.STALE  # the others' cards are still to print
    assert rostrum.message == f"桌签（主席台） {len(PdfReader(rostrum.path).pages)} 张"
    printouts.write_printout(workspace, meeting_id, "table-cards-changed", tmp_path / "changed.pdf")
    assert printouts.printout_statuses(workspace, meeting_id)["table-cards"].state is State.PRINTED
    with pytest.raises(printouts.PrintoutError, match="没有需要打印的桌签"):
        printouts.write_printout(workspace, meeting_id, "table-cards-changed", tmp_path / "again.pdf")
    with pytest.raises(printouts.PrintoutError, match="没有名为"):
        printouts.printout("posters")


def test_printouts_command_lists_and_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    with open_workspace(db) as workspace:
        meeting_id = build_example(workspace, 30).meeting_id
        from meeting_planner.services.meetings import get_meeting

        title = get_meeting(workspace, meeting_id).title
    assert run(["--db", str(db), "printouts", str(meeting_id)]) == 0
    assert "签到表（按拼音）" in capsys.readouterr().out
    assert run(["--db", str(db), "printouts", str(meeting_id), "--write", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "从未打印" not in out.split("打印件")[-1].replace("桌签（仅变化的）", "")
    assert (tmp_path / "out" / f"{title}-座次图.pdf").is_file()
    assert (tmp_path / "out" / f"{title}-签到统计.xlsx").is_file()


def test_a_chart_recorded_by_an_older_version_asks_for_a_reprint(workspace: Workspace) -> None:
    from meeting_planner.storage import seating as seat_repo

    meeting_id = build_example(workspace, 20).meeting_id
    with workspace.transaction() as connection:
        seat_repo.record_printed(connection, meeting_id, "seating-chart", {"all": "0" * 64})
    status = printouts.printout_statuses(workspace, meeting_id)["seating-chart"]
    assert status.state is State.STALE and "旧版本" in status_text(status)
