"""Seating chart (座次图): each zone drawn as laid out, a name on every seat, never below 7 pt.

Small zones fit one A4 landscape page; larger ones go to A3; a hall too big even for A3 at a legible
size is split into tiles, one per page, each with a key map showing where the page lies. Every page
has the title, the meeting, the date, the venue and the orientation label: 面向主席台 (audience
view, the rostrum at the top) or 主席台视角 (stage view, turned 180°).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, bundled_font_has, check_glyphs
from meeting_planner.documents.layout import PT, ChartPage, in_window, plan_chart_pages
from meeting_planner.documents.pdf_base import MM, STYLES, draw_page_number, new_canvas
from meeting_planner.domain.venue import Seat, Venue, Zone, ZoneKind
from meeting_planner.errors import InputError, Phrase

ORIENTATION_LABELS = {"audience": "面向主席台", "stage": "主席台视角"}
_CHART_STYLES = ("seating", "seating-a3")


ROW_LABEL_MARGIN_M = 1.3
"""Room left and right of a row for its printed label (第N排), in metres."""

SECTION_MARGIN_M = 0.7
"""Room above the first row for section names (左区/中区/右区), in metres."""


A4_OVERLAP_MM = 10.0
"""How much neighbouring A4 tiles share (trimmed at the crop marks, glued under the next sheet)."""


def chart_pages_for_zone(zone: Zone, orientation: str = "audience", paper: str = "auto") -> list[ChartPage]:
    """The pages a zone needs (see ``layout.plan_chart_pages``), with room for row labels and section
    names; tiles with no seat on them are left out. ``paper``: ``auto`` (A4, else A3, else A3 tiles) or
    ``a4`` (A4 only; a big zone is tiled with overlapping edges and crop marks)."""
    if paper not in ("auto", "a4"):
        raise InputError(Phrase.of("纸张“{paper}”无效，应为 auto 或 a4", paper=paper))
    candidates = []
    for name in _CHART_STYLES if paper == "auto" else _CHART_STYLES[:1]:
        style = STYLES[name]
        width, height = style.size_mm
        candidates.append((name, width, height, style.margin_left, style.margin_top))
    narrowest = min((seat.width for seat in zone.seats), default=0.5)
    largest = 16.0 if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.TALKS) else 12.0
    left, top, right, bottom = zone.bounds()
    if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM):
        left, right = left - ROW_LABEL_MARGIN_M, right + ROW_LABEL_MARGIN_M
    if zone.kind is ZoneKind.AUDITORIUM and len(_sections(zone)) > 1:
        top -= SECTION_MARGIN_M
    overlap = A4_OVERLAP_MM if paper == "a4" else 0.0
    flip = orientation == "stage"
    pages = plan_chart_pages((left, top, right, bottom), narrowest, candidates, flip, largest, overlap)
    if len(pages) == 1:
        return pages
    return [page for page in pages if any(in_window(page.window, seat.x, seat.y) for seat in zone.seats)]


def _sections(zone: Zone) -> list[str]:
    return list(dict.fromkeys(seat.section for seat in zone.seats if seat.section))


def zones_in_use(venue: Venue, names: Mapping[str, str]) -> list[Zone]:
    """The zones to print, each cut to the rows in use: a zone where nobody sits is left out (unless
    nobody sits anywhere: then every zone is printed, for filling in by hand); rows behind the last row
    with a name, and banquet tables with nobody, are left out."""
    if not any(seat.id in names for seat in venue.seats()):
        return [zone for zone in venue.zones if zone.seats]
    result: list[Zone] = []
    for zone in venue.zones:
        used = [seat for seat in zone.seats if seat.id in names]
        if not used:
            continue
        if zone.kind is ZoneKind.BANQUET:
            tables = {seat.row for seat in used}
            labels = {seat.row_label for seat in used}
            seats = tuple(seat for seat in zone.seats if seat.row in tables)
            furniture = tuple(item for item in zone.furniture if item.label in labels)
        elif zone.kind is ZoneKind.TALKS:
            seats, furniture = zone.seats, zone.furniture
        else:
            last = max(seat.row for seat in used)
            seats = tuple(seat for seat in zone.seats if seat.row <= last)
            furniture = zone.furniture
        result.append(Zone(zone.key, zone.kind, zone.name, seats, furniture, zone.options))
    return result


def write_seating_chart(
    path: Path,
    venue: Venue,
    names: Mapping[str, str],
    *,
    title: str,
    date_text: str = "",
    orientation: str = "audience",
    ranks: Mapping[str, int] | None = None,
    legend: str = "",
    offsets: Mapping[str, float] | None = None,
    all_rows: bool = False,
    paper: str = "auto",
    units: Mapping[str, str] | None = None,
) -> int:
    """Write the chart of every zone of ``venue`` to ``path``; ``names`` maps seat id -> name.

    ``ranks`` (seat id -> rank number) prints the rank beside each name; ``legend`` (the protocol rules
    used, e.g. ``主席台 左为上 · … · 面向主席台``) is printed at the foot of every page; ``offsets`` moves
    seats along x (metres), e.g. a rostrum row centred on the desk. Only the zones and rows in use are
    printed (see ``zones_in_use``) unless ``all_rows``; ``units`` (seat id -> unit) gives each unit's block
    of seats below the rostrum a light tint, named in a legend; ``paper="a4"`` tiles big zones on A4 with overlap and
    crop marks (see ``chart_pages_for_zone``). Every row carries its label at both ends, every
    seat its chair number, every section its name; the foot has a legend of the seat marks. Returns the
    page count.
    Raises ``MissingGlyphError`` naming the person and character before anything is written.
    """
    if orientation not in ORIENTATION_LABELS:
        raise InputError(
            Phrase.of(
                "朝向“{orientation}”无效，应为 audience（面向主席台）或 stage（主席台视角）", orientation=orientation
            )
        )
    check_glyphs((name, name) for name in names.values())
    zone_names = [("区域", zone.name) for zone in venue.zones if getattr(zone, "name", "")]
    check_glyphs([("会议名称", title), ("会场", venue.name), *zone_names], bold=True)
    zones = [zone for zone in venue.zones if zone.seats] if all_rows else zones_in_use(venue, names)
    plans = [(zone, chart_pages_for_zone(zone, orientation, paper)) for zone in zones]
    canvas = new_canvas(path, STYLES["seating"], f"座次图 {title}")
    total = sum(len(zone_pages) for _, zone_pages in plans)
    number = 0
    for zone, zone_pages in plans:
        for page in zone_pages:
            style = STYLES[page.style]
            number += 1
            canvas.setPageSize(style.size_pt)
            tints = _unit_tints(zone, units or {})
            seat_tints = {sid: tints[unit] for sid, unit in (units or {}).items() if unit in tints}
            _draw_page(
                canvas, page, zone, venue, names, ranks or {}, title, date_text, orientation, offsets or {}, seat_tints
            )
            if tints:
                _draw_unit_legend(canvas, tints, style)
            if legend:
                canvas.setFont(FONT, style.small_size)
                canvas.drawString(style.margin_left * MM, style.margin_bottom * MM / 2, f"图例：{legend}")
            _draw_marks_legend(canvas, zone, style)
            draw_page_number(canvas, style, number, total)
            canvas.showPage()
    canvas.save()
    return total


def _draw_page(
    canvas: Any,
    page: ChartPage,
    zone: Zone,
    venue: Venue,
    names: Mapping[str, str],
    ranks: Mapping[str, int],
    title: str,
    date_text: str,
    orientation: str,
    offsets: Mapping[str, float],
    tints: Mapping[str, tuple[float, float, float]],
) -> None:
    style = STYLES[page.style]
    width_mm, height_mm = style.size_mm

    def y_pt(y_mm: float) -> float:
        return (height_mm - y_mm) * MM

    heading = f"座次图　{zone.name}"
    canvas.setFont(FONT_BOLD, style.title_size)
    canvas.drawCentredString(width_mm / 2 * MM, y_pt(style.margin_top + 7), heading)
    details = [title, date_text, venue.name, ORIENTATION_LABELS[orientation]]
    if page.split:
        columns, rows = page.tiles
        details.append(f"分页 {page.tile[1] + 1}-{page.tile[0] + 1}（共 {rows} 行 × {columns} 列）")
    canvas.setFont(FONT, style.body_size)
    canvas.drawCentredString(width_mm / 2 * MM, y_pt(style.margin_top + 14), "　".join(d for d in details if d))
    side_label = {ZoneKind.AUDITORIUM: "主 席 台 方 向", ZoneKind.BANQUET: "入　口"}.get(zone.kind)
    if side_label:
        # The rostrum is in front of the audience; the banquet door is behind the tables (host faces it).
        front = (zone.kind is ZoneKind.AUDITORIUM) == (orientation == "audience")
        # On a split chart, only the tiles along that edge carry the label.
        if not page.split or page.tile[1] == (0 if front else page.tiles[1] - 1):
            edge = page.area.y - 2.5 if front else page.area.y + page.area.height + 5
            canvas.setFont(FONT, style.small_size)
            canvas.drawCentredString((page.area.x + page.area.width / 2) * MM, y_pt(edge), side_label)
    if page.split:
        _draw_key(canvas, page, width_mm - style.margin_right - 34, style.margin_top, y_pt)
    if page.overlap:
        _draw_crop_marks(canvas, page, y_pt)
    _draw_furniture(canvas, page, zone, y_pt, style.small_size)
    _draw_seats(canvas, page, zone, names, ranks, y_pt, offsets, tints)
    if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM):
        _draw_row_labels(canvas, page, zone, y_pt, offsets)
    if zone.kind is ZoneKind.AUDITORIUM:
        _draw_section_names(canvas, page, zone, y_pt, style.body_size)


def _row_label_size(page: ChartPage, zone: Zone) -> float:
    """Row labels: as large as fits the row pitch and the side margin, 6 to 10 pt."""
    rows = zone.rows()
    pitch = min((abs(b[0].y - a[0].y) for a, b in itertools.pairwise(rows) if b[0].y != a[0].y), default=1.0)
    fit_height = pitch * page.scale * 0.6 / PT
    fit_width = ROW_LABEL_MARGIN_M * page.scale * 0.85 / (4 * PT)
    return max(6.0, min(10.0, fit_height, fit_width))


def _draw_row_labels(canvas: Any, page: ChartPage, zone: Zone, y_pt: Any, offsets: Mapping[str, float]) -> None:
    """The row's label (第N排) beside its first and last seat."""
    size = _row_label_size(page, zone)
    canvas.setFont(FONT, size)
    canvas.setFillGray(0.2)
    for row in zone.rows():
        for seat, outward in ((row[0], -1), (row[-1], 1)):
            if page.split and not in_window(page.window, seat.x, seat.y):
                continue
            x = seat.x + offsets.get(seat.id, 0.0) + outward * (seat.width / 2 + 0.12)
            px, py = page.to_page(x, seat.y)
            # Stage view turns the plan: the outer side of the row swaps too.
            left_side = (outward < 0) != page.flip
            draw = canvas.drawRightString if left_side else canvas.drawString
            draw(px * MM, y_pt(py) - size * 0.35, seat.row_label)
    canvas.setFillGray(0)


def _draw_section_names(canvas: Any, page: ChartPage, zone: Zone, y_pt: Any, size: float) -> None:
    """Each section's name above its seats of the front row drawn."""
    sections = _sections(zone)
    if len(sections) < 2:
        return
    canvas.setFont(FONT_BOLD, size)
    for section in sections:
        seats = [seat for seat in zone.seats if seat.section == section]
        front = min(seat.row for seat in seats)
        first_row = [seat for seat in seats if seat.row == front]
        if page.split:
            # A section cut by the tile edge is named over its part on this tile.
            first_row = [seat for seat in first_row if in_window(page.window, seat.x, seat.y)]
            if not first_row:
                continue
        x = sum(seat.x for seat in first_row) / len(first_row)
        y = first_row[0].y - first_row[0].depth / 2 - SECTION_MARGIN_M / 2
        px, py = page.to_page(x, y)
        canvas.drawCentredString(px * MM, y_pt(py) - size * 0.35, section)


def _draw_marks_legend(canvas: Any, zone: Zone, style: Any) -> None:
    """At the foot, right: the marks used on this zone's seats (空座, 预留, 不可用)."""
    width_mm, _ = style.size_mm
    marks = [("empty", "空座")]
    if any(seat.reserved for seat in zone.seats):
        marks.append(("reserved", "预留（列席/工作人员）"))
    if any(seat.blocked for seat in zone.seats):
        marks.append(("blocked", "不可用（柱子、机位等）"))
    size = style.small_size
    canvas.setFont(FONT, size)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = (width_mm - style.margin_right) * MM
    y = style.margin_bottom * MM / 2
    box = size * 1.1
    canvas.setLineWidth(0.4)
    for kind, text in reversed(marks):
        x -= stringWidth(text, FONT, size)
        canvas.drawString(x, y, text)
        x -= box + 2
        demo = Seat("", "", 0, 0, 0, "", "", 0, reserved=kind == "reserved", blocked=kind == "blocked")
        _seat_box(canvas, demo, x, y - 1, box, box, False)
        x -= 8


#: Light tints (RGB) for unit blocks; they print as pale greys on a black-and-white printer, light
#: enough for names to stay legible.
UNIT_TINTS = (
    (0.99, 0.90, 0.78),
    (0.82, 0.91, 0.98),
    (0.86, 0.95, 0.84),
    (0.96, 0.86, 0.94),
    (1.00, 0.97, 0.76),
    (0.88, 0.88, 0.98),
    (0.84, 0.95, 0.93),
    (0.97, 0.88, 0.86),
)


def _unit_tints(zone: Zone, units: Mapping[str, str]) -> dict[str, tuple[float, float, float]]:
    """Unit -> tint for the audience zone's seated units, in seat order (none for one unit or none)."""
    if zone.kind is not ZoneKind.AUDITORIUM:
        return {}
    order = list(dict.fromkeys(units[seat.id] for seat in zone.seats if units.get(seat.id)))
    if len(order) < 2:
        return {}
    return {unit: UNIT_TINTS[index % len(UNIT_TINTS)] for index, unit in enumerate(order)}


def _draw_unit_legend(canvas: Any, tints: Mapping[str, tuple[float, float, float]], style: Any) -> None:
    """One line above the foot: each unit's tint and name (the first dozen; tints repeat after eight)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = style.small_size
    canvas.setFont(FONT, size)
    x = style.margin_left * MM
    y = (style.margin_bottom / 2 + 6.5) * MM
    limit = (style.size_mm[0] - style.margin_right) * MM
    canvas.drawString(x, y, "单位：")
    x += stringWidth("单位：", FONT, size)
    for shown, (unit, tint) in enumerate(tints.items()):
        width = size * 1.1 + 2 + stringWidth(unit, FONT, size) + 8
        if x + width > limit - 20 or shown >= 12:
            canvas.drawString(x, y, "……")
            break
        canvas.setFillColorRGB(*tint)
        canvas.rect(x, y - 1, size * 1.1, size * 1.1, fill=1, stroke=1)
        canvas.setFillGray(0)
        canvas.drawString(x + size * 1.1 + 2, y, unit)
        x += width


def _draw_crop_marks(canvas: Any, page: ChartPage, y_pt: Any) -> None:
    """Where to trim an overlapping tile: a thin dashed line along each inner edge of the tile's own share,
    with short marks past its ends (the part beyond is repeated on the neighbouring sheet)."""
    left, top, right, bottom = page.core
    x0, y0 = page.to_page(left, top)
    x1, y1 = page.to_page(right, bottom)
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    outer = page.area
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.3)
    lines = []
    if x0 > outer.x + 0.5:
        lines.append((x0, outer.y, x0, outer.y + outer.height))
    if x1 < outer.x + outer.width - 0.5:
        lines.append((x1, outer.y, x1, outer.y + outer.height))
    if y0 > outer.y + 0.5:
        lines.append((outer.x, y0, outer.x + outer.width, y0))
    if y1 < outer.y + outer.height - 0.5:
        lines.append((outer.x, y1, outer.x + outer.width, y1))
    for ax, ay, bx, by in lines:
        canvas.setDash(2, 2)
        canvas.line(ax * MM, y_pt(ay), bx * MM, y_pt(by))
        canvas.setDash()
        # Crop marks just outside the plan area, in line with the cut.
        if ax == bx:
            canvas.line(ax * MM, y_pt(ay - 1), ax * MM, y_pt(ay - 5))
            canvas.line(bx * MM, y_pt(by + 1), bx * MM, y_pt(by + 5))
        else:
            canvas.line((ax - 1) * MM, y_pt(ay), (ax - 5) * MM, y_pt(ay))
            canvas.line((bx + 1) * MM, y_pt(by), (bx + 5) * MM, y_pt(by))
    canvas.setStrokeGray(0)


def _draw_key(canvas: Any, page: ChartPage, x: float, y: float, y_pt: Any) -> None:
    """A small map of all tiles, this page's tile filled."""
    columns, rows = page.tiles
    cell_w = 34.0 / columns
    cell_h = 18.0 / rows
    canvas.setLineWidth(0.4)
    for row in range(rows):
        for column in range(columns):
            filled = (column, row) == page.tile
            canvas.setFillGray(0.55 if filled else 1.0)
            canvas.rect(
                (x + column * cell_w) * MM, y_pt(y + (row + 1) * cell_h), cell_w * MM, cell_h * MM, fill=1, stroke=1
            )
    canvas.setFillGray(0)


def _draw_furniture(canvas: Any, page: ChartPage, zone: Zone, y_pt: Any, label_size: float) -> None:
    canvas.setLineWidth(0.8)
    canvas.setFont(FONT, label_size)
    for item in zone.furniture:
        if not in_window(page.window, item.x, item.y) and page.split:
            continue
        cx, cy = page.to_page(item.x, item.y)
        w, h = item.width * page.scale, item.height * page.scale
        canvas.setFillGray(0.93)
        if item.shape == "round":
            canvas.circle(cx * MM, y_pt(cy), w / 2 * MM, fill=1, stroke=1)
        else:
            canvas.rect((cx - w / 2) * MM, y_pt(cy + h / 2), w * MM, h * MM, fill=1, stroke=1)
        canvas.setFillGray(0)
        if item.label:
            canvas.drawCentredString(cx * MM, y_pt(cy) - label_size * 0.35, item.label)


def _draw_seats(
    canvas: Any,
    page: ChartPage,
    zone: Zone,
    names: Mapping[str, str],
    ranks: Mapping[str, int],
    y_pt: Any,
    offsets: Mapping[str, float],
    tints: Mapping[str, tuple[float, float, float]],
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.setLineWidth(0.4)
    current_font: tuple[str, float] | None = None
    # Chair numbers where the seat box is tall enough for a line above the name (banquet seats are too small).
    depth_pt = min((seat.depth for seat in zone.seats), default=0.5) * page.scale * MM
    number_pt = min(7.0, depth_pt * 0.22) if depth_pt >= 18 and zone.kind is not ZoneKind.BANQUET else 0.0
    numbers: list[tuple[float, float, str]] = []  # (right edge, baseline, label), drawn at the end in one go
    for seat in zone.seats:
        if page.split and not in_window(page.window, seat.x, seat.y):
            continue
        cx, cy = page.to_page(seat.x + offsets.get(seat.id, 0.0), seat.y)
        w, h = seat.width * page.scale, seat.depth * page.scale
        box_x, box_y = (cx - w / 2) * MM, y_pt(cy + h / 2)
        name = names.get(seat.id, "")
        _seat_box(canvas, seat, box_x, box_y, w * MM, h * MM, bool(name), tints.get(seat.id) if name else None)
        if number_pt:
            # The chair number, small, in the top-right corner (the rank, if printed, goes top-left).
            numbers.append((box_x + w * MM - 1, box_y + h * MM - number_pt - 0.5, seat.label))
        if not name:
            continue
        size, lines = _fit_name(name, w * MM * 0.92, page.name_pt, stringWidth)
        if current_font != (FONT, size):
            canvas.setFont(FONT, size)
            current_font = (FONT, size)
        baseline = y_pt(cy) - size * 0.35 + (len(lines) - 1) * size * 0.55
        for line in lines:
            canvas.drawCentredString(cx * MM, baseline, line)
            baseline -= size * 1.1
        rank = ranks.get(seat.id)
        if rank is not None:
            canvas.setFont(FONT, 5.5)
            canvas.drawString(box_x + 1, box_y + h * MM - 6, str(rank))
            current_font = None
    _draw_chair_numbers(canvas, numbers, number_pt, stringWidth)


def _draw_chair_numbers(canvas: Any, numbers: list[tuple[float, float, str]], size: float, string_width: Any) -> None:
    """All chair numbers of a page in one grey text object (thousands of seats: one object, not thousands).
    Labels whose characters the bundled font lacks go through the canvas's per-character fallback."""
    if not numbers:
        return
    text = canvas.beginText()
    text.setFont(FONT, size)
    text.setFillGray(0.35)
    fallback: list[tuple[float, float, str]] = []
    for right, baseline, label in numbers:
        if not bundled_font_has(label):
            fallback.append((right, baseline, label))
            continue
        text.setTextOrigin(right - string_width(label, FONT, size), baseline)
        text.textOut(label)
    canvas.drawText(text)
    canvas.setFillGray(0.35)
    canvas.setFont(FONT, size)
    for right, baseline, label in fallback:
        canvas.drawRightString(right, baseline, label)
    canvas.setFillGray(0)


def _seat_box(
    canvas: Any,
    seat: Seat,
    x: float,
    y: float,
    w: float,
    h: float,
    occupied: bool,
    tint: tuple[float, float, float] | None = None,
) -> None:
    if seat.blocked:
        canvas.setStrokeGray(0.6)
        canvas.rect(x, y, w, h, fill=0, stroke=1)
        canvas.line(x, y, x + w, y + h)
        canvas.line(x, y + h, x + w, y)
        canvas.setStrokeGray(0)
        return
    if seat.reserved and not occupied:
        canvas.setFillGray(0.88)
        canvas.rect(x, y, w, h, fill=1, stroke=1)
        canvas.setFillGray(0)
        return
    if tint is not None:
        canvas.setFillColorRGB(*tint)
        canvas.rect(x, y, w, h, fill=1, stroke=1)
        canvas.setFillGray(0)
        return
    canvas.rect(x, y, w, h, fill=0, stroke=1)


def _fit_name(name: str, width_pt: float, size: float, string_width: Any) -> tuple[float, list[str]]:
    """Size and lines for a name in a seat: shrink to fit but never below 7 pt; long names wrap."""
    natural = string_width(name, FONT, size)
    if natural <= width_pt:
        return size, [name]
    shrunk = size * width_pt / natural
    if shrunk >= 7.0:
        return shrunk, [name]
    half = (len(name) + 1) // 2
    lines = [name[:half], name[half:]]
    widest = max(string_width(line, FONT, size) for line in lines)
    return max(7.0, min(size, size * width_pt / widest)), lines


def names_by_seat(assignments: Mapping[str, int | None], display_names: Mapping[int, str]) -> dict[str, str]:
    """seat id -> printed name, from seat id -> attendee id and attendee id -> name."""
    return {
        seat_id: display_names[attendee_id]
        for seat_id, attendee_id in assignments.items()
        if attendee_id is not None and attendee_id in display_names
    }
