"""Every page follows other desks: desk A's window shows what desk B (another Workspace on the same database)
changed, within the polling interval, without losing the user's selection, and never under an open edit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication

from meeting_planner.app import create_application
from meeting_planner.domain.attendee import Attendee
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.checkin import check_in
from meeting_planner.services.meetings import create_meeting, set_step_status
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace, open_workspace
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.models.checklist_model import Column

#: The polling interval in these tests; each wait allows a little more than one interval plus the read.
POLL_MS = 400
WAIT_MS = POLL_MS * 3 + 500


@pytest.fixture
def desks(qtbot, any_workspace_url: str) -> Iterator[tuple[MainWindow, Workspace, int]]:  # type: ignore[no-untyped-def]
    """Desk A: the real window on the workspace; desk B: a second Workspace on the same database."""
    create_application()
    desk_a = open_workspace(any_workspace_url, backup=False)
    desk_b = open_workspace(any_workspace_url, backup=False)
    start = datetime.now().replace(microsecond=0) + timedelta(hours=2)
    meeting = create_meeting(desk_b, "全区工作会议", start, "plenary")
    assert meeting.id is not None
    with desk_b.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee("周建国", unit="区委"), Attendee("王伟", unit="区政府")])
    window = MainWindow(desk_a, first_run=False)
    window.messages.show_dialogs = False
    window.set_poll_interval(POLL_MS)
    qtbot.addWidget(window)
    window.show()
    yield window, desk_b, meeting.id
    window.poll_timer.stop()
    QThreadPool.globalInstance().waitForDone()
    desk_b.close()
    desk_a.close()


def step_status(window: MainWindow, key: str) -> tuple[StepStatus, str]:
    step = next(s for s in window.meeting_page.checklist.model.steps() if s.key == key)
    return step.status, step.done_by


def test_checklist_shows_a_step_done_at_another_desk_within_the_polling_interval(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    window, desk_b, meeting_id = desks
    page = window.meeting_page.show_page("checklist")
    steps = page.model.steps()
    done_elsewhere, selected = steps[0].key, steps[3].key
    page.select_step(selected)
    qtbot.wait(POLL_MS)  # the window has read the counters once
    set_step_status(desk_b, meeting_id, done_elsewhere, StepStatus.DONE, by="desk B")
    qtbot.waitUntil(lambda: step_status(window, done_elsewhere) == (StepStatus.DONE, "desk B"), timeout=WAIT_MS)
    current = page.current_step()
    assert current is not None and current.key == selected  # the user's selection stays


def test_no_reload_under_an_open_editor_then_it_follows(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    window, desk_b, meeting_id = desks
    page = window.meeting_page.show_page("checklist")
    key = page.model.steps()[1].key
    qtbot.wait(POLL_MS)
    page.select_step(key)
    note_index = page.view.currentIndex().siblingAtColumn(Column.NOTE)
    page.view.edit(note_index)
    assert page.view.state() == QAbstractItemView.State.EditingState
    set_step_status(desk_b, meeting_id, key, StepStatus.DONE, by="desk B")
    qtbot.wait(WAIT_MS)
    assert page.view.state() == QAbstractItemView.State.EditingState  # not pulled away under the typing
    assert step_status(window, key)[0] is not StepStatus.DONE
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the user leaves the cell
    qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.State.EditingState, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: step_status(window, key) == (StepStatus.DONE, "desk B"), timeout=WAIT_MS)


def test_board_attendees_and_overview_follow_other_desks(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    window, desk_b, meeting_id = desks
    attendance = window.meeting_page.show_page("attendance")
    qtbot.wait(POLL_MS)
    assert attendance.tiles["present"].number.text() == "0"
    assert check_in(desk_b, meeting_id, "周建国").done
    qtbot.waitUntil(lambda: attendance.tiles["present"].number.text() == "1", timeout=WAIT_MS)

    attendees = window.meeting_page.show_page("attendees")
    assert attendees.model.rowCount() == 2
    with desk_b.transaction() as connection:
        add_attendees(connection, meeting_id, [Attendee("李娜", unit="区政府")])
    qtbot.waitUntil(lambda: attendees.model.rowCount() == 3, timeout=WAIT_MS)

    overview = window.meeting_page.show_page("overview")
    from meeting_planner.services.meetings import get_meeting, update_meeting

    meeting = get_meeting(desk_b, meeting_id)
    meeting.venue = "区政府礼堂"
    update_meeting(desk_b, meeting)
    qtbot.waitUntil(lambda: overview.venue.text() == "区政府礼堂", timeout=WAIT_MS)


def test_unsaved_overview_holds_back_only_the_overview(qtbot, desks) -> None:  # type: ignore[no-untyped-def]
    window, desk_b, meeting_id = desks
    overview = window.meeting_page.show_page("overview")
    overview.venue.setText("typed here")
    overview.venue.textEdited.emit("typed here")
    assert overview.dirty
    from meeting_planner.services.meetings import get_meeting, update_meeting

    meeting = get_meeting(desk_b, meeting_id)
    meeting.organiser = "区委办公室"
    update_meeting(desk_b, meeting)
    attendance = window.meeting_page.attendance  # built; the board follows although the overview is busy
    attendance.set_meeting(meeting_id)
    qtbot.wait(POLL_MS)
    assert check_in(desk_b, meeting_id, "王伟").done
    qtbot.waitUntil(lambda: attendance.tiles["present"].number.text() == "1", timeout=WAIT_MS)
    assert overview.venue.text() == "typed here"  # the user's typing is never overwritten
    overview.revert()
    qtbot.waitUntil(lambda: overview.organiser.text() == "区委办公室", timeout=WAIT_MS)


def test_a_workspace_failure_escaping_a_page_is_a_message_not_a_traceback(qapp) -> None:  # type: ignore[no-untyped-def]
    import sys

    from meeting_planner.app import install_error_hook
    from meeting_planner.storage.workspace import ServerUnreachable
    from meeting_planner.ui.messages import Messages

    messages = Messages()
    messages.show_dialogs = False
    shown: list[str] = []
    messages.error_shown.connect(lambda _title, text: shown.append(text))
    previous = sys.excepthook
    try:
        hook = install_error_hook(messages)
        error = ServerUnreachable("无法连接工作区所在的数据库服务器 x（服务器或网络中断），本次操作未完成。")
        hook(ServerUnreachable, error, None)
    finally:
        sys.excepthook = previous
    assert shown == [str(error)]
