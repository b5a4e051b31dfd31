"""Printout fonts chosen per role, remembered in the workspace; official faces where installed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import reportlab
from docx import Document
from pypdf import PdfReader

from meeting_planner.documents import fonts
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services import seating
from meeting_planner.services.day_printouts import export_notice_docx, export_notice_pdf
from meeting_planner.services.fonts import FontChoiceError, apply_font_choice, font_choice, set_font_choice
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace, open_workspace

# No official Chinese font is installed on the test machine: reportlab's Vera stands in for one (it has
# Latin letters and digits, so what it prints shows up in the PDF; Chinese falls back to the bundled font).
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


@pytest.fixture(autouse=True)
def installed(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    table = {"仿宋_GB2312": VERA, "黑体": VERA}
    monkeypatch.setattr(fonts, "installed_fonts", lambda: table)
    yield table
    table.clear()
    fonts.use_role_fonts({})


def _meeting(workspace: Workspace) -> int:
    meeting = create_meeting(workspace, "2027年工作会议", datetime(2026, 12, 1, 9), "plenary", venue="市行政中心")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee("John Smith", unit="外事办", rank=1), Attendee("王伟", rank=2)])
    seating.auto_seat(workspace, meeting.id, "hall-800")
    return meeting.id


def _font_names(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def test_defaults_are_the_official_faces_installed(workspace: Workspace, tmp_path: Path) -> None:
    assert fonts.default_font_choice() == {"body": "仿宋_GB2312", "heading": "黑体", "card": "黑体"}
    used = apply_font_choice(workspace)
    assert used == {"title": "", "body": "仿宋_GB2312", "heading": "黑体", "card": "黑体"}
    meeting_id = _meeting(workspace)
    out = tmp_path / "cards.pdf"
    seating.export_table_cards(workspace, meeting_id, out)
    assert any("Vera" in name for name in _font_names(out))  # the card name in the 黑体 stand-in
    assert "JohnSmith" in "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")


def test_choice_is_remembered_and_used_with_the_bundled_font_as_fallback(db_path: Path, tmp_path: Path) -> None:
    with open_workspace(db_path) as workspace:
        meeting_id = _meeting(workspace)
        set_font_choice(workspace, {"body": "仿宋_GB2312", "card": fonts.BUNDLED_LABEL})
        with pytest.raises(FontChoiceError, match="没有安装字体“方正小标宋简体”"):
            set_font_choice(workspace, {"title": "方正小标宋简体"})
    with open_workspace(db_path) as workspace:
        assert font_choice(workspace) == {"body": "仿宋_GB2312", "card": fonts.BUNDLED_LABEL}
        out = tmp_path / "notice.pdf"
        export_notice_pdf(workspace, meeting_id, out)
        names = _font_names(out)
        assert any("Vera" in name for name in names) and any("WenKai" in name for name in names)
        text = "".join(p.extract_text() for p in PdfReader(out).pages)
        assert "2026年12月1日" in text.replace(" ", "")  # digits from the body face, Chinese from the fallback
        docx_out = tmp_path / "notice.docx"
        export_notice_docx(workspace, meeting_id, docx_out)
    style = Document(str(docx_out)).styles["公文正文"]
    fonts_element = style.element.rPr.rFonts
    assert fonts_element.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "仿宋_GB2312"
