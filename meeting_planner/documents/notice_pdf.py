"""The meeting notice (会议通知) with its reply slip (回执) as 附件, laid out by GB/T 9704-2012.

A4, top margin 37 mm, binding margin 28 mm, text block 156 x 225 mm with 22 lines; body in 3号 (16 pt),
title in 2号 (22 pt) broken only where the meaning allows, headings 一、 （一） 1. （1）, page numbers "— 1 —"
in 4号 (odd pages right, even pages left), signature and 成文日期 kept together with room for the seal,
the 附件 line, optional 发文字号 above the title and 版记 at the foot of the last page.
What the notice says comes from ``notice_content``; Word output (``notice_docx``) lays out the same blocks.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from meeting_planner.documents.fonts import FONT, check_glyphs, markup, register_fonts, role_font
from meeting_planner.documents.notice_content import (
    REPLY_COLUMNS,
    NoticeContent,
    NoticeDocument,
    meeting_place,
    notice_document,
    notice_title,
)
from meeting_planner.documents.pdf_base import MM, STYLES, PageStyle, new_canvas

__all__ = ["LINES_PER_PAGE", "NoticeContent", "meeting_place", "notice_title", "write_notice_pdf"]

#: GB/T 9704-2012 5.2.2: 22 lines a page.
LINES_PER_PAGE = 22
#: Table cells of the reply slip: 小四 (12 pt).
CELL_SIZE = 12.0
#: Width fractions of the reply slip columns (REPLY_COLUMNS).
_COLUMN_FRACTIONS = (0.12, 0.09, 0.15, 0.17, 0.14, 0.20, 0.13)


def _styles(style: PageStyle) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    body = style.body_size
    body_font, title_font, heading_font = role_font("body"), role_font("title"), role_font("heading")
    # A whisker under 225 mm / 22 so that exactly 22 lines fit the frame despite rounding.
    leading = style.content_mm[1] * MM / LINES_PER_PAGE - 0.01
    base = ParagraphStyle(
        "公文正文",
        fontName=body_font,
        fontSize=body,
        leading=leading,
        wordWrap="CJK",
        alignment=TA_LEFT,
        firstLineIndent=2 * body,
    )
    cell = ParagraphStyle("回执表格", parent=base, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.3, firstLineIndent=0)
    return {
        "title": ParagraphStyle(
            "公文标题",
            parent=base,
            fontName=title_font,
            fontSize=style.title_size,
            leading=leading * 1.25,
            alignment=TA_CENTER,
            firstLineIndent=0,
        ),
        "doc-number": ParagraphStyle("发文字号", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "plain": ParagraphStyle("主送机关", parent=base, firstLineIndent=0),
        "body": base,
        "heading1": ParagraphStyle("一级标题", parent=base, fontName=heading_font),
        "heading2": ParagraphStyle("二级标题", parent=base),
        "heading3": ParagraphStyle("三级标题", parent=base),
        "heading4": ParagraphStyle("四级标题", parent=base),
        "right": ParagraphStyle("成文日期", parent=base, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=4 * body),
        "attachment-label": ParagraphStyle("附件标识", parent=base, fontName=heading_font, firstLineIndent=0),
        "cell": cell,
        "cell-bold": ParagraphStyle("回执表头", parent=cell, fontName=heading_font, alignment=TA_CENTER),
        "note": ParagraphStyle("回执说明", parent=base, fontSize=14, leading=14 * 1.6, firstLineIndent=28),
        "colophon": ParagraphStyle(
            "版记",
            parent=base,
            fontSize=style.small_size,
            leading=style.small_size * 1.8,
            firstLineIndent=0,
            leftIndent=style.small_size,
            rightIndent=style.small_size,
        ),
    }


def _para(value: str, style: Any, width: float) -> Any:
    """``value`` broken into lines by the Chinese rules (避头尾) and set on the GB/T 9704 grid: 16 pt type at
    28 characters a line (156 mm / 28, a slightly negative character spacing, as Word's document grid does),
    full lines justified. Smaller text (the reply slip notes) is a plain Paragraph."""
    from reportlab.platypus import Paragraph

    from meeting_planner.documents.linebreak import kinsoku_markup

    inner = width - style.leftIndent - style.rightIndent
    if style.fontSize == BODY_SIZE and style.alignment == 0:
        return grid_text(value, style, width)
    return Paragraph(kinsoku_markup(value, style.fontName, style.fontSize, inner, style.firstLineIndent), style)


#: 3号 body type.
BODY_SIZE = 16.0
#: GB/T 9704-2012 5.2.2: 28 characters a line.
CHARS_PER_LINE = 28


@cache
def _grid_text_class() -> Any:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus.flowables import Flowable

    from meeting_planner.documents.fonts import font_runs
    from meeting_planner.documents.linebreak import break_lines

    class _GridText(Flowable):
        """Lines on the page grid; splits between lines across pages."""

        def __init__(self, value: str, style: Any, width: float, lines: list[str] | None = None, first: bool = True):
            super().__init__()
            self.value, self.style, self.text_width, self.first = value, style, width, first
            self.char_space = width / CHARS_PER_LINE - style.fontSize
            if lines is None:
                lines = []
                for index, part in enumerate(value.split("\n")):
                    indent = style.firstLineIndent if index == 0 else 0.0
                    lines += break_lines(part, self._width_of, width - style.leftIndent - style.rightIndent, indent)
                self.last = len(lines) - 1
            self.lines = lines

        def _width_of(self, text: str) -> float:
            runs = font_runs(text, self.style.fontName)
            natural = sum(stringWidth(part, font, self.style.fontSize) for font, part in runs)
            return float(natural + self.char_space * len(text))

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return available_width, self.style.leading * len(self.lines)

        def split(self, available_width: float, available_height: float) -> list[Any]:
            fits = int(available_height // self.style.leading)
            if fits >= len(self.lines):
                return [self]
            if len(self.lines) - fits == 1:
                fits -= 1  # no single line left alone at the top of the next page
            if fits <= 1 and len(self.lines) > 2:
                return []  # nor at the foot of this one
            if fits <= 0:
                return []
            head = _GridText(self.value, self.style, self.text_width, self.lines[:fits], self.first)
            tail = _GridText(self.value, self.style, self.text_width, self.lines[fits:], False)
            head.last = len(self.lines) + 1  # no line of the head is the paragraph's last
            tail.last = getattr(self, "last", len(self.lines) - 1) - fits
            return [head, tail]

        def draw(self) -> None:
            style, canvas = self.style, self.canv
            size, leading = style.fontSize, style.leading
            height = leading * len(self.lines)
            room = self.text_width - style.leftIndent - style.rightIndent
            last = getattr(self, "last", len(self.lines) - 1)
            canvas.setFont(style.fontName, size)
            for index, line in enumerate(self.lines):
                indent = style.firstLineIndent if (index == 0 and self.first) else 0.0
                spacing = self.char_space
                natural = self._width_of(line)
                slack = room - indent - natural
                if index != last and len(line) > 1 and 0 < slack < 2.5 * size:
                    spacing += slack / (len(line) - 1)  # justify full lines
                # The baseline sits in the lower part of its grid line, as in Word.
                baseline = height - (index + 1) * leading + (leading - size) / 2 + size * 0.12
                canvas.drawString(style.leftIndent + indent, baseline, line, charSpace=spacing)

    return _GridText


def grid_text(value: str, style: Any, width: float) -> Any:
    """A flowable of ``value`` on the notice grid (see ``_para``)."""
    return _grid_text_class()(value, style, width)


def write_notice_pdf(path: Path, content: NoticeContent) -> None:
    """Write the notice and its reply slip to ``path``; ``MissingGlyphError`` first if some text can't print."""
    document = notice_document(content)
    check_glyphs(document.strings())
    check_glyphs([("通知标题", document.title)], bold=True)
    style = STYLES["notice"]
    styles = _styles(style)
    story = _notice_story(document, styles, style) + _slip_story(document, styles, style)
    story += _colophon_story(document, styles, style)
    _build(path, style, document.title, story)


def _build(path: Path, style: PageStyle, title: str, story: list[Any]) -> None:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    width, height = style.content_mm
    frame = Frame(
        style.margin_left * MM,
        style.margin_bottom * MM,
        width * MM,
        height * MM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="版心",
    )

    def canvas_maker(*_args: Any, **_kwargs: Any) -> Any:
        return new_canvas(path, style, title, numbered="official")

    doc = BaseDocTemplate(
        str(path),
        pagesize=style.size_pt,
        leftMargin=style.margin_left * MM,
        rightMargin=style.margin_right * MM,
        topMargin=style.margin_top * MM,
        bottomMargin=style.margin_bottom * MM,
        title=title,
        invariant=1,
        pageTemplates=[PageTemplate("公文", frames=[frame])],
    )
    doc.build(story, canvasmaker=canvas_maker)


def _notice_story(document: NoticeDocument, styles: dict[str, Any], style: PageStyle) -> list[Any]:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

    line = styles["body"].leading
    width = style.content_mm[0] * MM
    story: list[Any] = []
    if document.doc_number:
        story += [
            Paragraph(markup(document.doc_number, styles["doc-number"].fontName), styles["doc-number"]),
            Spacer(1, line),
        ]
    story += [Paragraph(markup(part, styles["title"].fontName), styles["title"]) for part in document.title_lines]
    story.append(Spacer(1, line))
    story.append(_para(document.addressee, styles["plain"], width))
    for block in document.blocks:
        if block.level:
            # A heading never ends a page: at least two lines of its text follow on the same page.
            story.append(CondPageBreak(3 * line))
        story.append(_para(block.text, styles[f"heading{block.level}" if block.level else "body"], width))
    story.append(Spacer(1, line))
    story.append(_para(document.attachment_note, styles["body"], width))
    # 落款: two blank lines for the seal, the organiser centred over the date (GB/T 9704 7.3.5.1).
    from reportlab.lib.styles import ParagraphStyle

    from meeting_planner.domain.notice import closing_indents

    body = style.body_size
    closing: list[Any] = [Spacer(1, 2 * line)]
    body_font = styles["body"].fontName
    date_width = stringWidth(document.date_text, body_font, body)
    signer_width = stringWidth(document.signer, body_font, body) if document.signer else 0.0
    signer_right, date_right = closing_indents(signer_width, date_width, body)
    if document.signer:
        signer_style = ParagraphStyle("发文机关署名", parent=styles["right"], rightIndent=signer_right)
        closing.append(Paragraph(markup(document.signer, body_font), signer_style))
    date_style = ParagraphStyle("成文日期", parent=styles["right"], rightIndent=date_right)
    closing.append(Paragraph(markup(document.date_text, body_font), date_style))
    story.append(KeepTogether(closing))
    return story


def _slip_story(document: NoticeDocument, styles: dict[str, Any], style: PageStyle) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    width = style.content_mm[0] * MM
    story: list[Any] = []
    for slip in document.slips:
        story += [PageBreak(), Paragraph("附件", styles["attachment-label"])]
        story.append(Paragraph(markup(document.slip_title, styles["title"].fontName), styles["title"]))
        story.append(_para(document.slip_meeting, styles["plain"], width))
        unit = f"填报单位：{slip.unit}（盖章）" if slip.unit else "填报单位（盖章）："
        story.append(_para(unit, styles["plain"], width))
        gap = "&nbsp;" * 24
        story.append(Paragraph(f"联系人：{gap}联系电话：", styles["plain"]))
        rows: list[list[Any]] = [[Paragraph(h, styles["cell-bold"]) for h in REPLY_COLUMNS]]
        rows += [
            [Paragraph(markup(cell, styles["cell"].fontName), styles["cell"]) for cell in row] for row in slip.rows
        ]
        rows += [[""] * len(REPLY_COLUMNS) for _ in range(slip.blank_rows)]
        table = Table(
            rows,
            colWidths=[width * f for f in _COLUMN_FRACTIONS],
            repeatRows=1,
            rowHeights=[None] * (1 + len(slip.rows)) + [10 * MM] * slip.blank_rows,
            splitInRow=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # blank cells, else reportlab picks Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5 * MM),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * MM),
                ]
            )
        )
        story += [Spacer(1, 2 * MM), table, Spacer(1, 3 * MM)]
        story += [_para(note, styles["note"], width) for note in document.slip_notes]
    return story


def _colophon_story(document: NoticeDocument, styles: dict[str, Any], style: PageStyle) -> list[Any]:
    """版记 at the foot of the last page: 抄送 and 印发机关/印发日期 between rules."""
    if not (document.copy_to or document.printed_by):
        return []
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.platypus.flowables import TopPadder

    rows: list[list[Any]] = []
    if document.copy_to:
        rows.append(
            [
                Paragraph(
                    markup(f"抄送：{document.copy_to.rstrip('。')}。", styles["colophon"].fontName), styles["colophon"]
                )
            ]
        )
    printed = f"{document.printed_by}" + "　" * 4 + f"{document.printed_date}印发"
    rows.append([Paragraph(markup(printed, styles["colophon"].fontName), styles["colophon"])])
    table = Table(rows, colWidths=[style.content_mm[0] * MM])
    commands: list[Any] = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.35 * MM, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.35 * MM, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]
    if len(rows) > 1:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.25 * MM, colors.black))
    table.setStyle(TableStyle(commands))
    return [TopPadder(table)]
