"""Reading a list file into plain text tables: .xlsx (openpyxl read-only), .xls (xlrd), .csv (UTF-8/GBK).

Every problem with the file itself becomes one ``ImportProblem`` whose message names the file (and the sheet
where it applies). The file type is decided by its content, not its extension (``.xls`` files that are really
.xlsx, HTML or CSV are common in offices). Cells become text here: numbers without a stray ``.0`` (phone
numbers stored as numbers), dates as ``2026-12-01``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from meeting_planner.errors import InputError, Phrase

#: Rows of a sheet beyond which the import refuses (configurable per call).
DEFAULT_MAX_ROWS = 20_000
#: Decompressed size of an .xlsx beyond which it is refused (zip bombs; memory stays bounded).
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
#: Largest .csv/.xls file read (bytes).
MAX_FILE_BYTES = 16 * 1024 * 1024
#: Columns read per row; cells further right are ignored (a list has a dozen columns at most).
MAX_COLUMNS = 200
#: Largest decompressed part of an .xlsx other than a worksheet (shared strings, styles ...), which
#: openpyxl reads whole into memory; worksheets are streamed.
MAX_PART_BYTES = 16 * 1024 * 1024
#: Cells in one row, and in one worksheet, beyond which an .xlsx is refused before openpyxl parses it.
MAX_CELLS_PER_ROW = 2_000
MAX_CELLS = 600_000
_CELL_OR_ROW = re.compile(rb"<(?:\w+:)?(row|c)[\s>/]")
#: Control characters (C0, DEL, C1) removed from every cell; tabs and line breaks become spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]+")
_DAMAGED = Phrase("文件内容已损坏或格式异常，无法读取；请在 Excel 中打开后另存为 .xlsx 再导入。")

_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


class ImportProblem(InputError):
    """The file cannot be imported; the message (Chinese) names the file and, where it applies, sheet/row/column."""


@dataclass
class SheetTable:
    """One sheet as text: ``rows[i]`` is Excel row ``i + 1``; trailing empty cells trimmed."""

    name: str
    rows: list[list[str]] = field(default_factory=list)


def clean_text(text: str) -> str:
    """``text`` without control characters: line breaks and tabs become one space, others are removed."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", _BREAKS.sub(" ", text))


def cell_text(value: Any) -> str:
    """A cell value as the text people see: ``13800138000.0`` -> ``13800138000``, dates as ISO dates.

    Control characters are removed (one vertical tab would break the attendance workbook later).
    """
    return clean_text(_cell_text(value))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _trimmed(cells: list[str]) -> list[str]:
    end = min(len(cells), MAX_COLUMNS)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _root_cause(error: BaseException) -> BaseException:
    """The innermost exception in an error's ``__cause__``/``__context__`` chain."""
    seen = {id(error)}
    while True:
        inner = error.__cause__ or error.__context__
        if inner is None or id(inner) in seen:
            return error
        seen.add(id(inner))
        error = inner


class ListFile:
    """An opened list file; use as a context manager. ``sheet_names`` then ``read(sheet, limit)``."""

    def __init__(self, path: Path, max_rows: int = DEFAULT_MAX_ROWS) -> None:
        self.path = path
        self.max_rows = max_rows
        self._workbook: Any = None
        self._kind = ""
        self._csv_rows: list[list[str]] | None = None

    # -- opening ---------------------------------------------------------------------------------------
    def __enter__(self) -> ListFile:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def problem(self, text: str, sheet: str | None = None) -> ImportProblem:
        """An ``ImportProblem`` prefixed with the file (and sheet) name."""
        if sheet is None:
            return ImportProblem(Phrase.of("文件“{file}”：{text}", file=self.path.name, text=text))
        return ImportProblem(
            Phrase.of("文件“{file}”的工作表“{sheet}”：{text}", file=self.path.name, sheet=sheet, text=text)
        )

    def open(self) -> None:
        """Detect the file type by content and open it."""
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as handle:
                head = handle.read(8)
        except FileNotFoundError:
            raise self.problem(Phrase("找不到该文件。")) from None
        except IsADirectoryError:
            raise self.problem(Phrase("这是一个文件夹，不是名单文件。")) from None
        except OSError as error:
            raise self.problem(Phrase.of("无法读取（{value}）。", value=error.strerror or error)) from None
        if size == 0:
            raise self.problem(Phrase("文件是空的（0 字节）。"))
        if head.startswith(_ZIP_MAGIC) or head.startswith(b"PK"):
            self._open_xlsx()
        elif head.startswith(_CFB_MAGIC):
            self._open_xls(size)
        else:
            self._open_text(size)

    def _open_xlsx(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as archive:
                names = set(archive.namelist())
                if "xl/workbook.xml" not in names:
                    if "word/document.xml" in names:
                        raise self.problem(Phrase("这是 Word 文档，不是 Excel 工作簿；请把名单另存为 .xlsx 后再导入。"))
                    raise self.problem(Phrase("这是一个压缩包，但不是 Excel 工作簿（.xlsx）。"))
                unzipped = sum(info.file_size for info in archive.infolist())
                largest = max(
                    (info.file_size for info in archive.infolist() if not info.filename.startswith("xl/worksheets/")),
                    default=0,
                )
                if unzipped > MAX_UNZIPPED_BYTES or largest > MAX_PART_BYTES:
                    raise self.problem(
                        Phrase.of(
                            "解压后超过 {value} MB，过大，已拒绝读取（可能是异常文件）。",
                            value=MAX_UNZIPPED_BYTES // (1024 * 1024),
                        )
                    )
                broken = self._check_parts(archive)
                if broken is not None:
                    raise self.problem(
                        Phrase.of("文件已损坏（其中的“{broken}”校验失败），请重新获取该文件。", broken=broken)
                    )
                # Refused here whichever XML parser openpyxl picks (with lxml installed it skips defusedxml).
                for info in archive.infolist():
                    if info.filename.endswith((".xml", ".rels")):
                        with archive.open(info) as part:
                            head = part.read(4096)
                        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                            raise self.problem(
                                Phrase("文件含有不安全的 XML 实体定义（可能是恶意构造的文件），已拒绝读取。")
                            )
        except zipfile.BadZipFile:
            raise self.problem(
                Phrase("文件已损坏或不完整（压缩结构无法读取），请重新获取或在 Excel 中另存后再导入。")
            ) from None
        except ImportProblem:
            raise
        except RuntimeError as error:
            if "encrypt" in str(error).lower() or "password" in str(error).lower():
                raise self.problem(
                    Phrase("文件中的部件已加密，无法读取；请在 Excel 中取消密码后另存再导入。")
                ) from None
            raise self.problem(_DAMAGED) from None
        except Exception:  # zipfile also raises NotImplementedError, struct.error, zlib.error, EOFError ...
            raise self.problem(_DAMAGED) from None
        from openpyxl import load_workbook

        try:
            self._workbook = self._guard(lambda: load_workbook(self.path, read_only=True, data_only=True))
        except ImportProblem:
            raise
        except Exception:  # openpyxl raises many kinds on malformed parts
            raise self.problem(_DAMAGED) from None
        self._kind = "xlsx"

    def _check_parts(self, archive: zipfile.ZipFile) -> str | None:
        """Read every part once (checking its CRC, like ``testzip``) and count the cells of each worksheet:
        openpyxl parses a whole row at once, so a row of a million cells would take minutes and gigabytes.
        Returns the name of a part that fails its CRC."""
        for info in archive.infolist():
            worksheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
            cells = row_cells = 0
            tail = b""
            try:
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        if not worksheet:
                            continue
                        for match in _CELL_OR_ROW.finditer(tail + chunk):
                            if match.group(1) == b"row":
                                row_cells = 0
                                continue
                            cells += 1
                            row_cells += 1
                            if row_cells > MAX_CELLS_PER_ROW or cells > MAX_CELLS:
                                raise self.problem(
                                    Phrase.of(
                                        "工作表中的单元格过多（一行超过 {MAX_CELLS_PER_ROW} 个或共超过 {MAX_CELLS} 个）"
                                        "，可能是异常文件，已拒绝读取。",
                                        MAX_CELLS_PER_ROW=MAX_CELLS_PER_ROW,
                                        MAX_CELLS=MAX_CELLS,
                                    )
                                )
                        tail = chunk[-16:]
            except zipfile.BadZipFile:
                return info.filename
        return None

    def _guard(self, action: Any, sheet: str | None = None) -> Any:
        """Run ``action`` turning XML attacks, corrupt parts and decompression errors into ImportProblem."""
        import zlib

        from defusedxml import DefusedXmlException

        try:
            try:
                return action()
            except ValueError as wrapped:  # openpyxl wraps parser errors; judge by the cause
                cause = _root_cause(wrapped)
                if cause is wrapped:
                    raise
                raise cause from None
        except DefusedXmlException:
            raise self.problem(
                Phrase("文件含有不安全的 XML 实体定义（可能是恶意构造的文件），已拒绝读取。"), sheet
            ) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, SyntaxError):  # ParseError is a SyntaxError
            raise self.problem(Phrase("文件已损坏或不完整，无法读取其内容。"), sheet) from None
        except KeyError as error:
            raise self.problem(Phrase.of("文件不完整，缺少部件 {error}。", error=error), sheet) from None
        except (MemoryError, RecursionError):
            raise self.problem(Phrase("文件过大或结构异常，无法读取。"), sheet) from None
        except ImportProblem:
            raise
        except Exception:  # openpyxl/zipfile/struct raise many kinds on malformed content
            raise self.problem(_DAMAGED, sheet) from None

    def _open_xls(self, size: int) -> None:
        if size > MAX_FILE_BYTES:
            raise self.problem(Phrase.of("文件超过 {value} MB，过大。", value=MAX_FILE_BYTES // (1024 * 1024)))
        data = self.path.read_bytes()
        if _ENCRYPTION_STREAM in data:
            raise self.problem(Phrase("工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入。"))
        import xlrd

        try:
            self._workbook = xlrd.open_workbook(
                file_contents=data, on_demand=True, ragged_rows=True, logfile=io.StringIO(), verbosity=0
            )
        except xlrd.XLRDError as error:
            if "encrypt" in str(error).lower():
                raise self.problem(
                    Phrase("工作簿设置了密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入。")
                ) from None
            raise self.problem(Phrase.of("不是可读取的 Excel 97-2003 工作簿（{error}）。", error=error)) from None
        except (MemoryError, RecursionError):
            raise self.problem(Phrase("文件过大或结构异常，无法读取。")) from None
        except Exception:  # xlrd raises assorted errors (struct.error, IndexError ...) on damaged files
            raise self.problem(
                Phrase("文件已损坏或不完整，无法读取；请在 Excel 中打开后另存为 .xlsx 再导入。")
            ) from None
        self._kind = "xls"

    def _open_text(self, size: int) -> None:
        if size > MAX_FILE_BYTES:
            raise self.problem(Phrase.of("文件超过 {value} MB，过大。", value=MAX_FILE_BYTES // (1024 * 1024)))
        data = self.path.read_bytes()
        text = self._decode(data)
        stripped = text.lstrip().lower()
        if stripped.startswith(("<html", "<!doctype html", "<table", "<?xml")):
            raise self.problem(
                Phrase("这是网页/XML 格式的文件（并非真正的 Excel 工作簿）；请在 Excel 中打开后另存为 .xlsx 再导入。")
            )
        if "\x00" in text:
            raise self.problem(Phrase("不是 Excel 工作簿或 CSV 文本文件，无法识别其格式。"))
        sample = text[:8192]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;，")
        except csv.Error:
            dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
        text = _cap_fields(text, getattr(dialect, "delimiter", ","))
        rows: list[list[str]] = []
        try:
            for record in csv.reader(io.StringIO(text, newline=""), dialect):
                if len(rows) >= self.max_rows:
                    raise self.problem(
                        Phrase.of("超过 {max_rows} 行，超出导入上限。", max_rows=self.max_rows), self.path.stem
                    )
                rows.append(_trimmed([clean_text(value) for value in record[:MAX_COLUMNS]]))
        except csv.Error:
            raise self.problem(
                Phrase.of(
                    "CSV 格式有误（第 {value} 行：字段过长或引号不配对），请在 Excel 中打开后另存再导入。",
                    value=len(rows) + 1,
                )
            ) from None
        self._csv_rows = rows
        self._kind = "csv"

    def _decode(self, data: bytes) -> str:
        """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312)."""
        if data.startswith(b"\xef\xbb\xbf"):
            encodings = ["utf-8-sig"]
        elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encodings = ["utf-16"]
        else:
            encodings = ["utf-8", "gb18030"]
        for encoding in encodings:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise self.problem(Phrase("不是 Excel 工作簿，也不是 UTF-8 或 GBK 编码的 CSV 文本，无法识别其格式。"))

    def close(self) -> None:
        """Release the file."""
        if self._kind == "xlsx" and self._workbook is not None:
            self._workbook.close()
        elif self._kind == "xls" and self._workbook is not None:
            self._workbook.release_resources()
        self._workbook = None

    # -- reading ---------------------------------------------------------------------------------------
    @property
    def sheet_names(self) -> list[str]:
        """Visible sheets in workbook order (a CSV has one, named after the file)."""
        names: list[str] = self._guard(self._sheet_names)
        return names

    def _sheet_names(self) -> list[str]:
        if self._kind == "csv":
            return [self.path.stem]
        if self._kind == "xlsx":
            return [ws.title for ws in self._workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        book = self._workbook
        visible = [sheet.name for sheet in book.sheets() if getattr(sheet, "visibility", 0) == 0]
        return visible or list(book.sheet_names())

    def read(self, sheet: str, limit: int | None = None) -> SheetTable:
        """The sheet's rows as text (at most ``limit`` rows; refuses sheets longer than ``max_rows``)."""
        if sheet not in self.sheet_names:
            available = "、".join(f"“{name}”" for name in self.sheet_names)
            raise self.problem(
                Phrase.of("没有名为“{sheet}”的工作表（有：{available}）。", sheet=sheet, available=available)
            )
        table = SheetTable(sheet)
        for index, row in enumerate(self._iter_rows(sheet)):
            if limit is not None and index >= limit:
                break
            if index >= self.max_rows:
                raise self.problem(
                    Phrase.of("超过 {max_rows} 行，超出导入上限；请拆分名单或提高上限。", max_rows=self.max_rows), sheet
                )
            table.rows.append(row)
        # Drop trailing empty rows (formatting often extends far below the data).
        while table.rows and not any(cell.strip() for cell in table.rows[-1]):
            table.rows.pop()
        return table

    def _iter_rows(self, sheet: str) -> Iterator[list[str]]:
        if self._kind == "csv":
            yield from self._csv_rows or []
        elif self._kind == "xlsx":
            yield from self._iter_xlsx(sheet)
        else:
            yield from self._iter_xls(sheet)

    def _iter_xlsx(self, sheet: str) -> Iterator[list[str]]:
        worksheet = self._guard(lambda: self._workbook[sheet], sheet)
        # The dimension a file claims is ignored (it may claim XFD1048576): rows are read as they come,
        # at most MAX_COLUMNS wide.
        self._guard(worksheet.reset_dimensions, sheet)
        iterator = self._guard(lambda: worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), sheet)
        blank_run = 0
        while True:
            values = self._guard(lambda: next(iterator, None), sheet)
            if values is None:
                return
            row = _trimmed([cell_text(value) for value in values])
            # Formatting can claim a million empty rows: stop after a long run of them.
            blank_run = 0 if row else blank_run + 1
            if blank_run > 1000:
                return
            yield row

    def _iter_xls(self, sheet: str) -> Iterator[list[str]]:
        try:
            yield from self._iter_xls_rows(sheet)
        except ImportProblem:
            raise
        except (MemoryError, RecursionError):
            raise self.problem(Phrase("文件过大或结构异常，无法读取。"), sheet) from None
        except Exception:  # xlrd parses each sheet on demand; damaged records raise assorted errors
            raise self.problem(
                Phrase("工作表已损坏，无法读取；请在 Excel 中打开后另存为 .xlsx 再导入。"), sheet
            ) from None

    def _iter_xls_rows(self, sheet: str) -> Iterator[list[str]]:
        import xlrd

        book = self._workbook
        worksheet = book.sheet_by_name(sheet)
        if worksheet.nrows > self.max_rows:
            raise self.problem(
                Phrase.of("有 {nrows} 行，超过导入上限 {max_rows} 行。", nrows=worksheet.nrows, max_rows=self.max_rows),
                sheet,
            )
        for index in range(worksheet.nrows):
            cells = []
            for cell in worksheet.row(index)[:MAX_COLUMNS]:
                if cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        cells.append(cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)))
                    except (ValueError, OverflowError):
                        cells.append(cell_text(cell.value))
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    cells.append(cell_text(bool(cell.value)))
                elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    cells.append("")
                else:
                    cells.append(cell_text(cell.value))
            yield _trimmed(cells)


def _cap_fields(text: str, delimiter: str) -> str:
    """Cut lines with far more delimiters than any list has, before the CSV reader builds huge rows."""
    limit = MAX_COLUMNS * 2
    if text.count(delimiter) <= limit:
        return text
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if line.count(delimiter) > limit:
            position = -1
            for _ in range(MAX_COLUMNS):
                position = line.find(delimiter, position + 1)
            lines[number] = line[:position]
    return "\n".join(lines)
