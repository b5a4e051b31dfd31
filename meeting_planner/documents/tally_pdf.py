"""The blank 到会情况统计表 (应到/实到 tally sheet) for counting by hand when the power or network is down.

A4 portrait, like the forms offices keep: the title and the meeting (time, place), a 统计时间 line to fill in,
then one row per unit in the official unit order with 应到 printed and empty boxes for 实到 (含代会), 请假,
缺席 and 备注; a 合计 row with 应到 printed; the chair's sentence with blanks; signature lines for who
counted and who checked. Many units run over several pages with the column header repeated; the totals,
sentence and signatures close the last page. The pagination is pure and testable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, check_glyphs
from meeting_planner.documents.layout import Column
from meeting_planner.documents.pdf_base import MM, STYLES, PageStyle, fit_font_size, new_canvas

ROW_MM = 10.0
HEADER_ROW_MM = 10.0
#: Title, meeting line and 统计时间 line above the table on every page.
PAGE_HEADER_MM = 34.0
#: Below the last row: the 合计 row, the chair's sentence and the two signature lines.
CLOSING_MM = ROW_MM + 42.0


@dataclass(frozen=True, slots=True)
class TallyUnit:
    """One unit's row: its name and how many are expected (应到)."""

    unit: str
    expected: int


@dataclass(frozen=True, slots=True)
class TallySheet:
    """What the sheet prints."""

    title: str
    when: str
    place: str
    units: Sequence[TallyUnit]

    @property
    def expected(self) -> int:
        """应到 in all."""
        return sum(unit.expected for unit in self.units)


def columns(width_mm: float) -> list[Column]:
    """序号, 单位 (the rest of the width), 应到, 实到（含代会）, 请假, 缺席, 备注."""
    spec = [("seq", "序号", 13.0), ("unit", "单位", 0.0), ("expected", "应到", 17.0)]
    spec += [("present", "实到\n（含代会）", 22.0), ("leave", "请假", 17.0), ("absent", "缺席", 17.0)]
    spec += [("note", "备注", 28.0)]
    fixed = sum(w for _, _, w in spec)
    out, x = [], 0.0
    for key, heading, w in spec:
        width = w or max(30.0, width_mm - fixed)
        out.append(Column(key, heading, x, width))
        x += width
    return out


def paginate(count: int, body_mm: float) -> list[range]:
    """The unit rows (indices) on each page: as many as fit below the header, the last page keeping room
    for the totals, the sentence and the signatures (so those are never alone on a page)."""
    per_page = max(1, int((body_mm + 1e-6) // ROW_MM))
    last_page = max(1, int((body_mm - CLOSING_MM + 1e-6) // ROW_MM))
    pages: list[range] = []
    start = 0
    while count - start > last_page:
        take = min(per_page, count - start - 1)  # at least one row goes with the totals
        pages.append(range(start, start + take))
        start += take
    pages.append(range(start, count))
    return pages


def write_tally_pdf(path: Path, sheet: TallySheet) -> int:
    """Write the tally sheet to ``path``; returns the number of pages. Checks glyphs first."""
    check_glyphs([("会议名称", sheet.title), ("会议地点", sheet.place)] + [(u.unit, u.unit) for u in sheet.units])
    check_glyphs([("会议名称", sheet.title)], bold=True)
    style = STYLES["tally"]
    width_mm, height_mm = style.content_mm
    cols = columns(width_mm)
    pages = paginate(len(sheet.units), height_mm - PAGE_HEADER_MM - HEADER_ROW_MM)
    canvas = new_canvas(path, style, f"{sheet.title} 到会情况统计表", numbered=True)
    for number, rows in enumerate(pages, start=1):
        y = _page_header(canvas, style, sheet, cols)
        for index in rows:
            _unit_row(canvas, style, cols, y, index + 1, sheet.units[index])
            y -= ROW_MM * MM
        if number == len(pages):
            _closing(canvas, style, cols, y, sheet)
        canvas.showPage()
    canvas.save()
    return len(pages)


def _page_header(canvas: Any, style: PageStyle, sheet: TallySheet, cols: list[Column]) -> float:
    """Title, meeting line, 统计时间 line and the column header; returns the top of the first row."""
    width_mm, _ = style.content_mm
    left = style.margin_left * MM
    centre = left + width_mm * MM / 2
    top = (style.size_mm[1] - style.margin_top) * MM
    canvas.setFont(FONT_BOLD, style.title_size)
    canvas.drawCentredString(centre, top - 8 * MM, "到会情况统计表", charSpace=2)
    size = fit_font_size(sheet.title, width_mm * MM, style.heading_size + 1, 9, bold=True)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(centre, top - 16 * MM, sheet.title)
    canvas.setFont(FONT, style.body_size)
    info = "　　".join(
        part for part in (f"会议时间：{sheet.when}", f"会议地点：{sheet.place}" if sheet.place else "") if part
    )
    size = fit_font_size(info, width_mm * MM, style.body_size, 7)
    canvas.setFont(FONT, size)
    canvas.drawString(left, top - 24 * MM, info)
    canvas.setFont(FONT, style.body_size)
    canvas.drawString(left, top - 31 * MM, "统计时间：　　　月　　　日　　　时　　　分")
    canvas.drawRightString(left + width_mm * MM, top - 31 * MM, "单位：人")
    y = top - PAGE_HEADER_MM * MM
    height = HEADER_ROW_MM * MM
    canvas.setFillGray(0.88)
    canvas.rect(left, y - height, width_mm * MM, height, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.8)
    for col in cols:
        x = left + col.x * MM
        canvas.rect(x, y - height, col.width * MM, height, stroke=1, fill=0)
        lines = col.heading.split("\n")
        sizes = [style.body_size if i == 0 else style.small_size for i in range(len(lines))]
        canvas.setFont(FONT_BOLD, sizes[0])
        if len(lines) == 1:
            canvas.drawCentredString(x + col.width * MM / 2, y - height / 2 - sizes[0] * 0.35, lines[0])
        else:
            canvas.drawCentredString(x + col.width * MM / 2, y - height / 2 + 1.0, lines[0])
            canvas.setFont(FONT, sizes[1])
            canvas.drawCentredString(x + col.width * MM / 2, y - height / 2 - sizes[1] - 0.5, lines[1])
    return y - height


def _cell(canvas: Any, style: PageStyle, col: Column, left: float, top: float, text: str, bold: bool = False) -> None:
    x = left + col.x * MM
    height = ROW_MM * MM
    canvas.rect(x, top - height, col.width * MM, height, stroke=1, fill=0)
    if not text:
        return
    font = FONT_BOLD if bold else FONT
    size = fit_font_size(text, (col.width - 3) * MM, style.body_size + (1 if col.key == "expected" else 0), 7, bold)
    canvas.setFont(font, size)
    if col.key == "unit" and not bold:
        canvas.drawString(x + 2 * MM, top - height / 2 - size * 0.35, text)
    else:
        canvas.drawCentredString(x + col.width * MM / 2, top - height / 2 - size * 0.35, text)


def _unit_row(canvas: Any, style: PageStyle, cols: list[Column], top: float, number: int, unit: TallyUnit) -> None:
    left = style.margin_left * MM
    canvas.setLineWidth(0.5)
    values = {"seq": str(number), "unit": unit.unit or "其他", "expected": str(unit.expected)}
    for col in cols:
        _cell(canvas, style, col, left, top, values.get(col.key, ""))


def _closing(canvas: Any, style: PageStyle, cols: list[Column], top: float, sheet: TallySheet) -> None:
    """合计 row, the sentence with blanks, and the signature lines."""
    left = style.margin_left * MM
    width_mm, _ = style.content_mm
    canvas.setLineWidth(0.8)
    for col in cols:
        text = {"unit": "合　计", "expected": str(sheet.expected)}.get(col.key, "")
        _cell(canvas, style, col, left, top, text, bold=True)
    y = top - ROW_MM * MM - 11 * MM
    sentence = f"本次会议应到 {sheet.expected} 人，实到＿＿＿＿人（其中代会＿＿＿人），请假＿＿＿＿人，缺席＿＿＿＿人。"
    size = fit_font_size(sentence, width_mm * MM, style.body_size + 1, 8)
    canvas.setFont(FONT, size)
    canvas.drawString(left, y, sentence)
    y -= 16 * MM
    canvas.setFont(FONT, style.body_size)
    canvas.drawString(left, y, "统计人（签字）：")
    canvas.drawString(left + width_mm * MM / 2, y, "核对人（签字）：")
    canvas.setLineWidth(0.5)
    canvas.line(left + 30 * MM, y - 1.5 * MM, left + width_mm * MM / 2 - 8 * MM, y - 1.5 * MM)
    canvas.line(left + width_mm * MM / 2 + 30 * MM, y - 1.5 * MM, left + width_mm * MM, y - 1.5 * MM)
    y -= 11 * MM
    canvas.drawRightString(left + width_mm * MM, y, "年　　　月　　　日")
