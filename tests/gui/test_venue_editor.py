"""Issue 13, must-show 1: a hall built in the venue editor (rostrum rows of 11 and 13, three sections with
aisles, a reserved row, two blocked seats) is saved, 120 people are seated in it and the chart shows
the right row and seat numbers. Also: undo, validation messages, copy, TOML export/import, Excel grid."""

from __future__ import annotations

import itertools
import re
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from meeting_planner.domain.attendee import Attendee
from meeting_planner.services import seating
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.venue_editor import VenueEditor
from meeting_planner.ui.messages import Messages


def _editor(qtbot: QtBot, workspace: Workspace) -> tuple[VenueEditor, Messages]:
    messages = Messages()
    messages.show_dialogs = False
    editor = VenueEditor(AppContext(workspace, messages))
    qtbot.addWidget(editor)
    return editor, messages


def _type(line: object, text: str) -> None:
    line.setText(text)  # type: ignore[attr-defined]
    line.editingFinished.emit()  # type: ignore[attr-defined]


def test_build_save_seat_120_and_print_row_and_seat_numbers(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    editor, _messages = _editor(qtbot, workspace)
    _type(editor.name_edit, "机关礼堂")
    editor.zone_list.setCurrentRow(0)
    _type(editor.rostrum_rows, "11, 13")
    editor.zone_list.setCurrentRow(1)
    editor.hall_rows.setValue(6)
    _type(editor.sections, "左区:6, 中区:10, 右区:6")
    editor.aisle.setValue(1.5)
    editor.numbering.setCurrentIndex(editor.numbering.findData("odd-even"))
    _type(editor.reserved, "1")
    _type(editor.blocked, "3-1, 4-2")
    assert editor.problem == ""
    venue = editor.venue
    assert venue is not None
    rostrum, hall = venue.zones
    assert [len(row) for row in rostrum.rows()] == [11, 13]
    assert [len(row) for row in hall.rows()] == [22] * 6
    assert sorted({seat.section for seat in hall.seats}) == sorted(["左区", "中区", "右区"])
    assert sum(seat.reserved for seat in hall.seats) == 22
    assert sum(seat.blocked for seat in hall.seats) == 2
    # Aisles: the widest gap in a row is the aisle plus one seat.
    xs = [seat.x for seat in hall.rows()[0]]
    assert max(b - a for a, b in itertools.pairwise(xs)) > 1.5
    # The drawing follows: one rectangle per seat (furniture aside).
    assert len([item for item in editor.scene.items() if item.toolTip()]) == 24 + 132

    # Undo and redo a change; a bad value gives a message naming the field, and undo clears it.
    editor.zone_list.setCurrentRow(0)
    editor.desk.setCurrentIndex(editor.desk.findData("none"))
    assert editor.venue is not None and editor.venue.zones[0].furniture == ()
    editor.undo_stack.undo()
    assert editor.venue is not None and len(editor.venue.zones[0].furniture) == 1
    _type(editor.rostrum_rows, "11, 13, x")
    assert "zones[0].rows" in editor.problem and not editor.save_button.isEnabled()
    editor.undo_stack.undo()
    assert editor.problem == "" and editor.rostrum_rows.text() == "11, 13"
    editor.zone_list.setCurrentRow(1)
    editor.hall_rows.setValue(7)
    editor.undo_stack.undo()
    assert editor.hall_rows.value() == 6
    editor.undo_stack.redo()
    editor.undo_stack.undo()

    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    key = saved.args[0]
    listed = {v.key: v for v, builtin in seating.list_venues(workspace) if not builtin}
    assert listed[key].name == "机关礼堂" and listed[key].capacity == 24 + 132 - 2

    # Seat 120 people: 24 on the rostrum, 96 below (rows 2-6, row 1 reserved).
    meeting = create_meeting(workspace, "全体干部大会", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    people = [
        Attendee(name=f"干部{i:03d}", unit=f"第{i % 6 + 1}处", rank=i + 1 if i < 24 else None, on_rostrum=i < 24)
        for i in range(120)
    ]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    result = seating.auto_seat(workspace, meeting.id, key)
    assert not result.plan.unseated and result.plan.seated_count == 120
    assignments = seating.seat_states(workspace, meeting.id)
    taken = {sid for sid, a in assignments.items() if a.attendee_id is not None}
    assert len(taken) == 120
    seat_index = listed[key].seat_index()
    assert not any(seat_index[sid].reserved or seat_index[sid].blocked for sid in taken)
    out = tmp_path / "chart.pdf"
    seating.export_seating_chart(workspace, meeting.id, out)
    pages = [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(out).pages]
    hall_text = " ".join(page for page in pages if "场下" in page.replace(" ", ""))
    rostrum_text = " ".join(page for page in pages if "座次图 主席台" in page or "座次图主席台" in page)
    for row in range(1, 7):
        assert f"第{row}排" in hall_text
    assert "第1排" in rostrum_text and "第2排" in rostrum_text
    assert "左区" in hall_text and "中区" in hall_text and "右区" in hall_text
    numbers = set(re.findall(r"\d+", hall_text))
    assert {str(n) for n in range(1, 23)} <= numbers  # odd-even chair numbers 1..22 on the seats
    assert "不可用" in hall_text and "预留" in hall_text


def test_copy_builtin_export_and_import_toml(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    editor, _messages = _editor(qtbot, workspace)
    editor.source_combo.setCurrentIndex(editor.source_combo.findData("hall-800"))
    editor._copy_chosen()
    assert editor.venue is not None and editor.venue.capacity == 24 + 800 - 2
    assert editor.venue.key != "hall-800" and "副本" in editor.venue.name
    path = tmp_path / "hall.toml"
    assert editor.export_toml(path)
    _type(editor.name_edit, "改过的名字")
    assert editor.import_toml(path)
    assert editor.venue is not None and "副本" in editor.venue.name
    bad = tmp_path / "bad.toml"
    bad.write_text('key = "b"\nname = "坏"\n[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [nan]\n', encoding="utf-8")
    errors: list[str] = []
    editor.context.messages.error_shown.connect(lambda _title, text: errors.append(text))
    assert not editor.import_toml(bad)
    assert errors and "bad.toml" in errors[0]
    assert editor.venue is not None and "副本" in editor.venue.name  # unchanged


def test_import_excel_grid_in_the_editor(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["B1"] = "舞台"
    sheet.merge_cells("B1:H1")
    for row, (label, columns) in enumerate(
        [("主席台第一排", "DEF"), ("第1排", "BCEFGHJ"), ("第2排", "BCEFGHIJ")], start=2
    ):
        sheet[f"A{row}"] = label
        for column in columns:
            sheet[f"{column}{row}"] = "□"
    path = tmp_path / "会议室.xlsx"
    workbook.save(path)
    editor, messages = _editor(qtbot, workspace)
    messages.answers.append(True)
    assert editor.import_grid(path)
    assert "主席台：3 座" in messages.questions[0]
    assert editor.venue is not None
    assert [len(z.seats) for z in editor.venue.zones] == [3, 15]
    assert editor.save()


def test_rows_of_different_lengths_typed_as_a_grid_are_one_undo_step(qtbot: QtBot, workspace: Workspace) -> None:
    editor, _messages = _editor(qtbot, workspace)
    editor.zone_list.setCurrentRow(1)
    editor.use_grid.setChecked(True)
    assert editor.grid.isEnabled() and editor.grid.toPlainText().startswith("oooooo.oooooooooo.oooooo")
    steps = editor.undo_stack.count()
    editor.grid.clear()
    for char in "ooo.oooo.ooo\noo..oxoo..oo\n....oooo":
        editor.grid.insertPlainText(char)
    assert editor.grid.toPlainText() == "ooo.oooo.ooo\noo..oxoo..oo\n....oooo"
    assert editor.undo_stack.count() == steps + 1
    assert editor.venue is not None
    hall = editor.venue.zones[1]
    assert [len(row) for row in hall.rows()] == [10, 8, 4]
    assert sum(seat.blocked for seat in hall.seats) == 1
    editor.undo_stack.undo()
    assert editor.venue is not None and len(editor.venue.zones[1].seats) == 22 * 10


def test_shrinking_a_hall_in_use_asks_first(qtbot: QtBot, workspace: Workspace) -> None:
    editor, messages = _editor(qtbot, workspace)
    assert editor.save()
    key = editor.venue.key if editor.venue else ""
    meeting = create_meeting(workspace, "办公会", datetime(2026, 12, 1, 9), "work")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee(name=f"人员{i}", unit="办公室") for i in range(30)])
    seating.auto_seat(workspace, meeting.id, key)
    editor.zone_list.setCurrentRow(1)
    editor.hall_rows.setValue(1)  # 22 seats left below the rostrum: 8 people lose theirs
    messages.answers.append(False)
    assert not editor.save()
    assert "8 人" in messages.questions[-1]
    assert len(next(v for v, _ in seating.list_venues(workspace) if v.key == key).zones[1].seats) == 220
