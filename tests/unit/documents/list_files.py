"""Builders for the attendee-list files the importer tests read (real .xlsx, .xls and .csv files)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Row = Sequence[Any]


def write_xlsx(path: Path, rows: Sequence[Row], sheet: str = "Sheet1", merges: Sequence[str] = ()) -> Path:
    """An .xlsx with ``rows`` from A1 (None = empty cell) and merged ranges."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    for merged in merges:
        worksheet.merge_cells(merged)
    workbook.save(path)
    return path


def write_xls(path: Path, rows: Sequence[Row], sheet: str = "Sheet1") -> Path:
    """A legacy .xls (BIFF8) written with xlwt."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                worksheet.write(r, c, value)
    workbook.save(str(path))
    return path


def write_csv(path: Path, rows: Sequence[Row], encoding: str = "utf-8") -> Path:
    """A comma-separated file in ``encoding`` (``utf-8-sig`` adds the BOM Excel writes)."""
    text = "\r\n".join(",".join("" if value is None else str(value) for value in row) for row in rows)
    path.write_bytes(text.encode(encoding))
    return path


def replace_in_zip(path: Path, member: str, transform: Any) -> Path:
    """Rewrite one part of a zip file (e.g. inject a DOCTYPE into sheet XML)."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    parts[member] = transform(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


#: A typical list from another office: two title rows, a two-level merged header, padded names,
#: a merged unit cell, blank rows between units, a duplicate, replies in 备注 and footnotes.
OFFICE_LIST: list[Row] = [
    ["2026年全市安全生产工作会议参会人员名单"],
    ["填报单位（盖章）：", None, None, None, None, "2026年11月20日"],
    ["序号", "单位", "姓　名", "职务", "联系方式", None, "备注"],
    [None, None, None, None, "办公电话", "手机", None],
    [1, "市应急管理局", "王　伟", "局长", "0571-87001234", 13800138000, None],
    [2, None, "李  明", "副局长", None, 13900139000.0, "请假（外出学习）"],
    [],
    [3, "市公安局", "欧阳娜娜", "副局长", None, 13700000001, "代会（代会人 张三 处长）"],
    [4, "市公安局", " 周建国 ", "支队长", None, 13700000002, "确认参会"],
    [5, "市公安局", "周建国", "支队长", None, 13700000002, None],
    [],
    [6, "市教育局", "李明", "副局长", None, None, None],
    ["注：请于11月25日前报送至市政府办公厅。"],
    ["合计", None, "6人"],
    ["填表人：", None, "赵六", None, "联系电话：", 87000000],
]
OFFICE_LIST_MERGES = ("A1:G1", "E3:F3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "G3:G4", "B5:B6")
