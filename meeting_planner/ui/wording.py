"""Results of the services worded for the window, in the UI language.

The services return structured results (who, when, how many); their ``message``/``sentence()`` is the Chinese
wording the command line prints. The window words the same facts here through Qt's translation, so the English
UI shows no Chinese but the user's own data (names, units, queries).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from meeting_planner.domain.attendance import CheckInMethod
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.checkin import MAX_CANDIDATES, CheckInResult, Outcome
from meeting_planner.services.desk import ReplayReport
from meeting_planner.services.importing import ImportResult
from meeting_planner.services.list_update import ListUpdateResult

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
