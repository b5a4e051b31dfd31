"""The notice, sign-in sheet and checklist PDFs, read back with pypdf."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.documents.fonts import MissingGlyphError
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.domain.notice import NoticeSettings
from meeting_planner.services.day_printouts import (
    export_checklist_pdf,
    export_notice_pdf,
    export_signin_pdf,
    set_notice_settings,
)
from meeting_planner.services.meetings import create_meeting, get_meeting, set_step_status, update_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.tables import units
from meeting_planner.storage.workspace import Workspace

TITLE = "2027年全市安全生产工作会议"
UNITS = ["市发改委", "市财政局", "市教育局", "市自然资源和规划局"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "建国", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟"]


def roster(count: int) -> list[Attendee]:
    people = []
    for i in range(count):
        person = Attendee(
            SURNAMES[i % len(SURNAMES)] + GIVEN[i % len(GIVEN)] + ("" if i < 280 else GIVEN[(i // 7) % len(GIVEN)]),
            unit=UNITS[i % len(UNITS)],
            title=["局长", "副局长", "处长"][i % 3],
            phone=f"139{i:08d}",
            rank=i + 1,
            role=Role.OBSERVER if i % 9 == 8 else Role.ATTENDEE,
        )
        if i % 13 == 4:
            person.reply = ReplyStatus.LEAVE
        people.append(person)
    return people


def make_meeting(workspace: Workspace, people: list[Attendee]) -> int:
    meeting = create_meeting(workspace, TITLE, datetime(2026, 12, 1, 9), "plenary", venue="市行政中心")
    assert meeting.id is not None
    meeting.location = "三楼第一会议室"
    meeting.agenda = "传达上级会议精神\n市长讲话"
    meeting.bring = "笔记本"
    meeting.contact = "秘书一科 李明 0571-88888888"
    meeting.checkin_opens = datetime(2026, 12, 1, 8, 30)
    meeting.organiser = "市人民政府办公室"
    update_meeting(workspace, meeting)
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    return meeting.id


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def compact(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_notice_has_title_sections_every_name_and_reply_slip(workspace: Workspace, tmp_path: Path) -> None:
    people = [*roster(40), Attendee("孙丽", unit="市政府办公室", title="会务", role=Role.STAFF)]
    meeting_id = make_meeting(workspace, people)
    set_notice_settings(workspace, meeting_id, NoticeSettings(list_names=True, reply_prefilled=True))
    out = tmp_path / "notice.pdf"
    export_notice_pdf(workspace, meeting_id, out, issued=date(2026, 11, 20))
    pages = pages_text(out)
    whole = compact("".join(pages))
    assert compact(f"关于召开{TITLE}的通知") in whole
    for heading in ("会议时间", "会议地点", "参会人员", "会议议程", "有关要求", "联系方式", "会议回执"):
        assert heading in whole
    assert "2026年12月1日（星期二）上午9:00" in whole
    assert "市行政中心三楼第一会议室" in whole
    assert "上午8:30开始签到" in whole and "2026年11月20日" in whole
    assert "出席人员" in whole and "列席人员" in whole
    for person in people[:-1]:
        assert person.name in whole
    # Each unit's slip lists its own invited people, never a phone number nor the staff member.
    for header in ("姓名", "性别", "职务", "联系电话", "是否参会", "备注"):
        assert header in whole
    assert people[0].phone not in whole
    assert "孙丽" not in whole
    assert "—1—" in whole


def test_signin_sheet_groups_by_unit_repeats_header_and_numbers_pages(workspace: Workspace, tmp_path: Path) -> None:
    people = roster(300)
    meeting_id = make_meeting(workspace, people)
    with workspace.transaction() as connection:
        connection.execute(
            units.insert(), [{"name": "市教育局", "sort_order": 1}, {"name": "市财政局", "sort_order": 2}]
        )
    out = tmp_path / "signin.pdf"
    count = export_signin_pdf(workspace, meeting_id, out)
    reader = PdfReader(out)
    assert len(reader.pages) == count > 10
    pages = [compact(t) for t in pages_text(out)]
    for number, text in enumerate(pages, start=1):
        assert compact(f"{TITLE}签到表") in text
        for header in ("序号", "单位", "姓名", "职务", "签到", "备注"):
            assert header in text
        assert f"第{number}页/共{count}页" in text
    whole = "".join(pages)
    for person in people:
        assert person.name in whole
    # Units in unit order: the directory's order first, then the rest as they first appear.
    firsts = [whole.index(name) for name in ("市教育局", "市财政局", "市发改委", "市自然资源和规划局")]
    assert firsts == sorted(firsts)
    assert "请假" in whole


def test_signin_sheet_by_strokes_with_qr_codes(workspace: Workspace, tmp_path: Path) -> None:
    people = [Attendee("张三", unit="甲"), Attendee("王五", unit="乙"), Attendee("李四", unit="甲")]
    meeting_id = make_meeting(workspace, people)
    out = tmp_path / "signin-strokes.pdf"
    export_signin_pdf(workspace, meeting_id, out, "strokes", qr=True)
    text = compact(pages_text(out)[0])
    assert text.index("王五") < text.index("李四") < text.index("张三")  # 4 < 7 strokes; 李 before 张
    assert "签到码" in text
    plain = make_meeting(workspace, people)
    without = tmp_path / "signin-plain.pdf"
    export_signin_pdf(workspace, plain, without, "strokes")

    def qr_codes(path: Path) -> int:  # each drawn as a 21 x 21 inline image mask
        return PdfReader(path).pages[0].get_contents().get_data().count(b"BI /W 21 /H 21 /IM true")

    assert qr_codes(out) == 3 and qr_codes(without) == 0  # a QR code per person


def test_signin_sheet_refuses_a_name_the_font_cannot_print(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = make_meeting(workspace, [Attendee("王\ue000", unit="甲")])
    out = tmp_path / "bad.pdf"
    with pytest.raises(MissingGlyphError, match="王\ue000"):
        export_signin_pdf(workspace, meeting_id, out)
    assert not out.exists()


def test_checklist_report_lists_open_and_overdue_first(workspace: Workspace, tmp_path: Path) -> None:
    people = roster(12)
    meeting_id = make_meeting(workspace, people)
    steps = get_meeting(workspace, meeting_id).steps
    first = steps[0]
    set_step_status(workspace, meeting_id, first.key, StepStatus.DONE, by="张三", now=datetime(2026, 11, 18, 10))
    out = tmp_path / "checklist.pdf"
    now = datetime(2026, 11, 28, 10)
    export_checklist_pdf(workspace, meeting_id, out, now=now)
    whole = compact("".join(pages_text(out)))
    assert compact(TITLE) in whole
    for step in steps:
        assert compact(step.title) in whole
    assert "已逾期" in whole and "张三" in whole
    overdue = [s for s in steps[1:] if s.due_at < now]
    assert overdue
    # The done step (due first of all) comes after every overdue open step.
    assert all(whole.index(compact(s.title)) < whole.index(compact(first.title)) for s in overdue)
    assert "人数" in whole  # quantity rules are worked out for the number of attendees
    appendix = whole[whole.index("附：参会人员回执情况") :]
    for person in people:
        assert compact(person.name) in appendix
    on_leave = sum(1 for p in people if p.reply is ReplyStatus.LEAVE)
    assert f"请假{on_leave}人" in appendix


def test_no_text_of_any_length_breaks_a_printout(workspace: Workspace, tmp_path: Path) -> None:
    from meeting_planner.services import seating
    from meeting_planner.services.day_printouts import export_notice_docx

    # As long as the fields allow (domain.limits): every printout must still cope.
    long = "市" + "很长的单位名称" * 28
    meeting = create_meeting(workspace, "长" * 198 + "会议", datetime(2026, 12, 1, 12), "plenary", venue="场" * 200)
    assert meeting.id is not None
    meeting.location, meeting.agenda, meeting.bring = "室" * 200, "议" * 600, "带" * 500
    meeting.contact, meeting.organiser = "联" * 200, "办" * 200
    update_meeting(workspace, meeting)
    people = [Attendee("张三" * 3, unit=long, title=long, notes=long, rank=1), Attendee("李四", unit="甲", rank=2)]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    seating.auto_seat(workspace, meeting.id, "hall-800")
    writers = {
        "chart": seating.export_seating_chart,
        "list": seating.export_seat_list,
        "cards": seating.export_table_cards,
        "signin": export_signin_pdf,
        "notice": export_notice_pdf,
        "checklist": export_checklist_pdf,
    }
    for name, write in writers.items():
        out = tmp_path / f"{name}.pdf"
        write(workspace, meeting.id, out)
        assert len(PdfReader(out).pages) >= 1, name
    export_notice_docx(workspace, meeting.id, tmp_path / "notice.docx")
    assert "中午12:00" in "".join(pages_text(tmp_path / "notice.pdf")).replace(" ", "")
