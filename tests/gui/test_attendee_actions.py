"""Attendee table: 添加人员 (one undo step), 回执 for several rows from the right-click menu (one undo step,
请假 asks the reason once), shortcuts in the menu, the empty-state hint, and the desk's walk-in."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QThreadPool
from PySide6.QtWidgets import QApplication

from meeting_planner.app import create_application
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.services import attendees as service
from meeting_planner.services.checkin import board, recent_check_ins
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.add_attendee_dialog import AddAttendeeDialog
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.pages.attendance_page import AttendancePage
from meeting_planner.ui.pages.attendees_page import AttendeesPage

START = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def context(qapp: QApplication, workspace: Workspace) -> AppContext:
    create_application()  # the bundled Chinese font, as in the real window
    messages = Messages()
    messages.show_dialogs = False
    return AppContext(workspace, messages)


@pytest.fixture
def meeting_id(workspace: Workspace) -> int:
    meeting = create_meeting(workspace, "全市工作会议", START, "plenary")
    assert meeting.id is not None
    return meeting.id


@pytest.fixture
def page(qtbot, context: AppContext, meeting_id: int) -> AttendeesPage:  # type: ignore[no-untyped-def]
    widget = AttendeesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.show()
    widget.set_meeting(meeting_id)
    return widget


def _people(workspace: Workspace, meeting_id: int) -> dict[str, Attendee]:
    return {a.name: a for a in service.list_meeting_attendees(workspace, meeting_id)}


def test_empty_hint_then_add_a_person_as_one_undo_step(  # type: ignore[no-untyped-def]
    page: AttendeesPage, context: AppContext, meeting_id: int, monkeypatch, tmp_path: Path
) -> None:
    assert page.empty_hint.isVisible() and page.empty_hint.text() == "导入名单或把 Excel 拖到这里"
    page.grab().save(str(tmp_path / "empty.png"))
    person = Attendee("张　三", unit="市财政局", title="局长", phone="13800000009", rank=2, role=Role.OBSERVER,
                      on_rostrum=True)  # fmt: skip
    monkeypatch.setattr(AddAttendeeDialog, "ask", classmethod(lambda cls, units, parent=None, **kw: person))
    page.add_action.trigger()
    saved = _people(context.workspace, meeting_id)["张三"]
    assert (saved.unit, saved.title, saved.phone, saved.rank, saved.role, saved.on_rostrum) == (
        "市财政局", "局长", "13800000009", 2, Role.OBSERVER, True,
    )  # fmt: skip
    assert not page.empty_hint.isVisible()
    stack = context.stack_for(meeting_id)
    assert stack.count() == 1
    stack.undo()
    assert _people(context.workspace, meeting_id) == {}
    assert page.empty_hint.isVisible()
    stack.redo()
    assert list(_people(context.workspace, meeting_id)) == ["张三"]


def test_add_dialog_fields_and_size(qtbot, context: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AddAttendeeDialog(["市财政局", "市教育局"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name_edit.setText("李四")
    dialog.unit_combo.setCurrentText("市教育局")
    dialog.title_edit.setText("处长")
    dialog.rank_spin.setValue(3)
    dialog.rostrum_check.setChecked(True)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.STAFF.value))
    assert ok.isEnabled()
    person = dialog.attendee()
    assert (person.name, person.unit, person.title, person.rank, person.on_rostrum, person.role) == (
        "李四", "市教育局", "处长", 3, True, Role.STAFF,
    )  # fmt: skip
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 440 and dialog.height() >= dialog.sizeHint().height()
    dialog.grab().save(str(tmp_path / "add-dialog.png"))


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # an offscreen popup menu
def test_replies_for_several_rows_from_the_menu(  # type: ignore[no-untyped-def]
    page: AttendeesPage, context: AppContext, meeting_id: int, tmp_path: Path
) -> None:
    service.add_attendees(context.workspace, meeting_id, [Attendee(f"人员{i}", unit="办公室") for i in range(4)])
    page.reload()
    menu = page.context_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["添加人员…", "回执：已通知", "回执：已确认", "回执：请假…"]
    assert all(a.isShortcutVisibleInContextMenu() and not a.shortcut().isEmpty() for a in menu.actions()
               if not a.isSeparator())  # fmt: skip
    menu.popup(page.table.viewport().mapToGlobal(page.table.viewport().rect().center()))
    QApplication.processEvents()
    menu.grab().save(str(tmp_path / "menu.png"))
    menu.close()

    def select(rows: tuple[int, ...]) -> None:
        page.table.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            page.table.selectionModel().select(page.proxy.index(row, 0), flags)

    stack = context.stack_for(meeting_id)
    select((0, 2, 3))
    context.messages.answers = [" 出差 "]
    page.leave_action.trigger()
    assert len(context.messages.questions) == 1  # the reason is asked once for all three
    people = _people(context.workspace, meeting_id)
    assert [(people[n].reply, people[n].leave_reason) for n in ("人员0", "人员2", "人员3")] == [
        (ReplyStatus.LEAVE, "出差")
    ] * 3
    assert people["人员1"].reply is ReplyStatus.NOT_NOTIFIED
    assert stack.count() == 1
    select((0, 1))
    page.confirmed_action.trigger()
    people = _people(context.workspace, meeting_id)
    assert (people["人员0"].reply, people["人员0"].leave_reason, people["人员1"].reply) == (
        ReplyStatus.CONFIRMED, "", ReplyStatus.CONFIRMED,
    )  # fmt: skip
    stack.undo()
    stack.undo()
    assert {a.reply for a in _people(context.workspace, meeting_id).values()} == {ReplyStatus.NOT_NOTIFIED}
    context.messages.answers = [None]  # cancelling the reason changes nothing
    select((1,))
    page.leave_action.trigger()
    assert stack.index() == 0 and _people(context.workspace, meeting_id)["人员1"].reply is ReplyStatus.NOT_NOTIFIED


def test_walk_in_at_the_desk(qtbot, context: AppContext, workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    meeting = create_meeting(workspace, "办公会", datetime.now() - timedelta(hours=1), "work")
    assert meeting.id is not None
    service.add_attendees(workspace, meeting.id, [Attendee("周建国", unit="市教育局")])
    desk = AttendancePage(context)
    qtbot.addWidget(desk)
    desk.show()
    desk.set_meeting(meeting.id)
    asked: list[str] = []

    def ask(cls, units, parent=None, *, walk_in=False, name=""):  # type: ignore[no-untyped-def]
        asked.append(name)
        assert walk_in
        return Attendee(name, unit="市卫健委")

    monkeypatch.setattr(AddAttendeeDialog, "ask", classmethod(ask))
    desk.search.setText("吴敏")
    desk.walk_in_button.click()
    assert asked == ["吴敏"]
    total = board(workspace, meeting.id).total
    assert (total.expected, total.present) == (2, 1)
    walk_in = _people(workspace, meeting.id)["吴敏"]
    assert walk_in.notes == "临时增加" and "临时增加" in desk.status.text()
    assert desk.undo_button.text() == "撤销签到：吴敏"
    context.stack_for(meeting.id).undo()
    assert "吴敏" not in _people(workspace, meeting.id)
    context.stack_for(meeting.id).redo()
    assert [r.attendee.name for r in recent_check_ins(workspace, meeting.id)] == ["吴敏"]
    QThreadPool.globalInstance().waitForDone()
