"""Seat list for ushers (座次表): name, unit, zone, row, seat; sorted by unit or by name.

A4 portrait, the header row repeated on every page, "第 x 页 / 共 y 页" at the foot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, check_glyphs
from meeting_planner.documents.layout import column_widths, rows_per_page
from meeting_planner.documents.pdf_base import MM, STYLES, fit_font_size, new_canvas

HEADERS = ("序号", "姓名", "单位", "区域", "排", "座")
_WEIGHTS = (0.7, 1.6, 3.4, 1.4, 1.2, 0.9)
ROW_MM = 7.5


@dataclass(frozen=True, slots=True)
class SeatListRow:
    """One line of the list; ``zone``/``row``/``seat`` are empty for someone without a seat."""

    name: str
    unit: str
    zone: str
    row: str
    seat: str


def write_seat_list(path: Path, rows: Sequence[SeatListRow], *, title: str, subtitle: str = "") -> int:
    """Write the list (rows already in the wanted order); returns the number of pages."""
    check_glyphs((row.name, row.name) for row in rows)
    check_glyphs((row.name, row.unit) for row in rows)
    check_glyphs([("会议名称", title), ("副标题", subtitle)], bold=True)
    check_glyphs((row.name, f"{row.zone}{row.row}{row.seat}") for row in rows)
    style = STYLES["seat-list"]
    width_mm, height_mm = style.size_mm
    content_w, content_h = style.content_mm
    widths = column_widths(content_w, _WEIGHTS)
    header_mm = 20.0
    per_page = rows_per_page(content_h - header_mm, ROW_MM)
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    canvas = new_canvas(path, style, f"座次表 {title}", numbered=True)
    number = 0
    for chunk in chunks:
        top = style.margin_top
        canvas.setFont(FONT_BOLD, style.title_size)
        canvas.drawCentredString(width_mm / 2 * MM, (height_mm - top - 7) * MM, f"座次表　{title}")
        if subtitle:
            canvas.setFont(FONT, style.body_size)
            canvas.drawCentredString(width_mm / 2 * MM, (height_mm - top - 14) * MM, subtitle)
        y = top + header_mm
        _draw_row(canvas, style.margin_left, y, widths, HEADERS, height_mm, bold=True)
        for row in chunk:
            number += 1
            y += ROW_MM
            cells = (str(number), row.name, row.unit, row.zone or "未排座", row.row, row.seat)
            _draw_row(canvas, style.margin_left, y, widths, cells, height_mm)
        canvas.showPage()
    canvas.save()
    return len(chunks)


def _draw_row(
    c: Any,
    left: float,
    top: float,
    widths: Sequence[float],
    cells: Sequence[str],
    height_mm: float,
    bold: bool = False,
) -> None:
    style = STYLES["seat-list"]
    font = FONT_BOLD if bold else FONT
    x = left
    baseline = (height_mm - top - ROW_MM + 2.3) * MM
    c.setLineWidth(0.4)
    for width, text in zip(widths, cells, strict=True):
        c.rect(x * MM, (height_mm - top - ROW_MM) * MM, width * MM, ROW_MM * MM, fill=0, stroke=1)
        size = fit_font_size(text, (width - 2) * MM, style.body_size, 6.0, bold)
        c.setFont(font, size)
        c.drawCentredString((x + width / 2) * MM, baseline, text)
        x += width
