"""The check-in tab keeps working while the PostgreSQL server is down and catches up when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pg_cluster as pg
import pytest
from PySide6.QtCore import Qt, QThreadPool

from meeting_planner.app import create_application
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.workspace import Workspace, open_workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.pages.attendance_page import AttendancePage


@pytest.fixture
def desk(qtbot, pg_url: str, tmp_path: Path) -> Iterator[tuple[AttendancePage, Workspace, list[Attendee]]]:  # type: ignore[no-untyped-def]
    create_application()
    workspace = open_workspace(pg_url, backup=False)
    start = datetime.now().replace(microsecond=0) + timedelta(hours=1)
    meeting = create_meeting(workspace, "全区工作会议", start, "work")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        people = add_attendees(
            connection, meeting.id, [Attendee("Zhou Jianguo", unit="A"), Attendee("Wang Wei", unit="B")]
        )
    messages = Messages()
    messages.show_dialogs = False
    context = AppContext(workspace, messages)
    context.journal_path = tmp_path / "desk-journal.db"
    page = AttendancePage(context)
    page.retry_timer.setInterval(300)
    qtbot.addWidget(page)
    page.show()
    page.set_meeting(meeting.id)
    yield page, workspace, people
    page.retry_timer.stop()
    QThreadPool.globalInstance().waitForDone()
    workspace.close()


def type_and_enter(qtbot, page: AttendancePage, text: str) -> None:  # type: ignore[no-untyped-def]
    page.search.setText(text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


@pytest.mark.postgres
def test_check_in_and_undo_while_the_server_is_down_then_replay(qtbot, desk, pg_cluster: pg.PgCluster) -> None:  # type: ignore[no-untyped-def]
    page, workspace, people = desk
    pg_cluster.stop("immediate")
    type_and_enter(qtbot, page, "Zhou Jianguo")
    assert "离线" in page.status.text()
    assert page.tiles["present"].number.text() == "1"  # the board counts what this desk knows
    type_and_enter(qtbot, page, "Wang Wei")
    assert page.undo_button.text().endswith("Wang Wei")
    page.context.stack_for(page.meeting_id).undo()  # Ctrl+Z: the second one was a mistake
    assert page.tiles["present"].number.text() == "1"
    assert page.offline_label.isVisible()
    assert page.offline_label.text().startswith("离线，3 条待同步")
    type_and_enter(qtbot, page, "Zhou Jianguo")  # the desk knows Zhou is in, although the server does not
    assert "未重复登记" in page.status.text()

    pg_cluster.start()
    qtbot.waitUntil(lambda: not page.offline_label.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: page.tiles["present"].number.text() == "1", timeout=5_000)
    assert "已同步 3 条签到记录" in page.status.text()
    with open_workspace(workspace.url, backup=False) as again, again.reading() as connection:
        saved = checkins_by_attendee(connection, page.meeting_id)
    assert set(saved) == {people[0].id}
    assert saved[people[0].id].desk == page.context.desk_name


def test_export_and_merge_buttons_take_a_journal_by_usb(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_application()
    start = datetime.now().replace(microsecond=0) + timedelta(hours=1)
    meeting = create_meeting(workspace, "全区工作会议", start, "work")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        people = add_attendees(connection, meeting.id, [Attendee("Zhou Jianguo", unit="A")])
    pages = []
    errors: list[str] = []
    for name in ("a", "b"):
        messages = Messages()
        messages.error_shown.connect(lambda _title, text: errors.append(text))
        messages.show_dialogs = False
        context = AppContext(workspace, messages)
        context.journal_path = tmp_path / f"{name}.db"
        page = AttendancePage(context)
        qtbot.addWidget(page)
        page.set_meeting(meeting.id)
        pages.append(page)
    first, second = pages
    assert first.desk is not None
    first.desk.offline = True  # as if its cable were pulled
    type_and_enter(qtbot, first, "Zhou Jianguo")
    stick = tmp_path / "journal.json"
    first.export_journal(stick)
    second.merge_journal(stick)
    assert "写入 1 条" in second.status.text()
    qtbot.waitUntil(lambda: second.tiles["present"].number.text() == "1", timeout=5_000)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    second.merge_journal(broken)
    assert errors and "不是有效的签到日志文件" in errors[-1]
    with workspace.reading() as connection:
        assert set(checkins_by_attendee(connection, meeting.id)) == {people[0].id}
    QThreadPool.globalInstance().waitForDone()
