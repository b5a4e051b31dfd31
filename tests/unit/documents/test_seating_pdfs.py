"""Seating chart, seat list and table cards: written through the services, read back with pypdf."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.documents.fonts import MissingGlyphError
from meeting_planner.documents.layout import MIN_NAME_PT, card_layout, name_slots, plan_chart_pages
from meeting_planner.documents.pdf_base import STYLES
from meeting_planner.documents.seating_pdf import chart_pages_for_zone
from meeting_planner.documents.venue_toml import venue_from_toml
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services import seating
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees, list_attendees, update_attendee
from meeting_planner.storage.workspace import Workspace

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"


def _names(count: int) -> list[str]:
    names = []
    for i in range(count):
        extra = "" if i % 3 == 0 else GIVEN[(i * 5 + 1) % len(GIVEN)]
        names.append(SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + extra + ("" if i < 60 else str(i)))
    return names


def _meeting(workspace: Workspace, names: list[str], venue: str = "hall-800") -> int:
    meeting = create_meeting(workspace, "年度工作会议", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    people = [
        Attendee(name=name, unit=f"第{i % 5 + 1}单位", title="处长", rank=i + 1 if i < 15 else None, on_rostrum=i < 15)
        for i, name in enumerate(names)
    ]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    seating.auto_seat(workspace, meeting.id, venue)
    return meeting.id


def _text(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]


def _embedded_font_files(path: Path) -> int:
    found = 0
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", []) or [font]:
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    found += 1
    return found


@pytest.mark.parametrize("venue", ["hall-800", "banquet-10", "committee-room"])
def test_chart_has_every_seated_name_and_an_embedded_font(workspace: Workspace, tmp_path: Path, venue: str) -> None:
    names = _names(90 if venue != "committee-room" else 25)
    meeting_id = _meeting(workspace, names, venue)
    out = tmp_path / "chart.pdf"
    pages = seating.export_seating_chart(workspace, meeting_id, out)
    text = "".join(_text(out))
    assert len(PdfReader(out).pages) == pages
    for name in names:
        assert name in text
    assert "面向主席台" in text
    assert _embedded_font_files(out) > 0


def test_stage_view_is_labelled(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = _meeting(workspace, _names(10), "meeting-room-20")
    out = tmp_path / "stage.pdf"
    seating.export_seating_chart(workspace, meeting_id, out, orientation="stage")
    assert "主席台视角" in "".join(_text(out))


def test_big_hall_splits_across_pages_with_names_at_least_7pt() -> None:
    text = """
key = "big"
name = "大会堂"
[[zones]]
key = "hall"
kind = "auditorium"
rows = 50
sections = [{ seats = 15 }, { seats = 30 }, { seats = 15 }]
"""
    zone = venue_from_toml(text).zones[0]
    pages = chart_pages_for_zone(zone)
    assert len(pages) > 1
    assert all(page.name_pt >= MIN_NAME_PT for page in pages)
    assert all(page.style == "seating-a3" for page in pages)
    # Every seat lands on exactly one page.
    from meeting_planner.documents.layout import in_window

    for seat in zone.seats[::97]:
        assert sum(in_window(page.window, seat.x, seat.y) for page in pages) == 1


def test_small_zone_fits_one_page() -> None:
    style = STYLES["seating"]
    width, height = style.size_mm
    pages = plan_chart_pages((0, 0, 5, 2), 0.8, [("seating", width, height, 12, 12)])
    assert len(pages) == 1
    assert pages[0].name_pt >= MIN_NAME_PT


def test_cards_one_page_per_person_name_on_both_faces(workspace: Workspace, tmp_path: Path) -> None:
    names = _names(30)
    meeting_id = _meeting(workspace, names)
    out = tmp_path / "cards.pdf"
    result = seating.export_table_cards(workspace, meeting_id, out, line="title")
    assert result.written == 30
    pages = _text(out)
    assert len(pages) == 30
    assert sorted(names) == sorted(next(n for n in names if page.count(n) >= 2 and "处长" in page) for page in pages)
    assert _embedded_font_files(out) > 0


def test_cards_only_changed_since_last_print(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = _meeting(workspace, _names(12))
    seating.export_table_cards(workspace, meeting_id, tmp_path / "all.pdf")
    again = seating.export_table_cards(workspace, meeting_id, tmp_path / "none.pdf", only_changed=True)
    assert again.written == 0
    assert again.unchanged == 12
    with workspace.transaction() as connection:
        person = list_attendees(connection, meeting_id)[4]
        person.reply = ReplyStatus.SUBSTITUTE
        person.substitute_name = "欧阳代会"
        update_attendee(connection, person)
    changed = seating.export_table_cards(workspace, meeting_id, tmp_path / "changed.pdf", only_changed=True)
    assert changed.written == 1
    assert _text(tmp_path / "changed.pdf") == ["欧阳代会欧阳代会"]


def test_cards_for_a_selection(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = _meeting(workspace, _names(8))
    with workspace.reading() as connection:
        ids = [a.id for a in list_attendees(connection, meeting_id)[:3] if a.id is not None]
    result = seating.export_table_cards(workspace, meeting_id, tmp_path / "some.pdf", attendee_ids=ids)
    assert result.written == 3
    assert len(PdfReader(tmp_path / "some.pdf").pages) == 3


def test_two_character_names_line_up_with_three() -> None:
    two = name_slots("王伟", 10.0)
    three = name_slots("张建国", 10.0)
    assert [x for _, x in two] == [three[0][1], three[2][1]]
    layout = card_layout()
    assert layout.upper.height == layout.lower.height == pytest.approx(148.5)


def test_seat_list_by_unit_and_by_name(workspace: Workspace, tmp_path: Path) -> None:
    names = _names(40)
    meeting_id = _meeting(workspace, names)
    for sort in ("unit", "name"):
        out = tmp_path / f"list-{sort}.pdf"
        seating.export_seat_list(workspace, meeting_id, out, sort=sort)
        text = "".join(_text(out))
        assert all(name in text for name in names)
        assert "主席台" in text and "场下" in text


def test_missing_glyph_names_the_person_and_character(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = _meeting(workspace, ["王伟", "李\ue000明"])
    out = tmp_path / "cards.pdf"
    with pytest.raises(MissingGlyphError) as caught:
        seating.export_table_cards(workspace, meeting_id, out)
    assert "李\ue000明" in str(caught.value)
    assert "U+E000" in str(caught.value)
    assert not out.exists()
    with pytest.raises(MissingGlyphError):
        seating.export_seating_chart(workspace, meeting_id, tmp_path / "chart.pdf")


def test_chart_prints_row_labels_chair_numbers_sections_and_only_rows_in_use(
    workspace: Workspace, tmp_path: Path
) -> None:
    names = _names(90)
    meeting_id = _meeting(workspace, names, "hall-800")
    out = tmp_path / "chart.pdf"
    pages = seating.export_seating_chart(workspace, meeting_id, out)
    texts = _text(out)
    assert pages == len(texts)
    hall = "".join(text for text in texts if "座次图场下" in text)
    # 75 people below the rostrum sit in rows 2-4 (row 1 is reserved): rows 1..4 printed, not row 25.
    for row in range(1, 5):
        assert f"第{row}排" in hall
    assert "第5排" not in hall and "第25排" not in hall
    assert "左区" in hall and "中区" in hall and "右区" in hall
    assert "空座" in hall and "预留" in hall
    # Unit blocks are tinted and named in a legend.
    assert "单位：" in hall and "第1单位" in hall and "第2单位" in hall
    # Chair numbers: the odd-even numbers of the centre section's front row.
    assert "16" in hall and "32" in hall
    all_rows = tmp_path / "all.pdf"
    from meeting_planner.documents.seating_pdf import write_seating_chart

    view = seating.seating_view(workspace, meeting_id)
    write_seating_chart(all_rows, view.venue, seating.chart_names(view), title="t", all_rows=True)
    assert "第25排" in "".join(_text(all_rows))


def test_no_page_for_a_zone_nobody_sits_in(workspace: Workspace, tmp_path: Path) -> None:
    meeting = create_meeting(workspace, "小型会议", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee(name=n, unit="办公室") for n in _names(5)])
    seating.auto_seat(workspace, meeting.id, "meeting-room-20")
    out = tmp_path / "chart.pdf"
    assert seating.export_seating_chart(workspace, meeting.id, out) == 1
    text = _text(out)[0]
    assert "座次图场下" in text and "第1排" in text and "第2排" not in text


def test_a4_tiles_overlap_and_cover_every_seat() -> None:
    text = """
key = "big"
name = "大会堂"
[[zones]]
key = "hall"
kind = "auditorium"
rows = 50
sections = [{ seats = 15 }, { seats = 30 }, { seats = 15 }]
"""
    zone = venue_from_toml(text).zones[0]
    pages = chart_pages_for_zone(zone, paper="a4")
    assert len(pages) > 4 and all(page.style == "seating" and page.overlap > 0 for page in pages)
    from meeting_planner.documents.layout import in_window

    for seat in zone.seats[::53]:
        # Exactly one tile owns each seat (its core); neighbours may repeat it in the overlap.
        owners = [page for page in pages if in_window(page.core, seat.x, seat.y)]
        assert len(owners) >= 1
        assert any(in_window(page.window, seat.x, seat.y) for page in pages)
    for page in pages:
        style = STYLES[page.style]
        assert page.area.x + page.area.width <= style.size_mm[0] - style.margin_right + 0.01
        assert page.area.y + page.area.height <= style.size_mm[1] + 0.01
