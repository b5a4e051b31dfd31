"""Save dialogs start in the meeting's own folder with a file name that starts with the meeting's name."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from meeting_planner.services.meetings import create_meeting
from meeting_planner.services.printouts import file_name_part
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.output_paths import ask_save_path


def test_file_name_part() -> None:
    assert file_name_part('关于"十五五"规划/座谈会: 第1次?') == "关于_十五五_规划_座谈会_ 第1次_"
    assert file_name_part("  ..  ") == "会议"


def test_two_meetings_get_their_own_folder_and_names(qtbot, workspace: Workspace, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HOME", str(tmp_path))
    context = AppContext(workspace, Messages())
    first = create_meeting(workspace, "全区工作会议", datetime(2026, 12, 1, 9), "work")
    second = create_meeting(workspace, "党委扩大会议", datetime(2026, 12, 2, 9), "work")
    offered: list[str] = []

    def fake_dialog(_parent, _title, suggested, _filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return suggested, _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    a = ask_save_path(parent, context, first.id or 0, "桌签", ".pdf", "PDF (*.pdf)")
    b = ask_save_path(parent, context, second.id or 0, "桌签", ".pdf", "PDF (*.pdf)")
    assert a is not None and b is not None and a != b
    assert a.name == "全区工作会议-桌签.pdf" and a.parent.name == "全区工作会议"
    assert b.name == "党委扩大会议-桌签.pdf" and b.parent.parent.name == "会务筹备"
    # The folder chosen is remembered for that meeting.
    elsewhere = tmp_path / "U盘"
    elsewhere.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(elsewhere / "x.pdf"), ""))
    ask_save_path(parent, context, first.id or 0, "座次图", ".pdf", "PDF (*.pdf)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    again = ask_save_path(parent, context, first.id or 0, "座次图", ".pdf", "PDF (*.pdf)")
    assert again == elsewhere / "全区工作会议-座次图.pdf"
