"""The real main window, driven offscreen: create a meeting, tick a step, undo, redo, reopen."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from meeting_planner.app import create_application
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.resources import FONT_FAMILY
from meeting_planner.services.meetings import get_meeting, list_meetings
from meeting_planner.services.templates import list_templates
from meeting_planner.storage.workspace import Workspace, open_workspace
from meeting_planner.ui.dialogs.new_meeting import NewMeeting, NewMeetingDialog
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.models.checklist_model import ChecklistModel
from meeting_planner.ui.models.meeting_list_model import MeetingListModel

REQUEST = NewMeeting(
    title="全区工作会议",
    template_key="plenary",
    kind="全体大会",
    start=datetime(2026, 12, 1, 9, 0),
    end=datetime(2026, 12, 1, 12, 0),
    venue="区政府礼堂",
    organiser="区政府办公室",
)


@pytest.fixture
def window(qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    create_application()
    main = MainWindow(workspace, first_run=False)
    main.messages.show_dialogs = False
    qtbot.addWidget(main)
    main.show()
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(lambda cls, parent, templates: REQUEST))
    return main


def test_bundled_font_is_registered_for_chinese(qapp: QApplication) -> None:
    create_application()
    assert FONT_FAMILY in QFontDatabase.families()
    font = QApplication.font()
    assert FONT_FAMILY in font.families()
    bundled = QFontMetrics(QFontDatabase.font(FONT_FAMILY, "Regular", 12))
    assert all(bundled.inFontUcs4(ord(ch)) for ch in "会务筹备清单签到座次")


def test_create_tick_undo_redo_and_reopen(window: MainWindow, db_path: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    meetings = list_meetings(window.context.workspace)
    assert [m.title for m in meetings] == ["全区工作会议"]
    meeting_id = meetings[0].id
    assert window.meeting_page.meeting_id == meeting_id

    page = window.meeting_page.checklist
    page.user_edit.setText("王晓")
    page.select_step("notice-issue")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    step = get_meeting(window.context.workspace, meeting_id).step("notice-issue")
    assert (step.status, step.done_by) == (StepStatus.DONE, "王晓")
    assert page.progress_bar.value() == 3  # 1 of 30

    window.undo_action.trigger()
    assert get_meeting(window.context.workspace, meeting_id).step("notice-issue").status is StepStatus.TODO
    assert page.progress_bar.value() == 0
    window.redo_action.trigger()
    assert get_meeting(window.context.workspace, meeting_id).step("notice-issue").status is StepStatus.DONE

    window.grab().save(str(tmp_path / "main-window.png"))
    window.close()
    window.context.workspace.close()
    with open_workspace(db_path) as reopened:
        again = MainWindow(reopened, first_run=False)
        qtbot.addWidget(again)
        assert again.meeting_page.meeting_id == meeting_id
        shown = again.meeting_page.checklist.model.steps()
        done = [s for s in shown if s.status is StepStatus.DONE]
        assert [(s.key, s.done_by) for s in done] == [("notice-issue", "王晓")]
        again.close()


def test_delete_meeting_and_undo(window: MainWindow) -> None:
    window.new_action.trigger()
    window.meeting_list.setCurrentIndex(window.meeting_model.index(0))
    window.messages.answers = [False]  # 确定删除？ 否: nothing happens
    window.delete_action.trigger()
    assert "全区工作会议" in window.messages.questions[-1]
    assert len(list_meetings(window.context.workspace)) == 1
    window.messages.answers = [True]
    window.delete_action.trigger()
    assert list_meetings(window.context.workspace) == []
    assert window.stack.currentWidget() is window.empty_page
    window.undo_action.trigger()
    assert [m.title for m in list_meetings(window.context.workspace)] == ["全区工作会议"]


def test_edit_note_and_due_time_in_place(window: MainWindow) -> None:
    window.new_action.trigger()
    page = window.meeting_page.checklist
    model = page.model
    index = model.index_of("venue-book")
    note_index = index.siblingAtColumn(6)
    assert model.setData(note_index, "  已订一号会议室 ")
    meeting_id = window.meeting_page.meeting_id
    assert get_meeting(window.context.workspace, meeting_id).step("venue-book").note == "已订一号会议室"
    due_index = model.index_of("venue-book").siblingAtColumn(1)
    from PySide6.QtCore import QDateTime

    assert model.setData(due_index, QDateTime(datetime(2026, 11, 25, 10, 0)))
    step = get_meeting(window.context.workspace, meeting_id).step("venue-book")
    assert (step.due_at, step.due_manual) == (datetime(2026, 11, 25, 10, 0), True)
    window.undo_action.trigger()
    step = get_meeting(window.context.workspace, meeting_id).step("venue-book")
    assert (step.due_at, step.due_manual) == (datetime(2026, 11, 21, 9, 0), False)


def test_filters_show_only_matching_steps(window: MainWindow) -> None:
    window.new_action.trigger()
    page = window.meeting_page.checklist
    page.category_filter.setCurrentIndex(page.category_filter.findData("av"))
    shown = []
    for phase_row in range(page.proxy.rowCount()):
        parent = page.proxy.index(phase_row, 0)
        shown += [page.proxy.index(r, 0, parent).data() for r in range(page.proxy.rowCount(parent))]
    assert shown == ["音视频调试", "设备三检查"]


def test_new_meeting_dialog_needs_a_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewMeetingDialog(list_templates())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.title_edit.setText("视频调度会")
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("video"))
    assert ok.isEnabled()
    value = dialog.result_value()
    assert (value.title, value.template_key, value.kind) == ("视频调度会", "video", "视频会议")
    assert value.end >= value.start


def test_models_pass_qtmodeltester(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from meeting_planner.services.meetings import create_meeting

    meeting = create_meeting(workspace, "会", datetime(2026, 12, 1, 9), "plenary")
    checklist = ChecklistModel()
    checklist.set_steps(meeting.steps)
    qtmodeltester.check(checklist)
    meetings = MeetingListModel()
    meetings.set_meetings(list_meetings(workspace))
    qtmodeltester.check(meetings)


def test_first_run_offers_and_creates_the_example(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    create_application()
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.first_run_box is not None and main.first_run_box.isVisible())
    assert "示例会议" in main.first_run_box.text()
    main.first_run_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: main.meeting_model.rowCount() == 1, timeout=20000)
    summary = main.meeting_model.summary(0)
    assert summary.attendees >= 100 and summary.steps_closed > 0
    assert main.meeting_page.meeting_id == summary.id
    assert main.meeting_page.checklist.progress_bar.value() > 0


def test_first_run_offer_declined_is_remembered(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    QSettings().remove("first_run/declined")
    create_application()
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.first_run_box is not None and main.first_run_box.isVisible())
    main.first_run_box.button(QMessageBox.StandardButton.No).click()
    assert list_meetings(workspace) == []
    again = MainWindow(workspace)
    qtbot.addWidget(again)
    qtbot.wait(50)
    assert again.first_run_box is None
    QSettings().remove("first_run/declined")


def test_workspace_opens_in_the_background(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    from meeting_planner.app import open_main_window
    from meeting_planner.services.meetings import create_meeting

    with open_workspace(db_path) as workspace:
        create_meeting(workspace, "后台打开", datetime(2026, 12, 1, 9), "work")
    create_application()
    window = open_main_window(db=str(db_path))
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.context.has_workspace, timeout=20000)
    assert window.meeting_model.summary(0).title == "后台打开"
    assert window.meeting_page.checklist.model.steps()
    window.context.workspace.close()


def test_background_open_failure_is_reported(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from meeting_planner.ui.main_window import MainWindow as Window

    not_a_workspace = tmp_path / "notes.txt"
    not_a_workspace.write_text("hello", encoding="utf-8")
    create_application()
    window = Window()
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.messages.error_shown, timeout=20000) as shown:
        window.open_workspace_in_background(str(not_a_workspace))
    assert "不是会务筹备工作区" in shown.args[1]
    assert not window.isVisible()
    assert not_a_workspace.read_text(encoding="utf-8") == "hello"


def test_completer_name_is_asked_once_not_taken_from_the_os_login(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    meeting_id = list_meetings(window.context.workspace)[0].id
    page = window.meeting_page.checklist
    page.user_edit.setText("")
    messages = window.context.messages
    messages.show_dialogs = False
    messages.answers = ["李敏"]
    page.select_step("notice-issue")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert get_meeting(window.context.workspace, meeting_id).step("notice-issue").done_by == "李敏"
    asked = len(messages.questions)
    page.select_step("notice-draft")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert len(messages.questions) == asked  # asked once
    assert get_meeting(window.context.workspace, meeting_id).step("notice-draft").done_by == "李敏"


def test_overview_edit_survives_switching_meetings_and_a_restart(window: MainWindow, db_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.new_action.trigger()
    window.new_action.trigger()
    first, second = (m.id for m in list_meetings(window.context.workspace))
    window.open_meeting(first)
    overview = window.meeting_page.show_page("overview")
    overview.location.clear()
    qtbot.keyClicks(overview.location, "Room 301, Block B")
    assert overview.dirty
    assert window.meeting_page.tabText(1).endswith("*")  # the modified marker
    window.meeting_page.show_page("checklist")
    window.open_meeting(second)  # leaving the meeting saves the typed edit
    assert get_meeting(window.context.workspace, first).location == "Room 301, Block B"
    window.open_meeting(first)
    overview = window.meeting_page.show_page("overview")
    overview.contact.clear()
    qtbot.keyClicks(overview.contact, "Wang Xiao 12345")
    window.close()  # quitting saves it too
    reopened = open_workspace(db_path)
    try:
        assert get_meeting(reopened, first).contact == "Wang Xiao 12345"
    finally:
        reopened.close()
