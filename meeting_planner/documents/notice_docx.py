"""The meeting notice as a Word document (.docx) an office can edit into its 公文 flow (文号, 审签).

Same blocks as the PDF (``notice_content``), same GB/T 9704-2012 page: A4, margins 37/35/28/26 mm, 22 lines
on a document grid, body 3号 仿宋_GB2312, title 2号 方正小标宋简体, headings 黑体 / 楷体_GB2312, page
numbers "— 1 —" in 4号 (odd pages right, even pages left). Every paragraph uses a named style (公文标题,
公文正文, 一级标题 ...), so an office restyles the whole notice by changing the style. The reply slip is a
Word table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from meeting_planner.documents.notice_content import REPLY_COLUMNS, NoticeContent, NoticeDocument, notice_document

#: Official faces by role; Word substitutes what the machine has.
TITLE_FACE = "方正小标宋简体"
BODY_FACE = "仿宋_GB2312"
HEADING1_FACE = "黑体"
HEADING2_FACE = "楷体_GB2312"
LATIN_FACE = "Times New Roman"
BODY_PT = 16.0
TITLE_PT = 22.0
PAGE_NUMBER_PT = 14.0
LINE_PT = 225 / 22 * 72 / 25.4  # 22 lines in the 225 mm text block


def write_notice_docx(path: Path, content: NoticeContent, faces: dict[str, str] | None = None) -> None:
    """Write the notice with its reply slip as .docx to ``path``; ``faces`` maps the roles title, body,
    heading to the font families the styles name (default: the official faces)."""
    document = notice_document(content)
    doc = _new_document()
    _page_setup(doc)
    _styles(doc, faces or {})
    _fill(doc, document)
    doc.save(str(path))


def _new_document() -> Any:
    from docx import Document

    return Document()


def _page_setup(doc: Any) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Mm

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(21)
    section.header_distance = Mm(15)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        from docx.oxml import OxmlElement

        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PT * 20)))
    doc.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer, right=True)
    _page_number(section.even_page_footer, right=False)


def _page_number(footer: Any, right: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT
    if right:
        paragraph.paragraph_format.right_indent = Pt(PAGE_NUMBER_PT)
    else:
        paragraph.paragraph_format.left_indent = Pt(PAGE_NUMBER_PT)

    def run(text: str) -> Any:
        r = paragraph.add_run(text)
        r.font.size = Pt(PAGE_NUMBER_PT)
        _east_asian(r, "宋体")
        return r

    run("— ")
    field = run("")
    begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end.set(qn("w:fldCharType"), "end")
    field._r.append(begin)
    field._r.append(instr)
    field._r.append(end)
    run(" —")


def _east_asian(target: Any, face: str) -> None:
    """Set the East Asian (and Latin) face of a run or style."""
    from docx.oxml.ns import qn

    target.font.name = LATIN_FACE
    rpr = target.element.get_or_add_rPr() if hasattr(target.element, "get_or_add_rPr") else target._element.rPr
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        from docx.oxml import OxmlElement

        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), face)


def _style(doc: Any, name: str, face: str, size: float, **options: Any) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    style.font.bold = options.get("bold", False)
    style.element.get_or_add_rPr()
    _east_asian_style(style, face)
    fmt = style.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(options.get("line", LINE_PT))
    fmt.first_line_indent = Pt(options.get("indent", 2 * BODY_PT))
    if "alignment" in options:
        fmt.alignment = options["alignment"]
    if "right_indent" in options:
        fmt.right_indent = Pt(options["right_indent"])
    if options.get("keep_with_next"):
        fmt.keep_with_next = True
    if options.get("off_grid"):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        snap = OxmlElement("w:snapToGrid")
        snap.set(qn("w:val"), "0")
        style.element.get_or_add_pPr().append(snap)
    return style


def _east_asian_style(style: Any, face: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style.font.name = LATIN_FACE
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), face)


def _styles(doc: Any, faces: dict[str, str]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    centre, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    title_face = faces.get("title") or TITLE_FACE
    body_face = faces.get("body") or BODY_FACE
    heading_face = faces.get("heading") or HEADING1_FACE
    _east_asian_style(doc.styles["Normal"], body_face)
    _style(doc, "公文标题", title_face, TITLE_PT, alignment=centre, indent=0, line=LINE_PT * 1.25)
    _style(doc, "发文字号", body_face, BODY_PT, alignment=centre, indent=0)
    _style(doc, "主送机关", body_face, BODY_PT, indent=0)
    _style(doc, "公文正文", body_face, BODY_PT, alignment=WD_ALIGN_PARAGRAPH.JUSTIFY)
    _style(doc, "一级标题", heading_face, BODY_PT, keep_with_next=True)
    _style(doc, "二级标题", HEADING2_FACE, BODY_PT, keep_with_next=True)
    _style(doc, "三级标题", body_face, BODY_PT)
    _style(doc, "四级标题", body_face, BODY_PT)
    _style(doc, "附件说明", body_face, BODY_PT)
    _style(doc, "发文机关署名", body_face, BODY_PT, alignment=right, indent=0, right_indent=4 * BODY_PT)
    _style(doc, "成文日期", body_face, BODY_PT, alignment=right, indent=0, right_indent=4 * BODY_PT)
    _style(doc, "附件标识", heading_face, BODY_PT, indent=0)
    _style(doc, "回执说明", body_face, 14, line=14 * 1.6, indent=28, off_grid=True)
    _style(doc, "回执表格", body_face, 12, line=12 * 1.3, indent=0, alignment=centre, off_grid=True)
    _style(doc, "版记", body_face, PAGE_NUMBER_PT, indent=0, line=PAGE_NUMBER_PT * 1.8, off_grid=True)


def _fill(doc: Any, document: NoticeDocument) -> None:
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    body = doc.paragraphs[0] if doc.paragraphs else None
    if body is not None and not body.text:
        body._element.getparent().remove(body._element)
    if document.doc_number:
        doc.add_paragraph(document.doc_number, style="发文字号")
        doc.add_paragraph("", style="发文字号")
    title = doc.add_paragraph(style="公文标题")
    for index, part in enumerate(document.title_lines):
        if index:
            title.add_run().add_break(WD_BREAK.LINE)
        title.add_run(part)
    doc.add_paragraph("", style="公文正文")
    doc.add_paragraph(document.addressee, style="主送机关")
    for block in document.blocks:
        doc.add_paragraph(
            block.text, style=f"{['公文正文', '一级标题', '二级标题', '三级标题', '四级标题'][block.level]}"
        )
    doc.add_paragraph("", style="公文正文")
    doc.add_paragraph(document.attachment_note, style="附件说明")
    for _ in range(2):
        doc.add_paragraph("", style="公文正文").paragraph_format.keep_with_next = True
    from meeting_planner.domain.notice import closing_indents, text_width

    signer_right, date_right = closing_indents(
        text_width(document.signer) * BODY_PT, text_width(document.date_text) * BODY_PT, BODY_PT
    )
    if document.signer:
        signer = doc.add_paragraph(document.signer, style="发文机关署名")
        signer.paragraph_format.keep_with_next = True
        signer.paragraph_format.right_indent = Pt(signer_right)
    issued = doc.add_paragraph(document.date_text, style="成文日期")
    issued.paragraph_format.right_indent = Pt(date_right)
    for slip in document.slips:
        doc.add_page_break()
        doc.add_paragraph("附件", style="附件标识")
        doc.add_paragraph(document.slip_title, style="公文标题")
        doc.add_paragraph(document.slip_meeting, style="主送机关")
        unit = f"填报单位：{slip.unit}（盖章）" if slip.unit else "填报单位（盖章）："
        doc.add_paragraph(unit, style="主送机关")
        doc.add_paragraph("联系人：" + "　" * 8 + "联系电话：", style="主送机关")
        _slip_table(doc, slip.rows, slip.blank_rows)
        for note in document.slip_notes:
            doc.add_paragraph(note, style="回执说明")
    if document.copy_to or document.printed_by:
        doc.add_paragraph("", style="版记")
        if document.copy_to:
            doc.add_paragraph(f"抄送：{document.copy_to.rstrip('。')}。", style="版记")
        doc.add_paragraph(f"{document.printed_by}" + "　" * 4 + f"{document.printed_date}印发", style="版记")


def _slip_table(doc: Any, rows: list[tuple[str, ...]], blank_rows: int) -> None:
    from docx.shared import Mm

    table = doc.add_table(rows=1 + len(rows) + blank_rows, cols=len(REPLY_COLUMNS))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    widths = (0.12, 0.09, 0.15, 0.17, 0.14, 0.20, 0.13)
    for column, fraction in enumerate(widths):
        table.columns[column].width = Mm(156 * fraction)
        for cell in table.columns[column].cells:
            cell.width = Mm(156 * fraction)
    for column, header in enumerate(REPLY_COLUMNS):
        cell = table.rows[0].cells[column]
        cell.paragraphs[0].style = doc.styles["回执表格"]
        cell.paragraphs[0].add_run(header).bold = True
    for index, values in enumerate(rows, start=1):
        table.rows[index].height = Mm(8)
        for column, value in enumerate(values):
            cell = table.rows[index].cells[column]
            cell.paragraphs[0].style = doc.styles["回执表格"]
            cell.paragraphs[0].add_run(value)
    for index in range(1 + len(rows), 1 + len(rows) + blank_rows):
        table.rows[index].height = Mm(10)
        for cell in table.rows[index].cells:
            cell.paragraphs[0].style = doc.styles["回执表格"]
