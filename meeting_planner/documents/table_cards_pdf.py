"""Table cards (桌签): one A4 sheet per person, folded across the middle into a tent.

The name is printed on both faces in large bold type; the upper face is upside down so it reads
correctly once folded. Two-character names are spaced to line up with three-character names.
An optional line (title, unit or a fixed text) goes above the name on each face.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, check_glyphs, role_font
from meeting_planner.documents.layout import CardLayout, card_layout, name_slots
from meeting_planner.documents.pdf_base import MM, STYLES, fit_font_size, new_canvas


@dataclass(frozen=True, slots=True)
class Card:
    """What one card carries: the name and an optional line above it."""

    name: str
    line: str = ""


def write_table_cards(path: Path, cards: Sequence[Card], *, title: str = "桌签") -> int:
    """Write one page per card; returns the number of pages. Checks every glyph first."""
    check_glyphs(((card.name, card.name) for card in cards), bold=True)
    check_glyphs((card.name, card.line) for card in cards if card.line)
    style = STYLES["table-card"]
    width_mm, height_mm = style.size_mm
    canvas = new_canvas(path, style, title)
    layouts = {flag: card_layout(width_mm, height_mm, flag) for flag in (False, True)}
    for card in cards:
        layout = layouts[bool(card.line)]
        _draw_fold(canvas, layout, width_mm, height_mm)
        # Lower face, upright.
        _draw_face(canvas, card, layout, width_mm, height_mm - layout.fold_y)
        # Upper face: the same drawing turned 180° about the sheet's centre.
        canvas.saveState()
        canvas.translate(width_mm * MM, height_mm * MM)
        canvas.rotate(180)
        _draw_face(canvas, card, layout, width_mm, height_mm - layout.fold_y)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return len(cards)


def _draw_fold(canvas: Any, layout: CardLayout, width_mm: float, height_mm: float) -> None:
    canvas.setStrokeGray(0.75)
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    y = (height_mm - layout.fold_y) * MM
    canvas.line(0, y, width_mm * MM, y)
    canvas.setDash()
    canvas.setStrokeGray(0)


def _draw_face(canvas: Any, card: Card, layout: CardLayout, width_mm: float, face_top_pt_mm: float) -> None:
    """Draw one face whose top edge is ``face_top_pt_mm`` mm above the page bottom (upright)."""
    name_size = layout.name_pt
    chars = [c for c in card.name if not c.isspace()]
    if len(chars) > 3:
        name_size = fit_font_size(card.name, width_mm * 0.9 * MM, name_size, 24.0, bold=True)
    char_width = name_size  # CJK glyphs are square: advance = 1 em
    centre_x = width_mm / 2 * MM
    baseline = (face_top_pt_mm - layout.name_baseline) * MM
    canvas.setFont(role_font("card"), name_size)
    if len(chars) == 2:
        # Outer slots of three; one text run with character spacing so the text layer keeps the name whole.
        first_offset = name_slots(card.name, char_width)[0][1]
        canvas.drawString(centre_x + first_offset - char_width / 2, baseline, "".join(chars), charSpace=char_width)
    else:
        canvas.drawCentredString(centre_x, baseline, card.name.strip())
    if card.line:
        size = fit_font_size(card.line, width_mm * 0.85 * MM, layout.line_pt, 10.0)
        canvas.setFont(FONT, size)
        canvas.drawCentredString(centre_x, (face_top_pt_mm - layout.line_baseline) * MM, card.line)


def card_hash(card: Card) -> str:
    """A stable hash of what a card shows (for "only cards changed since the last print")."""
    import hashlib

    return hashlib.sha256(f"{card.name}\x1f{card.line}".encode()).hexdigest()
