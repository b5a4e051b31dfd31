"""One undo stack per meeting, the check-in desk's own undo button, and the 回收站 (also after a restart)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from meeting_planner.app import create_application
from meeting_planner.domain.attendee import Attendee
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import seating
from meeting_planner.services.checkin import recent_check_ins
from meeting_planner.services.meetings import create_meeting, get_meeting, list_meetings
from meeting_planner.storage.workspace import Workspace, open_workspace
from meeting_planner.ui.dialogs.bin_dialog import BinDialog
from meeting_planner.ui.main_window import MainWindow


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    create_application()
    main = MainWindow(workspace, first_run=False)
    main.messages.show_dialogs = False
    qtbot.addWidget(main)
    main.show()
    return main


def _tick(qtbot: QtBot, window: MainWindow, key: str) -> None:
    page = window.meeting_page.show_page("checklist")
    page.user_edit.setText("王晓")
    page.select_step(key)
    page.toggle_done()


def _status(workspace: Workspace, meeting_id: int, key: str) -> StepStatus:
    return get_meeting(workspace, meeting_id).step(key).status


def test_each_meeting_has_its_own_undo(qtbot: QtBot, workspace: Workspace) -> None:
    a = create_meeting(workspace, "会议甲", datetime(2026, 12, 1, 9), "plenary")
    b = create_meeting(workspace, "会议乙", datetime(2026, 12, 2, 9), "plenary")
    assert a.id is not None and b.id is not None
    window = _window(qtbot, workspace)
    window.open_meeting(a.id)
    _tick(qtbot, window, "notice-issue")
    assert _status(workspace, a.id, "notice-issue") is StepStatus.DONE
    assert window.undo_action.isEnabled()

    window.open_meeting(b.id)
    assert not window.undo_action.isEnabled()  # 乙 has nothing to undo
    window.undo_action.trigger()
    assert _status(workspace, a.id, "notice-issue") is StepStatus.DONE
    _tick(qtbot, window, "venue-book")
    window.undo_action.trigger()  # undoes 乙's step, not 甲's
    assert _status(workspace, b.id, "venue-book") is StepStatus.TODO
    assert _status(workspace, a.id, "notice-issue") is StepStatus.DONE

    window.open_meeting(a.id)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert _status(workspace, a.id, "notice-issue") is StepStatus.TODO
    assert window.windowTitle() == f"会议甲 — 会务筹备 — {workspace.path.name if workspace.path else ''}"


def test_desk_button_undoes_the_last_check_in_not_a_later_seat_move(qtbot: QtBot, workspace: Workspace) -> None:
    start = datetime.now().replace(microsecond=0) - timedelta(hours=1)
    meeting = create_meeting(workspace, "办公会", start, "work")
    assert meeting.id is not None
    people = [Attendee("周建国", unit="市教育局"), Attendee("赵刚", unit="市财政局"), Attendee("李娜", unit="市财政局")]
    attendee_service.add_attendees(workspace, meeting.id, people)
    seating.set_meeting_venue(workspace, meeting.id, "meeting-room-20")
    ids = {a.name: a.id or 0 for a in attendee_service.list_meeting_attendees(workspace, meeting.id)}
    window = _window(qtbot, workspace)
    window.open_meeting(meeting.id)

    desk = window.meeting_page.show_page("attendance")
    for name in ("周建国", "赵刚"):
        desk.search.setText(name)
        desk.submit()
    assert desk.undo_button.text() == "撤销签到：赵刚"
    seat_page = window.meeting_page.show_page("seating")
    assert seat_page.drop_attendee_on_seat(ids["李娜"], "room:A:1:1")
    desk = window.meeting_page.show_page("attendance")
    desk.undo_button.click()
    checked = [r.attendee.name for r in recent_check_ins(workspace, meeting.id)]
    assert checked == ["周建国"]
    assert seating.seat_states(workspace, meeting.id)["room:A:1:1"].attendee_id == ids["李娜"]  # seat kept
    assert desk.undo_button.text() == "撤销签到：周建国"
    window.undo_action.trigger()  # Ctrl+Z takes the desk's undo back: 赵刚 is checked in again
    assert [r.attendee.name for r in recent_check_ins(workspace, meeting.id)] == ["赵刚", "周建国"]
    # Right after a check-in, the button undoes that very command (the stack stays tidy).
    desk.search.setText("李娜")
    desk.submit()
    depth = window.context.stack_for(meeting.id).index()
    desk.undo_button.click()
    assert window.context.stack_for(meeting.id).index() == depth - 1
    assert [r.attendee.name for r in recent_check_ins(workspace, meeting.id)] == ["赵刚", "周建国"]
    QThreadPool.globalInstance().waitForDone()


def test_delete_asks_and_the_bin_restores_after_a_restart(
    qtbot: QtBot, workspace: Workspace, db_path: Path, tmp_path: Path
) -> None:
    keep = create_meeting(workspace, "保留的会", datetime(2026, 12, 1, 9), "work")
    gone = create_meeting(workspace, "删掉的会", datetime(2026, 12, 3, 9), "work")
    assert keep.id is not None and gone.id is not None
    attendee_service.add_attendees(workspace, gone.id, [Attendee("王伟", unit="办公室")])
    window = _window(qtbot, workspace)
    window.open_meeting(gone.id)
    window.messages.answers = [True]
    window.delete_action.trigger()
    assert "删掉的会" in window.messages.questions[-1]
    assert [m.title for m in list_meetings(workspace)] == ["保留的会"]
    assert window.meeting_page.meeting_id == keep.id
    window.close()
    workspace.close()

    with open_workspace(db_path) as reopened:
        again = _window(qtbot, reopened)
        dialog = BinDialog(again.context, again)
        qtbot.addWidget(dialog)
        assert dialog.titles() == ["删掉的会"]
        assert dialog.table.item(0, 3).text() == "1人"
        dialog.grab().save(str(tmp_path / "bin.png"))
        dialog.restore_selected()
        assert dialog.titles() == []
        assert [m.title for m in list_meetings(reopened)] == ["删掉的会", "保留的会"]
        assert again.meeting_page.meeting_id == gone.id
        assert [a.name for a in attendee_service.list_meeting_attendees(reopened, gone.id)] == ["王伟"]
        again.close()


@pytest.fixture(autouse=True)
def _wait_for_workers() -> None:
    yield
    QThreadPool.globalInstance().waitForDone()


def test_every_tab_shows_only_the_current_meeting(qtbot: QtBot, workspace: Workspace) -> None:
    full = create_meeting(workspace, "有人的会", datetime.now() - timedelta(hours=1), "work")
    bare = create_meeting(workspace, "空的会", datetime(2020, 1, 1, 9), "plenary")
    assert full.id is not None and bare.id is not None
    attendee_service.add_attendees(workspace, full.id, [Attendee("周建国", unit="市教育局"), Attendee("赵刚")])
    seating.set_meeting_venue(workspace, full.id, "meeting-room-20")
    window = _window(qtbot, workspace)
    window.open_meeting(full.id)
    for name in ("attendees", "seating", "attendance"):
        window.meeting_page.show_page(name)
    desk = window.meeting_page.attendance
    desk.search.setText("周建国")
    desk.submit()
    assert desk.recent_model.rowCount() == 1

    window.open_meeting(bare.id)
    assert window.windowTitle().startswith("空的会 — 会务筹备 — ")
    for name in ("checklist", "attendees", "seating", "attendance"):
        window.meeting_page.show_page(name)
    pages = window.meeting_page
    assert pages.checklist.meeting_id == bare.id
    assert pages.attendees.model.rowCount() == 0 and not pages.attendees.empty_hint.isHidden()
    assert pages.seating.items == {} and not pages.seating.no_venue_hint.isHidden()
    assert desk.recent_model.rowCount() == 0 and desk.undo_button.text() == "撤销签到"
    assert not desk.undo_button.isEnabled()

    window.open_meeting(full.id)
    window.meeting_page.show_page("attendance")
    assert desk.recent_model.rowCount() == 1 and desk.undo_button.text() == "撤销签到：周建国"
    window.meeting_page.show_page("attendees")
    assert pages.attendees.model.rowCount() == 2 and pages.attendees.empty_hint.isHidden()
