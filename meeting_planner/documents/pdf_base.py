"""What every printout shares: page styles (data, in one place), a reproducible canvas, page numbers.

All sizes are in millimetres in the style tables and converted to points only when drawing.
Canvases are created with reportlab's ``invariant`` mode, so the same data gives byte-identical PDFs
(no creation date or random document id), which lets tests compare output.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, font_runs, register_fonts

MM = 72.0 / 25.4
"""Points per millimetre."""

A4 = (210.0, 297.0)
A3 = (297.0, 420.0)


@dataclass(frozen=True, slots=True)
class PageStyle:
    """Paper, margins and type sizes of one kind of printout (millimetres and points)."""

    paper: tuple[float, float] = A4
    landscape: bool = False
    margin_top: float = 15.0
    margin_bottom: float = 15.0
    margin_left: float = 15.0
    margin_right: float = 15.0
    title_size: float = 18.0
    heading_size: float = 12.0
    body_size: float = 10.5
    small_size: float = 8.0

    @property
    def size_mm(self) -> tuple[float, float]:
        """Page width and height in millimetres, orientation applied."""
        width, height = self.paper
        return (height, width) if self.landscape else (width, height)

    @property
    def size_pt(self) -> tuple[float, float]:
        """Page width and height in points."""
        width, height = self.size_mm
        return width * MM, height * MM

    @property
    def content_mm(self) -> tuple[float, float]:
        """Width and height inside the margins, in millimetres."""
        width, height = self.size_mm
        return (
            width - self.margin_left - self.margin_right,
            height - self.margin_top - self.margin_bottom,
        )


#: Page styles of every printout, by name; the one place to change paper, margins and type sizes.
STYLES: dict[str, PageStyle] = {
    "seating": PageStyle(landscape=True, margin_top=12, margin_bottom=12, margin_left=12, margin_right=12),
    "seating-a3": PageStyle(paper=A3, landscape=True, margin_top=12, margin_bottom=12, margin_left=12, margin_right=12),
    "seat-list": PageStyle(),
    "table-card": PageStyle(margin_top=0, margin_bottom=0, margin_left=0, margin_right=0),
    "sign-in": PageStyle(margin_top=15, margin_bottom=15, body_size=11),
    # GB/T 9704-2012: top 37 mm, binding (left) 28 mm, text block 156 x 225 mm; 2号 title, 3号 body, 4号 page number.
    "notice": PageStyle(
        margin_top=37, margin_bottom=35, margin_left=28, margin_right=26, title_size=22, body_size=16, small_size=14
    ),
    "checklist": PageStyle(),
    "tally": PageStyle(
        margin_top=20, margin_bottom=18, margin_left=20, margin_right=20, title_size=20, heading_size=14
    ),
}


def new_canvas(path: Path, style: PageStyle, title: str, numbered: bool | str = False) -> Any:
    """A reportlab canvas for ``path`` with the Chinese font registered, reproducible output and metadata.

    With ``numbered`` the canvas writes "第 x 页 / 共 y 页" at the foot of every page (two passes, the
    total known only at the end); call ``showPage()`` per page and ``save()`` once as usual.
    ``numbered="official"`` writes the GB/T 9704 page number "— 1 —" instead (odd pages right, even left).
    The canvas starts in the embedded font, so no unembedded standard font (Helvetica) is ever listed.
    """
    register_fonts()
    canvas_class = _numbered_canvas_class(style, official=numbered == "official") if numbered else fallback_canvas()
    canvas = canvas_class(
        str(path), pagesize=style.size_pt, invariant=1, pageCompression=1, initialFontName=FONT, initialFontSize=10
    )
    canvas.setTitle(title)
    canvas.setAuthor("会务筹备 Meeting Planner")
    canvas.setCreator("会务筹备 Meeting Planner")
    return canvas


@cache
def fallback_canvas() -> Any:
    """A reportlab Canvas whose ``drawString``/``drawCentredString``/``drawRightString`` draw each
    character the current font lacks from a fallback font that has it (``fonts.font_runs``)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    class FallbackCanvas(Canvas):
        def _runs_width(self, runs: list[tuple[str, str]], char_space: float) -> float:
            chars = sum(len(part) for _, part in runs)
            width = sum(stringWidth(part, font, self._fontsize) for font, part in runs)
            return float(width + char_space * max(0, chars - 1))

        def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            runs = font_runs(str(text), self._fontname)
            if len(runs) <= 1 and (not runs or runs[0][0] == self._fontname):
                super().drawString(x, y, runs[0][1] if runs else text, *args, **kwargs)
                return
            # One text object with font switches, so text extraction keeps the line whole.
            size = self._fontsize
            text_object = self.beginText(x, y)
            char_space = kwargs.get("charSpace", 0) or 0
            if char_space:
                text_object.setCharSpace(char_space)
            for run_font, part in runs:
                text_object.setFont(run_font, size)
                text_object.textOut(part)
            self.drawText(text_object)
            self.setFont(self._fontname, size)  # the PDF text state is the canvas's font again

        def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            runs = font_runs(str(text), self._fontname)
            width = self._runs_width(runs, kwargs.get("charSpace", 0) or 0)
            self.drawString(x - width / 2, y, text, *args, **kwargs)

        def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
            runs = font_runs(str(text), self._fontname)
            width = self._runs_width(runs, kwargs.get("charSpace", 0) or 0)
            self.drawString(x - width, y, text, *args, **kwargs)

    return FallbackCanvas


def _numbered_canvas_class(style: PageStyle, official: bool = False) -> Any:
    Canvas = fallback_canvas()

    class NumberedCanvas(Canvas):  # type: ignore[valid-type,misc]
        """Keeps each page's state until ``save`` so every page can say how many pages there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                if official:
                    draw_official_page_number(self, style, number)
                else:
                    draw_page_number(self, style, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_page_number(canvas: Any, style: PageStyle, number: int, total: int) -> None:
    """ "第 x 页 / 共 y 页" centred in the bottom margin."""
    width, _ = style.size_pt
    canvas.setFont(FONT, style.small_size)
    canvas.drawCentredString(width / 2, style.margin_bottom * MM / 2, f"第 {number} 页 / 共 {total} 页")


def draw_official_page_number(canvas: Any, style: PageStyle, number: int) -> None:
    """GB/T 9704-2012 7.5: "— 1 —" in 4号 half-width digits, 7 mm below the text block, one character in
    from its right edge on odd pages and from its left edge on even pages."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width, _ = style.size_pt
    size = style.small_size
    label = f"— {number} —"
    canvas.setFont(FONT, size)
    baseline = (style.margin_bottom - 7) * MM
    if number % 2:
        right = width - style.margin_right * MM - size
        canvas.drawString(right - stringWidth(label, FONT, size), baseline, label)
    else:
        canvas.drawString(style.margin_left * MM + size, baseline, label)


def fit_font_size(text: str, max_width_pt: float, size: float, min_size: float, bold: bool = False) -> float:
    """The largest size not above ``size`` (and not below ``min_size``) at which ``text`` fits the width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = FONT_BOLD if bold else FONT
    width = float(stringWidth(text, font, size))
    if width <= max_width_pt or width == 0:
        return size
    return max(min_size, size * max_width_pt / width)
