"""应急包 for 停电/断网: one action writes everything a meeting needs on paper or on a USB stick to one folder.

The folder (``<meeting>-应急包-<time>`` under the chosen place) holds every current printout, the attendance
workbook, a contact list, the audio/video and power/network fallback runbook drawn from the meeting's own
checklist, a paper sign-in sheet for each check-in desk (units split between the desks in the official
unit order) and a blank 到会情况统计表 (应到 per unit printed, 实到/请假/缺席 to fill in by hand). A printout
that cannot be made (no venue yet, say) is listed instead of stopping the rest.

``manifest.json`` lists every file with what it is, when it was made, its size and SHA-256, and the data it was
made from: the meeting's uid, when it last changed, the SHA-256 of its data (``meeting_file.meeting_digest``)
and its counts; 说明.txt says the same for people.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.domain.checklist import Category, Meeting
from meeting_planner.errors import InputError, Phrase
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import day_printouts
from meeting_planner.services.exports import KIT_FORMATS, export
from meeting_planner.services.meetings import get_meeting
from meeting_planner.services.units import unit_order
from meeting_planner.storage.workspace import Workspace

Progress = Callable[[int, int], None]

#: Most desks a kit splits the sign-in sheets for.
MAX_DESKS = 20


#: What each kind of file in the kit is (说明.txt and manifest.json); desk sheets are described by their job.
DESCRIPTIONS = {
    "会议通知.pdf": "会议通知（GB/T 9704 版式，含回执）",
    "会议通知.docx": "会议通知 Word 版（可编辑）",
    "签到表（按单位）.pdf": "签到表：全体应到人员，按单位排序",
    "会务清单.pdf": "会务清单：各步骤的完成情况",
    "座次图.pdf": "座次图",
    "座次表.pdf": "座次表：姓名→座位，供引导人员用",
    "桌签.pdf": "桌签：每人一张，A4 对折",
    "签到统计.xlsx": "签到统计表（Excel）：签到情况与分单位统计",
    "通讯录.xlsx": "通讯录：参会人员和工作人员的单位、职务、电话",
    "停电断网预案.txt": "音视频与停电、断网备用预案（取自会务清单）",
    "到会情况统计表.pdf": "到会情况统计表（空白）：按单位印好应到人数，实到、请假、缺席手工填写",
}
MANIFEST = "manifest.json"
README = "说明.txt"


@dataclass
class KitResult:
    """What the kit holds: the folder, the files written and what could not be made (with why)."""

    folder: Path
    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    #: When each written file was finished, by file name.
    made_at: dict[str, datetime] = field(default_factory=dict)
    #: What each file is, by file name.
    described: dict[str, str] = field(default_factory=dict)


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
        raise InputError(
            Phrase.of("签到台数量应在 1 到 {MAX_DESKS} 之间，而不是 {desks}", MAX_DESKS=MAX_DESKS, desks=desks)
        )
    meeting = get_meeting(workspace, meeting_id)
    moment = now or datetime.now()
    folder = place / f"{_safe(meeting.title)}-应急包-{moment:%Y%m%d-%H%M}"
    folder.mkdir(parents=True, exist_ok=False)
    result = KitResult(folder)
    people = attendee_service.list_meeting_attendees(workspace, meeting_id)
    jobs = _jobs(workspace, meeting, people, desks)
    for done, (filename, job, what) in enumerate(jobs, start=1):
        try:
            job(folder / filename)
        except (LookupError, ValueError, OSError) as error:
            result.skipped.append((filename, str(error)))
        else:
            result.written.append(folder / filename)
            result.made_at[filename] = datetime.now().replace(microsecond=0)
            result.described[filename] = what
        if progress is not None:
            progress(done, len(jobs))
    _write_manifest(workspace, folder, meeting, result, moment)
    return result


Job = tuple[str, Callable[[Path], object], str]


def _jobs(workspace: Workspace, meeting: Meeting, people: list[Attendee], desks: int) -> list[Job]:
    meeting_id = meeting.id or 0

    # One copy of each printout (``exports.KIT_FORMATS``, as ``demo`` writes them), then the kit's own files.
    def printout(name: str) -> Callable[[Path], object]:
        return lambda path: export(workspace, meeting_id, name, path)

    named: list[tuple[str, Callable[[Path], object]]] = [(kind.file_name, printout(kind.name)) for kind in KIT_FORMATS]
    named += [
        ("通讯录.xlsx", lambda path: _write_contacts(path, people)),
        ("停电断网预案.txt", lambda path: _write_runbook(path, meeting)),
        ("到会情况统计表.pdf", lambda path: export_tally_pdf(workspace, meeting_id, path)),
    ]
    jobs: list[Job] = [(name, job, DESCRIPTIONS[name]) for name, job in named]
    if desks > 1:
        expected = [a for a in people if a.role is not Role.STAFF]
        with workspace.reading() as connection:
            order = unit_order(connection, expected)
        counts = [(unit, sum(1 for a in expected if a.unit == unit)) for unit in order]
        for number, group in enumerate(split_units(counts, desks), start=1):
            desk = f"第{number}签到台"

            def job(path: Path, group: list[str] = group, desk: str = desk) -> object:
                return day_printouts.export_signin_pdf(workspace, meeting_id, path, units=group, desk=desk)

            units = "、".join(group) if len(group) <= 3 else f"{group[0]}至{group[-1]}，共 {len(group)} 个单位"
            jobs.append((f"签到表-{desk}.pdf", job, f"{desk}的签到表：{units}"))
    return jobs


def export_tally_pdf(workspace: Workspace, meeting_id: int, path: Path) -> int:
    """The blank 到会情况统计表: 应到 per unit (staff left out) in the official unit order, boxes for 实到,
    请假 and 缺席, totals and signature lines; returns the page count."""
    from meeting_planner.documents.files import atomic_output
    from meeting_planner.documents.notice_pdf import meeting_place
    from meeting_planner.documents.tally_pdf import TallySheet, TallyUnit, write_tally_pdf
    from meeting_planner.domain.dates import chinese_period

    meeting = get_meeting(workspace, meeting_id)
    expected = [a for a in attendee_service.list_meeting_attendees(workspace, meeting_id) if a.expected]
    with workspace.reading() as connection:
        order = unit_order(connection, expected)
    counts = dict.fromkeys(order, 0)
    for person in expected:
        counts[person.unit] = counts.get(person.unit, 0) + 1
    sheet = TallySheet(
        title=meeting.title,
        when=chinese_period(meeting.start, meeting.end),
        place=meeting_place(meeting),
        units=[TallyUnit(unit, count) for unit, count in counts.items()],
    )
    with atomic_output(path) as temporary:
        return write_tally_pdf(temporary, sheet)


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


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_manifest(workspace: Workspace, folder: Path, meeting: Meeting, result: KitResult, moment: datetime) -> None:
    """manifest.json (for programs) and 说明.txt (for people): every file, what it is, when it was made, and
    the data it was made from (taken after the files: printing may fix the notice's 成文日期)."""
    from meeting_planner.documents.files import atomic_output
    from meeting_planner.services.meeting_file import describe_counts, meeting_digest
    from meeting_planner.storage.meetings import meeting_updated_at

    meeting_id = meeting.id or 0
    digest, counts = meeting_digest(workspace, meeting_id)
    with workspace.reading() as connection:
        changed = meeting_updated_at(connection, meeting_id)
    files = [
        {
            "file": path.name,
            "what": result.described.get(path.name, ""),
            "made_at": result.made_at[path.name].isoformat(),
            "bytes": path.stat().st_size,
            "sha256": _sha256(path),
        }
        for path in result.written
    ]
    manifest = {
        "kit": "应急包",
        "generated_at": moment.replace(microsecond=0).isoformat(),
        "meeting": {
            "id": meeting_id,
            "uid": meeting.uid,
            "title": meeting.title,
            "start": meeting.start.isoformat(),
            "changed_at": changed.isoformat() if changed else None,
            "data_sha256": digest,
            "counts": counts,
        },
        "files": files,
        "not_made": [{"file": name, "reason": reason} for name, reason in result.skipped],
    }
    with atomic_output(folder / MANIFEST) as temporary:
        temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [
        f"{meeting.title} 应急包",
        f"生成时间：{moment:%Y-%m-%d %H:%M}",
        f"数据来源：会议编号 {meeting_id}，{describe_counts(counts)}；"
        + (f"会议信息最后修改于 {changed:%Y-%m-%d %H:%M}；" if changed else "")
        + f"数据校验值 {digest[:16]}（与 {MANIFEST} 中的 data_sha256 相同即为同一份数据）。",
        "",
        "文件（名称 — 内容 — 生成时间）：",
    ]
    lines += [f"  {item['file']} — {item['what']} — {result.made_at[str(item['file'])]:%H:%M:%S}" for item in files]
    lines.append(f"  {MANIFEST} — 清单（程序可读）：每个文件的内容、生成时间、大小和 SHA-256")
    if result.skipped:
        lines += ["", "未能生成："] + [f"  {name}：{reason}" for name, reason in result.skipped]
    lines += ["", "停电、断网后按纸质签到表补录的签到，在系统中会标记为“补录”。"]
    with atomic_output(folder / README) as temporary:
        temporary.write_text("\ufeff" + "\r\n".join(lines), encoding="utf-8")
