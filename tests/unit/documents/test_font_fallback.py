"""Per-character font fallback: a character the bundled font lacks prints from a font that has it,
or — with no such font — the user's choice decides (refuse, or a marked blank for handwriting)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.documents import fonts
from meeting_planner.documents.fonts import MISSING_MARK, MissingGlyphError, missing_glyphs
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services import seating
from meeting_planner.services.day_printouts import export_notice_pdf, export_signin_pdf
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace

RARE = "\U0002a6a5"  # 𪚥, not in the bundled font


@pytest.fixture(autouse=True)
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(fonts, "_candidate_files", lambda _char: [])
    fonts.reset_fallback_fonts()
    yield
    fonts.reset_fallback_fonts()
    fonts.set_mark_missing(False)


@pytest.fixture
def fallback_font() -> str:
    """A second font that has 𪚥. No font on the test machine has it, so reportlab's own Vera face
    (a face of its own, unlike a copy of the bundled file, which reportlab would share by name) is
    registered with 𪚥 mapped to one of its glyphs; the mechanism under test is the same."""
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts.register_fonts()
    name = "TestFallback"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf")))
        face = pdfmetrics.getFont(name).face
        face.charToGlyph = {**face.charToGlyph, ord(RARE): face.charToGlyph[ord("W")]}
    fonts.add_fallback_font(name)
    return name


def _meeting(workspace: Workspace, title: str) -> int:
    meeting = create_meeting(workspace, title, datetime(2026, 12, 1, 9), "plenary", venue="市行政中心")
    assert meeting.id is not None
    people = [Attendee(f"王{RARE}", unit="市发改委", title="主任", rank=1), Attendee("李明", unit="市财政局", rank=2)]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    seating.auto_seat(workspace, meeting.id, "hall-800")
    return meeting.id


def _fonts_and_text(path: Path) -> tuple[set[str], str]:
    reader = PdfReader(path)
    names: set[str] = set()
    for page in reader.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            names.add(str(ref.get_object()["/BaseFont"]))
    text = "".join(page.extract_text() for page in reader.pages)
    return names, re.sub(r"\s+", "", text)


def test_bundled_font_lacks_the_test_character() -> None:
    from reportlab.pdfbase import pdfmetrics

    assert missing_glyphs(f"王{RARE}") == [RARE]
    for name in (fonts.FONT, fonts.FONT_BOLD):
        assert ord(RARE) not in pdfmetrics.getFont(name).face.charToGlyph


def test_a_rare_character_prints_from_the_fallback_font(
    workspace: Workspace, tmp_path: Path, fallback_font: str
) -> None:
    assert missing_glyphs(f"王{RARE}") == []
    meeting_id = _meeting(workspace, f"{RARE}{RARE}工作会议")
    outputs = {
        "chart": lambda p: seating.export_seating_chart(workspace, meeting_id, p),
        "list": lambda p: seating.export_seat_list(workspace, meeting_id, p),
        "cards": lambda p: seating.export_table_cards(workspace, meeting_id, p),
        "sign-in": lambda p: export_signin_pdf(workspace, meeting_id, p),
        "notice": lambda p: export_notice_pdf(workspace, meeting_id, p),
    }
    for kind, write in outputs.items():
        out = tmp_path / f"{kind}.pdf"
        write(out)
        names, text = _fonts_and_text(out)
        # Drawn from the fallback (the bundled font alone would print the mark or refuse).
        assert RARE in text, kind
        assert any("Vera" in name for name in names), (kind, names)
        assert MISSING_MARK not in text, kind


def test_with_no_font_the_users_choice_decides(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = _meeting(workspace, f"{RARE}工作会议")
    # The chart and seat list refuse a title they cannot print (no more blank boxes).
    with pytest.raises(MissingGlyphError) as caught:
        seating.export_seating_chart(workspace, meeting_id, tmp_path / "chart.pdf")
    assert "U+2A6A5" in str(caught.value)
    with pytest.raises(MissingGlyphError):
        seating.export_seat_list(workspace, meeting_id, tmp_path / "list.pdf")
    with pytest.raises(MissingGlyphError) as caught:
        export_notice_pdf(workspace, meeting_id, tmp_path / "notice.pdf")
    assert "手写" in str(caught.value)
    # "Print a marked blank for handwriting".
    fonts.set_mark_missing(True)
    for kind in ("chart", "list", "cards"):
        out = tmp_path / f"{kind}.pdf"
        {
            "chart": seating.export_seating_chart,
            "list": seating.export_seat_list,
            "cards": seating.export_table_cards,
        }[kind](workspace, meeting_id, out)
        _, text = _fonts_and_text(out)
        assert RARE not in text
        assert MISSING_MARK in text, kind


def test_import_strips_direction_controls_and_reports_unprintable_characters(tmp_path: Path) -> None:
    from list_files import write_xlsx

    from meeting_planner.documents.importing.preview import read_preview

    rows = [
        ["姓名", "单位", "备注"],
        [f"王{RARE}", "市发改委", ""],
        ["李\u202e明", "市\u2066财政局\u2069", "到\u202e会"],
        ["张三", "市教育局", "已确认👍"],
    ]
    preview = read_preview(write_xlsx(tmp_path / "list.xlsx", rows))
    by_name = {row.name: row for row in preview.rows}
    assert set(by_name) == {f"王{RARE}", "李明", "张三"}
    assert by_name["李明"].unit == "市财政局" and by_name["李明"].notes == "到会"
    messages = [str(w) for w in preview.warnings]
    assert any(f"王{RARE}" in m and "U+2A6A5" in m and "第 2 行" in m for m in messages), messages
    assert any("张三" in m and "表情符号" in m and "👍" in m for m in messages), messages
