"""打印/导出 centre: writes every printout into the meeting's remembered folder with meeting-named files, shows
page 1 of a preview, and prints onto a QPrinter (a PDF file here); statuses follow."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from meeting_planner.services import printouts, seating
from meeting_planner.services.example import build_example
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.print_centre import PrintCentreDialog
from meeting_planner.ui.messages import Messages


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> PrintCentreDialog:
    monkeypatch.setenv("HOME", str(tmp_path))
    meeting_id = build_example(workspace, 40).meeting_id
    messages = Messages()
    messages.show_dialogs = False
    shown = PrintCentreDialog(AppContext(workspace, messages), meeting_id)
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: len(shown.statuses) == len(printouts.PRINTOUTS), timeout=20_000)
    return shown


def test_write_all_into_the_meeting_folder(qtbot: QtBot, dialog: PrintCentreDialog, tmp_path: Path) -> None:
    title = dialog.title
    assert dialog.folder == tmp_path / "Documents" / "会务筹备" / title
    assert all(status.state is printouts.State.NEVER for status in dialog.statuses.values())
    dialog.set_option("seating-chart", "paper", "a4")
    dialog.set_option("sign-in-unit", "qr", "yes")
    with qtbot.waitSignal(dialog.all_written, timeout=120_000) as done:
        dialog.all_button.click()
    keys = [p.key for p in printouts.PRINTOUTS if p.key != "table-cards-changed"]
    assert done.args == [len(keys), 0]
    for key in keys:
        path = dialog.path_for(key)
        assert path.parent == dialog.folder and path.name.startswith(f"{title}-"), path
        assert path.stat().st_size > 0
        if path.suffix == ".pdf":
            assert len(PdfReader(path).pages) > 0
        elif path.suffix == ".xlsx":
            assert load_workbook(path).sheetnames
        else:
            assert any(title in p.text for p in Document(str(path)).paragraphs)
    assert (dialog.folder / f"{title}-签到表（按单位）.pdf").is_file()
    view = seating.seating_view(dialog.context.workspace, dialog.meeting_id)
    assert len(PdfReader(dialog.path_for("table-cards")).pages) == len(seating.printable_people(view))
    with qtbot.waitSignal(dialog.statuses_shown, timeout=20_000):
        dialog.refresh()
    assert dialog.statuses["seating-chart"].options == "A4 拼贴、面向主席台"
    assert dialog.statuses["sign-in-unit"].options == "印二维码"
    stale = [k for k, s in dialog.statuses.items() if s.state is not printouts.State.PRINTED]
    assert stale == []
    assert dialog.items["table-cards"].text(2).startswith("已打印 于 ")


def test_preview_shows_page_one_and_pages_on(qtbot: QtBot, dialog: PrintCentreDialog) -> None:
    with qtbot.waitSignal(dialog.preview_shown, timeout=60_000) as shown:
        dialog.buttons["table-cards"]["preview"].click()
    page, count = shown.args
    assert page == 1 and count > 30
    pixmap = dialog.page_label.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() >= 300 and pixmap.height() > pixmap.width() * 1.3  # an A4 page, upright
    assert dialog.page_number.text() == f"第 1 / {count} 页"
    with qtbot.waitSignal(dialog.preview_shown, timeout=20_000) as shown:
        dialog.next_button.click()
    assert shown.args == [2, count]
    # A preview is not a print: nothing was written to the folder or recorded.
    assert not dialog.path_for("table-cards").exists()
    with qtbot.waitSignal(dialog.statuses_shown, timeout=20_000):
        dialog.refresh()
    assert dialog.statuses["table-cards"].state is printouts.State.NEVER


def test_print_goes_to_the_printer(qtbot: QtBot, dialog: PrintCentreDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
        assert dialog.print_to("sign-in-strokes", printer)
    key, pages = printed.args
    assert key == "sign-in-strokes" and pages > 0
    assert len(PdfReader(target).pages) == pages == len(PdfReader(dialog.path_for("sign-in-strokes")).pages)
    qtbot.waitUntil(lambda: dialog.statuses["sign-in-strokes"].state is printouts.State.PRINTED, timeout=20_000)


def test_folder_is_remembered(qtbot: QtBot, dialog: PrintCentreDialog, tmp_path: Path) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    dialog.set_folder(stick)
    again = PrintCentreDialog(dialog.context, dialog.meeting_id)
    qtbot.addWidget(again)
    assert again.folder == stick
    assert again.path_for("notice-docx") == stick / f"{dialog.title}-会议通知.docx"
    with qtbot.waitSignal(again.written, timeout=60_000) as written:
        again.buttons["notice-docx"]["write"].click()
    assert written.args == [str(stick / f"{dialog.title}-会议通知.docx")]


def test_file_menu_opens_it_with_ctrl_p(qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QKeySequence

    from meeting_planner.ui.main_window import MainWindow

    opened: list[PrintCentreDialog] = []
    monkeypatch.setattr(PrintCentreDialog, "exec", lambda self: opened.append(self) or 0)
    build_example(workspace, 20)
    window = MainWindow(workspace, first_run=False)
    qtbot.addWidget(window)
    window.open_meeting(1)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.print_action in window.menuBar().actions()[0].menu().actions()
    window.print_action.trigger()
    assert len(opened) == 1 and opened[0].meeting_id == 1
