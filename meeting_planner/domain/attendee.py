"""People: the reusable directory (常用人员库) and the attendees of one meeting.

Pure Python. ``Attendee.name`` is the normalised name used everywhere (cards, charts, search);
``name_original`` keeps the text exactly as it came in (e.g. ``王　伟`` padded with a full-width space).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """Why a person is at the meeting."""

    ATTENDEE = "attendee"
    OBSERVER = "observer"
    STAFF = "staff"


ROLE_LABELS: dict[Role, str] = {Role.ATTENDEE: "出席", Role.OBSERVER: "列席", Role.STAFF: "工作人员"}


class ReplyStatus(StrEnum):
    """Where the notice and its reply slip (回执) stand for one attendee."""

    NOT_NOTIFIED = "not_notified"
    NOTIFIED = "notified"
    CONFIRMED = "confirmed"
    LEAVE = "leave"
    SUBSTITUTE = "substitute"


REPLY_LABELS: dict[ReplyStatus, str] = {
    ReplyStatus.NOT_NOTIFIED: "未通知",
    ReplyStatus.NOTIFIED: "已通知",
    ReplyStatus.CONFIRMED: "已确认",
    ReplyStatus.LEAVE: "请假",
    ReplyStatus.SUBSTITUTE: "代会",
}


@dataclass(slots=True)
class Unit:
    """An organisation unit and its protocol order (smaller ``order`` sits further forward)."""

    name: str
    order: int = 0
    id: int | None = None


@dataclass(slots=True)
class Person:
    """A directory entry that can be added to many meetings."""

    name: str
    unit: str = ""
    title: str = ""
    rank: int | None = None
    phone: str = ""
    gender: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(slots=True)
class Attendee:
    """One person in one meeting.

    ``rank`` is the protocol rank order (排序号, 1 = highest); ``None`` sorts after every number.
    ``code`` is the short check-in code printed on the sign-in sheet. ``on_rostrum`` marks the people
    the office puts on the 主席台 (decided by the office, never derived from ``rank``).
    """

    name: str
    unit: str = ""
    title: str = ""
    phone: str = ""
    gender: str = ""
    rank: int | None = None
    role: Role = Role.ATTENDEE
    reply: ReplyStatus = ReplyStatus.NOT_NOTIFIED
    leave_reason: str = ""
    substitute_name: str = ""
    substitute_title: str = ""
    notes: str = ""
    name_original: str = ""
    code: str = ""
    person_id: int | None = None
    position: int = 0
    meeting_id: int | None = None
    id: int | None = None
    on_rostrum: bool = False

    @property
    def display_name(self) -> str:
        """The name to print: the substitute's when someone attends in this person's place."""
        if self.reply is ReplyStatus.SUBSTITUTE and self.substitute_name:
            return self.substitute_name
        return self.name

    @property
    def display_title(self) -> str:
        """The title to print, following ``display_name``."""
        if self.reply is ReplyStatus.SUBSTITUTE and self.substitute_name:
            return self.substitute_title
        return self.title

    @property
    def expected(self) -> bool:
        """Counts towards 应到: everyone except staff."""
        return self.role is not Role.STAFF
