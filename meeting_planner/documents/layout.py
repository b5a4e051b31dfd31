"""Pure layout maths for the seating printouts, in millimetres (no reportlab here).

- ``plan_chart_pages``: how a zone of a venue goes onto paper: one page at a scale where names stay
  legible (never below 7 pt), else A3, else tiles across several pages with a key map.
- ``card_layout``: the two halves of an A4 tent card (桌签) and the name's size.
- ``name_slots``: where each character of a name goes, so two-character names line up with
  three-character ones (王　伟 / 张建国).
- ``column_widths``: the seat list's table columns.

Page coordinates here have their origin at the top-left of the page, y growing downwards.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

PT = 25.4 / 72.0
"""Millimetres per point."""

MIN_NAME_PT = 7.0
"""Names on charts are never printed smaller than this."""

HEADER_MM = 22.0
"""Space for the title lines at the top of a chart page."""

FOOTER_MM = 8.0
"""Space for the page number at the foot of a chart page."""


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in millimetres, origin top-left."""

    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self) -> tuple[float, float]:
        """Centre point."""
        return (self.x + self.width / 2, self.y + self.height / 2)


@dataclass(frozen=True, slots=True)
class ChartPage:
    """One page of a zone's chart: which part of the zone (metres) it shows, and how.

    A point (x, y) of the venue in metres lands on the page at
    ``(area.x + (x - window[0]) * scale, area.y + (y - window[1]) * scale)`` (audience view;
    ``flip`` turns the plan 180° for the stage view).
    """

    style: str
    window: tuple[float, float, float, float]
    scale: float
    area: Box
    tile: tuple[int, int]
    tiles: tuple[int, int]
    name_pt: float
    flip: bool = False
    overlap: float = 0.0
    """Metres the window reaches past its share on each side that has a neighbouring tile (A4 tiling:
    pages overlap so they can be trimmed at the crop marks and glued)."""

    @property
    def core(self) -> tuple[float, float, float, float]:
        """The tile's own share of the zone (the window without the overlap), in metres."""
        left, top, right, bottom = self.window
        column, row = self.tile
        columns, rows = self.tiles
        if self.flip:
            column, row = columns - 1 - column, rows - 1 - row
        return (
            left + (self.overlap if column > 0 else 0.0),
            top + (self.overlap if row > 0 else 0.0),
            right - (self.overlap if column < columns - 1 else 0.0),
            bottom - (self.overlap if row < rows - 1 else 0.0),
        )

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """Venue metres -> page millimetres (top-left origin)."""
        left, top, right, bottom = self.window
        if self.flip:
            x, y = right - (x - left), bottom - (y - top)
        return (self.area.x + (x - left) * self.scale, self.area.y + (y - top) * self.scale)

    @property
    def split(self) -> bool:
        """Whether the zone spans several pages (the page then carries a key map)."""
        return self.tiles != (1, 1)


def name_font_size(cell_width_mm: float, chars: int = 3, largest: float = 14.0) -> float:
    """The point size at which ``chars`` CJK characters fill 88% of a cell; not above ``largest``."""
    return min(largest, cell_width_mm * 0.88 / (chars * PT))


def plan_chart_pages(
    bounds: tuple[float, float, float, float],
    narrowest_seat_m: float,
    pages: Sequence[tuple[str, float, float, float, float]],
    flip: bool = False,
    largest_name_pt: float = 14.0,
    overlap_mm: float = 0.0,
) -> list[ChartPage]:
    """Pages for one zone. ``pages`` lists candidate styles, smallest paper first, as
    ``(style name, page width, page height, margin left, margin top)`` in mm (margins symmetric).

    The zone goes on the first paper where a seat of width ``narrowest_seat_m`` is wide enough for a
    three-character name at 7 pt; otherwise it is split into tiles on the largest paper at exactly
    that scale (each tile a page; the caller draws a key map). ``overlap_mm`` makes neighbouring tiles
    share that much of the plan (for trimming and gluing A4 sheets).
    """
    left, top, right, bottom = bounds
    width_m = max(right - left, 0.5)
    height_m = max(bottom - top, 0.5)
    min_scale = 3 * MIN_NAME_PT * PT / 0.88 / max(narrowest_seat_m, 0.05)
    for style, page_w, page_h, margin_x, margin_y in pages:
        area = _content_area(page_w, page_h, margin_x, margin_y)
        scale = min(area.width / width_m, area.height / height_m)
        if scale >= min_scale:
            name_pt = max(MIN_NAME_PT, name_font_size(narrowest_seat_m * scale, largest=largest_name_pt))
            box = Box(area.x + (area.width - width_m * scale) / 2, area.y, width_m * scale, height_m * scale)
            return [ChartPage(style, (left, top, right, bottom), scale, box, (0, 0), (1, 1), name_pt, flip)]
    style, page_w, page_h, margin_x, margin_y = pages[-1]
    area = _content_area(page_w, page_h, margin_x, margin_y)
    scale = min_scale
    columns = math.ceil(width_m * scale / area.width)
    rows = math.ceil(height_m * scale / area.height)
    if overlap_mm > 0:
        columns = math.ceil(width_m * scale / max(area.width - 2 * overlap_mm, 10.0))
        rows = math.ceil(height_m * scale / max(area.height - 2 * overlap_mm, 10.0))
    overlap = overlap_mm / scale if columns * rows > 1 else 0.0
    tile_w = width_m / columns
    tile_h = height_m / rows
    result: list[ChartPage] = []
    for row in range(rows):
        for column in range(columns):
            if flip:
                window = (right - (column + 1) * tile_w, bottom - (row + 1) * tile_h,
                          right - column * tile_w, bottom - row * tile_h)  # fmt: skip
            else:
                window = (left + column * tile_w, top + row * tile_h,
                          left + (column + 1) * tile_w, top + (row + 1) * tile_h)  # fmt: skip
            if overlap:
                # Reach into the neighbours: left/top edges of the plan stay where they are.
                x0, y0, x1, y1 = window
                window = (max(left, x0 - overlap), max(top, y0 - overlap),
                          min(right, x1 + overlap), min(bottom, y1 + overlap))  # fmt: skip
            w, h = window[2] - window[0], window[3] - window[1]
            box = Box(area.x, area.y, w * scale, h * scale)
            page = ChartPage(style, window, scale, box, (column, row), (columns, rows), MIN_NAME_PT, flip, overlap)
            result.append(page)
    return result


def _content_area(page_w: float, page_h: float, margin_x: float, margin_y: float) -> Box:
    return Box(margin_x, margin_y + HEADER_MM, page_w - 2 * margin_x, page_h - 2 * margin_y - HEADER_MM - FOOTER_MM)


def in_window(window: tuple[float, float, float, float], x: float, y: float) -> bool:
    """Whether a seat centre falls in a tile's window (left/top edges inclusive)."""
    left, top, right, bottom = window
    return left <= x < right + 1e-9 and top <= y < bottom + 1e-9


# --- table cards ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CardLayout:
    """A tent card on one sheet: the upper half (printed upside down) and the lower half, the fold
    between them, the name's size and baseline offsets (mm from each half's top, upright)."""

    upper: Box
    lower: Box
    fold_y: float
    name_pt: float
    name_baseline: float
    line_pt: float
    line_baseline: float


def card_layout(page_w: float = 210.0, page_h: float = 297.0, has_line: bool = False) -> CardLayout:
    """Halves of a sheet folded across the middle; a three-character name fills ~80% of the width."""
    half = page_h / 2
    upper = Box(0.0, 0.0, page_w, half)
    lower = Box(0.0, half, page_w, half)
    name_pt = min(page_w * 0.8 / (3 * PT), half * 0.5 / PT)
    line_pt = 20.0
    # Upright within a half: the name sits in the lower-middle (the part seen above the table edge).
    name_baseline = half * (0.68 if has_line else 0.62) + name_pt * PT * 0.35
    line_baseline = half * 0.22 + line_pt * PT * 0.35
    return CardLayout(upper, lower, half, name_pt, name_baseline, line_pt, line_baseline)


def name_slots(name: str, char_width: float) -> list[tuple[str, float]]:
    """Each character of ``name`` with its x offset from the name's centre (same units as
    ``char_width``). Two-character names take the outer slots of three (王　伟), so they line up with
    three-character names; other names are set solid."""
    chars = [c for c in name if not c.isspace()]
    if len(chars) == 2:
        return [(chars[0], -char_width), (chars[1], char_width)]
    count = len(chars)
    return [(char, (index - (count - 1) / 2) * char_width) for index, char in enumerate(chars)]


# --- seat list -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """A column: heading, left edge and width in mm from the content's left edge."""

    key: str
    heading: str
    x: float
    width: float


def column_widths(total: float, weights: Sequence[float]) -> list[float]:
    """Split ``total`` mm into columns in proportion to ``weights``."""
    whole = sum(weights)
    return [total * weight / whole for weight in weights]


def rows_per_page(content_height: float, row_height: float, header_rows: int = 1) -> int:
    """How many body rows fit under the header rows."""
    return max(1, int(content_height // row_height) - header_rows)
