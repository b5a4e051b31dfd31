"""Flowing printouts (notice, checklist report): reportlab platypus on the shared numbered canvas.

The Chinese date/time wording the printouts share (``2026年12月1日（星期二）上午9:00``) lives in
``domain/dates.py`` and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, markup
from meeting_planner.documents.pdf_base import MM, PageStyle, new_canvas

PageHook = Callable[[Any, Any], None]


def text(value: str) -> str:
    """User text made safe for a platypus Paragraph (markup escaped, line breaks kept), characters the
    bundled font lacks drawn from a fallback font."""
    return markup(value)


def paragraph_styles(style: PageStyle) -> dict[str, Any]:
    """Paragraph styles for a page style: title, heading, body (first line indented), plain, small, cell."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = style.body_size
    base = ParagraphStyle("base", fontName=FONT, fontSize=body, leading=body * 1.75, wordWrap="CJK")
    return {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=style.title_size,
            leading=style.title_size * 1.5,
            alignment=TA_CENTER,
            spaceAfter=style.title_size * 0.8,
        ),
        "heading": ParagraphStyle("heading", parent=base, fontName=FONT_BOLD, firstLineIndent=2 * body),
        "body": ParagraphStyle("body", parent=base, firstLineIndent=2 * body),
        "plain": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", parent=base, fontSize=style.small_size, leading=style.small_size * 1.4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=body - 1.5, leading=(body - 1.5) * 1.35),
        "cell-bold": ParagraphStyle(
            "cell-bold", parent=base, fontName=FONT_BOLD, fontSize=body - 1.5, leading=(body - 1.5) * 1.35
        ),
    }


def build_flowing_pdf(
    path: Path,
    style: PageStyle,
    title: str,
    story: Sequence[Any],
    on_page: PageHook | None = None,
    top_extra_mm: float = 0.0,
    numbered: bool | str = True,
) -> None:
    """Lay ``story`` out on numbered pages ("第 x 页 / 共 y 页") of ``style``; ``on_page(canvas, doc)`` draws
    anything repeated per page (e.g. a running header in the top ``top_extra_mm`` of the content area)."""
    from reportlab.platypus import SimpleDocTemplate

    def canvas_maker(*_args: Any, **_kwargs: Any) -> Any:
        return new_canvas(path, style, title, numbered=numbered)

    doc = SimpleDocTemplate(
        str(path),
        pagesize=style.size_pt,
        leftMargin=style.margin_left * MM,
        rightMargin=style.margin_right * MM,
        topMargin=(style.margin_top + top_extra_mm) * MM,
        bottomMargin=style.margin_bottom * MM,
        title=title,
        author="会务筹备 Meeting Planner",
        creator="会务筹备 Meeting Planner",
        invariant=1,
    )
    hook = on_page or (lambda _canvas, _doc: None)
    doc.build(list(story), onFirstPage=hook, onLaterPages=hook, canvasmaker=canvas_maker)
