"""会前检查 dialog: lists the findings by area, and says ready when there are none."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import day_printouts, seating
from meeting_planner.services import meetings as meeting_service
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.readiness_dialog import ReadinessDialog
from meeting_planner.ui.messages import Messages


def test_findings_then_ready(qtbot: QtBot, workspace: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    meeting = meeting_service.create_meeting(workspace, "小型座谈会", datetime(2099, 12, 1, 9), "work")
    assert meeting.id is not None
    attendee_service.add_attendees(workspace, meeting.id, [Attendee("周建国", unit="区委", reply=ReplyStatus.NOTIFIED)])
    messages = Messages()
    messages.show_dialogs = False
    dialog = ReadinessDialog(AppContext(workspace, messages), meeting.id)
    qtbot.addWidget(dialog)
    assert "待处理" in dialog.summary.text()
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any(g.startswith("座次") for g in groups) and any(g.startswith("通知与回执") for g in groups)
    # Fix everything, then F5.
    person = attendee_service.list_meeting_attendees(workspace, meeting.id)[0]
    from dataclasses import replace

    attendee_service.update_attendee(workspace, replace(person, reply=ReplyStatus.CONFIRMED))
    seating.auto_seat(workspace, meeting.id, "meeting-room-20")
    seating.export_seating_chart(workspace, meeting.id, tmp_path / "chart.pdf")
    seating.export_table_cards(workspace, meeting.id, tmp_path / "cards.pdf")
    day_printouts.export_signin_pdf(workspace, meeting.id, tmp_path / "sign-in.pdf")
    meeting_service.set_step_status(workspace, meeting.id, "notice-issue", StepStatus.DONE, by="王晓")
    dialog.refresh()
    assert dialog.findings == []
    assert "检查通过" in dialog.summary.text()


def test_kit_from_the_file_menu(qtbot: QtBot, workspace: Workspace, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QFileDialog

    from meeting_planner.services.example import build_example
    from meeting_planner.ui.main_window import MainWindow

    build_example(workspace, 40)
    window = MainWindow(workspace, first_run=False)
    qtbot.addWidget(window)
    window.open_meeting(1)
    window.messages.show_dialogs = False
    window.messages.answers = [2]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    with qtbot.waitSignal(window.messages.status_shown, timeout=20_000, check_params_cb=lambda t: "已写到" in t):
        window.kit_action.trigger()
        QThreadPool.globalInstance().waitForDone()
    folders = list(tmp_path.glob("*应急包*"))
    assert len(folders) == 1
    assert (folders[0] / "签到表-第2签到台.pdf").is_file()
