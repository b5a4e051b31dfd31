"""Attendance export to Excel (openpyxl, write-only for speed): sheet 签到表 and sheet 统计.

Formatted for printing: landscape A4, header row repeated on every page, fit to one page wide, frozen header,
auto-filter, column widths. Every text from users is written as a string cell (``data_type = "s"``), so a
name like ``=HYPERLINK(...)``, ``+1`` or ``@x`` never becomes a formula.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from meeting_planner.documents.files import atomic_output
from meeting_planner.domain.attendance import ATTENDANCE_LABELS, BACKFILL_LABEL, AttendanceStatus, Board, CheckIn, Tally
from meeting_planner.domain.attendee import REPLY_LABELS, ROLE_LABELS, Attendee, ReplyStatus
from meeting_planner.errors import Phrase, UserError

SIGN_IN_SHEET = "签到表"
STATS_SHEET = "统计"
SIGN_IN_HEADERS = (
    "序号", "姓名", "单位", "职务", "身份", "回执", "签到时间", "迟到", "请假", "代会", "缺席", "状态", "备注",
)  # fmt: skip
SIGN_IN_WIDTHS = (6, 12, 28, 20, 9, 9, 17, 6, 18, 20, 6, 8, 24)
STATS_HEADERS = ("单位", "应到", "实到", "迟到", "代会", "请假", "缺席", "未到")
STATS_WIDTHS = (30, 8, 8, 8, 8, 8, 8, 8)

#: Characters an .xlsx cannot hold (openpyxl refuses them): C0 controls except tab and line breaks.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class AttendanceExportError(UserError):
    """The workbook could not be written; the message names the file."""


@dataclass(frozen=True)
class AttendanceData:
    """Everything the export shows: the meeting, its attendees (in the official unit order, rank within each
    unit), check-ins and the tally."""

    title: str
    start: datetime
    attendees: Sequence[Attendee]
    checkins: Mapping[int, CheckIn]
    board: Board
    unit_order: Sequence[str]
    generated: datetime


class _CellMaker:
    """Makes write-only cells for one sheet; each style is registered once and then shared by index
    (assigning font/alignment/border objects to every cell costs more than writing the file)."""

    def __init__(self, sheet: Any, styles: dict[str, tuple[Any, ...]]) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._cell_class = WriteOnlyCell
        self.sheet = sheet
        self._arrays: dict[str, Any] = {}
        for name, (font, alignment, border, fill) in styles.items():
            prototype = WriteOnlyCell(sheet)
            prototype.font, prototype.alignment, prototype.border, prototype.fill = font, alignment, border, fill
            self._arrays[name] = prototype._style

    def text(self, value: str, style: str | None = None) -> Any:
        """A string cell: never a formula, whatever the text starts with (``=``, ``+``, ``-``, ``@``)."""
        cell = self._cell_class(self.sheet)
        cell.value = _ILLEGAL.sub("", value) if value else value  # control characters are not allowed in XML
        cell.data_type = "s"
        if style is not None:
            cell._style = copy(self._arrays[style])
        return cell

    def number(self, value: int, style: str | None = None) -> Any:
        """A number cell."""
        cell = self._cell_class(self.sheet, value=value)
        if style is not None:
            cell._style = copy(self._arrays[style])
        return cell


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    no_fill = PatternFill()
    return {
        "title": (Font(name="宋体", size=14, bold=True), Alignment(horizontal="left"), Border(), no_fill),
        "header": (
            Font(name="宋体", size=11, bold=True),
            Alignment(horizontal="center", vertical="center", wrap_text=True),
            border,
            PatternFill("solid", fgColor="DDDDDD"),
        ),
        "body": (Font(name="宋体", size=11), Alignment(vertical="center"), border, no_fill),
        "centre": (Font(name="宋体", size=11), Alignment(horizontal="center", vertical="center"), border, no_fill),
        "total": (Font(name="宋体", size=11, bold=True), Alignment(horizontal="center"), border, no_fill),
    }


def _setup_print(sheet: Any, widths: Sequence[int], columns: int, rows: int, header_row: int) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    last = get_column_letter(columns)
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:{last}{max(rows, header_row)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"


def _sign_in_values(attendee: Attendee, data: AttendanceData) -> list[str]:
    checkin = data.checkins.get(attendee.id or -1)
    status = data.board.statuses.get(attendee.id or -1)
    leave = ""
    if attendee.reply is ReplyStatus.LEAVE:
        leave = attendee.leave_reason or "是"
    substitute = ""
    if attendee.reply is ReplyStatus.SUBSTITUTE or (checkin is not None and checkin.substitute):
        substitute = " ".join(part for part in (attendee.substitute_name, attendee.substitute_title) if part) or "是"
    return [
        attendee.name,
        attendee.unit,
        attendee.title,
        ROLE_LABELS[attendee.role],
        REPLY_LABELS[attendee.reply],
        _checkin_time(checkin),
        "是" if status is AttendanceStatus.LATE else "",
        leave,
        substitute,
        "是" if status is AttendanceStatus.ABSENT else "",
        ATTENDANCE_LABELS[status] if status is not None else "",
        attendee.notes,
    ]


def _checkin_time(checkin: CheckIn | None) -> str:
    """``2026-12-01 08:45``, marked ``（补录）`` when it was keyed in later from a paper sheet."""
    if checkin is None:
        return ""
    text = checkin.at.strftime("%Y-%m-%d %H:%M")
    return f"{text}（{BACKFILL_LABEL}）" if checkin.backfilled else text


def _write_sign_in(workbook: Any, data: AttendanceData, styles: dict[str, Any]) -> None:
    sheet = workbook.create_sheet(SIGN_IN_SHEET)
    _setup_print(sheet, SIGN_IN_WIDTHS, len(SIGN_IN_HEADERS), len(data.attendees) + 2, 2)
    make = _CellMaker(sheet, styles)
    sheet.append([make.text(f"{data.title}　签到表（{data.start:%Y-%m-%d %H:%M}）", "title")])
    sheet.append([make.text(text, "header") for text in SIGN_IN_HEADERS])
    for index, attendee in enumerate(data.attendees, start=1):
        cells = [make.number(index, "centre")]
        cells.extend(make.text(value, "body") for value in _sign_in_values(attendee, data))
        sheet.append(cells)


def _stats_row(make: _CellMaker, label: str, tally: Tally, style: str) -> list[Any]:
    numbers = (tally.expected, tally.present, tally.late, tally.substitute, tally.leave, tally.absent, tally.pending)
    return [make.text(label, style), *(make.number(n, style) for n in numbers)]


def _write_stats(workbook: Any, data: AttendanceData, styles: dict[str, Any]) -> None:
    sheet = workbook.create_sheet(STATS_SHEET)
    units = [unit for unit in data.unit_order if unit in data.board.units]
    _setup_print(sheet, STATS_WIDTHS, len(STATS_HEADERS), len(units) + 2, 2)
    make = _CellMaker(sheet, styles)
    sheet.append([make.text(f"{data.title}　到会统计　{data.board.total.sentence()}", "title")])
    sheet.append([make.text(text, "header") for text in STATS_HEADERS])
    for unit in units:
        sheet.append(_stats_row(make, unit or "（未填单位）", data.board.units[unit], "centre"))
    sheet.append(_stats_row(make, "合计", data.board.total, "total"))
    sheet.append([make.text(f"统计时间：{data.generated:%Y-%m-%d %H:%M}")])
    backfilled = sum(1 for checkin in data.checkins.values() if checkin.backfilled)
    if backfilled:
        sheet.append(
            [make.text(f"其中{BACKFILL_LABEL} {backfilled} 人：按纸质签到表事后录入，签到时间为表上所记时间。")]
        )


def write_attendance_workbook(path: str | os.PathLike[str], data: AttendanceData) -> Path:
    """Write the attendance workbook to ``path`` (atomically: a temporary file is renamed at the end)."""
    from openpyxl import Workbook

    target = Path(path)
    workbook = Workbook(write_only=True)
    styles = _styles()
    _write_sign_in(workbook, data, styles)
    _write_stats(workbook, data, styles)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(target) as temporary:
            workbook.save(temporary)
    except PermissionError:
        raise AttendanceExportError(
            Phrase.of("无法写入“{target}”：没有权限，或该文件正在 Excel 中打开（请先关闭）。", target=target)
        ) from None
    except OSError as error:
        raise AttendanceExportError(
            Phrase.of("无法写入“{target}”：{value}", target=target, value=error.strerror or error)
        ) from None
    return target
