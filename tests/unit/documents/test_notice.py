"""The notice (会议通知) by GB/T 9704-2012, as PDF and .docx, read back with pypdf and python-docx."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from meeting_planner.documents.linebreak import NO_END, NO_START, break_lines
from meeting_planner.documents.notice_content import REPLY_COLUMNS
from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.domain.notice import NoticeSettings, break_title, heading_number, strip_numbering
from meeting_planner.services.day_printouts import (
    export_notice_docx,
    export_notice_pdf,
    get_notice_settings,
    set_notice_settings,
)
from meeting_planner.services.meetings import create_meeting, set_step_status, update_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace

MM = 72 / 25.4
UNITS = ["市发改委", "市财政局", "市教育局", "市自然资源和规划局", "市卫生健康委员会"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "建国", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"]
LONG_TITLE = "2027年全市深化营商环境改革暨优化政务服务推进工作会议"


def roster(count: int) -> list[Attendee]:
    return [
        Attendee(
            SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)],
            unit=UNITS[i % len(UNITS)],
            title=["局长", "副局长", "处长"][i % 3],
            phone=f"139{i:08d}",
            gender="男" if i % 2 else "女",
            rank=(i * 7) % count + 1,
            role=Role.OBSERVER if i % 9 == 8 else Role.ATTENDEE,
        )
        for i in range(count)
    ]


def make_meeting(workspace: Workspace, people: list[Attendee], title: str = LONG_TITLE) -> int:
    meeting = create_meeting(workspace, title, datetime(2026, 12, 1, 9), "plenary", venue="市行政中心")
    assert meeting.id is not None
    meeting.end = datetime(2026, 12, 1, 12)
    meeting.location = "三楼第一会议室"
    meeting.agenda = "一、传达上级会议精神\n二、市长讲话\n3. 书记总结"
    meeting.bring = "笔记本"
    meeting.contact = "秘书一科 李明 0571-88888888"
    meeting.checkin_opens = datetime(2026, 12, 1, 8, 30)
    meeting.organiser = "市人民政府办公室"
    update_meeting(workspace, meeting)
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    return meeting.id


def lines_of(path: Path) -> list[list[str]]:
    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()] for page in PdfReader(path).pages
    ]


def text_runs(page: Any) -> list[tuple[str, float, float, float]]:
    """(text, font size, x, y) of every text run on a page."""
    runs: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            scale = tm[0] * cm[0] if tm[0] and cm[0] else 1
            runs.append((text, size * scale, tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return runs


@pytest.fixture
def notice(workspace: Workspace, tmp_path: Path) -> tuple[int, Path]:
    meeting_id = make_meeting(workspace, roster(120))
    out = tmp_path / "notice.pdf"
    export_notice_pdf(workspace, meeting_id, out)
    return meeting_id, out


def test_default_notice_prints_no_phone_number_and_keeps_the_title_whole(
    notice: tuple[int, Path],
) -> None:
    _, out = notice
    pages = lines_of(out)
    whole = "".join("".join(page) for page in pages)
    assert not re.search(r"139\d{8}", whole)
    assert "各有关单位主要负责同志" in whole
    title_lines = pages[0][: pages[0].index("各有关单位：")]
    assert "".join(title_lines) == f"关于召开{LONG_TITLE}的通知"
    assert all(len(line) >= 2 for line in title_lines)
    # The reply slip is a blank form with the new columns, the deadline and how to return it.
    for column in REPLY_COLUMNS:
        assert column in whole.replace(" ", "") or column == "替会人姓名及职务"
    assert "替会人姓名及" in whole and "附件：会议回执" in whole
    assert "传真、电子邮件或通过OA系统" in whole
    # Leaders are not listed unless asked for.
    assert "王伟" not in whole


def test_notice_page_geometry_font_size_lines_and_page_numbers(notice: tuple[int, Path]) -> None:
    _, out = notice
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width / MM), round(height / MM)) == (210, 297)
        runs = text_runs(page)
        number_runs = [r for r in runs if re.fullmatch(r"— \d+ —", r[0].strip())]
        assert [r[0].strip() for r in number_runs] == [f"— {number} —"]
        _, size, x, y = number_runs[0]
        assert round(size) == 14
        assert (x > width / 2) if number % 2 else (x < width / 2)
        assert y == pytest.approx((35 - 7) * MM, abs=1)
        body = [r for r in runs if round(r[1]) == 16]
        assert body, f"page {number} has no 16 pt text"
        # Text block: left edge 28 mm, top 37 mm, nothing right of 210-26 mm or below 35 mm.
        assert min(r[2] for r in body) >= 28 * MM - 0.5
        assert max(r[3] for r in body) <= height - 37 * MM
        assert min(r[3] for r in body) >= 35 * MM
        if number <= 2:
            baselines = {round(r[3]) for r in body}
            assert len(baselines) <= 22
    first = [r for r in text_runs(reader.pages[0]) if round(r[1]) == 16]
    assert min(r[2] for r in first) == pytest.approx(28 * MM, abs=0.5)  # 主送机关 flush left
    for page in lines_of(out):
        for line in page:
            assert line[0] not in "、，。）：；", line


def test_notice_lines_are_as_wide_as_the_text_block(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = make_meeting(workspace, roster(3))
    out = tmp_path / "n.pdf"
    export_notice_pdf(workspace, meeting_id, out)
    runs = [r for r in text_runs(PdfReader(out).pages[0]) if round(r[1]) == 16]
    by_line: dict[int, str] = defaultdict(str)
    for text, _size, _x, y in runs:
        by_line[round(y)] += text
    # In character widths (digits and Latin letters are half): 27 or 28 of the 28 a GB/T 9704 line holds.
    widest = max(sum(0.5 if c.isascii() else 1 for c in t.strip()) for t in by_line.values())
    assert 26.5 <= widest <= 28


def test_issued_date_is_the_field_then_the_notice_step_then_the_first_print(
    workspace: Workspace, tmp_path: Path
) -> None:
    meeting_id = make_meeting(workspace, roster(5))
    out = tmp_path / "n.pdf"
    # No field, step not done: the first print is dated today and the date is kept.
    export_notice_pdf(workspace, meeting_id, out)
    first = get_notice_settings(workspace, meeting_id).issued
    assert first == date.today()
    # The field decides.
    set_notice_settings(
        workspace, meeting_id, NoticeSettings(issued=date(2026, 11, 20), doc_number="市府办发〔2026〕7号")
    )
    export_notice_pdf(workspace, meeting_id, out)
    text = "".join("".join(p) for p in lines_of(out))
    assert "2026年11月20日" in text and "市府办发〔2026〕7号" in text
    assert date.today().strftime("%Y年%-m月%-d日") not in text or date.today() == date(2026, 11, 20)
    # Without the field, the day the 印发通知 step was done.
    set_notice_settings(workspace, meeting_id, NoticeSettings())
    set_step_status(workspace, meeting_id, "notice-issue", StepStatus.DONE, by="王晓", now=datetime(2026, 11, 23, 10))
    export_notice_pdf(workspace, meeting_id, out)
    assert "2026年11月23日" in "".join("".join(p) for p in lines_of(out))


def test_prefilled_slips_list_each_units_own_people_without_phones(workspace: Workspace, tmp_path: Path) -> None:
    people = roster(30)
    meeting_id = make_meeting(workspace, people)
    set_notice_settings(workspace, meeting_id, NoticeSettings(reply_prefilled=True, list_names=True))
    out = tmp_path / "n.pdf"
    export_notice_pdf(workspace, meeting_id, out)
    pages = ["".join(page) for page in lines_of(out)]
    assert not any(re.search(r"139\d{8}", page) for page in pages)
    for unit in UNITS:
        slip = next(page for page in pages if f"填报单位：{unit}（盖章）" in page)
        names_here = {p.name for p in people if p.unit == unit}
        others = {p.name for p in people if p.unit != unit} - names_here
        assert all(name in slip for name in names_here)
        assert not any(name in slip for name in others)
    # Names listed leaders first by rank.
    body = pages[0] + pages[1]
    leaders = sorted((p for p in people if p.role is Role.ATTENDEE), key=lambda p: p.rank or 0)
    positions = [body.index(p.name) for p in leaders[:5]]
    assert positions == sorted(positions)


def test_notice_docx_opens_with_title_body_styles_and_reply_table(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = make_meeting(workspace, roster(120))
    out = tmp_path / "notice.docx"
    export_notice_docx(workspace, meeting_id, out)
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    title = next(p for p in doc.paragraphs if p.style.name == "公文标题")
    assert title.text.replace("\n", "") == f"关于召开{LONG_TITLE}的通知"
    assert any(p.style.name == "一级标题" and p.text == "一、会议时间" for p in doc.paragraphs)
    assert any(p.style.name == "公文正文" and "经研究" in p.text for p in doc.paragraphs)
    assert "附件：会议回执" in texts
    styles = {s.name for s in doc.styles}
    assert {"公文标题", "公文正文", "一级标题", "二级标题", "成文日期", "回执表格"} <= styles
    assert doc.styles["公文正文"].font.size.pt == 16
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(REPLY_COLUMNS)
    assert not re.search(r"139\d{8}", "\n".join(texts))
    section = doc.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_very_long_texts_do_not_break_the_notice(workspace: Workspace, tmp_path: Path) -> None:
    # As long as the fields allow (domain.limits); the notice's own fields have no such limit.
    long = "市" + "很长的单位名称" * 28
    longer = "市" + "很长的单位名称" * 80
    people = [Attendee("张三", unit=long, title=long, notes=longer), *roster(5)]
    meeting_id = make_meeting(workspace, people, title="长" * 198 + "会议")
    set_notice_settings(
        workspace, meeting_id, NoticeSettings(reply_prefilled=True, list_names=True, scope=longer, copy_to=longer)
    )
    out = tmp_path / "n.pdf"
    export_notice_pdf(workspace, meeting_id, out)
    export_notice_docx(workspace, meeting_id, tmp_path / "n.docx")
    assert len(PdfReader(out).pages) >= 3


def test_break_title_never_leaves_a_lone_character() -> None:
    assert break_title("关于召开全市工作会议的通知", 20) == ["关于召开全市工作会议的通知"]
    lines = break_title(f"关于召开{LONG_TITLE}的通知", 20)
    assert "".join(lines) == f"关于召开{LONG_TITLE}的通知"
    assert all(len(line) >= 2 for line in lines) and len(lines) == 2
    assert not lines[1].startswith(("知", "会", "议"))
    for n in range(19, 60):
        title = "关于召开" + "工作" * (n // 2) + "会议的通知"
        lines = break_title(title, 20)
        assert "".join(lines) == title
        assert all(2 <= len(line) <= 20 for line in lines)


def test_headings_and_numbering() -> None:
    assert [heading_number(1, 1), heading_number(2, 12), heading_number(3, 3), heading_number(4, 4)] == [
        "一、",
        "（十二）",
        "3.",
        "（4）",
    ]
    assert [strip_numbering(s) for s in ("一、传达", "（二）讲话", "3. 总结", "4、会见", "讲话")] == [
        "传达",
        "讲话",
        "总结",
        "会见",
        "讲话",
    ]


def test_settings_round_trip_through_json() -> None:
    settings = NoticeSettings(
        issued=date(2026, 11, 20), doc_number="〔2026〕1号", list_names=True, reply_by=datetime(2026, 11, 25, 17)
    )
    assert NoticeSettings.from_json(settings.to_json()) == settings
    assert NoticeSettings.from_json("not json") == NoticeSettings()
    assert NoticeSettings.from_json('{"issued": "bad", "scope": "各区"}') == NoticeSettings(scope="各区")


_WORDS = st.lists(
    st.tuples(
        st.text("会议通知单位同志工作安排参加", min_size=1, max_size=6),
        st.sampled_from([*"、，。；：）", "（", "", "0571-8888"]),
    ),
    min_size=1,
    max_size=40,
)


@given(_WORDS, st.integers(min_value=6, max_value=30))
def test_break_lines_keeps_closing_punctuation_off_line_starts(words: list[tuple[str, str]], chars: int) -> None:
    text = "".join(word + mark for word, mark in words)
    lines = break_lines(text, lambda s: float(len(s)), float(chars))
    assert "".join(lines) == text
    for line in lines[1:]:
        assert line[0] not in NO_START
    for line in lines[:-1]:
        assert line[-1] not in NO_END


def test_signature_is_centred_over_the_date() -> None:
    from meeting_planner.domain.notice import closing_indents

    # Shorter signer: date four characters in, signer centred over it.
    assert closing_indents(5 * 16, 9 * 16, 16) == (64 + 32, 64)
    # Longer signer: date two characters in, signer centred over it as far as the margin allows.
    assert closing_indents(12 * 16, 9 * 16, 16) == (32 - 24, 32)
    assert closing_indents(30 * 16, 9 * 16, 16) == (0.0, 32)
