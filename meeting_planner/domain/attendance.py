"""Attendance on the day: check-ins, each attendee's status, and the 应到/实到/请假/缺席 tally.

Pure Python. Rules:
- 应到 (expected): every attendee except staff (工作人员).
- 实到 (present): expected attendees who checked in, in person or by substitute (代会); late counts as present.
- 请假 (on leave): expected attendees whose reply is "on leave" and who did not check in.
- 缺席 (absent): after the start, expected attendees neither checked in nor on leave.
So 实到 + 请假 + 缺席 = 应到 once the meeting has started; before it, the rest are "not yet arrived".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from meeting_planner.domain.attendee import Attendee, ReplyStatus


class CheckInMethod(StrEnum):
    """How a check-in was made."""

    NAME = "name"
    CODE = "code"
    MANUAL = "manual"


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One attendee's arrival. ``substitute`` is true when a substitute came in their place;
    ``substitute_name``/``substitute_title`` say who, when the desk wrote it down. ``entered_at`` is set when
    the check-in was keyed in later with the earlier time from a paper sheet (补录): when it was keyed in."""

    attendee_id: int
    at: datetime
    method: CheckInMethod = CheckInMethod.NAME
    substitute: bool = False
    id: int | None = None
    substitute_name: str = ""
    substitute_title: str = ""
    #: The desk journal entry this check-in was made as (unique: a replayed entry never doubles), if any.
    journal_id: str = ""
    #: The check-in desk that made it.
    desk: str = ""

    #: When a check-in with an earlier time was keyed in later (补录); None when recorded live.
    entered_at: datetime | None = None

    @property
    def key(self) -> str:
        """What names this check-in among the claims for one person: its journal entry, else its row."""
        return self.journal_id or f"id:{self.id}"

    @property
    def backfilled(self) -> bool:
        """Keyed in after the fact from a paper sheet (补录)."""
        return self.entered_at is not None


#: A check-in whose time is this much earlier than when it is keyed in counts as 补录 (keyed in later).
BACKFILL_AFTER = timedelta(minutes=5)

#: The mark shown next to the time of a check-in keyed in later.
BACKFILL_LABEL = "补录"


def backfill_time(at: datetime, entered: datetime) -> datetime | None:
    """``entered`` when a check-in at ``at`` keyed in at ``entered`` is a 补录 (its time is well before the
    keying in), else ``None`` (recorded as it happened)."""
    return entered if entered - at > BACKFILL_AFTER else None


class AttendanceStatus(StrEnum):
    """An attendee's status on the day."""

    PRESENT = "present"
    LATE = "late"
    SUBSTITUTE = "substitute"
    LEAVE = "leave"
    ABSENT = "absent"
    PENDING = "pending"


ATTENDANCE_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: "已到",
    AttendanceStatus.LATE: "迟到",
    AttendanceStatus.SUBSTITUTE: "代会",
    AttendanceStatus.LEAVE: "请假",
    AttendanceStatus.ABSENT: "缺席",
    AttendanceStatus.PENDING: "未到",
}


def is_late(checkin: CheckIn, start: datetime, grace_minutes: int = 0) -> bool:
    """Late when checked in after the start plus the grace period."""
    return checkin.at > start + timedelta(minutes=grace_minutes)


def attendance_status(
    attendee: Attendee,
    checkin: CheckIn | None,
    start: datetime,
    now: datetime,
    grace_minutes: int = 0,
) -> AttendanceStatus:
    """The status of one attendee at ``now`` for a meeting starting at ``start``."""
    if checkin is not None:
        if checkin.substitute:
            return AttendanceStatus.SUBSTITUTE
        return AttendanceStatus.LATE if is_late(checkin, start, grace_minutes) else AttendanceStatus.PRESENT
    if attendee.reply is ReplyStatus.LEAVE:
        return AttendanceStatus.LEAVE
    return AttendanceStatus.ABSENT if now >= start else AttendanceStatus.PENDING


@dataclass(slots=True)
class Tally:
    """应到/实到/请假/缺席 (and 未到 before the start) for a group of attendees."""

    expected: int = 0
    present: int = 0
    late: int = 0
    substitute: int = 0
    leave: int = 0
    absent: int = 0
    pending: int = 0

    def add(self, status: AttendanceStatus) -> None:
        """Count one expected attendee with ``status``."""
        self.expected += 1
        if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.SUBSTITUTE):
            self.present += 1
            if status is AttendanceStatus.LATE:
                self.late += 1
            if status is AttendanceStatus.SUBSTITUTE:
                self.substitute += 1
        elif status is AttendanceStatus.LEAVE:
            self.leave += 1
        elif status is AttendanceStatus.ABSENT:
            self.absent += 1
        else:
            self.pending += 1

    def sentence(self) -> str:
        """The chair's report, e.g. ``应到120人，实到115人，请假3人，缺席2人``."""
        text = f"应到{self.expected}人，实到{self.present}人，请假{self.leave}人，缺席{self.absent}人"
        if self.pending:
            text += f"，未到{self.pending}人"
        return text


@dataclass(slots=True)
class Board:
    """The live board: totals and per-unit tallies (units in the order given)."""

    total: Tally = field(default_factory=Tally)
    units: dict[str, Tally] = field(default_factory=dict)
    statuses: dict[int, AttendanceStatus] = field(default_factory=dict)


def tally(
    attendees: Iterable[Attendee],
    checkins: Mapping[int, CheckIn],
    start: datetime,
    now: datetime,
    grace_minutes: int = 0,
) -> Board:
    """Statuses and counts for every expected attendee; ``checkins`` maps attendee id to check-in."""
    board = Board()
    for attendee in attendees:
        if not attendee.expected or attendee.id is None:
            continue
        status = attendance_status(attendee, checkins.get(attendee.id), start, now, grace_minutes)
        board.statuses[attendee.id] = status
        board.total.add(status)
        board.units.setdefault(attendee.unit, Tally()).add(status)
    return board


@dataclass(frozen=True, slots=True)
class DeskRow:
    """What the check-in desk needs to find somebody: a light projection of an attendee."""

    id: int
    name: str
    unit: str
    title: str
    code: str
    role: str
    reply: str
    #: The substitute's own name when the reply is 代会, so the desk finds them by it.
    substitute_name: str = ""
