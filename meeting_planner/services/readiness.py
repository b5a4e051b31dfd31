"""会前检查 (readiness): everything that could still go wrong with a meeting, each with how to fix it.

Zero findings means ready. Each finding names the people, steps or printouts concerned; the CLI
(`check ID`, exit 0 only when ready) and the GUI show the same list. Printouts are judged by the same statuses
as the 打印/导出 centre (``services.printouts``): required ones never printed, and any printed one older than the
data it shows, saying what changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import DueState, Meeting, Step, StepStatus, due_state
from meeting_planner.domain.names import fold_key, normalise_name
from meeting_planner.services import printouts, seating
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
    findings += _printouts(workspace, meeting_id)
    findings += _duplicates(expected)
    findings += near_duplicates(expected)
    findings += unit_variants(expected)
    findings += unprintable(meeting, people)
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
    if stale and len(stale) == len(seating.printable_people(view)):
        found.append(Finding(Area.PRINTOUTS, f"桌签尚未打印（共 {len(stale)} 张）", f"{_PRINT_CENTRE}写出桌签"))
        return found
    substitutes = [a for a in stale if a.reply is ReplyStatus.SUBSTITUTE]
    if substitutes:
        found.append(Finding(Area.PRINTOUTS, f"代会人员的桌签未打印：{_names(substitutes)}", _REPRINT_CARDS))
    others = [a for a in stale if a.reply is not ReplyStatus.SUBSTITUTE]
    if others:
        found.append(Finding(Area.PRINTOUTS, f"桌签未打印或已过期：{_names(others)}", _REPRINT_CARDS))
    return found


_REPRINT_CARDS = "文件 → 打印/导出…（Ctrl+P）写出“桌签（仅变化的）”，或 cards ID FILE --changed"
_PRINT_CENTRE = "文件 → 打印/导出…（Ctrl+P）"


def _printouts(workspace: Workspace, meeting_id: int) -> list[Finding]:
    """Required printouts never printed and printed ones older than their data (cards: see ``_seating``)."""
    statuses = printouts.printout_statuses(workspace, meeting_id)
    found: list[Finding] = []
    signin = [statuses[p.key] for p in printouts.PRINTOUTS if p.document in printouts.SIGNIN_DOCUMENTS]
    if all(status.state is printouts.State.NEVER for status in signin):
        found.append(Finding(Area.PRINTOUTS, "签到表尚未打印", f"{_PRINT_CENTRE}写出签到表（按单位或按笔画）"))
    stale_sheets = [
        (p.label.removeprefix("签到表"), statuses[p.key].detail)
        for p in printouts.PRINTOUTS
        if p.document in printouts.SIGNIN_DOCUMENTS and statuses[p.key].state is printouts.State.STALE
    ]
    if stale_sheets:
        found.append(
            Finding(
                Area.PRINTOUTS,
                "签到表打印后数据有变化，已过期：" + "；".join(f"{order}{detail}" for order, detail in stale_sheets),
                f"{_PRINT_CENTRE}重新写出这些签到表，换下旧的",
            )
        )
    for item in printouts.PRINTOUTS:
        status = statuses[item.key]
        if item.document in printouts.SIGNIN_DOCUMENTS or item.document == "table-cards":
            continue
        if item.readiness is printouts.Readiness.IGNORED:
            continue
        if status.state is printouts.State.NEVER and item.readiness is printouts.Readiness.REQUIRED:
            found.append(Finding(Area.PRINTOUTS, f"{item.label}尚未打印", f"{_PRINT_CENTRE}写出{item.label}"))
        elif status.state is printouts.State.STALE:
            found.append(
                Finding(
                    Area.PRINTOUTS,
                    f"{item.label}打印后数据有变化，已过期：{status.detail}",
                    f"{_PRINT_CENTRE}重新写出{item.label}，换下旧的",
                )
            )
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


def near_duplicates(expected: list[Attendee]) -> list[Finding]:
    """Names written differently that read as one on paper (劉德华/刘德华, ``王 伟``/王伟, ＬＩ/LI), and names
    still carrying padding or full-width letters."""
    from meeting_planner.documents.variants import simplified_variants

    variants = simplified_variants()
    groups: dict[str, list[Attendee]] = defaultdict(list)
    for person in expected:
        groups[fold_key(person.name, variants)].append(person)
    found: list[Finding] = []
    for group in groups.values():
        if len({a.name.replace(" ", "") for a in group}) < 2:
            continue  # same text: ``_duplicates`` reports it
        shown = "、".join(f"“{a.name}”（{a.unit or '无单位'}）" for a in group[:NAMES_SHOWN])
        found.append(
            Finding(
                Area.NAMES,
                f"姓名写法相近，可能是同一人：{shown}（繁简体、全角半角或空格不同）",
                "核对后在参会人员中统一写法，或删除重复的一条",
            )
        )
    padded = [a for a in expected if a.name != normalise_name(a.name)]
    if padded:
        found.append(
            Finding(
                Area.NAMES,
                "姓名中有多余空格或全角字母：" + "、".join(f"“{a.name}”" for a in padded[:NAMES_SHOWN]),
                "在参会人员中改正（去掉空格，字母用半角）；桌签会自动对齐两字姓名",
            )
        )
    return found


def unit_variants(expected: list[Attendee]) -> list[Finding]:
    """Units written two ways (区财政局 / 区 财政局 / 區財政局): the unit order and the sheets split them."""
    from meeting_planner.documents.variants import simplified_variants

    variants = simplified_variants()
    groups: dict[str, set[str]] = defaultdict(set)
    for person in expected:
        if person.unit:
            groups[fold_key(person.unit, variants)].add(person.unit)
    return [
        Finding(
            Area.NAMES,
            "单位名称写法不一致：" + "、".join(f"“{unit}”" for unit in sorted(units)),
            "在参会人员中统一为一种写法（签到表、座次按单位分组）",
        )
        for units in groups.values()
        if len(units) > 1
    ]


def unprintable(meeting: Meeting, people: list[Attendee]) -> list[Finding]:
    """Characters no font can print (the bundled font, the chosen official fonts' fallbacks, installed fonts)
    in the meeting's title and place and in the names, units and titles printed on cards and sheets."""
    from meeting_planner.documents.fonts import glyph_problems

    items = [("会议名称", meeting.title), ("会议地点", meeting.location or meeting.venue)]
    for person in people:
        owner = person.display_name
        items += [(owner, person.name), (owner, person.display_name), (owner, person.unit), (owner, person.title)]
        items.append((owner, person.display_title))
    problems = glyph_problems((owner, text) for owner, text in items if text)
    problems += glyph_problems(((a.display_name, a.display_name) for a in people), bold=True)
    seen: dict[tuple[str, str], str] = {}
    for problem in problems:
        seen.setdefault((problem.owner, problem.char), problem.text)
    if not seen:
        return []
    listed = [f"“{text}”中的“{char}”（U+{ord(char):04X}）" for (_owner, char), text in list(seen.items())[:NAMES_SHOWN]]
    more = f" 等 {len(seen)} 处" if len(seen) > NAMES_SHOWN else ""
    return [
        Finding(
            Area.NAMES,
            "没有任何字体能打印的字：" + "、".join(listed) + more,
            "安装含有这些字的字体（或在环境变量 MEETING_PLANNER_FALLBACK_FONTS 中指定字体文件）；"
            "或打印时选“打印留空标记，手写补上”",
        )
    ]
