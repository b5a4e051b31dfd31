"""The sign-in sheet (签到表) as a PDF, drawn row by row on the canvas (fast for thousands of people).

Each page: the meeting name, time and place at the top; the column header 序号/单位/姓名/职务/签到/备注 (plus
签到码 with a QR code when asked); rows tall enough to sign in; a unit band before each unit when grouped;
"第 x 页 / 共 y 页" at the foot. The maths (columns, rows per page, pagination) is pure and testable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, check_glyphs
from meeting_planner.documents.layout import Column
from meeting_planner.documents.pdf_base import MM, STYLES, PageStyle, fit_font_size, new_canvas

#: Row height: a signature cell large enough to sign by hand.
ROW_MM = 13.0
BAND_MM = 8.0
HEADER_ROW_MM = 9.0
PAGE_HEADER_MM = 22.0
QR_MM = 10.0


@dataclass(frozen=True, slots=True)
class SignInRow:
    """One person on the sheet (``note`` e.g. 请假 / 代会：某某)."""

    name: str
    unit: str = ""
    title: str = ""
    code: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class SignInSheet:
    """What the sheet prints: header texts and the rows in order. ``grouped`` adds a band per unit."""

    title: str
    when: str
    place: str
    rows: Sequence[SignInRow]
    grouped: bool = False
    qr: bool = False


def columns(width_mm: float, qr: bool) -> list[Column]:
    """Column boxes filling ``width_mm``; the signature column is the widest after the unit."""
    spec = [("seq", "序号", 14.0), ("unit", "单位", 0.0), ("name", "姓名", 26.0), ("title", "职务", 34.0)]
    spec += [("sign", "签到", 40.0), ("note", "备注", 18.0)]
    if qr:
        spec.append(("code", "签到码", 17.0))
    fixed = sum(w for _, _, w in spec)
    out, x = [], 0.0
    for key, heading, w in spec:
        width = w or max(20.0, width_mm - fixed)
        out.append(Column(key, heading, x, width))
        x += width
    return out


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the table body: a unit band, or a person with their running number."""

    kind: str  # "band" | "person"
    height: float
    unit: str = ""
    row: SignInRow | None = None
    number: int = 0


def paginate(sheet: SignInSheet, body_mm: float) -> list[list[Line]]:
    """Split the sheet into pages of lines fitting ``body_mm`` (below the column header)."""
    pages: list[list[Line]] = [[]]
    used = 0.0
    previous_unit: str | None = None

    def place(line: Line) -> None:
        nonlocal used
        if used + line.height > body_mm + 1e-6 and pages[-1]:
            pages.append([])
            used = 0.0
            if sheet.grouped and line.kind == "person" and line.row is not None:
                # A unit running over the page break gets its band again: "市教育局（续）".
                pages[-1].append(Line("band", BAND_MM, unit=f"{line.row.unit or '其他'}（续）"))
                used += BAND_MM
        pages[-1].append(line)
        used += line.height

    for number, row in enumerate(sheet.rows, start=1):
        if sheet.grouped and row.unit != previous_unit:
            # Keep a band with at least its first person.
            if used + BAND_MM + ROW_MM > body_mm + 1e-6 and pages[-1]:
                pages.append([])
                used = 0.0
            place(Line("band", BAND_MM, unit=row.unit or "其他"))
            previous_unit = row.unit
        place(Line("person", ROW_MM, row=row, number=number))
    return pages


def _glyph_items(sheet: SignInSheet) -> list[tuple[str, str]]:
    items = [("会议名称", sheet.title), ("会议地点", sheet.place)]
    for row in sheet.rows:
        items += [(row.name, row.name), (row.name, row.unit), (row.name, row.title), (row.name, row.note)]
    return items


def write_signin_pdf(path: Path, sheet: SignInSheet, progress: Callable[[int, int], None] | None = None) -> int:
    """Write the sign-in sheet to ``path``; returns the number of pages. Checks glyphs first."""
    check_glyphs(_glyph_items(sheet))
    check_glyphs([("会议名称", sheet.title)], bold=True)
    style = STYLES["sign-in"]
    width_mm, height_mm = style.content_mm
    cols = columns(width_mm, sheet.qr)
    pages = paginate(sheet, height_mm - PAGE_HEADER_MM - HEADER_ROW_MM)
    canvas = new_canvas(path, style, f"{sheet.title} 签到表", numbered=True)
    for index, lines in enumerate(pages, start=1):
        _draw_page(canvas, style, sheet, cols, lines)
        canvas.showPage()
        if progress is not None:
            progress(index, len(pages))
    canvas.save()
    return len(pages)


def _draw_page(canvas: Any, style: PageStyle, sheet: SignInSheet, cols: list[Column], lines: list[Line]) -> None:
    width_mm, _ = style.content_mm
    left = style.margin_left * MM
    top = (style.size_mm[1] - style.margin_top) * MM
    # Page header: meeting name, then time and place.
    canvas.setFont(FONT_BOLD, style.title_size)
    title = f"{sheet.title}签到表"
    size = fit_font_size(title, width_mm * MM, style.title_size, 10, bold=True)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawCentredString(left + width_mm * MM / 2, top - 8 * MM, title)
    info = "　　".join(
        part
        for part in (f"时间：{sheet.when}" if sheet.when else "", f"地点：{sheet.place}" if sheet.place else "")
        if part
    )
    canvas.setFont(FONT, style.body_size)
    canvas.drawCentredString(left + width_mm * MM / 2, top - 16 * MM, info)
    # Column header.
    y = top - PAGE_HEADER_MM * MM
    _header_row(canvas, style, cols, left, y)
    y -= HEADER_ROW_MM * MM
    for line in lines:
        height = line.height * MM
        if line.kind == "band":
            _band(canvas, style, width_mm, left, y, height, line.unit)
        else:
            assert line.row is not None
            _person_row(canvas, style, cols, left, y, height, line, sheet.qr)
        y -= height


def _header_row(canvas: Any, style: PageStyle, cols: list[Column], left: float, top: float) -> None:
    height = HEADER_ROW_MM * MM
    total = sum(c.width for c in cols) * MM
    canvas.setFillGray(0.88)
    canvas.rect(left, top - height, total, height, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.8)
    canvas.setFont(FONT_BOLD, style.body_size)
    for col in cols:
        x = left + col.x * MM
        canvas.rect(x, top - height, col.width * MM, height, stroke=1, fill=0)
        canvas.drawCentredString(x + col.width * MM / 2, top - height / 2 - style.body_size * 0.35, col.heading)


def _band(canvas: Any, style: PageStyle, width_mm: float, left: float, top: float, height: float, unit: str) -> None:
    canvas.setFillGray(0.95)
    canvas.rect(left, top - height, width_mm * MM, height, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.8)
    canvas.rect(left, top - height, width_mm * MM, height, stroke=1, fill=0)
    size = fit_font_size(unit, (width_mm - 6) * MM, style.body_size, 7, bold=True)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(left + 3 * MM, top - height / 2 - size * 0.35, unit)


def _person_row(
    canvas: Any, style: PageStyle, cols: list[Column], left: float, top: float, height: float, line: Line, qr: bool
) -> None:
    row = line.row
    assert row is not None
    canvas.setLineWidth(0.5)
    values = {"seq": str(line.number), "unit": row.unit, "name": row.name, "title": row.title, "note": row.note}
    for col in cols:
        x = left + col.x * MM
        canvas.rect(x, top - height, col.width * MM, height, stroke=1, fill=0)
        if col.key == "code":
            if qr and row.code:
                _qr(canvas, row.code, x, top, col.width * MM, height)
            continue
        value = values.get(col.key, "")
        if value:
            big = col.key == "name"
            _cell_text(canvas, value, x, top, col.width * MM, height, style.body_size + (2 if big else 0), big)


def _cell_text(
    canvas: Any, value: str, x: float, top: float, width: float, height: float, size: float, bold: bool
) -> None:
    """Centred text, shrunk to fit; long text breaks into two lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = FONT_BOLD if bold else FONT
    room = width - 2 * MM
    fitted = fit_font_size(value, room, size, 8, bold=bold)
    if stringWidth(value, font, fitted) <= room or len(value) < 4:
        canvas.setFont(font, fitted)
        canvas.drawCentredString(x + width / 2, top - height / 2 - fitted * 0.35, value)
        return
    half = (len(value) + 1) // 2
    parts = [value[:half], value[half:]]
    fitted = min(fit_font_size(part, room, size, 6, bold=bold) for part in parts)
    canvas.setFont(font, fitted)
    for index, part in enumerate(parts):
        baseline = top - height / 2 + (0.15 if index == 0 else -1.05) * fitted
        canvas.drawCentredString(x + width / 2, baseline, part)


def qr_modules(code: str) -> list[list[bool]]:
    """The dark/light modules of the QR code for ``code`` (error correction M), row by row from the top."""
    from meeting_planner.documents.qr import qr_modules as modules

    return modules(code)


def _qr(canvas: Any, code: str, x: float, top: float, width: float, height: float) -> None:
    """The QR code as a 1-bit inline image mask painted in the fill colour, pixel-exact when printed: a few
    dozen bytes per code instead of a path of a hundred rectangles (and no drawing objects per module)."""
    from meeting_planner.documents.qr import qr_image_mask

    size, data = qr_image_mask(code)
    side = QR_MM * MM
    left = x + (width - side) / 2
    bottom = top - (height - side) / 2 - side
    canvas.addLiteral(
        f"q {side:.2f} 0 0 {side:.2f} {left:.2f} {bottom:.2f} cm "
        f"BI /W {size} /H {size} /IM true /BPC 1 /D [1 0] /F /AHx ID {data}> EI Q"
    )
