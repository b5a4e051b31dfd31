"""Results of the services worded for the window, in the UI language.

The services return structured results (who, when, how many). The command line words them in Chinese (the
check-in results' ``message``/``sentence()``; the 会前检查, printout statuses, meeting-file reports, auto-seating and
list updates in ``cli/wording.py``). The window words the same facts here through Qt's translation, so the English
UI shows no Chinese but the user's own data (names, units, queries); the Chinese sources are the command line's
sentences (``tests/gui/test_result_wording.py`` keeps them the same).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from meeting_planner.domain.attendance import CheckInMethod
from meeting_planner.domain.attendee import REPLY_LABELS, Attendee, ReplyStatus
from meeting_planner.domain.list_update import FieldChange, reply_note
from meeting_planner.domain.venue import Venue, ZoneKind
from meeting_planner.services import printouts
from meeting_planner.services import readiness as checks
from meeting_planner.services.checkin import MAX_CANDIDATES, CheckInResult, Outcome
from meeting_planner.services.desk import ReplayReport
from meeting_planner.services.importing import FIELD_LABELS, Field, ImportPreview, ImportResult, ImportWarning
from meeting_planner.services.list_update import ListUpdateResult
from meeting_planner.services.meeting_file import ExportedMeeting, ImportedMeeting, ImportNote, NoteKind
from meeting_planner.services.printouts import Aspect, PrintStatus, State, Subject, Why
from meeting_planner.services.readiness import Finding, Kind
from meeting_planner.services.seating import SeatingResult
from meeting_planner.ui.error_text import translated
from meeting_planner.ui.labels import label

translate = QCoreApplication.translate  # lupdate reads each call's literal context and text


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, 1):
        template = template.replace(f"%{number}", str(value))
    return template


def person(attendee: Attendee) -> str:
    """``王伟（区财政局）``: a name with its unit."""
    return _fill(translate("Wording", "%1（%2）"), attendee.name, attendee.unit) if attendee.unit else attendee.name


def checkin_text(result: CheckInResult) -> str:
    """What the desk shows for one check-in attempt."""
    who = person(result.attendee) if result.attendee is not None else ""
    if result.outcome is Outcome.CHECKED_IN and result.checkin is not None:
        text = _fill(translate("Wording", "%1 已签到 %2"), who, f"{result.checkin.at:%H:%M}")
        if result.checkin.backfilled:
            text += translate("Wording", "（补录）")
        if result.checkin.substitute:
            deputy = result.checkin.substitute_name or translate("Wording", "代会人员")
            text += _fill(translate("Wording", "（%1代会）"), deputy)
        elif result.late:
            text += translate("Wording", "（迟到）")
        if result.walk_in:
            text += translate("Wording", "（临时增加）")
        return text + (translate("Wording", "（离线，待同步）") if result.offline else "")
    if result.outcome is Outcome.ALREADY and result.checkin is not None:
        return _fill(translate("Wording", "%1 已于 %2 签到，未重复登记"), who, f"{result.checkin.at:%H:%M}")
    if result.outcome is Outcome.ON_LEAVE and result.attendee is not None:
        leave = result.attendee.leave_reason
        reason = _fill(translate("Wording", "（%1）"), leave) if leave else ""
        return _fill(translate("Wording", "%1 已请假%2，确认本人到会并签到吗？"), who, reason)
    if result.outcome is Outcome.AMBIGUOUS:
        text = _fill(translate("Wording", "“%1”找到 %2 位参会人员，请选择"), result.query.strip(), result.found)
        if result.found > MAX_CANDIDATES:
            text += _fill(translate("Wording", "（仅列出前 %1 位）"), MAX_CANDIDATES)
        return text
    if result.outcome is Outcome.NOT_FOUND:
        if result.missing_id is not None:
            return _fill(translate("Wording", "本次会议没有编号为 %1 的参会人员"), result.missing_id)
        if result.method is CheckInMethod.CODE:
            return _fill(translate("Wording", "没有找到签到码为“%1”的参会人员"), result.query.strip())
        if result.method is not None:
            return _fill(translate("Wording", "没有找到姓名为“%1”的参会人员"), result.query.strip())
    return result.message


def sync_text(report: ReplayReport) -> str:
    """The desk's sentence after its journal was synchronised or merged."""
    text = _fill(translate("Wording", "已同步 %1 条签到记录：写入 %2 条"), report.total, report.applied)
    if report.conflicts:
        doubled = translate("Wording", "，两台重复签到 %1 人（保留最早时间，见签到页“重复签到”）")
        text += _fill(doubled, len(report.conflicts))
    if report.already:
        text += _fill(translate("Wording", "，%1 条此前已同步（未重复登记）"), report.already)
    if report.not_found:
        names = translate("Wording", "、").join(report.not_found[:10])
        text += _fill(translate("Wording", "；%1 条找不到人员或会议：%2"), len(report.not_found), names)
    if report.other_workspace:
        text += _fill(translate("Wording", "；%1 条属于其他工作区，未合并"), report.other_workspace)
    return text + translate("Wording", "。")


def import_text(result: ImportResult) -> str:
    """The status line after a list was imported."""
    text = _fill(translate("Wording", "已导入 %1 人"), len(result.added))
    if result.already_present:
        text += _fill(translate("Wording", "；%1 人已在名单中，未重复添加"), len(result.already_present))
    if result.directory_added or result.directory_updated:
        text += _fill(
            translate("Wording", "；常用人员库新增 %1 人，更新 %2 人"), result.directory_added, result.directory_updated
        )
    return text


def list_update_text(result: ListUpdateResult) -> str:
    """The status line after a list update was applied."""
    text = _fill(
        translate("Wording", "名单已更新：新增 %1 人，变更 %2 人，移除 %3 人"),
        len(result.added),
        len(result.changed_after),
        len(result.removed),
    )
    if result.kept_locked:
        names = translate("Wording", "、").join(result.kept_locked)
        text += _fill(translate("Wording", "；%1已请假，但座位已锁定，仍保留"), names)
    if result.directory_added:
        text += _fill(translate("Wording", "；常用人员库新增 %1 人"), result.directory_added)
    return text


# --- the printouts' statuses (打印/导出) and the 会前检查 ----------------------------------------------------------
# The Chinese texts are those the command line prints (``cli/wording.py``); a test keeps the two the same.


def who(name: str, unit: str) -> str:
    """``王伟（区财政局）``, or the name alone."""
    return _fill(translate("Wording", "%1（%2）"), name, unit) if unit else name


def printout_label(key: str) -> str:
    """A printout's name in the UI language (the registry's labels are marked in the print centre)."""
    return translate("Printouts", printouts.BY_KEY[key].label)


def options_text(text: str) -> str:
    """The options a printout was written with (recorded as ``A4 拼贴、面向主席台``) in the UI language."""
    return translate("Wording", "、").join(translate("Printouts", part) for part in text.split("、") if part)


def _and_more(labels: Sequence[str], shown: int) -> str:
    text = translate("Wording", "、").join(labels[:shown])
    if len(labels) > shown:
        text += _fill(translate("Wording", " 等 %1 人"), len(labels))
    return text


def _subject(what: Subject) -> str:
    return _fill(translate("Wording", "“%1”"), what.name) if what.step else who(what.name, what.unit)


def _subjects(subjects: Sequence[Subject]) -> str:
    return _and_more([_subject(s) for s in subjects], printouts.NAMES_SHOWN)


def _aspect(aspect: Aspect) -> str:
    if aspect is Aspect.MEETING:
        return translate("Wording", "会议名称、时间或地点")
    if aspect is Aspect.VENUE:
        return translate("Wording", "场地")
    if aspect is Aspect.UNIT_ORDER:
        return translate("Wording", "单位排序")
    if aspect is Aspect.NOTICE_INFO:
        return translate("Wording", "会议信息（名称、时间、地点、议程、联系人）")
    if aspect is Aspect.NOTICE_SETTINGS:
        return translate("Wording", "通知设置（发文字号、参会范围、回执）")
    return translate("Wording", "参会单位")


def status_detail(status: PrintStatus) -> str:
    """What changed (stale), why it cannot be made (unavailable), or a note on the cards."""
    why = status.why
    if why is Why.CHANGES:
        reasons = [_fill(translate("Wording", "%1有变化"), _aspect(aspect)) for aspect in status.aspects]
        if status.changed:
            reasons.append(_fill(translate("Wording", "%1有变化"), _subjects(status.changed)))
        if status.added:
            reasons.append(_fill(translate("Wording", "新增 %1"), _subjects(status.added)))
        if status.removed:
            reasons.append(_fill(translate("Wording", "减少 %1 项"), status.removed))
        return translate("Wording", "；").join(reasons)
    if why is Why.OLD_VERSION:
        return translate("Wording", "打印于旧版本，内容无法核对，请重新打印")
    if why is Why.CARDS:
        if status.state is State.NEVER:
            return _fill(translate("Wording", "共 %1 张"), status.count)
        text = _fill(translate("Wording", "%1 张桌签未打印或有变化：%2"), status.count, _subjects(status.changed))
        if status.substitutes:
            text += _fill(translate("Wording", "（其中代会 %1 人）"), status.substitutes)
        return text
    if why is Why.CARDS_WAITING:
        return _fill(translate("Wording", "%1 张待打印：%2"), status.count, _subjects(status.changed))
    if why is Why.NO_CHANGED_CARDS:
        return translate("Wording", "没有变化的桌签")
    if why is Why.NO_VENUE:
        return translate("Wording", "还没有选定场地、排座", "printout status")
    if why is Why.NO_ROSTRUM:
        return translate("Wording", "主席台上还没有人")
    return ""


def status_text(status: PrintStatus) -> str:
    """从未打印 / 已打印 于 11-20 14:30 / 已过期：… / 无法生成：… in the UI language."""
    detail = status_detail(status)
    if status.state is State.UNAVAILABLE:
        return _fill(translate("Wording", "无法生成：%1"), detail)
    if status.state is State.NEVER:
        return _fill(translate("Wording", "从未打印（%1）"), detail) if detail else translate("Wording", "从未打印")
    when = f"{status.printed_at:%m-%d %H:%M}" if status.printed_at else ""
    if status.state is State.PRINTED:
        if detail:
            return _fill(translate("Wording", "已打印 于 %1（%2）"), when, detail)
        return _fill(translate("Wording", "已打印 于 %1"), when)
    return _fill(translate("Wording", "已过期：%1"), detail)


def _people(finding: Finding) -> str:
    return _and_more([who(name, unit) for name, unit in finding.people], checks.NAMES_SHOWN)


def _quoted(texts: Sequence[str]) -> str:
    return translate("Wording", "、").join(_fill(translate("Wording", "“%1”"), text) for text in texts)


def _units(units: Sequence[str]) -> str:
    return translate("Wording", "、").join(unit or translate("Wording", "（无单位）") for unit in units)


def finding_problem(finding: Finding) -> str:
    """What is wrong, naming the people, steps or printouts, in the UI language."""
    kind, shown = finding.kind, checks.NAMES_SHOWN
    if kind is Kind.OVERDUE_STEPS:
        steps = [
            _fill(translate("Wording", "%1（应于 %2）"), title, f"{due:%m-%d %H:%M}")
            for title, due in finding.steps[:shown]
        ]
        text = translate("Wording", "、").join(steps)
        if len(finding.steps) > shown:
            text += _fill(translate("Wording", " 等 %1 项"), len(finding.steps))
        return _fill(translate("Wording", "逾期未完成的步骤：%1"), text)
    if kind is Kind.NOTICE_NOT_ISSUED:
        return translate("Wording", "会议通知尚未印发（“印发通知”步骤未完成）")
    if kind is Kind.REPLIES_MISSING:
        return _fill(translate("Wording", "回执未确认：%1"), _people(finding))
    if kind is Kind.ROSTRUM_UNCONFIRMED:
        return _fill(translate("Wording", "主席台人员未确认出席：%1"), _people(finding))
    if kind is Kind.NO_SEATING:
        return translate("Wording", "还没有选定场地、排座")
    if kind is Kind.SEATED_ON_LEAVE:
        return _fill(translate("Wording", "已请假但仍占座位：%1"), _people(finding))
    if kind is Kind.UNSEATED:
        return _fill(translate("Wording", "没有座位：%1"), _people(finding))
    if kind is Kind.CARDS_NEVER_PRINTED:
        return _fill(translate("Wording", "桌签尚未打印（共 %1 张）"), finding.count)
    if kind is Kind.SUBSTITUTE_CARDS:
        return _fill(translate("Wording", "代会人员的桌签未打印：%1"), _people(finding))
    if kind is Kind.CARDS_STALE:
        return _fill(translate("Wording", "桌签未打印或已过期：%1"), _people(finding))
    if kind is Kind.SIGNIN_NEVER_PRINTED:
        return translate("Wording", "签到表尚未打印")
    if kind is Kind.SIGNIN_STALE:
        # In Chinese the sheet is named by its order alone (（按单位）…), as the command line does.
        sheets = [
            _fill(translate("Wording", "%1%2"), printout_label(s.key).removeprefix("签到表"), status_detail(s))
            for s in finding.statuses
        ]
        return _fill(
            translate("Wording", "签到表打印后数据有变化，已过期：%1"), translate("Wording", "；").join(sheets)
        )
    if kind is Kind.PRINTOUT_NEVER:
        return _fill(translate("Wording", "%1尚未打印"), printout_label(finding.statuses[0].key))
    if kind is Kind.PRINTOUT_STALE:
        status = finding.statuses[0]
        template = translate("Wording", "%1打印后数据有变化，已过期：%2")
        return _fill(template, printout_label(status.key), status_detail(status))
    if kind is Kind.SAME_NAME:
        return _fill(translate("Wording", "同名人员“%1”在不同单位：%2"), finding.name, _units(finding.texts))
    if kind is Kind.REPEATED_NAME:
        template = translate("Wording", "“%1”在名单中出现 %2 次（%3）")
        return _fill(template, finding.name, finding.count, _units(finding.texts))
    if kind is Kind.NEAR_DUPLICATES:
        shown_people = [
            _fill(translate("Wording", "“%1”（%2）"), name, unit or translate("Wording", "无单位"))
            for name, unit in finding.people[:shown]
        ]
        template = translate("Wording", "姓名写法相近，可能是同一人：%1（繁简体、全角半角或空格不同）")
        return _fill(template, translate("Wording", "、").join(shown_people))
    if kind is Kind.PADDED_NAMES:
        return _fill(translate("Wording", "姓名中有多余空格或全角字母：%1"), _quoted(finding.texts[:shown]))
    if kind is Kind.UNIT_VARIANTS:
        return _fill(translate("Wording", "单位名称写法不一致：%1"), _quoted(finding.texts))
    if kind is Kind.UNPRINTABLE:
        listed = [
            _fill(translate("Wording", "“%1”中的“%2”（U+%3）"), text, char, f"{ord(char):04X}")
            for text, char in finding.characters[:shown]
        ]
        text = translate("Wording", "、").join(listed)
        if finding.count > shown:
            text += _fill(translate("Wording", " 等 %1 处"), finding.count)
        return _fill(translate("Wording", "没有任何字体能打印的字：%1"), text)
    return translate("Wording", "未设定单位排序（目前按各单位最高排序号排列）")


def finding_fix(finding: Finding) -> str:
    """How to fix it, in the UI language."""
    kind = finding.kind
    if kind is Kind.OVERDUE_STEPS:
        return translate("Wording", "在清单中完成、跳过或调整时间")
    if kind is Kind.NOTICE_NOT_ISSUED:
        return translate("Wording", "印发通知后在清单中勾选")
    if kind is Kind.REPLIES_MISSING:
        return translate("Wording", "在参会人员中登记回执，或用更新名单导入")
    if kind is Kind.ROSTRUM_UNCONFIRMED:
        return translate("Wording", "与本人或其办公室确认")
    if kind is Kind.NO_SEATING:
        return translate("Wording", "在“座次”中选择场地并自动排座")
    if kind is Kind.SEATED_ON_LEAVE:
        return translate("Wording", "解锁后移出座位或重新排座")
    if kind is Kind.UNSEATED:
        return translate("Wording", "在“座次”中自动排座或拖到座位上")
    if kind is Kind.CARDS_NEVER_PRINTED:
        return translate("Wording", "文件 → 打印/导出…（Ctrl+P）写出桌签")
    if kind in (Kind.SUBSTITUTE_CARDS, Kind.CARDS_STALE):
        return translate("Wording", "文件 → 打印/导出…（Ctrl+P）写出“桌签（仅变化的）”，或 cards ID FILE --changed")
    if kind is Kind.SIGNIN_NEVER_PRINTED:
        return translate("Wording", "文件 → 打印/导出…（Ctrl+P）写出签到表（按单位或按笔画）")
    if kind is Kind.SIGNIN_STALE:
        return translate("Wording", "文件 → 打印/导出…（Ctrl+P）重新写出这些签到表，换下旧的")
    if kind is Kind.PRINTOUT_NEVER:
        return _fill(translate("Wording", "文件 → 打印/导出…（Ctrl+P）写出%1"), printout_label(finding.statuses[0].key))
    if kind is Kind.PRINTOUT_STALE:
        template = translate("Wording", "文件 → 打印/导出…（Ctrl+P）重新写出%1，换下旧的")
        return _fill(template, printout_label(finding.statuses[0].key))
    if kind is Kind.SAME_NAME:
        return translate("Wording", "核对是否为不同的人；桌签可加单位行")
    if kind is Kind.REPEATED_NAME:
        return translate("Wording", "删除重复的一条")
    if kind is Kind.NEAR_DUPLICATES:
        return translate("Wording", "核对后在参会人员中统一写法，或删除重复的一条")
    if kind is Kind.PADDED_NAMES:
        return translate("Wording", "在参会人员中改正（去掉空格，字母用半角）；桌签会自动对齐两字姓名")
    if kind is Kind.UNIT_VARIANTS:
        return translate("Wording", "在参会人员中统一为一种写法（签到表、座次按单位分组）")
    if kind is Kind.UNPRINTABLE:
        return translate(
            "Wording",
            "安装含有这些字的字体（或在环境变量 MEETING_PLANNER_FALLBACK_FONTS 中指定字体文件）；"
            "或打印时选“打印留空标记，手写补上”",
        )
    return translate("Wording", "编辑 → 单位排序…，或 units --order")


# --- meeting files ------------------------------------------------------------------------------------------------


def counts_text(counts: dict[str, int]) -> str:
    """``120 人，118 个座位，95 条签到，30 个清单步骤，45 条打印记录`` in the UI language."""
    parts = [
        _fill(translate("Wording", "%1 人"), counts.get("attendees", 0)),
        _fill(translate("Wording", "%1 个座位"), counts.get("seats", 0)),
        _fill(translate("Wording", "%1 条签到"), counts.get("checkins", 0)),
        _fill(translate("Wording", "%1 个清单步骤"), counts.get("steps", 0)),
        _fill(translate("Wording", "%1 条打印记录"), counts.get("print_records", 0)),
    ]
    return translate("Wording", "，").join(parts)


def exported_text(result: ExportedMeeting) -> str:
    """What the meeting file written holds."""
    template = translate("Wording", "已导出会议“%1”到 %2：%3。")
    return _fill(template, result.title, result.path, counts_text(result.counts))


def import_note(note: ImportNote) -> str:
    """One thing the import did besides adding the meeting."""
    if note.kind is NoteKind.VENUE_ADDED:
        return _fill(translate("Wording", "场地“%1”已加入本工作区"), note.name)
    if note.kind is NoteKind.VENUE_RENAMED:
        return _fill(translate("Wording", "本工作区已有不同的场地“%1”，文件中的场地另存为“%2”"), note.name, note.other)
    if note.kind is NoteKind.UNIT_ORDER_KEPT:
        return translate("Wording", "单位排序沿用本工作区的设置（与文件中的不同，可在“编辑 → 单位排序”中调整）")
    if note.kind is NoteKind.SAVED_AS_COPY:
        return _fill(translate("Wording", "本工作区已有这场会议（编号 %1），已另存为新会议"), note.meeting_id)
    return _fill(translate("Wording", "原会议（编号 %1）已移入回收站，可从“文件 → 回收站”恢复"), note.meeting_id)


def imported_text(result: ImportedMeeting) -> str:
    """What the import brought, and what else it did."""
    template = translate("Wording", "已导入会议“%1”（编号 %2）：%3。")
    text = _fill(template, result.title, result.meeting_id, counts_text(result.counts))
    return text + "".join(_fill(translate("Wording", "%1。"), import_note(note)) for note in result.notes)


# --- auto-seating ---------------------------------------------------------------------------------------------


def auto_seat_text(result: SeatingResult) -> str:
    """``已安排座位：118 人；未安排座位：2 人；空座：30 个`` in the UI language."""
    plan = result.plan
    template = translate("Wording", "已安排座位：%1 人；未安排座位：%2 人；空座：%3 个")
    return _fill(template, plan.seated_count, len(plan.unseated), len(plan.empty_seats))


# --- list updates (更新名单) -----------------------------------------------------------------------------------


def reply_text(reply: ReplyStatus, note: str = "") -> str:
    """``请假（出差）``, ``代会（王五 副局长）``, ``已确认`` … in the UI language."""
    text = label(REPLY_LABELS[reply])
    return text + _fill(translate("Wording", "（%1）"), note) if note else text


def reply_label(attendee: Attendee) -> str:
    """The attendee's reply with its reason or substitute."""
    return reply_text(attendee.reply, reply_note(attendee))


def added_label(attendee: Attendee) -> str:
    """``赵六（市应急管理局 局长）``: a new person with unit and title."""
    detail = " ".join(part for part in (attendee.unit, attendee.title) if part)
    return _fill(translate("Wording", "%1（%2）"), attendee.name, detail) if detail else attendee.name


def _change_label(key: str) -> str:
    labels = {
        "reply": translate("Wording", "回执"),
        "leave_reason": translate("Wording", "请假原因"),
        "substitute": translate("Wording", "代会"),
        "title": translate("Wording", "职务"),
        "unit": translate("Wording", "单位"),
        "phone": translate("Wording", "电话"),
        "rank": translate("Wording", "排序"),
        "on_rostrum": translate("Wording", "主席台"),
    }
    return labels[key]


def _change_value(change: FieldChange, value: str, note: str) -> str:
    if change.key == "reply":
        return reply_text(ReplyStatus(value), note)
    if change.key == "on_rostrum":
        return translate("Wording", "是") if value else translate("Wording", "否")
    return value


def change_text(change: FieldChange) -> str:
    """``职务 处长 → 副局长`` in the UI language."""
    empty = translate("Wording", "（空）")
    before = _change_value(change, change.before, change.before_note) or empty
    after = _change_value(change, change.after, change.after_note) or empty
    return _fill(translate("Wording", "%1 %2 → %3"), _change_label(change.key), before, after)


def change_list(changes: Sequence[FieldChange]) -> str:
    """``单位 市财政局 → 市审计局；电话 … → …`` in the UI language."""
    return translate("Wording", "；").join(change_text(change) for change in changes)


# --- venues ---------------------------------------------------------------------------------------------------


def venue_lines(venue: Venue) -> list[str]:
    """A venue's zones (rows, seats per row, sections, reserved and blocked seats) in the UI language."""
    lines = [_fill(translate("Wording", "场地：%1（%2），可用座位 %3 个"), venue.name, venue.key, venue.capacity)]
    comma = translate("Wording", "、")
    for zone in venue.zones:
        rows = zone.rows()
        counts = comma.join(str(len(row)) for row in rows)
        if len(rows) > 12:
            counts = counts[:60] + translate("Wording", "……")
        blocked = sum(seat.blocked for seat in zone.seats)
        reserved = sum(seat.reserved for seat in zone.seats)
        text = _fill(translate("Wording", "  %1：%2 座"), zone.name, len(zone.seats))
        if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM):
            text += _fill(translate("Wording", "，%1 排（每排 %2）"), len(rows), counts)
        sections = list(dict.fromkeys(seat.section for seat in zone.seats if seat.section))
        if len(sections) > 1:
            text += _fill(translate("Wording", "，分区 %1"), comma.join(sections))
        if blocked:
            text += _fill(translate("Wording", "，其中不可用 %1 座"), blocked)
        if reserved:
            text += _fill(translate("Wording", "，预留 %1 座"), reserved)
        lines.append(text)
    return lines


# --- the list import's preview ---------------------------------------------------------------------------------

#: The import fields' labels (``services.importing.FIELD_LABELS``), marked for lupdate under "ImportFields".
_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportFields", "姓名"),
    QT_TRANSLATE_NOOP("ImportFields", "单位"),
    QT_TRANSLATE_NOOP("ImportFields", "职务"),
    QT_TRANSLATE_NOOP("ImportFields", "电话"),
    QT_TRANSLATE_NOOP("ImportFields", "性别"),
    QT_TRANSLATE_NOOP("ImportFields", "排序"),
    QT_TRANSLATE_NOOP("ImportFields", "备注"),
    QT_TRANSLATE_NOOP("ImportFields", "身份"),
    QT_TRANSLATE_NOOP("ImportFields", "回执"),
    QT_TRANSLATE_NOOP("ImportFields", "代会人"),
    QT_TRANSLATE_NOOP("ImportFields", "主席台"),
    QT_TRANSLATE_NOOP("ImportFields", "签到码"),
    QT_TRANSLATE_NOOP("ImportFields", "（不导入）"),
)


def field_label(field: Field) -> str:
    """An import field's name in the UI language."""
    return translate("ImportFields", FIELD_LABELS[field])


def _column(letter: str, header: str) -> str:
    if header:
        return _fill(translate("Wording", "%1 列“%2”"), letter, header)
    return _fill(translate("Wording", "%1 列"), letter)


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview's summary (file, sheet, header row, what each column becomes, counts) in the UI language."""
    mapped = translate("Wording", "，").join(
        f"{_column(column.letter, column.header)}→{field_label(column.field)}"
        for column in preview.header.columns
        if column.field is not None
    )
    return [
        _fill(
            translate("Wording", "文件：%1　工作表：%2　表头在第 %3 行"),
            preview.path.name,
            preview.sheet,
            preview.header_row,
        ),
        _fill(translate("Wording", "列对应：%1"), mapped),
        _fill(
            translate("Wording", "人员 %1 人，将导入 %2 人，跳过 %3 行，提示 %4 条"),
            len(preview.rows),
            len(preview.included),
            preview.skipped_rows,
            len(preview.warnings),
        ),
    ]


def import_warning_text(warning: ImportWarning) -> str:
    """``工作表“名单”第 7 行 C 列：…`` in the UI language."""
    where = _fill(translate("Wording", "工作表“%1”"), warning.sheet)
    if warning.row is not None:
        where += _fill(translate("Wording", "第 %1 行"), warning.row)
    if warning.column:
        where += _fill(translate("Wording", " %1 列"), warning.column)
    return _fill(translate("Wording", "%1：%2"), where, translated(warning.message))
