"""The example meeting a newcomer can click through: a 全体大会 with attendees from several units, a
rostrum and hall, part of the checklist done and some check-ins made.

The people are generated from common surnames and given-name characters (deterministic for a seed),
so the example never shows anybody real.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import Phase, StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import checkin as checkin_service
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services import seating as seating_service
from meeting_planner.storage.workspace import Workspace

Progress = Callable[[int, int], None]

EXAMPLE_TITLE = "2026年全区经济工作会议（示例）"
EXAMPLE_VENUE_KEY = "hall-800"

_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
_GIVEN = (
    "建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华文斌志红宇鹏辉玲海燕晓"
    "东雪梅晨阳立新振华德明永健春生玉珍学忠"
)

#: Units in protocol order, with how many of the attendees come from each (weights) and their titles.
_UNITS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("区委办公室", 2, ("主任", "副主任", "科长")),
    ("区政府办公室", 2, ("主任", "副主任", "科长")),
    ("区发展和改革局", 3, ("局长", "副局长", "科长", "科员")),
    ("区财政局", 3, ("局长", "副局长", "科长", "科员")),
    ("区教育局", 3, ("局长", "副局长", "科长", "科员")),
    ("区卫生健康委员会", 3, ("主任", "副主任", "科长", "科员")),
    ("区住房和城乡建设局", 3, ("局长", "副局长", "科长", "科员")),
    ("城关街道办事处", 2, ("主任", "副主任", "科员")),
    ("新城镇人民政府", 2, ("镇长", "副镇长", "科员")),
)
_LEADERS: tuple[tuple[str, str], ...] = (
    ("区委", "书记"),
    ("区政府", "区长"),
    ("区人大常委会", "主任"),
    ("区政协", "主席"),
    ("区委", "副书记"),
    ("区委", "常委、常务副区长"),
    ("区委", "常委、组织部部长"),
    ("区委", "常委、宣传部部长"),
    ("区政府", "副区长"),
    ("区政府", "副区长"),
    ("区人大常委会", "副主任"),
    ("区政协", "副主席"),
)


@dataclass(frozen=True, slots=True)
class ExampleSummary:
    """What was built."""

    meeting_id: int
    attendees: int
    seated: int
    checked_in: int
    steps_done: int


def example_people(count: int, seed: int = 2026) -> list[Attendee]:
    """``count`` attendees: rostrum leaders first (rank 1.., marked 主席台), then unit delegations in unit order."""
    rng = random.Random(seed)
    used: set[str] = set()

    def name() -> str:
        while True:
            given_length = 1 if rng.random() < 0.25 else 2
            candidate = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(given_length))
            if candidate not in used:
                used.add(candidate)
                return candidate

    people: list[Attendee] = []
    for rank, (unit, title) in enumerate(_LEADERS[: max(0, min(len(_LEADERS), count // 10))], start=1):
        people.append(Attendee(name=name(), unit=unit, title=title, rank=rank, phone=_phone(rng), on_rostrum=True))
    weights = [weight for _unit, weight, _titles in _UNITS]
    remaining = count - len(people)
    per_unit = [remaining * w // sum(weights) for w in weights]
    for index in range(remaining - sum(per_unit)):
        per_unit[index % len(per_unit)] += 1
    rank = len(people)
    for (unit, _weight, titles), size in zip(_UNITS, per_unit, strict=True):
        for position in range(size):
            rank += 1
            title = titles[min(position, len(titles) - 1)]
            role = Role.OBSERVER if title == "科员" and position % 3 == 0 else Role.ATTENDEE
            people.append(Attendee(name=name(), unit=unit, title=title, rank=rank, role=role, phone=_phone(rng)))
    return people


def _phone(rng: random.Random) -> str:
    return "13" + "".join(str(rng.randrange(10)) for _ in range(9))


def _meeting_start(now: datetime) -> datetime:
    """Today 09:00: the example shows the meeting on its day."""
    return datetime.combine(now.date(), time(9, 0))


def build_example(
    workspace: Workspace,
    attendees: int = 120,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExampleSummary:
    """Create the example meeting in ``workspace`` and return what it holds."""
    moment = (now or datetime.now()).replace(second=0, microsecond=0)
    start = _meeting_start(moment)
    report = progress or (lambda _done, _total: None)
    total_steps = 5
    meeting = meeting_service.create_meeting(
        workspace,
        EXAMPLE_TITLE,
        start,
        "plenary",
        end=start + timedelta(hours=3),
        venue="区行政中心大礼堂",
        organiser="区委办公室、区政府办公室",
        now=moment,
    )
    assert meeting.id is not None
    _fill_notice_fields(workspace, meeting.id)
    report(1, total_steps)
    added = attendee_service.add_attendees(workspace, meeting.id, example_people(attendees))
    leader_units = list(dict.fromkeys(unit for unit, _title in _LEADERS))
    attendee_service.set_unit_order(workspace, leader_units + [unit for unit, _w, _t in _UNITS])
    _record_replies(workspace, added)
    report(2, total_steps)
    seating = seating_service.auto_seat(workspace, meeting.id, EXAMPLE_VENUE_KEY)
    report(3, total_steps)
    steps_done = _tick_steps(workspace, meeting.id, moment)
    report(4, total_steps)
    people = attendee_service.list_meeting_attendees(workspace, meeting.id)
    checked_in = _check_in_some(workspace, meeting.id, people, start, moment)
    report(5, total_steps)
    return ExampleSummary(meeting.id, len(added), seating.plan.seated_count, checked_in, steps_done)


def _fill_notice_fields(workspace: Workspace, meeting_id: int) -> None:
    meeting = meeting_service.get_meeting(workspace, meeting_id)
    meeting.location = "区行政中心大礼堂（人民路1号）"
    meeting.agenda = "一、传达上级经济工作会议精神\n二、区长作经济工作报告\n三、区委书记讲话"
    meeting.bring = "本通知、笔记本；请提前15分钟到场签到"
    meeting.contact = "区委办公室 王晓 0571-12345678"
    meeting.checkin_opens = meeting.start - timedelta(minutes=60)
    meeting.grace_minutes = 5
    meeting_service.update_meeting(workspace, meeting)


def _record_replies(workspace: Workspace, people: list[Attendee]) -> None:
    for index, person in enumerate(people):
        assert person.id is not None
        if index % 40 == 17:
            attendee_service.set_reply(workspace, person.id, ReplyStatus.LEAVE, leave_reason="因公出差")
        elif index % 50 == 23:
            attendee_service.set_reply(
                workspace,
                person.id,
                ReplyStatus.SUBSTITUTE,
                substitute_name="代" + person.name[1:],
                substitute_title="副职",
            )
        else:
            attendee_service.set_reply(workspace, person.id, ReplyStatus.CONFIRMED)


def _tick_steps(workspace: Workspace, meeting_id: int, now: datetime) -> int:
    """Before-meeting steps done except the last few; meeting-day steps done up to now."""
    meeting = meeting_service.get_meeting(workspace, meeting_id)
    staff = ("王晓", "李娜", "陈刚", "赵敏")
    before = [s for s in meeting.steps if s.phase is Phase.BEFORE]
    to_tick = before[:-3] + [s for s in meeting.steps if s.phase is Phase.DURING and s.due_at <= now]
    for index, step in enumerate(to_tick):
        done_at = min(now, step.due_at)
        meeting_service.set_step_status(
            workspace, meeting_id, step.key, StepStatus.DONE, by=staff[index % len(staff)], now=done_at
        )
    return len(to_tick)


def _check_in_some(
    workspace: Workspace, meeting_id: int, people: list[Attendee], start: datetime, now: datetime
) -> int:
    """About four in five arrive between 50 minutes before and 10 minutes after the start."""
    rng = random.Random(7)
    count = 0
    for person in people:
        if person.id is None or person.reply is ReplyStatus.LEAVE or rng.random() > 0.8:
            continue
        at = start + timedelta(minutes=rng.randint(-50, 10))
        if at > now:
            continue
        result = checkin_service.check_in(workspace, meeting_id, attendee_id=person.id, at=at)
        count += result.done
    return count
