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
    for cells in worksheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text such as "=A1" stays text, as typed in Excel with a leading '
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


def _with_doctype(data: bytes, doctype: str) -> bytes:
    """``data`` with a DOCTYPE after its XML declaration (or at the start when it has none)."""
    if data.startswith(b"<?xml"):
        head, _, rest = data.partition(b"?>")
        return head + b"?>" + doctype.encode() + rest
    return doctype.encode() + data


def _billion_laughs(data: bytes) -> bytes:
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    doctype = f'<!DOCTYPE lolz [<!ENTITY lol0 "lol">{lol}]>'
    return _with_doctype(data, doctype).replace(b"<v>", b"<v>&lol9;", 1)


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Every kind of bad file, each with a word its error message must contain."""
    good = write_xlsx(tmp_path / "good.xlsx", OFFICE_LIST)
    files: dict[str, tuple[Path, str]] = {}
    text = tmp_path / "notes.xlsx"
    text.write_bytes(b"\x00\x01\x02 this is not a workbook \xff\xfe\x00")
    files["not a workbook"] = (text, "无法识别")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    files["empty file"] = (empty, "空的")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    files["truncated zip"] = (truncated, "损坏")
    corrupt = tmp_path / "corrupt.xlsx"
    data = bytearray(good.read_bytes())
    data[200:260] = b"\x00" * 60
    corrupt.write_bytes(bytes(data))
    files["corrupt zip"] = (corrupt, "损坏")
    encrypted = tmp_path / "locked.xlsx"
    # An encrypted OOXML file is an OLE compound file with EncryptionInfo/EncryptedPackage streams.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entry = "EncryptionInfo".encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
    package = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
    encrypted.write_bytes(header + entry + package + b"\x00" * 1024)
    files["password protected"] = (encrypted, "密码")
    blank = write_xlsx(tmp_path / "blank.xlsx", [[None]])
    files["empty sheet"] = (blank, "空的")
    no_name = write_xlsx(tmp_path / "noname.xlsx", [["单位", "职务"], ["办公室", "主任"]])
    files["no name column"] = (no_name, "姓名")
    laughs = replace_in_zip(write_xlsx(tmp_path / "laughs.xlsx", [["姓名"], [1]]), "xl/worksheets/sheet1.xml",
                            _billion_laughs)  # fmt: skip
    files["entity expansion in a sheet"] = (laughs, "XML 实体")
    laughs_book = replace_in_zip(write_xlsx(tmp_path / "laughs2.xlsx", [["姓名"]]), "xl/workbook.xml",
                                 lambda d: _with_doctype(d, '<!DOCTYPE x [<!ENTITY a "aaaa">]>'))  # fmt: skip
    files["entity expansion in the workbook"] = (laughs_book, "XML 实体")
    docx = tmp_path / "notice.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    files["a Word document"] = (docx, "Word")
    html = tmp_path / "export.xls"
    html.write_text("<html><body><table><tr><td>姓名</td></tr></table></body></html>", encoding="utf-8")
    files["HTML saved as .xls"] = (html, "网页")
    return files


BAD_KINDS = [
    "not a workbook",
    "empty file",
    "truncated zip",
    "corrupt zip",
    "password protected",
    "empty sheet",
    "no name column",
    "entity expansion in a sheet",
    "entity expansion in the workbook",
    "a Word document",
    "HTML saved as .xls",
]
