"""Printouts for the notice and the day: the notice with reply slip, sign-in sheets, the checklist report.

Each function reads what it needs in one read transaction and writes one PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from meeting_planner.documents.files import atomic_output
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import Meeting, StepStatus
from meeting_planner.domain.notice import NoticeSettings
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.services.pinyin import pinyin_key
from meeting_planner.services.units import unit_order
from meeting_planner.storage.attendees import list_attendees
from meeting_planner.storage.meetings import load_meeting, load_notice_settings, save_notice_settings
from meeting_planner.storage.workspace import Workspace

if TYPE_CHECKING:
    from meeting_planner.documents.notice_content import NoticeContent

Progress = Callable[[int, int], None]


class SignInOrder(StrEnum):
    """How people are ordered on the sign-in sheet."""

    UNIT = "unit"
    STROKES = "strokes"
    #: 姓氏笔画 with single-character given names first within a surname (田富 before 田大利).
    STROKES_SINGLE_FIRST = "strokes-single-first"
    PINYIN = "pinyin"
    RANK = "rank"


SIGNIN_ORDER_LABELS: dict[SignInOrder, str] = {
    SignInOrder.UNIT: "按单位",
    SignInOrder.STROKES: "按姓氏笔画",
    SignInOrder.STROKES_SINGLE_FIRST: "按姓氏笔画（单名在前）",
    SignInOrder.PINYIN: "按拼音",
    SignInOrder.RANK: "按排序号",
}


def _load(workspace: Workspace, meeting_id: int) -> tuple[Meeting, list[Attendee], list[str]]:
    with workspace.reading() as connection:
        meeting = load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        people = list_attendees(connection, meeting_id)
        units = unit_order(connection, people)
    return meeting, people, units


def _strokes() -> Mapping[int, str]:
    from meeting_planner.documents.strokes import stroke_sequences

    return stroke_sequences()


def get_notice_settings(workspace: Workspace, meeting_id: int) -> NoticeSettings:
    """The notice's own fields (成文日期, 发文字号, 参会范围, reply slip options, 版记)."""
    with workspace.reading() as connection:
        if load_meeting(connection, meeting_id) is None:
            raise MeetingNotFound(meeting_id)
        return load_notice_settings(connection, meeting_id)


def set_notice_settings(workspace: Workspace, meeting_id: int, settings: NoticeSettings) -> None:
    """Keep the notice's own fields with the meeting (one user action)."""
    with workspace.transaction() as connection:
        if load_meeting(connection, meeting_id) is None:
            raise MeetingNotFound(meeting_id)
        save_notice_settings(connection, meeting_id, settings)


#: Checklist steps whose completion dates the notice and whose due time is the reply deadline.
NOTICE_ISSUE_STEP = "notice-issue"
REPLIES_STEP = "replies"


def notice_content(workspace: Workspace, meeting_id: int, today: date | None = None) -> NoticeContent:
    """What the notice prints, with its 成文日期 resolved: the field if set, else the day the 印发通知 step
    was done, else ``today`` (default: the current date), which is then kept as the field so a reprint
    says the same date. The reply deadline is the field, else the due time of the 回执统计 step."""
    from meeting_planner.documents.notice_content import NoticeContent

    meeting, people, units = _load(workspace, meeting_id)
    with workspace.transaction() as connection:
        settings = load_notice_settings(connection, meeting_id)
        if settings.issued is None:
            steps = {step.key: step for step in meeting.steps}
            issue = steps.get(NOTICE_ISSUE_STEP)
            if issue is not None and issue.status is StepStatus.DONE and issue.done_at is not None:
                settings = replace(settings, issued=issue.done_at.date())
            else:
                settings = replace(settings, issued=today or date.today())
                save_notice_settings(connection, meeting_id, settings)
    assert settings.issued is not None
    reply_by = settings.reply_by
    if reply_by is None:
        replies = next((step for step in meeting.steps if step.key == REPLIES_STEP), None)
        reply_by = replies.due_at if replies is not None else None
    return NoticeContent(meeting, people, units, settings.issued, settings, reply_by)


def _record(workspace: Workspace, meeting_id: int, document: str, options: str = "") -> None:
    from meeting_planner.services.printouts import record_print

    record_print(workspace, meeting_id, document, options)


def export_notice_pdf(
    workspace: Workspace, meeting_id: int, path: Path, issued: date | None = None, *, record: bool = True
) -> None:
    """The notice (会议通知) with its reply slip; ``issued`` overrides the 成文日期 for this printout only.
    Recorded as printed unless ``record`` is False (or ``issued`` is given)."""
    from meeting_planner.documents.notice_pdf import write_notice_pdf
    from meeting_planner.services.fonts import apply_font_choice

    apply_font_choice(workspace)
    content = notice_content(workspace, meeting_id)
    if issued is not None:
        content = replace(content, issued=issued)
    with atomic_output(path) as temporary:
        write_notice_pdf(temporary, content)
    if record and issued is None:
        _record(workspace, meeting_id, "notice-pdf")


def export_notice_docx(
    workspace: Workspace, meeting_id: int, path: Path, issued: date | None = None, *, record: bool = True
) -> None:
    """The same notice as a Word document an office can edit into its 公文 flow (文号, 审签)."""
    from meeting_planner.documents.notice_docx import write_notice_docx
    from meeting_planner.services.fonts import docx_faces

    content = notice_content(workspace, meeting_id)
    if issued is not None:
        content = replace(content, issued=issued)
    with atomic_output(path) as temporary:
        write_notice_docx(temporary, content, docx_faces(workspace))
    if record and issued is None:
        _record(workspace, meeting_id, "notice-docx")


def note_for(attendee: Attendee) -> str:
    """The sign-in sheet's 备注 for a person: 请假, or who attends in their place."""
    if attendee.reply is ReplyStatus.LEAVE:
        return "请假"
    if attendee.reply is ReplyStatus.SUBSTITUTE and attendee.substitute_name:
        return f"{attendee.substitute_name}代会"
    return ""


def export_signin_pdf(
    workspace: Workspace,
    meeting_id: int,
    path: Path,
    order: SignInOrder | str = SignInOrder.UNIT,
    *,
    qr: bool = False,
    single_given_first: bool = False,
    progress: Progress | None = None,
    units: Sequence[str] | None = None,
    desk: str = "",
    record: bool = True,
    options: str = "",
) -> int:
    """The sign-in sheet (签到表) for everyone expected (staff left out); returns the page count.
    ``units`` keeps only those units' people (one check-in desk's share); ``desk`` names the desk in the title.
    A whole sheet (no ``units``) is recorded as printed in its order unless ``record`` is False.

    ``order``: by unit (grouped, units in the official unit order, rank within), surname strokes
    (GF 3003 笔画序; ``single_given_first`` puts 田富 before 田大利), pinyin or rank.
    """
    from meeting_planner.documents.notice_pdf import meeting_place
    from meeting_planner.documents.signin_pdf import SignInRow, SignInSheet, write_signin_pdf
    from meeting_planner.domain.dates import chinese_period
    from meeting_planner.domain.protocol import order_people

    how = SignInOrder(order)
    meeting, people, unit_sequence = _load(workspace, meeting_id)
    expected = [a for a in people if a.role is not Role.STAFF and (units is None or a.unit in units)]
    by_strokes = how in (SignInOrder.STROKES, SignInOrder.STROKES_SINGLE_FIRST)
    ordered = order_people(
        expected,
        "strokes" if by_strokes else how.value,
        name_of=lambda a: a.name,
        rank_of=lambda a: a.rank,
        unit_of=lambda a: a.unit,
        unit_order=unit_sequence,
        strokes=_strokes() if by_strokes else None,
        single_given_first=single_given_first or how is SignInOrder.STROKES_SINGLE_FIRST,
        pinyin=pinyin_key,
    )
    rows = [SignInRow(a.name, a.unit, a.title, a.code, note_for(a)) for a in ordered]
    sheet = SignInSheet(
        title=f"{meeting.title}（{desk}）" if desk else meeting.title,
        when=chinese_period(meeting.start, meeting.end),
        place=meeting_place(meeting),
        rows=rows,
        grouped=how is SignInOrder.UNIT,
        qr=qr,
    )
    with atomic_output(path) as temporary:
        pages = write_signin_pdf(temporary, sheet, progress)
    if record and units is None:
        _record(workspace, meeting_id, f"sign-in:{how.value}", options or ("印二维码" if qr else ""))
    return pages


def export_checklist_pdf(
    workspace: Workspace, meeting_id: int, path: Path, now: datetime | None = None, *, record: bool = True
) -> None:
    """The checklist report: every step with status, who, when and notes; open and overdue first."""
    from meeting_planner.documents.checklist_pdf import write_checklist_pdf

    meeting, people, _ = _load(workspace, meeting_id)
    count = sum(1 for a in people if a.expected)
    with atomic_output(path) as temporary:
        write_checklist_pdf(temporary, meeting, now or datetime.now(), count, people)
    if record:
        _record(workspace, meeting_id, "checklist")
