"""文件 → 从备份恢复…, driven through the real dialog; and a damaged workspace offering its backups."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from meeting_planner.app import create_application
from meeting_planner.services.backups import backups_of
from meeting_planner.services.meetings import create_meeting, list_meetings
from meeting_planner.storage.backups import list_backups
from meeting_planner.storage.workspace import Workspace, make_backup, open_workspace
from meeting_planner.ui.dialogs.restore_dialog import RestoreDialog
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.models.backup_model import BackupModel

START = datetime(2026, 12, 1, 9)


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_restore_through_the_dialog(qtbot, workspace: Workspace, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_meeting(workspace, "备份前的会议", START, "work")
    backup = make_backup(db_path)
    assert backup is not None
    create_meeting(workspace, "备份后的会议", START, "work")
    create_application()
    window = MainWindow(workspace, first_run=False)
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    window.show()
    assert window.meeting_model.rowCount() == 2
    seen: list[str] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, choose)
            return
        seen.append(dialog.model.index(0, 1).data())
        seen.append(dialog.model.index(0, 0).data())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, choose)
    window.restore_action.trigger()
    assert seen[0] == "1"  # one meeting in the backup
    assert seen[1].startswith(f"{datetime.now():%Y-%m-%d}")
    assert [window.meeting_model.summary(row).title for row in range(window.meeting_model.rowCount())] == [
        "备份前的会议"
    ]
    assert [m.title for m in list_meetings(window.context.workspace)] == ["备份前的会议"]
    assert dump(db_path) == dump(backup)
    saved = [b for b in list_backups(db_path) if b != backup]
    assert len(saved) == 1, "the state before the restore was kept as a backup"
    window.context.workspace.close()


def test_backup_model_passes_qtmodeltester(qtmodeltester, workspace: Workspace, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_backup(db_path)
    (db_path.parent / "backups" / "workspace-20260101-000000-000000.db").write_bytes(b"broken")
    model = BackupModel(backups_of(str(db_path)))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_damaged_workspace_offers_its_backups(qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    with open_workspace(db_path) as workspace:
        for n in range(30):
            create_meeting(workspace, f"会议{n}", START, "work")
    make_backup(db_path)
    data = bytearray(db_path.read_bytes())
    for offset in range(3 * 4096 + 100, 3 * 4096 + 900):
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, parent, backups: backups[0]))
    create_application()
    window = MainWindow()
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    window.show()
    window.open_workspace_in_background(str(db_path))
    qtbot.waitUntil(lambda: window.context.has_workspace, timeout=20000)
    assert window.meeting_model.rowCount() == 30
    window.context.workspace.close()
