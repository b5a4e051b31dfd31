"""Flowing printouts (notice, checklist report): reportlab platypus on the shared numbered canvas.

Also the Chinese date/time wording the printouts share (``2026年12月1日（星期二）上午9:00``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, FONT_BOLD, markup
from meeting_planner.documents.pdf_base import MM, PageStyle, new_canvas

_WEEKDAYS = "一二三四五六日"

PageHook = Callable[[Any, Any], None]


def chinese_date(day: date) -> str:
    """``2026年12月1日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_weekday(day: date) -> str:
    """``星期二``."""
    return "星期" + _WEEKDAYS[day.weekday()]


def chinese_clock(moment: datetime) -> str:
    """``上午9:00`` / ``中午12:00`` / ``下午2:30`` (12-hour wording used in every printout)."""
    if moment.hour < 12:
        part, hour = "上午", moment.hour
    elif moment.hour == 12:
        part, hour = "中午", 12
    else:
        part, hour = "下午", moment.hour - 12 if moment.hour > 12 else 12
    return f"{part}{hour}:{moment.minute:02d}"


def chinese_datetime(moment: datetime) -> str:
    """``2026年12月1日（星期二）上午9:00``."""
    return f"{chinese_date(moment.date())}（{chinese_weekday(moment.date())}）{chinese_clock(moment)}"


def chinese_period(start: datetime, end: datetime | None) -> str:
    """``2026年12月1日（星期二）上午9:00—11:30``, or across days with both dates."""
    text = chinese_datetime(start)
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}—{chinese_clock(end)}"
    return f"{text}至{chinese_datetime(end)}"


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
