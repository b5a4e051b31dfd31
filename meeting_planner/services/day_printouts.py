"""Printouts for the notice and the day: the notice with reply slip, sign-in sheets, the checklist report.

Each function reads what it needs in one read transaction and writes one PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from meeting_planner.documents.files import atomic_output
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import Meeting
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.services.units import unit_order
from meeting_planner.storage.attendees import list_attendees
from meeting_planner.storage.meetings import load_meeting
from meeting_planner.storage.workspace import Workspace

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
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        people = list_attendees(connection, meeting_id)
        units = unit_order(connection, people)
    return meeting, people, units


def _strokes() -> Mapping[int, str]:
    from meeting_planner.documents.strokes import stroke_sequences

    return stroke_sequences()


def export_notice_pdf(workspace: Workspace, meeting_id: int, path: Path, issued: date | None = None) -> None:
    """The notice (会议通知) with its reply slip, dated ``issued`` (default today)."""
    from meeting_planner.documents.notice_pdf import NoticeContent, write_notice_pdf

    meeting, people, units = _load(workspace, meeting_id)
    with atomic_output(path) as temporary:
        write_notice_pdf(temporary, NoticeContent(meeting, people, units, issued or date.today()))


def _note(attendee: Attendee) -> str:
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
) -> int:
    """The sign-in sheet (签到表) for everyone expected (staff left out); returns the page count.

    ``order``: by unit (grouped, units in the official unit order, rank within), surname strokes
    (GF 3003 笔画序; ``single_given_first`` puts 田富 before 田大利), pinyin or rank.
    """
    from meeting_planner.documents.flowing import chinese_period
    from meeting_planner.documents.notice_pdf import meeting_place
    from meeting_planner.documents.signin_pdf import SignInRow, SignInSheet, write_signin_pdf
    from meeting_planner.domain.protocol import order_people

    how = SignInOrder(order)
    meeting, people, units = _load(workspace, meeting_id)
    expected = [a for a in people if a.role is not Role.STAFF]
    by_strokes = how in (SignInOrder.STROKES, SignInOrder.STROKES_SINGLE_FIRST)
    ordered = order_people(
        expected,
        "strokes" if by_strokes else how.value,
        name_of=lambda a: a.name,
        rank_of=lambda a: a.rank,
        unit_of=lambda a: a.unit,
        unit_order=units,
        strokes=_strokes() if by_strokes else None,
        single_given_first=single_given_first or how is SignInOrder.STROKES_SINGLE_FIRST,
    )
    rows = [SignInRow(a.name, a.unit, a.title, a.code, _note(a)) for a in ordered]
    sheet = SignInSheet(
        title=meeting.title,
        when=chinese_period(meeting.start, meeting.end),
        place=meeting_place(meeting),
        rows=rows,
        grouped=how is SignInOrder.UNIT,
        qr=qr,
    )
    with atomic_output(path) as temporary:
        return write_signin_pdf(temporary, sheet, progress)


def export_checklist_pdf(workspace: Workspace, meeting_id: int, path: Path, now: datetime | None = None) -> None:
    """The checklist report: every step with status, who, when and notes; open and overdue first."""
    from meeting_planner.documents.checklist_pdf import write_checklist_pdf

    meeting, people, _ = _load(workspace, meeting_id)
    count = sum(1 for a in people if a.expected)
    with atomic_output(path) as temporary:
        write_checklist_pdf(temporary, meeting, now or datetime.now(), count, people)
