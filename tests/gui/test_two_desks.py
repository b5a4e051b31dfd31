"""Two desks on one workspace (SQLite file or PostgreSQL): desk A is the real window, desk B a second
Workspace on the same database. An edit A makes on its stale copy of a step or of the meeting never writes
over B's change: A is told 已被其他工作台修改，已刷新 and its page shows B's data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from meeting_planner.app import create_application
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import create_meeting, get_meeting, set_step_status, update_meeting
from meeting_planner.storage.workspace import Workspace, open_workspace
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.models.checklist_model import Column

CONFLICT = "已被其他工作台修改，已刷新"


@pytest.fixture
def desks(qtbot, any_workspace_url: str) -> Iterator[tuple[MainWindow, Workspace, int, list[str]]]:  # type: ignore[no-untyped-def]
    desk_a = open_workspace(any_workspace_url)
    meeting = create_meeting(desk_a, "全区工作会议", datetime(2026, 12, 1, 9, 0), "plenary")
    assert meeting.id is not None
    create_application()
    window = MainWindow(desk_a, first_run=False)
    window.messages.show_dialogs = False
    errors: list[str] = []
    window.messages.error_shown.connect(lambda _title, text: errors.append(text))
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(meeting.id)
    desk_b = open_workspace(any_workspace_url, backup=False)
    try:
        yield window, desk_b, meeting.id, errors
    finally:
        desk_b.close()
        window.close()
        desk_a.close()


def test_editing_a_stale_step_shows_the_conflict_and_the_other_desks_data(  # type: ignore[no-untyped-def]
    desks: tuple[MainWindow, Workspace, int, list[str]], qtbot
) -> None:
    window, desk_b, meeting_id, errors = desks
    page = window.meeting_page.checklist
    assert page.meeting_id == meeting_id
    page.select_step("notice-issue")
    assert page.current_step() is not None and page.current_step().status is StepStatus.TODO  # type: ignore[union-attr]

    # Desk B ticks the step; desk A still shows it open and types a note into its (stale) copy.
    set_step_status(desk_b, meeting_id, "notice-issue", StepStatus.DONE, by="乙")
    note = page.proxy.index(page.view.currentIndex().row(), Column.NOTE, page.view.currentIndex().parent())
    assert page.proxy.setData(note, "jia note", Qt.ItemDataRole.EditRole)

    assert errors == [CONFLICT]
    saved = get_meeting(desk_b, meeting_id).step("notice-issue")
    assert (saved.status, saved.done_by, saved.note) == (StepStatus.DONE, "乙", ""), "B's 完成 was not undone"
    shown = page.model.steps()[[s.key for s in page.model.steps()].index("notice-issue")]
    assert (shown.status, shown.done_by) == (StepStatus.DONE, "乙"), "A's page shows B's data"
    assert window.context.stack_for(meeting_id).count() == 0, "nothing to undo: nothing was written"

    # On the fresh copy the same edit goes through, and undo takes back only A's note.
    assert page.proxy.setData(
        page.proxy.index(page.view.currentIndex().row(), Column.NOTE, page.view.currentIndex().parent()),
        "jia note",
        Qt.ItemDataRole.EditRole,
    )
    assert get_meeting(desk_b, meeting_id).step("notice-issue").note == "jia note"
    window.undo_action.trigger()
    after_undo = get_meeting(desk_b, meeting_id).step("notice-issue")
    assert (after_undo.note, after_undo.status, after_undo.done_by) == ("", StepStatus.DONE, "乙")
    assert errors == [CONFLICT]


def test_undo_after_the_other_desk_changed_the_step_is_refused(  # type: ignore[no-untyped-def]
    desks: tuple[MainWindow, Workspace, int, list[str]], qtbot
) -> None:
    window, desk_b, meeting_id, errors = desks
    page = window.meeting_page.checklist
    page.user_edit.setText("jia")
    page.select_step("notice-issue")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert get_meeting(desk_b, meeting_id).step("notice-issue").done_by == "jia"
    set_step_status(desk_b, meeting_id, "notice-issue", StepStatus.SKIPPED)  # B decides otherwise

    window.undo_action.trigger()

    assert errors == [CONFLICT]
    assert get_meeting(desk_b, meeting_id).step("notice-issue").status is StepStatus.SKIPPED, "B's change stays"
    shown = {s.key: s for s in page.model.steps()}["notice-issue"]
    assert shown.status is StepStatus.SKIPPED


def test_saving_stale_meeting_fields_shows_the_conflict_and_the_other_desks_data(
    desks: tuple[MainWindow, Workspace, int, list[str]],
) -> None:
    window, desk_b, meeting_id, errors = desks
    overview = window.meeting_page.show_page("overview")  # shown (and loaded) before desk B's change
    assert overview.title.text() == "全区工作会议"
    theirs = get_meeting(desk_b, meeting_id)
    theirs.title = "全区工作会议（改期）"
    update_meeting(desk_b, theirs)

    overview.location.setText("Hall 2")
    assert overview.save() is False

    assert errors == [CONFLICT]
    stored = get_meeting(desk_b, meeting_id)
    assert (stored.title, stored.location) == ("全区工作会议（改期）", "")
    assert overview.title.text() == "全区工作会议（改期）"
