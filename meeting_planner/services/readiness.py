"""会前检查 (readiness): everything that could still go wrong with a meeting, each with how to fix it.

Zero findings means ready. Each finding names the people, steps or printouts concerned; the CLI
(`check ID`, exit 0 only when ready) and the GUI show the same list.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import DueState, Step, StepStatus, due_state
from meeting_planner.services import seating
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.services.meetings import get_meeting
from meeting_planner.storage.directory import explicit_unit_orders
from meeting_planner.storage.workspace import Workspace

#: At most this many names are listed in one finding.
NAMES_SHOWN = 12


class Area(StrEnum):
    """Where a finding belongs (its section in the GUI and the CLI)."""

    CHECKLIST = "checklist"
    REPLIES = "replies"
    SEATING = "seating"
    NAMES = "names"
    PRINTOUTS = "printouts"


@dataclass(frozen=True, slots=True)
class Finding:
    """One loose end: what is wrong and how to fix it."""

    area: Area
    problem: str
    fix: str


def _names(people: list[Attendee]) -> str:
    shown = "、".join(f"{a.display_name}（{a.unit}）" if a.unit else a.display_name for a in people[:NAMES_SHOWN])
    return shown + (f" 等 {len(people)} 人" if len(people) > NAMES_SHOWN else "")


def check_meeting(workspace: Workspace, meeting_id: int, now: datetime | None = None) -> list[Finding]:
    """Every finding for the meeting at ``now`` (default: now); empty = ready."""
    moment = now or datetime.now()
    meeting = get_meeting(workspace, meeting_id)
    people = list_meeting_attendees(workspace, meeting_id)
    findings: list[Finding] = []
    findings += _checklist(meeting.steps, moment)
    expected = [a for a in people if a.role is not Role.STAFF]
    findings += _replies(meeting.steps, expected)
    findings += _seating(workspace, meeting_id, expected)
    findings += _duplicates(expected)
    with workspace.reading() as connection:
        has_order = bool(explicit_unit_orders(connection))
    if len({a.unit for a in expected}) > 1 and not has_order:
        findings.append(
            Finding(Area.NAMES, "未设定单位排序（目前按各单位最高排序号排列）", "编辑 → 单位排序…，或 units --order")
        )
    return findings


def _checklist(steps: list[Step], moment: datetime) -> list[Finding]:
    overdue = [step for step in steps if due_state(step, moment) is DueState.OVERDUE]
    if not overdue:
        return []
    titles = "、".join(f"{s.title}（应于 {s.due_at:%m-%d %H:%M}）" for s in overdue[:NAMES_SHOWN])
    more = f" 等 {len(overdue)} 项" if len(overdue) > NAMES_SHOWN else ""
    return [Finding(Area.CHECKLIST, f"逾期未完成的步骤：{titles}{more}", "在清单中完成、跳过或调整时间")]


def _replies(steps: list[Step], expected: list[Attendee]) -> list[Finding]:
    found: list[Finding] = []
    issue = next((s for s in steps if s.key == "notice-issue"), None)
    if issue is not None and issue.status is not StepStatus.DONE:
        found.append(Finding(Area.REPLIES, "会议通知尚未印发（“印发通知”步骤未完成）", "印发通知后在清单中勾选"))
    waiting = [a for a in expected if a.reply in (ReplyStatus.NOT_NOTIFIED, ReplyStatus.NOTIFIED)]
    if waiting:
        found.append(Finding(Area.REPLIES, f"回执未确认：{_names(waiting)}", "在参会人员中登记回执，或用更新名单导入"))
    rostrum = [a for a in expected if a.on_rostrum and a.reply not in (ReplyStatus.CONFIRMED, ReplyStatus.SUBSTITUTE)]
    if rostrum:
        found.append(Finding(Area.REPLIES, f"主席台人员未确认出席：{_names(rostrum)}", "与本人或其办公室确认"))
    return found


def _seating(workspace: Workspace, meeting_id: int, expected: list[Attendee]) -> list[Finding]:
    try:
        view = seating.seating_view(workspace, meeting_id)
    except seating.SeatingError:
        return [Finding(Area.SEATING, "还没有选定场地、排座", "在“座次”中选择场地并自动排座")]
    seated = {a.attendee_id for a in view.assignments.values() if a.attendee_id is not None}
    found: list[Finding] = []
    on_leave = [a for a in expected if a.reply is ReplyStatus.LEAVE and a.id in seated]
    if on_leave:
        found.append(Finding(Area.SEATING, f"已请假但仍占座位：{_names(on_leave)}", "解锁后移出座位或重新排座"))
    unseated = [a for a in expected if a.reply is not ReplyStatus.LEAVE and a.id not in seated]
    if unseated:
        found.append(Finding(Area.SEATING, f"没有座位：{_names(unseated)}", "在“座次”中自动排座或拖到座位上"))
    stale = seating.stale_cards(workspace, meeting_id)
    substitutes = [a for a in stale if a.reply is ReplyStatus.SUBSTITUTE]
    if substitutes:
        found.append(Finding(Area.PRINTOUTS, f"代会人员的桌签未打印：{_names(substitutes)}", "打印变化的桌签"))
    others = [a for a in stale if a.reply is not ReplyStatus.SUBSTITUTE]
    if others:
        found.append(
            Finding(Area.PRINTOUTS, f"桌签未打印或已过期：{_names(others)}", "打印变化的桌签（cards --changed）")
        )
    chart = seating.chart_is_stale(workspace, meeting_id)
    if chart is None:
        found.append(Finding(Area.PRINTOUTS, "座次图尚未打印", "导出座次图"))
    elif chart:
        found.append(Finding(Area.PRINTOUTS, "座次图打印后座位有变化，已过期", "重新导出座次图"))
    return found


def _duplicates(expected: list[Attendee]) -> list[Finding]:
    by_name: dict[str, list[Attendee]] = defaultdict(list)
    for person in expected:
        by_name[person.name.replace(" ", "")].append(person)
    found: list[Finding] = []
    for name, group in by_name.items():
        if len(group) < 2:
            continue
        units = "、".join(a.unit or "（无单位）" for a in group)
        if len({a.unit for a in group}) == len(group):
            found.append(
                Finding(Area.NAMES, f"同名人员“{name}”在不同单位：{units}", "核对是否为不同的人；桌签可加单位行")
            )
        else:
            found.append(Finding(Area.NAMES, f"“{name}”在名单中出现 {len(group)} 次（{units}）", "删除重复的一条"))
    return found
