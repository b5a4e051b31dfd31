"""Attendance export read back with openpyxl: sheets, per-unit counts, print set-up, text cells only."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from list_files import OFFICE_LIST, OFFICE_LIST_MERGES, write_xlsx
from openpyxl import load_workbook

from meeting_planner.documents.attendance_xlsx import SIGN_IN_HEADERS, AttendanceExportError
from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.services import attendees as service
from meeting_planner.services.checkin import check_in
from meeting_planner.services.importing import apply_import, preview_import
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace

START = datetime(2026, 12, 1, 9, 0)
NASTY = ['=HYPERLINK("http://x","点我")', "+1", "-2", "@x", "=1+1", "=SUM(A1)"]


@pytest.fixture
def meeting_id(workspace: Workspace, tmp_path: Path) -> int:
    meeting = create_meeting(workspace, "全市安全生产工作会议", START, "plenary")
    assert meeting.id is not None
    preview = preview_import(write_xlsx(tmp_path / "名单.xlsx", OFFICE_LIST, merges=OFFICE_LIST_MERGES))
    apply_import(workspace, meeting.id, preview)
    extra = [Attendee(name, unit="=公式单位", title="@职务", notes="+备注") for name in NASTY]
    extra.append(Attendee("会务组小刘", unit="市政府办公厅", role=Role.STAFF))
    service.add_attendees(workspace, meeting.id, extra)
    return meeting.id


def _check_ins(workspace: Workspace, meeting_id: int) -> None:
    people = {a.name: a for a in service.list_meeting_attendees(workspace, meeting_id)}
    check_in(workspace, meeting_id, attendee_id=people["王伟"].id, at=START - timedelta(minutes=20))
    check_in(workspace, meeting_id, attendee_id=people["周建国"].id, at=START + timedelta(minutes=12))
    check_in(workspace, meeting_id, attendee_id=people["欧阳娜娜"].id, at=START - timedelta(minutes=5))
    check_in(workspace, meeting_id, attendee_id=people["+1"].id, at=START - timedelta(minutes=1))


def test_export_has_both_sheets_counts_and_print_setup(workspace: Workspace, meeting_id: int, tmp_path: Path) -> None:
    _check_ins(workspace, meeting_id)
    out = service.export_attendance(workspace, meeting_id, tmp_path / "出勤.xlsx", now=START + timedelta(hours=1))
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["签到表", "统计"]
    sign_in, stats = workbook["签到表"], workbook["统计"]
    header = [cell.value for cell in sign_in[2]]
    assert tuple(header) == SIGN_IN_HEADERS
    rows = list(sign_in.iter_rows(min_row=3, values_only=True))
    assert len(rows) == 5 + len(NASTY) + 1
    assert [row[0] for row in rows] == list(range(1, len(rows) + 1))
    body = {row[1]: row for row in rows if row[1] != "李明" or row[2] == "市应急管理局"}
    column = {name: index for index, name in enumerate(SIGN_IN_HEADERS)}
    assert body["周建国"][column["迟到"]] == "是"
    assert body["周建国"][column["签到时间"]] == "2026-12-01 09:12"
    assert body["李明"][column["请假"]] == "外出学习"
    assert body["李明"][column["缺席"]] in (None, "")
    assert body["欧阳娜娜"][column["代会"]] == "张三 处长"
    assert body["-2"][column["缺席"]] == "是"
    per_unit = {row[0]: row[1:] for row in stats.iter_rows(min_row=3, values_only=True) if row[1] is not None}
    # 应到, 实到, 迟到, 代会, 请假, 缺席, 未到
    assert per_unit["市应急管理局"] == (2, 1, 0, 0, 1, 0, 0)
    assert per_unit["市公安局"] == (2, 2, 1, 1, 0, 0, 0)  # 欧阳娜娜 came by substitute
    assert per_unit["市教育局"] == (1, 0, 0, 0, 0, 1, 0)
    assert per_unit["=公式单位"] == (len(NASTY), 1, 0, 0, 0, len(NASTY) - 1, 0)
    assert "市政府办公厅" not in per_unit  # staff are not expected
    assert per_unit["合计"] == (5 + len(NASTY), 4, 1, 1, 1, 5 + len(NASTY) - 5, 0)
    for sheet in (sign_in, stats):
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.print_title_rows == "$2:$2"
        assert sheet.freeze_panes == "A3"
        assert sheet.auto_filter.ref.startswith("A2:")
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1


def test_user_text_is_never_a_formula(workspace: Workspace, meeting_id: int, tmp_path: Path) -> None:
    out = service.export_attendance(workspace, meeting_id, tmp_path / "a.xlsx", now=START)
    workbook = load_workbook(out)
    texts = []
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    texts.append(cell.value)
    for nasty in NASTY:
        assert nasty in texts
    assert {"=公式单位", "@职务", "+备注"} <= set(texts)


def test_import_then_export_keeps_every_name_exactly(workspace: Workspace, tmp_path: Path) -> None:
    names = ["王　伟", "欧阳娜娜", "𠮷田", "阿卜杜·热合曼", "=A1", "John Smith", "李  明", "单雄信"]
    meeting = create_meeting(workspace, "测试", START, "work")
    assert meeting.id is not None
    path = write_xlsx(tmp_path / "in.xlsx", [["姓名", "单位"], *([name, "单位"] for name in names)])
    apply_import(workspace, meeting.id, preview_import(path))
    stored = service.list_meeting_attendees(workspace, meeting.id)
    assert [a.name_original for a in stored] == names
    out = service.export_attendance(workspace, meeting.id, tmp_path / "out.xlsx", now=START)
    exported = [row[1] for row in load_workbook(out)["签到表"].iter_rows(min_row=3, values_only=True)]
    assert exported == [a.name for a in stored]
    assert exported == ["王伟", "欧阳娜娜", "𠮷田", "阿卜杜·热合曼", "=A1", "John Smith", "李明", "单雄信"]


def test_unwritable_target_is_a_clear_error(workspace: Workspace, meeting_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    with pytest.raises(AttendanceExportError, match="taken"):
        service.export_attendance(workspace, meeting_id, folder, now=START)
