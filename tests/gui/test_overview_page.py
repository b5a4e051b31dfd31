"""The overview tab: editing the notice fields (undoable) and printing the notice and sign-in sheet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt, QThreadPool

from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.meetings import create_meeting, get_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.pages.overview_page import OverviewPage

START = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def page(qtbot, workspace: Workspace) -> Iterator[OverviewPage]:
    meeting = create_meeting(workspace, "全市教育工作会议", START, "work", venue="市行政中心")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee("周建国", unit="市教育局"), Attendee("王伟", unit="市财政局")])
    messages = Messages()
    messages.show_dialogs = False
    widget = OverviewPage(AppContext(workspace, messages))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_meeting(meeting.id)
    yield widget
    QThreadPool.globalInstance().waitForDone()


def test_shows_the_meeting(page: OverviewPage) -> None:
    assert page.title.text() == "全市教育工作会议"
    assert page.venue.text() == "市行政中心"
    assert not page.has_end.isChecked() and not page.end.isEnabled()


def test_editing_fields_saves_them_and_undo_restores(qtbot, page: OverviewPage) -> None:
    workspace = page.context.workspace
    meeting_id = page.meeting_id or 0
    due_before = [s.due_at for s in get_meeting(workspace, meeting_id).steps]
    page.location.clear()
    qtbot.keyClicks(page.location, "Room 301")
    page.agenda.setPlainText("传达会议精神\n部署下一阶段工作")
    page.grace.setValue(10)
    page.has_checkin.setChecked(True)
    page.checkin_opens.setDateTime(QDateTime(2026, 12, 1, 8, 30, 0))
    page.start.setDateTime(QDateTime(2026, 12, 2, 9, 0, 0))
    assert page.dirty
    with qtbot.waitSignal(page.context.meetings_changed):
        qtbot.keyClick(page.location, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_meeting(workspace, meeting_id)
    assert saved.location == "Room 301"
    assert saved.agenda == "传达会议精神\n部署下一阶段工作"
    assert saved.grace_minutes == 10
    assert saved.checkin_opens == datetime(2026, 12, 1, 8, 30)
    assert saved.start == START + timedelta(days=1)
    assert [s.due_at for s in saved.steps] != due_before  # the checklist followed the start
    assert not page.dirty

    page.context.stack_for(meeting_id).undo()  # the edit is in its meeting's own history
    restored = get_meeting(workspace, meeting_id)
    assert (restored.location, restored.grace_minutes, restored.start) == ("市行政中心", 0, START)
    assert [s.due_at for s in restored.steps] == due_before
    assert page.location.text() == "市行政中心"  # the page reloaded


def test_invalid_fields_are_refused(qtbot, page: OverviewPage) -> None:
    errors: list[str] = []
    page.context.messages.error_shown.connect(lambda _title, text: errors.append(text))
    page.title.clear()
    assert not page.save()
    assert errors == ["会议名称不能为空"]
    assert get_meeting(page.context.workspace, page.meeting_id or 0).title == "全市教育工作会议"


def test_exports_notice_and_signin_sheet(qtbot, page: OverviewPage, tmp_path: Path) -> None:
    for kind in ("notice", "sign-in"):
        out = tmp_path / f"{kind}.pdf"
        with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
            page.export(kind, out)
        assert blocker.args == [str(out)]
        text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
        assert "全市教育工作会议" in text
        if kind == "sign-in":
            assert "周建国" in text and "王伟" in text
        else:
            assert "会议回执" in text


def test_notice_settings_dialog_and_word_export(qtbot, page: OverviewPage, tmp_path: Path, monkeypatch) -> None:
    from datetime import date

    from docx import Document

    from meeting_planner.domain.notice import NoticeSettings
    from meeting_planner.services.day_printouts import get_notice_settings
    from meeting_planner.ui.dialogs.notice_settings import NoticeSettingsDialog

    dialog = NoticeSettingsDialog(NoticeSettings(issued=date(2026, 11, 20), scope="各区教育局局长"))
    qtbot.addWidget(dialog)
    dialog.doc_number.setText("市教发〔2026〕3号")
    dialog.list_names.setChecked(True)
    edited = dialog.result_value()
    assert edited.issued == date(2026, 11, 20) and edited.doc_number == "市教发〔2026〕3号" and edited.list_names
    dialog.issued_auto.setChecked(True)
    assert dialog.result_value().issued is None

    monkeypatch.setattr(NoticeSettingsDialog, "ask", classmethod(lambda cls, parent, settings: edited))
    page.notice_settings_button.click()
    assert page.meeting_id is not None
    assert get_notice_settings(page.context.workspace, page.meeting_id) == edited

    out = tmp_path / "notice.docx"
    with qtbot.waitSignal(page.exported, timeout=30_000):
        page.export("notice-docx", out)
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "市教发〔2026〕3号" in text and "2026年11月20日" in text and "周建国" in text


def test_font_settings_dialog_saves_the_choice(qtbot, page: OverviewPage, monkeypatch) -> None:
    from meeting_planner.documents import fonts
    from meeting_planner.services.fonts import font_choice
    from meeting_planner.ui.dialogs.font_settings import FontSettingsDialog

    dialog = FontSettingsDialog(fonts.ROLES, ["仿宋_GB2312"], {"card": fonts.BUNDLED_LABEL}, fonts.BUNDLED_LABEL)
    qtbot.addWidget(dialog)
    assert dialog.result_value() == {"title": "", "body": "", "heading": "", "card": fonts.BUNDLED_LABEL}
    dialog.combos["body"].setCurrentIndex(dialog.combos["body"].findData("仿宋_GB2312"))
    chosen = dialog.result_value()
    assert chosen["body"] == "仿宋_GB2312"

    monkeypatch.setattr(fonts, "installed_fonts", lambda: {})
    monkeypatch.setattr(FontSettingsDialog, "ask", classmethod(lambda cls, *args: {"card": fonts.BUNDLED_LABEL}))
    page.fonts_button.click()
    assert font_choice(page.context.workspace) == {"card": fonts.BUNDLED_LABEL}
    fonts.use_role_fonts({})


def test_blank_for_handwriting_is_the_users_remembered_choice(page: OverviewPage) -> None:
    from meeting_planner.documents import fonts
    from meeting_planner.services.fonts import mark_missing_choice

    try:
        assert not page.mark_missing.isChecked()
        page.mark_missing.setChecked(True)
        assert mark_missing_choice(page.context.workspace) and fonts.mark_missing()
        page.load()
        assert page.mark_missing.isChecked()
        page.mark_missing.setChecked(False)
        assert not mark_missing_choice(page.context.workspace) and not fonts.mark_missing()
    finally:
        fonts.set_mark_missing(False)
