"""Seating chart (座次图): each zone drawn as laid out, a name on every seat, never below 7 pt.

Small zones fit one A4 landscape page; larger ones go to A3; a hall too big even for A3 at a legible
size is split into tiles, one per page, each with a key map showing where the page lies. Every page
has the title, the meeting, the date, the venue and the orientation label: 面向主席台 (audience
view, the rostrum at the top) or 主席台视角 (stage view, turned 180°).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, check_glyphs
from meeting_planner.documents.layout import ChartPage, in_window, plan_chart_pages
from meeting_planner.documents.pdf_base import MM, STYLES, draw_page_number, new_canvas
from meeting_planner.domain.venue import Seat, Venue, Zone, ZoneKind

ORIENTATION_LABELS = {"audience": "面向主席台", "stage": "主席台视角"}
_CHART_STYLES = ("seating", "seating-a3")


def chart_pages_for_zone(zone: Zone, orientation: str = "audience") -> list[ChartPage]:
    """The pages a zone needs (see ``layout.plan_chart_pages``)."""
    candidates = []
    for name in _CHART_STYLES:
        style = STYLES[name]
        width, height = style.size_mm
        candidates.append((name, width, height, style.margin_left, style.margin_top))
    narrowest = min((seat.width for seat in zone.seats), default=0.5)
    largest = 16.0 if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.TALKS) else 12.0
    return plan_chart_pages(zone.bounds(), narrowest, candidates, orientation == "stage", largest)


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
) -> int:
    """Write the chart of every zone of ``venue`` to ``path``; ``names`` maps seat id -> name.

    ``ranks`` (seat id -> rank number) prints the rank beside each name; ``legend`` (the protocol rules
    used, e.g. ``主席台 左为上 · … · 面向主席台``) is printed at the foot of every page; ``offsets`` moves
    seats along x (metres), e.g. a rostrum row centred on the desk. Returns the page count.
    Raises ``MissingGlyphError`` naming the person and character before anything is written.
    """
    if orientation not in ORIENTATION_LABELS:
        raise ValueError(f"朝向“{orientation}”无效，应为 audience（面向主席台）或 stage（主席台视角）")
    check_glyphs((name, name) for name in names.values())
    zone_names = [("区域", zone.name) for zone in venue.zones if getattr(zone, "name", "")]
    check_glyphs([("会议名称", title), ("会场", venue.name), *zone_names], bold=True)
    plans = [(zone, chart_pages_for_zone(zone, orientation)) for zone in venue.zones if zone.seats]
    canvas = new_canvas(path, STYLES["seating"], f"座次图 {title}")
    total = sum(len(zone_pages) for _, zone_pages in plans)
    number = 0
    for zone, zone_pages in plans:
        for page in zone_pages:
            style = STYLES[page.style]
            number += 1
            canvas.setPageSize(style.size_pt)
            _draw_page(canvas, page, zone, venue, names, ranks or {}, title, date_text, orientation, offsets or {})
            if legend:
                canvas.setFont(FONT, style.small_size)
                canvas.drawString(style.margin_left * MM, style.margin_bottom * MM / 2, f"图例：{legend}")
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
        label = side_label
        edge = page.area.y - 2.5 if front else page.area.y + page.area.height + 5
        canvas.setFont(FONT, style.small_size)
        canvas.drawCentredString((page.area.x + page.area.width / 2) * MM, y_pt(edge), label)
    if page.split:
        _draw_key(canvas, page, width_mm - style.margin_right - 34, style.margin_top, y_pt)
    _draw_furniture(canvas, page, zone, y_pt, style.small_size)
    _draw_seats(canvas, page, zone, names, ranks, y_pt, offsets)


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
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    canvas.setLineWidth(0.4)
    current_font: tuple[str, float] | None = None
    for seat in zone.seats:
        if page.split and not in_window(page.window, seat.x, seat.y):
            continue
        cx, cy = page.to_page(seat.x + offsets.get(seat.id, 0.0), seat.y)
        w, h = seat.width * page.scale, seat.depth * page.scale
        box_x, box_y = (cx - w / 2) * MM, y_pt(cy + h / 2)
        name = names.get(seat.id, "")
        _seat_box(canvas, seat, box_x, box_y, w * MM, h * MM, bool(name))
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


def _seat_box(canvas: Any, seat: Seat, x: float, y: float, w: float, h: float, occupied: bool) -> None:
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
