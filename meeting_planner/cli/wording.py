"""The command line's Chinese wording of the services' structured results (the window has its own, translated,
in ``ui/wording.py``): the 会前检查's findings, the printouts' statuses and the meeting file's reports."""

from __future__ import annotations

from collections.abc import Sequence

from meeting_planner.domain.attendee import REPLY_LABELS, Attendee, ReplyStatus
from meeting_planner.domain.backups import BackupInfo
from meeting_planner.domain.list_update import FieldChange, ListDiff, PersonChange, reply_note
from meeting_planner.domain.venue import Venue, ZoneKind
from meeting_planner.services import printouts
from meeting_planner.services.meeting_file import (
    ExportedMeeting,
    ImportedMeeting,
    ImportNote,
    NoteKind,
    describe_counts,
)
from meeting_planner.services.printouts import Aspect, PrintStatus, State, Subject, Why
from meeting_planner.services.readiness import NAMES_SHOWN, Finding, Kind
from meeting_planner.services.seating import SeatingResult

ASPECTS = {
    Aspect.MEETING: "会议名称、时间或地点",
    Aspect.VENUE: "场地",
    Aspect.UNIT_ORDER: "单位排序",
    Aspect.NOTICE_INFO: "会议信息（名称、时间、地点、议程、联系人）",
    Aspect.NOTICE_SETTINGS: "通知设置（发文字号、参会范围、回执）",
    Aspect.UNITS: "参会单位",
}
PRINT_CENTRE = "文件 → 打印/导出…（Ctrl+P）"
REPRINT_CARDS = f"{PRINT_CENTRE}写出“桌签（仅变化的）”，或 cards ID FILE --changed"


def person(name: str, unit: str) -> str:
    """``王伟（区财政局）``, or the name alone."""
    return f"{name}（{unit}）" if unit else name


def _listed(labels: Sequence[str], shown: int, unit: str = "人") -> str:
    text = "、".join(labels[:shown])
    return text + (f" 等 {len(labels)} {unit}" if len(labels) > shown else "")


# --- printout statuses -----------------------------------------------------------------------------------------


def subject(what: Subject) -> str:
    """A person with their unit, or a checklist step in quotes."""
    return f"“{what.name}”" if what.step else person(what.name, what.unit)


def _subjects(subjects: Sequence[Subject]) -> str:
    return _listed([subject(s) for s in subjects], printouts.NAMES_SHOWN)


def status_detail(status: PrintStatus) -> str:
    """What changed (stale), why it cannot be made (unavailable), or a note (``共 12 张``)."""
    why = status.why
    if why is Why.CHANGES:
        reasons = [f"{ASPECTS[aspect]}有变化" for aspect in status.aspects]
        if status.changed:
            reasons.append(f"{_subjects(status.changed)}有变化")
        if status.added:
            reasons.append(f"新增 {_subjects(status.added)}")
        if status.removed:
            reasons.append(f"减少 {status.removed} 项")
        return "；".join(reasons)
    if why is Why.OLD_VERSION:
        return "打印于旧版本，内容无法核对，请重新打印"
    if why is Why.CARDS:
        if status.state is State.NEVER:
            return f"共 {status.count} 张"
        text = f"{status.count} 张桌签未打印或有变化：{_subjects(status.changed)}"
        return text + (f"（其中代会 {status.substitutes} 人）" if status.substitutes else "")
    if why is Why.CARDS_WAITING:
        return f"{status.count} 张待打印：{_subjects(status.changed)}"
    if why is Why.NO_CHANGED_CARDS:
        return "没有变化的桌签"
    if why is Why.NO_VENUE:
        return "还没有选定场地、排座"
    if why is Why.NO_ROSTRUM:
        return "主席台上还没有人"
    return ""


def status_text(status: PrintStatus) -> str:
    """从未打印 / 已打印 于 11-20 14:30 / 已过期：… / 无法生成：…"""
    detail = status_detail(status)
    if status.state is State.UNAVAILABLE:
        return f"无法生成：{detail}"
    if status.state is State.NEVER:
        return "从未打印" + (f"（{detail}）" if detail else "")
    when = f"{status.printed_at:%m-%d %H:%M}" if status.printed_at else ""
    if status.state is State.PRINTED:
        return f"已打印 于 {when}" + (f"（{detail}）" if detail else "")
    return f"已过期：{detail}"


# --- 会前检查 -----------------------------------------------------------------------------------------------------


def _people(finding: Finding) -> str:
    return _listed([person(name, unit) for name, unit in finding.people], NAMES_SHOWN)


def finding_problem(finding: Finding) -> str:
    """What is wrong, naming the people, steps or printouts."""
    kind = finding.kind
    if kind is Kind.OVERDUE_STEPS:
        steps = [f"{title}（应于 {due:%m-%d %H:%M}）" for title, due in finding.steps]
        return f"逾期未完成的步骤：{_listed(steps, NAMES_SHOWN, '项')}"
    if kind is Kind.NOTICE_NOT_ISSUED:
        return "会议通知尚未印发（“印发通知”步骤未完成）"
    if kind is Kind.REPLIES_MISSING:
        return f"回执未确认：{_people(finding)}"
    if kind is Kind.ROSTRUM_UNCONFIRMED:
        return f"主席台人员未确认出席：{_people(finding)}"
    if kind is Kind.NO_SEATING:
        return "还没有选定场地、排座"
    if kind is Kind.SEATED_ON_LEAVE:
        return f"已请假但仍占座位：{_people(finding)}"
    if kind is Kind.UNSEATED:
        return f"没有座位：{_people(finding)}"
    if kind is Kind.CARDS_NEVER_PRINTED:
        return f"桌签尚未打印（共 {finding.count} 张）"
    if kind is Kind.SUBSTITUTE_CARDS:
        return f"代会人员的桌签未打印：{_people(finding)}"
    if kind is Kind.CARDS_STALE:
        return f"桌签未打印或已过期：{_people(finding)}"
    if kind is Kind.SIGNIN_NEVER_PRINTED:
        return "签到表尚未打印"
    if kind is Kind.SIGNIN_STALE:
        sheets = [
            printouts.BY_KEY[status.key].label.removeprefix("签到表") + status_detail(status)
            for status in finding.statuses
        ]
        return "签到表打印后数据有变化，已过期：" + "；".join(sheets)
    if kind is Kind.PRINTOUT_NEVER:
        return f"{_label(finding)}尚未打印"
    if kind is Kind.PRINTOUT_STALE:
        return f"{_label(finding)}打印后数据有变化，已过期：{status_detail(finding.statuses[0])}"
    if kind is Kind.SAME_NAME:
        return f"同名人员“{finding.name}”在不同单位：{_units(finding.texts)}"
    if kind is Kind.REPEATED_NAME:
        return f"“{finding.name}”在名单中出现 {finding.count} 次（{_units(finding.texts)}）"
    if kind is Kind.NEAR_DUPLICATES:
        shown = "、".join(f"“{name}”（{unit or '无单位'}）" for name, unit in finding.people[:NAMES_SHOWN])
        return f"姓名写法相近，可能是同一人：{shown}（繁简体、全角半角或空格不同）"
    if kind is Kind.PADDED_NAMES:
        return "姓名中有多余空格或全角字母：" + "、".join(f"“{name}”" for name in finding.texts[:NAMES_SHOWN])
    if kind is Kind.UNIT_VARIANTS:
        return "单位名称写法不一致：" + "、".join(f"“{unit}”" for unit in finding.texts)
    if kind is Kind.UNPRINTABLE:
        listed = [f"“{text}”中的“{char}”（U+{ord(char):04X}）" for text, char in finding.characters[:NAMES_SHOWN]]
        more = f" 等 {finding.count} 处" if finding.count > NAMES_SHOWN else ""
        return "没有任何字体能打印的字：" + "、".join(listed) + more
    if kind is Kind.NO_UNIT_ORDER:
        return "未设定单位排序（目前按各单位最高排序号排列）"
    raise AssertionError(kind)  # pragma: no cover - every kind is worded above


def _label(finding: Finding) -> str:
    return printouts.BY_KEY[finding.statuses[0].key].label


def _units(units: Sequence[str]) -> str:
    return "、".join(unit or "（无单位）" for unit in units)


FIXES = {
    Kind.OVERDUE_STEPS: "在清单中完成、跳过或调整时间",
    Kind.NOTICE_NOT_ISSUED: "印发通知后在清单中勾选",
    Kind.REPLIES_MISSING: "在参会人员中登记回执，或用更新名单导入",
    Kind.ROSTRUM_UNCONFIRMED: "与本人或其办公室确认",
    Kind.NO_SEATING: "在“座次”中选择场地并自动排座",
    Kind.SEATED_ON_LEAVE: "解锁后移出座位或重新排座",
    Kind.UNSEATED: "在“座次”中自动排座或拖到座位上",
    Kind.CARDS_NEVER_PRINTED: f"{PRINT_CENTRE}写出桌签",
    Kind.SUBSTITUTE_CARDS: REPRINT_CARDS,
    Kind.CARDS_STALE: REPRINT_CARDS,
    Kind.SIGNIN_NEVER_PRINTED: f"{PRINT_CENTRE}写出签到表（按单位或按笔画）",
    Kind.SIGNIN_STALE: f"{PRINT_CENTRE}重新写出这些签到表，换下旧的",
    Kind.SAME_NAME: "核对是否为不同的人；桌签可加单位行",
    Kind.REPEATED_NAME: "删除重复的一条",
    Kind.NEAR_DUPLICATES: "核对后在参会人员中统一写法，或删除重复的一条",
    Kind.PADDED_NAMES: "在参会人员中改正（去掉空格，字母用半角）；桌签会自动对齐两字姓名",
    Kind.UNIT_VARIANTS: "在参会人员中统一为一种写法（签到表、座次按单位分组）",
    Kind.UNPRINTABLE: "安装含有这些字的字体（或在环境变量 MEETING_PLANNER_FALLBACK_FONTS 中指定字体文件）；"
    "或打印时选“打印留空标记，手写补上”",
    Kind.NO_UNIT_ORDER: "编辑 → 单位排序…，或 units --order",
}


def finding_fix(finding: Finding) -> str:
    """How to fix it."""
    if finding.kind is Kind.PRINTOUT_NEVER:
        return f"{PRINT_CENTRE}写出{_label(finding)}"
    if finding.kind is Kind.PRINTOUT_STALE:
        return f"{PRINT_CENTRE}重新写出{_label(finding)}，换下旧的"
    return FIXES[finding.kind]


# --- meeting files (export-meeting / import-meeting) ----------------------------------------------------------


def exported_text(result: ExportedMeeting) -> str:
    """``已导出会议“…”到 FILE：120 人，118 个座位，…。``"""
    return f"已导出会议“{result.title}”到 {result.path}：{describe_counts(result.counts)}。"


def import_note(note: ImportNote) -> str:
    """One thing the import did besides adding the meeting."""
    if note.kind is NoteKind.VENUE_ADDED:
        return f"场地“{note.name}”已加入本工作区"
    if note.kind is NoteKind.VENUE_RENAMED:
        return f"本工作区已有不同的场地“{note.name}”，文件中的场地另存为“{note.other}”"
    if note.kind is NoteKind.UNIT_ORDER_KEPT:
        return "单位排序沿用本工作区的设置（与文件中的不同，可在“编辑 → 单位排序”中调整）"
    if note.kind is NoteKind.SAVED_AS_COPY:
        return f"本工作区已有这场会议（编号 {note.meeting_id}），已另存为新会议"
    return f"原会议（编号 {note.meeting_id}）已移入回收站，可从“文件 → 回收站”恢复"


def imported_text(result: ImportedMeeting) -> str:
    """``已导入会议“…”（编号 7）：120 人，118 个座位，95 条签到，…。`` and the notes."""
    text = f"已导入会议“{result.title}”（编号 {result.meeting_id}）：{describe_counts(result.counts)}。"
    return text + "".join(import_note(note) + "。" for note in result.notes)


# --- backups ---------------------------------------------------------------------------------------------------


def backup_summary(info: BackupInfo) -> str:
    """``3 个会议，120 名参会人员，常用人员库 45 人`` (or why the backup cannot be used)."""
    if info.problem:
        return f"不可用：{info.problem}"
    parts = [f"{info.meetings or 0} 个会议", f"{info.attendees or 0} 名参会人员"]
    if info.people is not None:
        parts.append(f"常用人员库 {info.people} 人")
    return "，".join(parts)


# --- auto-seating ----------------------------------------------------------------------------------------------


def seating_lines(result: SeatingResult) -> list[str]:
    """The venue, seated / unseated / empty counts and who could not be seated."""
    plan = result.plan
    lines = [
        f"场地：{result.venue.name}（{result.venue.key}），可用座位 {result.venue.capacity} 个",
        f"已安排座位：{plan.seated_count} 人",
        f"未安排座位：{len(plan.unseated)} 人",
        f"空座：{len(plan.empty_seats)} 个",
    ]
    if plan.on_leave:
        lines.append(f"请假未排座：{len(plan.on_leave)} 人")
    if plan.rostrum_overflow:
        overflow = "、".join(a.display_name for a in plan.rostrum_overflow[:20])
        count = len(plan.rostrum_overflow)
        lines.append(f"标记主席台但未能安排到主席台：{count} 人（{overflow}），请核对主席台座位或标记")
    if plan.unseated:
        lines.append("未安排：" + "、".join(a.display_name for a in plan.unseated[:50]))
    return lines


# --- list updates (import --update) ------------------------------------------------------------------------------

#: Labels of changed fields (``职务 处长 → 副局长``).
CHANGE_LABELS: dict[str, str] = {
    "reply": "回执",
    "leave_reason": "请假原因",
    "substitute": "代会",
    "title": "职务",
    "unit": "单位",
    "phone": "电话",
    "rank": "排序",
    "on_rostrum": "主席台",
}
EMPTY = "（空）"


def reply_text(reply: ReplyStatus, note: str = "") -> str:
    """``请假（出差）``, ``代会（王五 副局长）``, ``已确认`` …"""
    return REPLY_LABELS[reply] + (f"（{note}）" if note else "")


def reply_label(attendee: Attendee) -> str:
    """The attendee's reply with its reason or substitute."""
    return reply_text(attendee.reply, reply_note(attendee))


def _change_value(change: FieldChange, value: str, note: str) -> str:
    if change.key == "reply":
        return reply_text(ReplyStatus(value), note)
    if change.key == "on_rostrum":
        return "是" if value else "否"
    return value


def change_text(change: FieldChange) -> str:
    """``职务 处长 → 副局长``."""
    before = _change_value(change, change.before, change.before_note) or EMPTY
    after = _change_value(change, change.after, change.after_note) or EMPTY
    return f"{CHANGE_LABELS[change.key]} {before} → {after}"


def added_label(person: Attendee) -> str:
    """``赵六（市应急管理局 局长）``."""
    detail = " ".join(part for part in (person.unit, person.title) if part)
    return f"{person.name}（{detail}）" if detail else person.name


def change_line(change: PersonChange) -> str:
    """``变更 王伟（市财政局）：职务 处长 → 副局长；回执 未通知 → 请假（出差）``."""
    who = person(change.before.name, change.before.unit)
    return f"变更 {who}：{'；'.join(change_text(c) for c in change.changes)}"


def diff_lines(diff: ListDiff) -> list[str]:
    """One line per difference, 新增 first, then 变更, then 不在新名单中."""
    lines = [f"新增 {added_label(row.person)}" for row in diff.added]
    lines += [change_line(change) for change in diff.changed]
    lines += [f"不在新名单中 {person(p.name, p.unit)}" for p in diff.missing]
    return lines


def diff_summary(diff: ListDiff) -> str:
    """``新增 1 人，变更 2 人，不在新名单中 1 人，未变 30 人``."""
    return (
        f"新增 {len(diff.added)} 人，变更 {len(diff.changed)} 人，"
        f"不在新名单中 {len(diff.missing)} 人，未变 {diff.unchanged} 人"
    )


# --- venues ------------------------------------------------------------------------------------------------------


def venue_lines(venue: Venue) -> list[str]:
    """Lines describing a venue's zones: rows, seats per row, sections, reserved and blocked seats."""
    lines = [f"场地：{venue.name}（{venue.key}），可用座位 {venue.capacity} 个"]
    for zone in venue.zones:
        rows = zone.rows()
        counts = "、".join(str(len(row)) for row in rows)
        blocked = sum(seat.blocked for seat in zone.seats)
        reserved = sum(seat.reserved for seat in zone.seats)
        text = f"  {zone.name}：{len(zone.seats)} 座"
        if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM):
            text += f"，{len(rows)} 排（每排 {counts if len(rows) <= 12 else counts[:60] + '……'}）"
        sections = list(dict.fromkeys(seat.section for seat in zone.seats if seat.section))
        if len(sections) > 1:
            text += f"，分区 {'、'.join(sections)}"
        if blocked:
            text += f"，其中不可用 {blocked} 座"
        if reserved:
            text += f"，预留 {reserved} 座"
        lines.append(text)
    return lines
