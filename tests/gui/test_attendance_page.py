"""The Attendance tab at the door: type names and codes, press Enter, watch the board."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services.checkin import board, recent_check_ins
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.models.board_models import MissingModel, RecentCheckInModel, UnitBoardModel
from meeting_planner.ui.pages.attendance_page import AttendancePage


@pytest.fixture
def page(qtbot, workspace: Workspace) -> Iterator[AttendancePage]:
    start = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    meeting = create_meeting(workspace, "全市教育工作会议", start, "work")
    assert meeting.id is not None
    people = [
        Attendee("周建国", unit="市教育局", title="局长", phone="13800000001"),
        Attendee("王伟", unit="市教育局", title="副局长", phone="13800000002"),
        Attendee("王伟", unit="市财政局", title="处长", phone="13800000003"),
        Attendee("李娜", unit="市财政局", title="科长", reply=ReplyStatus.LEAVE),
        Attendee("赵刚", unit="市财政局", title="科长"),
    ]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    messages = Messages()
    messages.show_dialogs = False
    context = AppContext(workspace, messages)
    widget = AttendancePage(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_meeting(meeting.id)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def tiles(page: AttendancePage) -> tuple[int, ...]:
    return tuple(int(page.tiles[k].number.text()) for k in ("expected", "present", "leave", "absent"))


def type_and_enter(qtbot, page: AttendancePage, text: str) -> None:
    """Type like the desk does: Latin letters and scanned codes as key presses; Chinese characters arrive
    from the input method as a committed string (QTest cannot synthesise key presses for them)."""
    if text.isascii():
        qtbot.keyClicks(page.search, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(page.search, event)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def test_typing_names_and_codes_changes_the_board(qtbot, page: AttendancePage) -> None:
    assert tiles(page) == (5, 0, 1, 4)
    with qtbot.waitSignal(page.context.checkins_changed):
        type_and_enter(qtbot, page, "zjg")
    assert tiles(page) == (5, 1, 1, 3)
    assert "周建国" in page.status.text()
    assert page.search.text() == "" and page.search.hasFocus()

    code = page.missing_model.item(page.missing_model.rowCount() - 1).code  # 赵刚, last one missing
    type_and_enter(qtbot, page, code)
    assert tiles(page) == (5, 2, 1, 2)
    assert page.recent_model.item(0).attendee.name == "赵刚"
    assert page.sentence == "应到5人，实到2人，请假1人，缺席2人"

    # The same person again: reported, not doubled.
    type_and_enter(qtbot, page, "周建国")
    assert "未重复登记" in page.status.text()
    assert tiles(page) == (5, 2, 1, 2)


def test_several_matches_ask_and_keyboard_picks_one(qtbot, page: AttendancePage) -> None:
    type_and_enter(qtbot, page, "王伟")
    assert page.choices.isVisible() and page.choices.count() == 2
    assert tiles(page)[1] == 0  # nothing checked in while asking
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    chosen = page.candidates[page.choices.currentRow()]
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert not page.choices.isVisible()
    assert tiles(page)[1] == 1
    assert page.recent_model.item(0).attendee.id == chosen.attendee_id
    unit_rows = {page.unit_model.item(r).unit: page.unit_model.item(r).tally.present for r in range(2)}
    assert unit_rows[chosen.unit] == 1


def test_undo_button_and_undo_selected_restore_the_board(qtbot, page: AttendancePage) -> None:
    type_and_enter(qtbot, page, "周建国")
    type_and_enter(qtbot, page, "赵刚")
    assert tiles(page)[1] == 2
    assert page.undo_button.text() == "撤销签到：赵刚"
    page.undo_button.click()  # the last check-in (赵刚)
    assert tiles(page)[1] == 1
    assert [r.attendee.name for r in recent_check_ins(page.context.workspace, page.meeting_id or 0)] == ["周建国"]
    page.recent.selectRow(0)
    page.undo_selected_button.click()
    assert tiles(page)[1] == 0
    page.context.stack_for(page.meeting_id).undo()  # undoing the undo puts 周建国 back exactly
    assert tiles(page)[1] == 1
    assert page.search.hasFocus()


def test_substitute_and_copy_sentence(qtbot, page: AttendancePage) -> None:
    page.substitute.setChecked(True)
    type_and_enter(qtbot, page, "赵刚")
    view = board(page.context.workspace, page.meeting_id or 0)
    assert view.total.substitute == 1
    assert not page.substitute.isChecked()
    assert page.recent_model.data(page.recent_model.index(0, 3)) == "代会"
    qtbot.keyClick(page.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "应到5人，实到1人，请假1人，缺席3人"


def test_page_follows_attendee_changes_from_elsewhere(qtbot, page: AttendancePage) -> None:
    with page.context.workspace.transaction() as connection:
        add_attendees(connection, page.meeting_id or 0, [Attendee("钱多多", unit="市教育局")])
    page.context.attendees_changed.emit(page.meeting_id)
    assert tiles(page)[0] == 6
    type_and_enter(qtbot, page, "qdd")
    assert tiles(page)[1] == 1


def test_board_models(qtmodeltester, page: AttendancePage, qtbot) -> None:
    type_and_enter(qtbot, page, "周建国")
    for model in (page.recent_model, page.unit_model, page.missing_model):
        qtmodeltester.check(model)
    assert isinstance(page.recent_model, RecentCheckInModel)
    assert isinstance(page.unit_model, UnitBoardModel) and isinstance(page.missing_model, MissingModel)
    assert page.unit_model.headerData(6, Qt.Orientation.Horizontal) == "缺席"


def test_backfill_from_the_paper_sheet_is_marked(qtbot, page: AttendancePage) -> None:
    from PySide6.QtCore import QTime

    assert page.meeting_id is not None
    assert not page.backfill_time.isEnabled()
    page.backfill.setChecked(True)
    assert page.backfill_time.isEnabled()
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    page.backfill_time.setTime(QTime(start.hour, start.minute))
    with qtbot.waitSignal(page.context.checkins_changed):
        type_and_enter(qtbot, page, "zjg")
    assert "补录" in page.status.text()
    (latest,) = recent_check_ins(page.context.workspace, page.meeting_id, 1)
    assert latest.checkin.backfilled and latest.checkin.at.time() == start.time()
    assert page.recent_model.data(page.recent_model.index(0, 0)).endswith("（补录）")
    page.backfill.setChecked(False)
    with qtbot.waitSignal(page.context.checkins_changed):
        type_and_enter(qtbot, page, "zg")
    (latest,) = recent_check_ins(page.context.workspace, page.meeting_id, 1)
    assert latest.attendee.name == "赵刚" and not latest.checkin.backfilled
