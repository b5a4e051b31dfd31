"""文件 → 导出会议文件… / 导入会议文件…: run in the background; the same meeting asks; errors name the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from meeting_planner.services import meetings as meeting_service
from meeting_planner.services.example import build_example
from meeting_planner.storage.workspace import Workspace, open_workspace
from meeting_planner.ui.main_window import MainWindow


def window_for(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace, first_run=False)
    qtbot.addWidget(window)
    window.messages.show_dialogs = False
    return window


def run_action(qtbot: QtBot, window: MainWindow, action: object, expected: str) -> str:
    """Trigger ``action`` and wait for the status message containing ``expected``; returns it."""
    shown: list[str] = []
    window.messages.status_shown.connect(shown.append)
    with qtbot.waitSignal(window.messages.status_shown, timeout=20_000, check_params_cb=lambda t: expected in t):
        action.trigger()  # type: ignore[attr-defined]
        QThreadPool.globalInstance().waitForDone()
    return next(text for text in shown if expected in text)


def test_export_then_import_in_another_workspace_and_again(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_example(workspace, 40)
    window = window_for(qtbot, workspace)
    window.open_meeting(1)
    target = tmp_path / "出差用.mpz"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "出差用"), ""))
    text = run_action(qtbot, window, window.export_meeting_action, "已导出")
    assert target.is_file() and "40 人" in text

    with open_workspace(tmp_path / "venue-laptop" / "workspace.db") as laptop:
        other = window_for(qtbot, laptop)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(target), ""))
        text = run_action(qtbot, other, other.import_meeting_action, "已导入")
        assert "40 人" in text and "条签到" in text
        (imported,) = meeting_service.list_meetings(laptop)
        assert other.meeting_page.meeting_id == imported.id and imported.attendees == 40

        # The same file again: the window asks; 0 = 另存为新会议.
        other.messages.answers = [0]
        text = run_action(qtbot, other, other.import_meeting_action, "已导入")
        assert "副本" in text
        assert any("本工作区已有" in question for question in other.messages.questions)
        assert len(meeting_service.list_meetings(laptop)) == 2

        # Cancelled: nothing changes.
        other.messages.answers = [None]
        with qtbot.waitSignal(other.messages.status_shown, timeout=3_000, raising=False):
            other.import_meeting_action.trigger()
            QThreadPool.globalInstance().waitForDone()
        qtbot.wait(100)
        assert len(meeting_service.list_meetings(laptop)) == 2

        # A file cut short on the way: one error naming it, nothing imported.
        broken = tmp_path / "坏的.mpz"
        broken.write_bytes(target.read_bytes()[:500])
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(broken), ""))
        with qtbot.waitSignal(other.messages.error_shown, timeout=20_000) as blocker:
            other.import_meeting_action.trigger()
            QThreadPool.globalInstance().waitForDone()
        assert "坏的.mpz" in blocker.args[1]
        assert len(meeting_service.list_meetings(laptop)) == 2
        other.close()


def test_dropping_a_meeting_file_on_the_window_imports_it(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from meeting_planner.services.meeting_file import export_meeting

    with open_workspace(tmp_path / "office" / "workspace.db") as office:
        build_example(office, 20)
        file = export_meeting(office, 1, tmp_path / "会议.mpz").path
    window = window_for(qtbot, workspace)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(file))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.messages.status_shown, timeout=20_000, check_params_cb=lambda t: "已导入" in t):
        window.dropEvent(event)
        QThreadPool.globalInstance().waitForDone()
    assert [m.attendees for m in meeting_service.list_meetings(workspace)] == [20]
