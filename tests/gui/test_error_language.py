"""With the English UI, error sentences are English: the template of the error's ``Phrase`` is translated and only
the user's data (file names, names, numbers) is left as it was; the CLI keeps the Chinese sentence."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meeting_planner.app import create_application, install_error_hook, install_translators
from meeting_planner.documents.venue_toml import MAX_TOML_CHARS
from meeting_planner.errors import Phrase, UserError, WorkspaceError
from meeting_planner.services.meetings import MeetingNotFound, create_meeting
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.import_wizard import ImportWizard
from meeting_planner.ui.dialogs.venue_editor import VenueEditor
from meeting_planner.ui.error_text import error_text
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.messages import Messages

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]")


@pytest.fixture
def english(qtbot):  # type: ignore[no-untyped-def]
    app = create_application()
    translators = install_translators(app, "en")
    yield app
    for translator in translators:
        QApplication.removeTranslator(translator)
    # Back to the Chinese locale, without leaving Qt's own Chinese strings behind for the next test.
    for translator in install_translators(app, "zh_CN"):
        QApplication.removeTranslator(translator)


def _messages() -> tuple[Messages, list[tuple[str, str]]]:
    messages = Messages()
    messages.show_dialogs = False
    shown: list[tuple[str, str]] = []
    messages.error_shown.connect(lambda title, text: shown.append((title, text)))
    return messages, shown


def _no_chinese(text: str, *data: str) -> None:
    rest = text
    for item in data:
        rest = rest.replace(item, "")
    assert not CJK.search(rest), text


def test_a_broken_workbook_in_the_import_wizard(qtbot, english, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    meeting = create_meeting(workspace, "全市工作会议", datetime(2026, 12, 1, 9, 0), "plenary")
    assert meeting.id is not None
    messages, _shown = _messages()
    wizard = ImportWizard(AppContext(workspace, messages), meeting.id)
    qtbot.addWidget(wizard)
    wizard.show()
    for name, content in (("broken.xlsx", b"PK\x03\x04 truncated"), ("empty.xlsx", b""), ("letter.xlsx", b"%PDF")):
        bad = tmp_path / name
        bad.write_bytes(content)
        wizard.file_page.path_edit.setText(str(bad))
        wizard.next()
        assert wizard.currentPage() is wizard.file_page
        text = wizard.file_page.error_label.text()
        assert text.startswith(f"File “{name}”"), text
        _no_chinese(text, "“姓名”", "“名字”", "C=姓名")  # the header words the reader looks for


def test_a_meeting_that_does_not_exist(qtbot, english, workspace: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = MainWindow(workspace, first_run=False)
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    window.messages.error_shown.connect(lambda title, text: shown.append((title, text)))
    hook = install_error_hook(window.messages)  # what the app installs: errors escaping a slot end up here
    try:
        window.open_meeting(4242)
    except UserError as error:
        hook(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert any("There is no meeting with the number 4242" in text for _title, text in shown), shown
    for title, text in shown:
        _no_chinese(title)
        _no_chinese(text)
    # The same error in the CLI's words: the Chinese sentence, unchanged.
    assert str(MeetingNotFound(4242)) == "没有编号为 4242 的会议"


def test_a_venue_file_too_big_and_one_that_is_broken(qtbot, english, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    messages, shown = _messages()
    editor = VenueEditor(AppContext(workspace, messages))
    qtbot.addWidget(editor)
    big = tmp_path / "大会堂.toml"
    big.write_bytes(b"#" * (MAX_TOML_CHARS * 4 + 1))
    assert not editor.import_toml(big)
    title, text = shown[-1]
    assert text == f"{big}: the file is too big to be a venue file"
    _no_chinese(title)
    bad = tmp_path / "bad.toml"
    bad.write_text('key = "b"\nname = "坏"\n[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [nan]\n', encoding="utf-8")
    assert not editor.import_toml(bad)
    _title, text = shown[-1]
    assert "bad.toml" in text and "field" in text
    _no_chinese(text, str(tmp_path))


def test_crash_report_file_error_and_workspace_error_in_english(  # type: ignore[no-untyped-def]
    qtbot, english, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("MEETING_PLANNER_LOG_DIR", str(tmp_path / "logs"))
    messages, shown = _messages()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = install_error_hook(messages)
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        hook(RuntimeError, error, error.__traceback__)
    title, text = shown[-1]
    assert text.startswith("Internal error: the operation was not completed"), text
    assert str(tmp_path / "logs") in text
    _no_chinese(title + text)
    hook(UserError, UserError(Phrase.of("没有编号为 {id} 的会议", id=7)), None)
    assert shown[-1][1] == "There is no meeting with the number 7"
    _no_chinese(shown[-1][0])

    full = OSError(28, "No space left on device", str(tmp_path / "会议.pdf"))
    assert (
        error_text(full)
        == f"Cannot read or write the file {tmp_path / '会议.pdf'}: the disk is full; nothing was changed."
    )
    backup = WorkspaceError.of(
        "无法写入备份 {target}：{io_reason}，未保存该备份。", target="/b/ws.db", io_reason=Phrase("没有写入权限")
    )
    nested = WorkspaceError.of("升级工作区前必须先备份，但{error}工作区未改动。", error=backup)
    assert str(nested) == "升级工作区前必须先备份，但无法写入备份 /b/ws.db：没有写入权限，未保存该备份。工作区未改动。"
    assert error_text(nested) == (
        "The workspace must be backed up before it is upgraded, but Cannot write the backup /b/ws.db: no permission "
        "to write; the backup was not kept. The workspace is unchanged."
    )


def test_without_the_english_ui_errors_stay_chinese(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    assert error_text(MeetingNotFound(4242)) == "没有编号为 4242 的会议"
    assert (
        error_text(OSError(28, "No space left on device", "/x/a.pdf"))
        == "无法读写文件 /x/a.pdf：磁盘空间已满，未做任何更改。"
    )


def test_the_import_preview_and_its_notes_in_english(qtbot, english, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import csv

    meeting = create_meeting(workspace, "全市工作会议", datetime(2026, 12, 1, 9, 0), "plenary")
    assert meeting.id is not None
    rows = [
        ["序号", "单位", "姓名", "职务", "排序", "身份"],
        [1, "区委", "王伟", "书记", "一", "出席"],
        [2, "区政府", "", "区长", "2", ""],
        [3, "区政府", "王伟", "副区长", "3", "嘉宾"],
        [4, "区政府", "李明", "科员", "4", ""],
        [5, "区政府", "李明", "科员", "5", ""],
    ]
    path = tmp_path / "名单.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    messages, _shown = _messages()
    wizard = ImportWizard(AppContext(workspace, messages), meeting.id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    notes = [page.warnings.item(i).text() for i in range(page.warnings.count())]
    data = [
        "名单.csv",
        "名单",
        "序号",
        "单位",
        "姓名",
        "职务",
        "排序",
        "身份",
        "王伟",
        "李明",
        "区委",
        "区政府",
        "一",
        "嘉宾",
    ]
    assert len(notes) >= 4 and all(note.startswith("Sheet ") for note in notes), notes
    for text in [page.summary.text(), *notes]:
        _no_chinese(text, *sorted(data, key=len, reverse=True))
    assert "people" in page.summary.text() and "Columns:" in page.summary.text()
