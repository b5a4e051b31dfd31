"""应急包 for 停电/断网: one action writes everything a meeting needs on paper or on a USB stick to one folder.

The folder (``<meeting>-应急包-<time>`` under the chosen place) holds every current printout, the attendance
workbook, a contact list, the audio/video and power/network fallback runbook drawn from the meeting's own
checklist, and a paper sign-in sheet for each check-in desk (units split between the desks in the official
unit order). A printout that cannot be made (no venue yet, say) is listed in 说明.txt instead of stopping
the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.domain.checklist import Category, Meeting
from meeting_planner.errors import InputError
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import day_printouts, seating
from meeting_planner.services.meetings import get_meeting
from meeting_planner.services.units import unit_order
from meeting_planner.storage.workspace import Workspace

Progress = Callable[[int, int], None]

#: Most desks a kit splits the sign-in sheets for.
MAX_DESKS = 20


@dataclass
class KitResult:
    """What the kit holds: the folder, the files written and what could not be made (with why)."""

    folder: Path
    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def split_units(counts: Sequence[tuple[str, int]], desks: int) -> list[list[str]]:
    """Units (in order, with their head counts) cut into at most ``desks`` consecutive groups of about the
    same number of people; a unit is never split between desks."""
    desks = max(1, min(desks, len(counts)))
    total = sum(count for _, count in counts)
    groups: list[list[str]] = [[]]
    taken = 0
    for index, (unit, count) in enumerate(counts):
        remaining_units = len(counts) - index
        remaining_desks = desks - len(groups)
        target = total * len(groups) / desks
        if groups[-1] and remaining_desks > 0 and (taken + count / 2 > target or remaining_units <= remaining_desks):
            groups.append([])
        groups[-1].append(unit)
        taken += count
    return [group for group in groups if group]


def _safe(text: str) -> str:
    bad = '<>:"/\\|?*'
    return "".join("_" if char in bad or ord(char) < 32 else char for char in text).strip(" .")[:60] or "会议"


def write_emergency_kit(
    workspace: Workspace,
    meeting_id: int,
    place: Path,
    *,
    desks: int = 1,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> KitResult:
    """Write the kit into a new folder under ``place``; returns what was written and what was not."""
    if not 1 <= desks <= MAX_DESKS:
        raise InputError(f"签到台数量应在 1 到 {MAX_DESKS} 之间，而不是 {desks}")
    meeting = get_meeting(workspace, meeting_id)
    moment = now or datetime.now()
    folder = place / f"{_safe(meeting.title)}-应急包-{moment:%Y%m%d-%H%M}"
    folder.mkdir(parents=True, exist_ok=False)
    result = KitResult(folder)
    people = attendee_service.list_meeting_attendees(workspace, meeting_id)
    jobs = _jobs(workspace, meeting, people, desks)
    for done, (filename, job) in enumerate(jobs, start=1):
        try:
            job(folder / filename)
        except (LookupError, ValueError, OSError) as error:
            result.skipped.append((filename, str(error)))
        else:
            result.written.append(folder / filename)
        if progress is not None:
            progress(done, len(jobs))
    _write_readme(folder, meeting, result, moment)
    return result


def _jobs(
    workspace: Workspace, meeting: Meeting, people: list[Attendee], desks: int
) -> list[tuple[str, Callable[[Path], object]]]:
    meeting_id = meeting.id or 0
    jobs: list[tuple[str, Callable[[Path], object]]] = [
        ("会议通知.pdf", lambda path: day_printouts.export_notice_pdf(workspace, meeting_id, path)),
        ("会议通知.docx", lambda path: day_printouts.export_notice_docx(workspace, meeting_id, path)),
        ("签到表（按单位）.pdf", lambda path: day_printouts.export_signin_pdf(workspace, meeting_id, path)),
        ("会务清单.pdf", lambda path: day_printouts.export_checklist_pdf(workspace, meeting_id, path)),
        ("座次图.pdf", lambda path: seating.export_seating_chart(workspace, meeting_id, path)),
        ("座次表.pdf", lambda path: seating.export_seat_list(workspace, meeting_id, path)),
        ("桌签.pdf", lambda path: seating.export_table_cards(workspace, meeting_id, path)),
        ("签到统计.xlsx", lambda path: attendee_service.export_attendance(workspace, meeting_id, path)),
        ("通讯录.xlsx", lambda path: _write_contacts(path, people)),
        ("停电断网预案.txt", lambda path: _write_runbook(path, meeting)),
    ]
    if desks > 1:
        expected = [a for a in people if a.role is not Role.STAFF]
        with workspace.reading() as connection:
            order = unit_order(connection, expected)
        counts = [(unit, sum(1 for a in expected if a.unit == unit)) for unit in order]
        for number, group in enumerate(split_units(counts, desks), start=1):
            desk = f"第{number}签到台"

            def job(path: Path, group: list[str] = group, desk: str = desk) -> object:
                return day_printouts.export_signin_pdf(workspace, meeting_id, path, units=group, desk=desk)

            jobs.append((f"签到表-{desk}.pdf", job))
    return jobs


def _write_contacts(path: Path, people: list[Attendee]) -> None:
    """Everyone with unit, title and phone, as text cells (never formulas), for calling people without the app."""
    from openpyxl import Workbook

    from meeting_planner.documents.files import atomic_output

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "通讯录"
    sheet.append(["序号", "姓名", "单位", "职务", "电话", "签到码"])
    for index, person in enumerate(people, start=1):
        sheet.append([index, person.name, person.unit, person.title, person.phone, person.code])
    for row in sheet.iter_rows(min_row=2, min_col=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for column, width in zip("ABCDEF", (6, 12, 28, 22, 16, 10), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    with atomic_output(path) as temporary:
        book.save(temporary)


def _write_runbook(path: Path, meeting: Meeting) -> None:
    """The audio/video and power/network steps of the meeting's checklist with their sub-items and notes."""
    from meeting_planner.documents.files import atomic_output

    lines = [f"{meeting.title} — 音视频与停电、断网备用预案", f"会议时间：{meeting.start:%Y-%m-%d %H:%M}", ""]
    for category, heading in ((Category.AV, "音视频"), (Category.POWER_NETWORK, "电源与网络")):
        steps = [step for step in meeting.steps if step.category is category]
        lines.append(f"【{heading}】" + ("" if steps else "（清单中没有此类步骤）"))
        for step in steps:
            who = f"（{step.role}）" if step.role else ""
            lines.append(f"□ {step.title}{who}  应于 {step.due_at:%m-%d %H:%M}")
            lines += [f"    □ {item}" for item in step.subitems]
            if step.note:
                lines.append(f"    备注：{step.note}")
        lines.append("")
    if meeting.contact:
        lines += [f"会务联系：{meeting.contact}", ""]
    with atomic_output(path) as temporary:
        temporary.write_text("\ufeff" + "\r\n".join(lines), encoding="utf-8")


def _write_readme(folder: Path, meeting: Meeting, result: KitResult, moment: datetime) -> None:
    lines = [f"{meeting.title} 应急包", f"生成时间：{moment:%Y-%m-%d %H:%M}", "", "文件："]
    lines += [f"  {path.name}" for path in result.written]
    if result.skipped:
        lines += ["", "未能生成："] + [f"  {name}：{reason}" for name, reason in result.skipped]
    (folder / "说明.txt").write_text("\ufeff" + "\r\n".join(lines), encoding="utf-8")
