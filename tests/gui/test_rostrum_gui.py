"""The rostrum through the GUI: import a list with a 主席台 column in the wizard, auto-seat on the Seating
tab, the "how many on the rostrum" question when nobody is marked, 上主席台/下主席台 with undo, and the
check-in desk asking before checking in someone on leave."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from meeting_planner.domain.attendee import ReplyStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import seating
from meeting_planner.services.importing import preview_import
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.import_wizard import ImportWizard
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.pages.attendees_page import AttendeesPage
from meeting_planner.ui.pages.seating_page import SeatingPage

SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
MARKED_ROWS = {4: "√", 9: "是", 17: "Y", 26: "1", 40: "✓", 55: "√", 63: "是", 88: "√", 119: "√"}


def _context(workspace: Workspace, dialogs: bool = False) -> AppContext:
    messages = Messages()
    messages.show_dialogs = dialogs
    return AppContext(workspace, messages)


def _list_file(path: Path, marks: dict[int, str]) -> tuple[Path, list[str]]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["全区工作会议参会人员名单"])
    sheet.append(["序号", "单位", "姓名", "职务", "主席台"])
    names = [f"{SURNAMES[i % len(SURNAMES)]}{'一二三四五六七八九十'[i // len(SURNAMES)]}号" for i in range(120)]
    for i, name in enumerate(names, start=1):
        sheet.append([i, f"第{(i - 1) % 6 + 1}单位", name, "处长", marks.get(i, "")])
    book.save(path)
    return path, names


def _import_in_wizard(qtbot: QtBot, context: AppContext, meeting_id: int, path: Path) -> None:
    wizard = ImportWizard(context, meeting_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert "主席台" in wizard.mapping_page.summary.text() or wizard.preview is not None
    assert wizard.preview is not None and "rostrum" in {f.value for f in wizard.preview.mapping}
    wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.accept()


def _rostrum_names(workspace: Workspace, meeting_id: int) -> set[str]:
    view = seating.seating_view(workspace, meeting_id)
    rostrum = [s for zone in view.venue.zones if zone.kind.value == "rostrum" for s in zone.seats]
    return {p.name for p in (view.occupant(s.id) for s in rostrum) if p is not None}


def _seating_page(qtbot: QtBot, context: AppContext, meeting_id: int) -> SeatingPage:
    seating.set_meeting_venue(context.workspace, meeting_id, "hall-800")
    page = SeatingPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.set_meeting(meeting_id)
    return page


def test_marked_people_fill_the_rostrum_through_the_gui(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    context = _context(workspace)
    meeting = create_meeting(workspace, "全区工作会议", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    path, names = _list_file(tmp_path / "名单.xlsx", MARKED_ROWS)
    _import_in_wizard(qtbot, context, meeting.id, path)
    page = _seating_page(qtbot, context, meeting.id)
    assert page.auto_seat() is not None
    assert context.messages.questions == []  # people are marked: nothing to ask
    assert _rostrum_names(workspace, meeting.id) == {names[row - 1] for row in MARKED_ROWS}


def test_nobody_marked_asks_how_many_on_the_rostrum(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    context = _context(workspace, dialogs=True)
    meeting = create_meeting(workspace, "全区工作会议", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    path, names = _list_file(tmp_path / "名单.xlsx", {})
    attendee_service.add_attendees(workspace, meeting.id, [row.to_attendee() for row in preview_import(path).included])
    page = _seating_page(qtbot, context, meeting.id)
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.labelText())
        assert dialog.intValue() == 0  # default: nobody marked -> 0
        dialog.setIntValue(3)
        dialog.accept()

    QTimer.singleShot(50, answer)
    assert page.auto_seat() is not None
    assert asked and "主席台" in asked[0]
    assert _rostrum_names(workspace, meeting.id) == set(names[:3])


def test_to_and_off_the_rostrum_from_the_attendee_table(qtbot: QtBot, workspace: Workspace) -> None:
    context = _context(workspace)
    meeting = create_meeting(workspace, "办公会", datetime(2026, 12, 1, 9), "work")
    assert meeting.id is not None
    from meeting_planner.domain.attendee import Attendee

    attendee_service.add_attendees(workspace, meeting.id, [Attendee(f"人员{i}", unit="办公室") for i in range(6)])
    page = AttendeesPage(context)
    qtbot.addWidget(page)
    page.set_meeting(meeting.id)

    def select(rows: tuple[int, ...]) -> None:
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            page.table.selectionModel().select(page.proxy.index(row, 0), flags)

    select((1, 3))
    page.rostrum_on_action.trigger()
    marked = {a.name for a in attendee_service.list_meeting_attendees(workspace, meeting.id) if a.on_rostrum}
    assert marked == {"人员1", "人员3"}
    context.stack_for(meeting.id).undo()
    assert not any(a.on_rostrum for a in attendee_service.list_meeting_attendees(workspace, meeting.id))
    context.stack_for(meeting.id).redo()
    select((1, 3))
    page.rostrum_off_action.trigger()
    assert not any(a.on_rostrum for a in attendee_service.list_meeting_attendees(workspace, meeting.id))


def test_check_in_of_someone_on_leave_asks_first(qtbot: QtBot, workspace: Workspace) -> None:
    from meeting_planner.domain.attendee import Attendee
    from meeting_planner.services.checkin import board
    from meeting_planner.ui.pages.attendance_page import AttendancePage

    context = _context(workspace)
    meeting = create_meeting(workspace, "办公会", datetime(2026, 12, 1, 9), "work")
    assert meeting.id is not None
    leave = Attendee("李娜", unit="财政局", reply=ReplyStatus.LEAVE, leave_reason="出差")
    attendee_service.add_attendees(workspace, meeting.id, [leave, Attendee("周建国", unit="发改委")])
    page = AttendancePage(context)
    qtbot.addWidget(page)
    page.set_meeting(meeting.id)
    context.messages.answers = [False]
    page.search.setText("李娜")
    page.submit()
    assert context.messages.questions and "已请假" in context.messages.questions[-1]
    assert board(workspace, meeting.id).total.present == 0
    context.messages.answers = [True]
    page.search.setText("李娜")
    page.submit()
    assert board(workspace, meeting.id).total.present == 1


def test_unit_order_dialog_paste_move_and_clear(qtbot: QtBot, workspace: Workspace) -> None:
    from meeting_planner.ui.attendee_commands import UnitOrderCommand
    from meeting_planner.ui.dialogs.unit_order_dialog import UnitOrderDialog, units_from_text

    assert units_from_text("区委\n区政府、第1单位,第2单位\r\n区委") == ["区委", "区政府", "第1单位", "第2单位"]
    dialog = UnitOrderDialog(["第1单位", "第2单位", "区委"], False)
    qtbot.addWidget(dialog)
    dialog.paste("区委\n区政府")
    assert dialog.ordered_units() == ["区委", "区政府", "第1单位", "第2单位"]
    dialog.list.setCurrentRow(3)
    dialog.move_selected(-1)
    assert dialog.ordered_units() == ["区委", "区政府", "第2单位", "第1单位"]
    context = _context(workspace)
    context.undo_stack.push(UnitOrderCommand(context, [], dialog.ordered_units(), None))
    assert [u.name for u in attendee_service.list_units(workspace) if u.order > 0] == dialog.ordered_units()
    context.undo_stack.undo()
    assert [u.name for u in attendee_service.list_units(workspace) if u.order > 0] == []
    dialog.clear_order()
    assert dialog.ordered_units() == []
