"""Checklist rules: steps, offsets from the meeting start, due states and progress.

Pure Python (stdlib only). A template step says *when* relative to the meeting a step is due
(``Offset``); a meeting step carries the concrete ``due_at`` that follows from the meeting's start,
unless somebody set it by hand (``due_manual``), in which case moving the meeting leaves it alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from enum import StrEnum

from meeting_planner.errors import InputError, Phrase


class StepStatus(StrEnum):
    """Where a step stands. ``SKIPPED`` means "not applicable to this meeting"."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"
    BLOCKED = "blocked"

    @property
    def is_closed(self) -> bool:
        """Done and skipped steps need no more work."""
        return self in (StepStatus.DONE, StepStatus.SKIPPED)


STATUS_LABELS: dict[StepStatus, str] = {
    StepStatus.TODO: "待办",
    StepStatus.IN_PROGRESS: "进行中",
    StepStatus.DONE: "已完成",
    StepStatus.SKIPPED: "不适用",
    StepStatus.BLOCKED: "受阻",
}


class Phase(StrEnum):
    """会前 / 会中 / 会后."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


PHASE_LABELS: dict[Phase, str] = {Phase.BEFORE: "会前", Phase.DURING: "会中", Phase.AFTER: "会后"}


class Category(StrEnum):
    """What kind of work a step is; templates must cover the five core categories."""

    NOTICE = "notice"
    VENUE = "venue"
    SEATING = "seating"
    MATERIALS = "materials"
    AV = "av"
    POWER_NETWORK = "power_network"
    SIGNIN = "signin"
    SERVICE = "service"
    RECORD = "record"
    FOLLOW_UP = "follow_up"


CATEGORY_LABELS: dict[Category, str] = {
    Category.NOTICE: "通知",
    Category.VENUE: "会场",
    Category.SEATING: "座次",
    Category.MATERIALS: "材料",
    Category.AV: "音视频",
    Category.POWER_NETWORK: "电源网络",
    Category.SIGNIN: "签到",
    Category.SERVICE: "服务",
    Category.RECORD: "记录",
    Category.FOLLOW_UP: "会后",
}

#: Every template must contain at least one step of each of these categories.
CORE_CATEGORIES: tuple[Category, ...] = (
    Category.NOTICE,
    Category.SEATING,
    Category.MATERIALS,
    Category.AV,
    Category.POWER_NETWORK,
)

#: A step is "due soon" when its due time is less than this far ahead.
DUE_SOON = timedelta(hours=24)

_OFFSET_RE = re.compile(
    r"""^\s*(?:T\s*)?(?P<sign>[+\-−])?\s*
        (?:(?P<days>\d+)\s*d)?\s*
        (?:(?P<hours>\d+)\s*h)?\s*
        (?:(?P<minutes>\d+)\s*m(?:in)?)?\s*
        (?:(?P<at>\d{1,2}:\d{2}))?\s*$""",
    re.VERBOSE,
)


class OffsetError(InputError):
    """An offset text that cannot be read."""


#: The furthest a step may be due from the meeting start (days, either way).
MAX_OFFSET_DAYS = 366


@dataclass(frozen=True, slots=True)
class Offset:
    """When a step is due relative to the meeting start.

    ``minutes`` is signed (negative = before the start). With ``at`` set, the step is due at that
    wall-clock time on the day ``minutes // 1440`` days from the start day, e.g. "T−1d 16:00".
    """

    minutes: int = 0
    at: time | None = None

    @classmethod
    def parse(cls, text: str) -> Offset:
        """Read ``-7d``, ``-1d 16:00``, ``-30min``, ``+2d``, ``-1h30m``, ``0`` or ``T-1d``."""
        cleaned = text.strip()
        if cleaned in ("", "0", "T", "T0", "T+0", "+0", "-0"):
            return cls()
        match = _OFFSET_RE.match(cleaned)
        if match is None or not any(match.group(g) for g in ("days", "hours", "minutes", "at")):
            raise OffsetError(Phrase.of("无法识别的时间偏移 “{text}”（示例：-7d、-1d 16:00、-30min、+2d）", text=text))
        sign = -1 if match.group("sign") in ("-", "−") else 1
        if any(len(match.group(g) or "") > 6 for g in ("days", "hours", "minutes")):
            raise OffsetError(
                Phrase.of(
                    "时间偏移 “{text}” 过大（最多前后 {MAX_OFFSET_DAYS} 天）",
                    text=text,
                    MAX_OFFSET_DAYS=MAX_OFFSET_DAYS,
                )
            )
        total = (
            int(match.group("days") or 0) * 1440
            + int(match.group("hours") or 0) * 60
            + int(match.group("minutes") or 0)
        )
        at = None
        if match.group("at"):
            hour, minute = (int(part) for part in match.group("at").split(":"))
            if hour > 23 or minute > 59:
                raise OffsetError(Phrase.of("时间 “{group}” 不存在", group=match.group("at")))
            at = time(hour, minute)
            if total % 1440:
                raise OffsetError(Phrase.of("“{text}”：指定钟点时只能按整天偏移", text=text))
        if total > MAX_OFFSET_DAYS * 1440:
            raise OffsetError(
                Phrase.of(
                    "时间偏移 “{text}” 过大（最多前后 {MAX_OFFSET_DAYS} 天）",
                    text=text,
                    MAX_OFFSET_DAYS=MAX_OFFSET_DAYS,
                )
            )
        return cls(sign * total, at)

    def due(self, start: datetime) -> datetime:
        """The due time for a meeting starting at ``start``."""
        if self.at is None:
            return start + timedelta(minutes=self.minutes)
        day = start.date() + timedelta(days=self.minutes // 1440)
        return datetime.combine(day, self.at)

    def __str__(self) -> str:
        if self.minutes == 0 and self.at is None:
            return "T"
        sign = "-" if self.minutes < 0 else "+"
        rest = abs(self.minutes)
        days, rest = divmod(rest, 1440)
        hours, minutes = divmod(rest, 60)
        parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{minutes}min" if minutes else ""]
        text = sign + "".join(parts) if any(parts) else ""
        if self.at is not None:
            text = f"{text} {self.at:%H:%M}".strip()
        return text

    def label(self) -> str:
        """A human label in the brief's notation, e.g. ``T−1天 16:00``."""
        if self.minutes == 0 and self.at is None:
            return "T"
        sign = "−" if self.minutes < 0 else "+"
        days, rest = divmod(abs(self.minutes), 1440)
        hours, minutes = divmod(rest, 60)
        parts = [f"{days}天" if days else "", f"{hours}小时" if hours else "", f"{minutes}分钟" if minutes else ""]
        text = "T" + (sign + "".join(parts) if any(parts) else "")
        if self.at is not None:
            text += f" {self.at:%H:%M}"
        return text


@dataclass(frozen=True, slots=True)
class TemplateStep:
    """One step of a checklist template."""

    key: str
    title: str
    phase: Phase
    category: Category
    offset: Offset
    role: str = ""
    quantity: str = ""
    subitems: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    """A named list of steps from which meetings are created."""

    key: str
    name: str
    kind: str
    steps: tuple[TemplateStep, ...]
    description: str = ""
    builtin: bool = True

    def step(self, key: str) -> TemplateStep:
        """The step with ``key``; ``KeyError`` if there is none."""
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)


@dataclass(slots=True)
class Step:
    """A step in one meeting's checklist."""

    key: str
    title: str
    phase: Phase
    category: Category
    offset: Offset
    due_at: datetime
    role: str = ""
    quantity: str = ""
    subitems: tuple[str, ...] = ()
    note: str = ""
    status: StepStatus = StepStatus.TODO
    done_by: str = ""
    done_at: datetime | None = None
    due_manual: bool = False
    position: int = 0
    id: int | None = None
    #: Raised by the workspace on every saved change; an edit of an older version is refused (another desk).
    version: int = 1

    @classmethod
    def from_template(cls, step: TemplateStep, start: datetime, position: int) -> Step:
        """A fresh, undone step due relative to ``start``."""
        return cls(
            key=step.key,
            title=step.title,
            phase=step.phase,
            category=step.category,
            offset=step.offset,
            due_at=step.offset.due(start),
            role=step.role,
            quantity=step.quantity,
            subitems=step.subitems,
            note=step.note,
            position=position,
        )

    def to_template_step(self) -> TemplateStep:
        """The reusable part of this step (no status, no concrete due time)."""
        return TemplateStep(
            key=self.key,
            title=self.title,
            phase=self.phase,
            category=self.category,
            offset=self.offset,
            role=self.role,
            quantity=self.quantity,
            subitems=self.subitems,
        )


class DueState(StrEnum):
    """How urgent an open step is at a given moment."""

    CLOSED = "closed"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    LATER = "later"


def due_state(step: Step, now: datetime, soon: timedelta = DUE_SOON) -> DueState:
    """Overdue when an open step's due time has passed; due soon when it comes within ``soon``."""
    if step.status.is_closed:
        return DueState.CLOSED
    if step.due_at < now:
        return DueState.OVERDUE
    if step.due_at - now <= soon:
        return DueState.DUE_SOON
    return DueState.LATER


@dataclass(frozen=True, slots=True)
class Progress:
    """Closed steps out of all steps."""

    closed: int
    total: int

    @property
    def ratio(self) -> float:
        """0.0 .. 1.0; an empty group counts as complete."""
        return self.closed / self.total if self.total else 1.0

    @property
    def percent(self) -> int:
        """Whole percent, rounded down so 99.6 % never shows as 100 %."""
        return int(self.ratio * 100)

    def __str__(self) -> str:
        return f"{self.closed}/{self.total}（{self.percent}%）"


def progress(steps: Iterable[Step]) -> Progress:
    """Done or skipped steps out of all."""
    items = list(steps)
    return Progress(sum(1 for s in items if s.status.is_closed), len(items))


def progress_by_phase(steps: Sequence[Step]) -> dict[Phase, Progress]:
    """Progress per phase, in phase order, for phases that have steps."""
    return {p: progress(s for s in steps if s.phase == p) for p in Phase if any(s.phase == p for s in steps)}


def progress_by_category(steps: Sequence[Step]) -> dict[Category, Progress]:
    """Progress per category, in category order, for categories that have steps."""
    return {c: progress(s for s in steps if s.category == c) for c in Category if any(s.category == c for s in steps)}


def reschedule(steps: Iterable[Step], new_start: datetime) -> list[Step]:
    """Steps with due times following ``new_start``; hand-edited due times stay as they are."""
    return [s if s.due_manual else replace(s, due_at=s.offset.due(new_start)) for s in steps]


def new_step_key(existing: Iterable[str], base: str = "step") -> str:
    """A key like ``step-3`` not yet among ``existing``."""
    taken = set(existing)
    number = 1
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


@dataclass(slots=True)
class Meeting:
    """A meeting and its checklist.

    The notice fields (``location`` .. ``contact``) are what the printed notice (会议通知) needs.
    """

    title: str
    kind: str
    start: datetime
    end: datetime | None = None
    venue: str = ""
    organiser: str = ""
    template_key: str = ""
    location: str = ""
    agenda: str = ""
    bring: str = ""
    contact: str = ""
    checkin_opens: datetime | None = None
    grace_minutes: int = 0
    venue_key: str = ""
    steps: list[Step] = field(default_factory=list)
    id: int | None = None
    #: Raised by the workspace on every saved change of the meeting's own fields (not its steps).
    version: int = 1
    #: A stable identity (UUID text) given when the meeting is stored; it travels with a meeting file.
    uid: str = ""

    def step(self, key: str) -> Step:
        """The step with ``key``; ``KeyError`` if there is none."""
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    """A line of the meetings list: no steps loaded, just counts."""

    id: int
    title: str
    kind: str
    start: datetime
    venue: str
    steps_total: int
    steps_closed: int
    attendees: int


@dataclass(frozen=True, slots=True)
class DeletedMeeting:
    """A line of the bin (回收站)."""

    id: int
    title: str
    start: datetime
    deleted_at: datetime
    attendees: int
