"""Hostile list files: control characters, yes/no and numbers in the 姓名 column, huge dimensions."""

from __future__ import annotations

import re
import time
from datetime import datetime
from pathlib import Path

import pytest
from list_files import replace_in_zip, write_csv, write_xlsx

from meeting_planner.cli import run
from meeting_planner.services.importing import ImportProblem, apply_import, preview_import
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace

HEADER = ["序号", "单位", "姓名", "职务", "备注"]


def test_control_characters_are_removed_and_the_export_works(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "名单.csv",
        [HEADER, [1, "区委\x01办", "王伟", "主任", "出差\x0b返回"], [2, "区政府", "李\x7f明", "科员\t一", ""]],
    )
    preview = preview_import(path)
    rows = {row.name: row for row in preview.rows}
    assert set(rows) == {"王伟", "李明"}
    assert rows["王伟"].unit == "区委办" and rows["王伟"].notes == "出差 返回"
    meeting = create_meeting(workspace, "会", datetime(2026, 12, 1, 9), "work")
    apply_import(workspace, meeting.id or 0, preview)
    out = tmp_path / "签到统计.xlsx"
    assert run(["--db", str(workspace.path), "export", str(meeting.id), "attendance-xlsx", str(out)]) == 0
    assert out.exists()


def test_yes_no_and_numbers_in_the_name_column_are_warnings(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "名单.csv",
        [
            HEADER,
            [1, "甲单位", "是", "", ""],
            [2, "乙单位", "12345", "", ""],
            [3, "丙单位", "否", "", ""],
            [4, "丁单位", "张三", "", ""],
        ],
    )
    preview = preview_import(path)
    assert [row.name for row in preview.rows] == ["张三"]
    assert len([w for w in preview.warnings if "不像姓名" in w.message]) == 3


def test_claimed_huge_dimension_and_wide_rows_are_cheap(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, [1, "甲单位", "张三", "", ""]])

    def widen(xml: bytes) -> bytes:
        cells = b"".join(b'<c t="inlineStr"><is><t>%d</t></is></c>' % n for n in range(1500))
        xml = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml)
        return xml.replace(b"</sheetData>", b'<row r="1048576">' + cells + b"</row></sheetData>")

    replace_in_zip(path, "xl/worksheets/sheet1.xml", widen)
    preview = preview_import(path)
    assert [row.name for row in preview.rows] == ["张三"]


def test_a_row_of_a_million_cells_is_refused_at_once(tmp_path: Path) -> None:
    """A 100 KB file whose one row has a million cells: openpyxl would take a minute and gigabytes."""
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, [1, "甲单位", "张三", "", ""]])
    replace_in_zip(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(
            b"</sheetData>", b'<row r="3">' + b"<c><v>1</v></c>" * 1_000_000 + b"</row></sheetData>"
        ),
    )
    started = time.monotonic()
    with pytest.raises(ImportProblem, match="单元格过多"):
        preview_import(path)
    assert time.monotonic() - started < 5


def test_a_csv_row_with_a_million_fields_is_cut(tmp_path: Path) -> None:
    path = tmp_path / "名单.csv"
    path.write_text("序号,单位,姓名\n1,甲单位,张三\n" + "," * 1_000_000 + "\n", encoding="utf-8")
    preview = preview_import(path)
    assert [row.name for row in preview.rows] == ["张三"]


def test_encrypted_zip_entry_is_one_message(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, [1, "甲单位", "张三", "", ""]])
    data = bytearray(path.read_bytes())
    for at in (0, data.find(b"PK\x01\x02") + 2):  # the "encrypted" flag of the first entry's headers
        data[at + 6] |= 1
    path.write_bytes(bytes(data))
    with pytest.raises(ImportProblem) as raised:
        preview_import(path)
    assert str(raised.value).startswith("文件“名单.xlsx”") and "\n" not in str(raised.value)
