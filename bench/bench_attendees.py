"""Attendees: import of a 3,000-row list (read, preview, write) and export of 3,000 attendees to .xlsx.

Baselines in the same run: raw openpyxl reading the same file (read-only, values only) and raw openpyxl
writing the same cells (write-only), so the ratio shows what our work adds on top of the library.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from harness import Report, best_of

ROWS = 3000
UNITS = [f"市直{n:02d}单位" for n in range(1, 41)]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红"


def _list_rows() -> list[list[object]]:
    rows: list[list[object]] = [["2026年全市工作会议参会人员名单"], ["序号", "单位", "姓　名", "职务", "手机", "备注"]]
    for i in range(ROWS):
        name = SURNAMES[i % len(SURNAMES)] + ("\u3000" if i % 3 == 0 else "") + GIVEN[(i * 7) % len(GIVEN)]
        name += GIVEN[(i // 7) % len(GIVEN)] if i % 3 else ""
        notes = "请假（出差）" if i % 50 == 0 else ""
        rows.append([i + 1, UNITS[i % len(UNITS)], f"{name}{i}", "处长", 13800000000 + i, notes])
    rows.append(["注：请于11月25日前报送。"])
    return rows


def _write_list(path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("名单")
    for row in _list_rows():
        sheet.append(row)
    workbook.save(path)


def _raw_read(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in workbook["名单"].iter_rows(values_only=True))
    workbook.close()
    return count


def _raw_write(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("签到表")
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def run(report: Report) -> None:
    """Measure import and export of 3,000 people beside raw openpyxl."""
    from meeting_planner.services.attendees import export_attendance, list_meeting_attendees
    from meeting_planner.services.importing import apply_import, preview_import
    from meeting_planner.services.meetings import create_meeting
    from meeting_planner.storage.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        source = base / "list.xlsx"
        _write_list(source)
        workspace = open_workspace(base / "bench.db", backup=False)
        try:
            start = datetime(2026, 12, 1, 9, 0)
            meetings = iter([create_meeting(workspace, f"会议{n}", start, "work").id for n in range(5)])

            def do_import() -> None:
                meeting_id = next(meetings)
                assert meeting_id is not None
                result = apply_import(workspace, meeting_id, preview_import(source))
                assert len(result.added) == ROWS, len(result.added)

            imported = best_of(do_import, repeat=3)
            raw_read = best_of(lambda: _raw_read(source), repeat=3)
            report.add(
                "import 3,000-row .xlsx (read+preview+write)",
                imported,
                baseline=raw_read,
                baseline_name="openpyxl read-only read",
                target=1.5,
            )

            meeting_id = create_meeting(workspace, "导出", start, "work").id
            assert meeting_id is not None
            apply_import(workspace, meeting_id, preview_import(source))
            people = list_meeting_attendees(workspace, meeting_id)
            exported = best_of(lambda: export_attendance(workspace, meeting_id, base / "out.xlsx"), repeat=3)
            raw_rows = [
                [i, p.name, p.unit, p.title, "出席", "未通知", "", "", "", "", "", "未到", p.notes]
                for i, p in enumerate(people, start=1)
            ]
            raw_write = best_of(lambda: _raw_write(base / "raw.xlsx", raw_rows), repeat=3)
            report.add(
                "export 3,000 attendees to .xlsx (2 sheets)",
                exported,
                baseline=raw_write,
                baseline_name="openpyxl write-only write",
                target=1.0,
            )
        finally:
            workspace.close()
