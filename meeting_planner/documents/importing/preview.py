"""From a text table to a preview: detected header, mapping, the people found, and warnings.

Nothing here writes anywhere; the preview is what the user confirms before the import service writes it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from meeting_planner.documents.importing.headers import (
    FIELD_LABELS,
    HEADER_SEARCH_ROWS,
    Column,
    Field,
    Header,
    apply_mapping,
    detect_header,
    header_key,
)
from meeting_planner.documents.importing.sources import DEFAULT_MAX_ROWS, ImportProblem, ListFile, SheetTable
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.limits import clean_text
from meeting_planner.domain.names import is_cjk, is_emoji, normalise_name, strip_direction_controls
from meeting_planner.errors import Phrase

#: Rows whose first text starts like this are footnotes, totals or signatures, not people.
FOOTNOTE_PREFIXES = (
    "注",
    "注：",
    "注:",
    "说明",
    "备注：",
    "备注:",
    "合计",
    "总计",
    "小计",
    "共计",
    "填表人",
    "填报人",
    "联系人",
    "审核人",
    "制表",
    "填表日期",
    "填报日期",
    "报送单位",
    "报送日期",
    "经办人",
    "负责人：",
    "附：",
    "附件",
)
_SECTION_NUMBER = re.compile(r"^[（(]?[一二三四五六七八九十百\d]+[)）、.．]\s*")
_SENTENCE_PUNCTUATION = re.compile(r"[，,。；;：:！!？?]")
_COUNT_LINE = re.compile(r"^共\s*\d+\s*[人名]")
#: Title words recognised after a substitute's name (``代会：王五副总经理``).
TITLE_WORDS = (
    "副秘书长",
    "秘书长",
    "副局长",
    "局长",
    "副处长",
    "处长",
    "副科长",
    "科长",
    "副主任",
    "主任",
    "副部长",
    "部长",
    "副书记",
    "书记",
    "副主席",
    "主席",
    "副院长",
    "院长",
    "副校长",
    "校长",
    "副经理",
    "经理",
    "副总经理",
    "总经理",
    "调研员",
    "巡视员",
    "干部",
    "科员",
    "同志",
    "董事长",
    "副厅长",
    "厅长",
    "副市长",
    "市长",
    "副县长",
    "县长",
)


@dataclass
class ImportWarning:
    """Something the user should look at; ``row`` is the Excel row number (1-based), ``column`` a letter."""

    message: str
    file: str
    sheet: str
    row: int | None = None
    column: str | None = None

    def where(self) -> str:
        """``工作表“名单”第 7 行 C 列``."""
        text = f"工作表“{self.sheet}”"
        if self.row is not None:
            text += f"第 {self.row} 行"
        if self.column:
            text += f" {self.column} 列"
        return text

    def __str__(self) -> str:
        return f"{self.file}，{self.where()}：{self.message}"


@dataclass
class ImportRow:
    """One person found in the list; ``source_row`` is the Excel row number. ``include`` False = not imported."""

    source_row: int
    name: str
    name_original: str
    unit: str = ""
    title: str = ""
    phone: str = ""
    gender: str = ""
    rank: int | None = None
    notes: str = ""
    role: Role = Role.ATTENDEE
    reply: ReplyStatus = ReplyStatus.NOT_NOTIFIED
    leave_reason: str = ""
    substitute_name: str = ""
    substitute_title: str = ""
    on_rostrum: bool = False
    code: str = ""
    include: bool = True

    def to_attendee(self) -> Attendee:
        """A new attendee (no id yet) with this row's data."""
        return Attendee(
            name=self.name,
            name_original=self.name_original,
            unit=self.unit,
            title=self.title,
            phone=self.phone,
            gender=self.gender,
            rank=self.rank,
            notes=self.notes,
            role=self.role,
            reply=self.reply,
            leave_reason=self.leave_reason,
            substitute_name=self.substitute_name,
            substitute_title=self.substitute_title,
            on_rostrum=self.on_rostrum,
        )


@dataclass
class ImportPreview:
    """What an import would do: the sheet and header found, the column mapping, rows and warnings."""

    path: Path
    sheet: str
    sheets: list[str]
    header: Header
    rows: list[ImportRow]
    warnings: list[ImportWarning]
    table: SheetTable = field(repr=False)
    skipped_rows: int = 0

    @property
    def header_row(self) -> int:
        """The (last) header row, 1-based as in Excel."""
        return self.header.last_row + 1

    @property
    def columns(self) -> list[Column]:
        """Every column with its header and mapped field."""
        return self.header.columns

    @property
    def mapping(self) -> dict[Field, Column]:
        """Field -> column, for the mapped fields."""
        return {column.field: column for column in self.header.columns if column.field is not None}

    @property
    def included(self) -> list[ImportRow]:
        """Rows that will be imported."""
        return [row for row in self.rows if row.include]

    def remapped(self, mapping: dict[str, Field]) -> ImportPreview:
        """The same sheet read again with a changed mapping (keys: header texts or column letters)."""
        return build_preview(self.path, self.table, self.sheets, mapping, header=self.header)

    def summary_lines(self) -> list[str]:
        """A few lines for people: sheet, header row, mapping, counts."""
        mapped = "，".join(
            f"{column.describe()}→{FIELD_LABELS[column.field]}"
            for column in self.header.columns
            if column.field is not None
        )
        return [
            f"文件：{self.path.name}　工作表：{self.sheet}　表头在第 {self.header_row} 行",
            f"列对应：{mapped}",
            f"人员 {len(self.rows)} 人，将导入 {len(self.included)} 人，跳过 {self.skipped_rows} 行，"
            f"提示 {len(self.warnings)} 条",
        ]


#: Cell values that are answers, not names (a yes/no column mapped to 姓名 by mistake).
_NOT_NAMES = frozenset({"是", "否", "有", "无", "对", "错", "√", "×", "✓", "✗", "true", "false", "yes", "no"})


def _is_footnote(text: str) -> bool:
    compact = text.replace(" ", "").replace("\u3000", "")
    return compact.startswith(FOOTNOTE_PREFIXES) or bool(_COUNT_LINE.match(compact))


def plausible_name(name: str) -> bool:
    """Could this be a person's name (not a sentence, a number or a heading)?"""
    if not name or len(name) > 30 or _SENTENCE_PUNCTUATION.search(name):
        return False
    if name.strip().lower() in _NOT_NAMES or re.fullmatch(r"[\d\s.,+\-eE%]+", name):
        return False  # 是/否, √/× or a number in the 姓名 column: a warning, not a person
    return any(is_cjk(ch) or ch.isalpha() for ch in name)


def split_substitute(text: str) -> tuple[str, str]:
    """``张三 处长`` / ``张三处长`` / ``张三，处长`` -> (``张三``, ``处长``)."""
    cleaned = re.sub(r"^(代会人|代会|代参会|由|代)[：:\s]*", "", text.strip()).strip("（）()：: ，,")
    cleaned = re.sub(r"(代会|代参会|参会|代)$", "", cleaned).strip()
    parts = [part for part in re.split(r"[\s,，、/]+", cleaned) if part]
    if len(parts) >= 2:
        return normalise_name(parts[0]), " ".join(parts[1:])
    if not parts:
        return "", ""
    only = parts[0]
    # The longest title wins: ``王五副总经理`` is 王五 + 副总经理, not 王五副总 + 经理. A name has 2..4 characters.
    found = [only.find(word) for word in TITLE_WORDS if only.find(word) >= 2]
    position = min((p for p in found if p <= 4), default=-1)
    if position >= 2:
        return normalise_name(only[:position]), only[position:]
    return normalise_name(only), ""


def reply_from_text(text: str) -> tuple[ReplyStatus, str, str, str] | None:
    """A reply status read from 备注/回执 text: (status, leave reason, substitute name, substitute title)."""
    compact = normalise_name(text)
    if not compact:
        return None
    if "请假" in compact or compact in ("否", "不参加", "不参会", "不出席", "缺席"):
        reason = re.sub(r"^.*?请假[：:\s]*", "", compact) if "请假" in compact else ""
        return ReplyStatus.LEAVE, reason.strip("（）() ，,"), "", ""
    if "代会" in compact or "代参会" in compact or compact.startswith("代"):
        inside = re.search(r"[（(](.*?)[）)]", compact)
        detail = inside.group(1) if inside else compact
        name, title = split_substitute(detail)
        return ReplyStatus.SUBSTITUTE, "", name, title
    if compact in ("是", "参加", "参会", "出席", "确认", "已确认", "确认参会", "确认参加", "√", "✓"):
        return ReplyStatus.CONFIRMED, "", "", ""
    if compact in ("已通知", "通知"):
        return ReplyStatus.NOTIFIED, "", "", ""
    return None


def _role_from_text(text: str) -> Role | None:
    compact = normalise_name(text)
    if compact in ("出席", "参会", "正式代表", "代表"):
        return Role.ATTENDEE
    if compact in ("列席", "列席代表"):
        return Role.OBSERVER
    if compact in ("工作人员", "会务", "会务组", "服务"):
        return Role.STAFF
    return None


#: Cell values that mark a person for the rostrum in a 主席台 / 是否上主席台 / 座区 column.
ROSTRUM_YES = frozenset(["√", "✓", "✔", "☑", "是", "y", "yes", "1", "主席台", "上", "上主席台", "true", "t", "○", "●"])
ROSTRUM_NO = frozenset(["", "否", "n", "no", "0", "×", "x", "✗", "场下", "台下", "不上", "false", "f", "-", "—"])


def rostrum_from_text(text: str) -> bool | None:
    """True/False from a 主席台 cell (``√``, ``是``, ``Y``, ``1``, ``主席台`` …); None when not understood."""
    compact = normalise_name(text).lower()
    if compact in ROSTRUM_YES or compact.startswith("主席台"):
        return True
    if compact in ROSTRUM_NO:
        return False
    return None


def _rank_from_text(text: str) -> int | None:
    match = re.fullmatch(r"\s*(\d{1,6})(\.0+)?\s*", text)
    return int(match.group(1)) if match else None


class _RowReader:
    """Turns the data rows below the header into ``ImportRow`` objects plus warnings."""

    def __init__(self, path: Path, table: SheetTable, header: Header) -> None:
        self.path = path
        self.table = table
        self.header = header
        self.rows: list[ImportRow] = []
        self.warnings: list[ImportWarning] = []
        self.skipped = 0
        self.columns = {column.field: column for column in header.columns if column.field is not None}

    def warn(self, message: str, row: int | None = None, fld: Field | None = None) -> None:
        column = self.columns.get(fld) if fld is not None else None
        self.warnings.append(
            ImportWarning(message, self.path.name, self.table.name, row, column.letter if column else None)
        )

    def cell(self, cells: list[str], fld: Field) -> str:
        column = self.columns.get(fld)
        if column is None or column.index >= len(cells):
            return ""
        return clean_text(cells[column.index])  # NUL and control characters never get past the edge

    def read(self) -> None:
        section_unit = ""
        previous_unit = ""
        filled_down = 0
        for offset, cells in enumerate(self.table.rows[self.header.last_row + 1 :]):
            excel_row = self.header.last_row + 2 + offset
            texts = [text.strip() for text in cells if text.strip()]
            if not texts:
                previous_unit = ""
                continue
            raw_name = self.cell(cells, Field.NAME)
            name = normalise_name(raw_name)
            if _is_footnote(texts[0]) or (name and _is_footnote(name)):
                self.skipped += 1
                continue
            if not name:
                if len(texts) == 1 and not _rank_from_text(texts[0]):
                    section_unit = normalise_name(_SECTION_NUMBER.sub("", texts[0]))
                    previous_unit = ""
                else:
                    self.skipped += 1
                    self.warn(Phrase("这一行没有姓名，已跳过。"), excel_row, Field.NAME)
                continue
            if not plausible_name(name):
                self.skipped += 1
                self.warn(Phrase.of("“{text}”不像姓名，已跳过。", text=raw_name.strip()), excel_row, Field.NAME)
                continue
            unit = normalise_name(self.cell(cells, Field.UNIT))
            if not unit and Field.UNIT in self.columns and previous_unit:
                unit = previous_unit  # a vertically merged unit cell: only its top cell has the text
                filled_down += 1
            unit = unit or section_unit
            previous_unit = unit
            self.rows.append(self.person(cells, excel_row, raw_name, name, unit))
        if filled_down:
            self.warn(
                Phrase.of("“单位”列有 {count} 个空格（多为合并单元格），已沿用上一行的单位。", count=filled_down),
                None,
                Field.UNIT,
            )

    def person(self, cells: list[str], excel_row: int, raw_name: str, name: str, unit: str) -> ImportRow:
        row = ImportRow(
            source_row=excel_row,
            name=name,
            name_original=raw_name,
            unit=unit,
            title=normalise_name(self.cell(cells, Field.TITLE)),
            phone=re.sub(r"\s+", "", normalise_name(self.cell(cells, Field.PHONE))),
            gender=normalise_name(self.cell(cells, Field.GENDER)),
            notes=strip_direction_controls(self.cell(cells, Field.NOTES)).strip(),
            code=normalise_name(self.cell(cells, Field.CODE)),
        )
        rank_text = self.cell(cells, Field.RANK).strip()
        if rank_text:
            row.rank = _rank_from_text(rank_text)
            if row.rank is None:
                self.warn(Phrase.of("排序“{text}”不是整数，已留空。", text=rank_text), excel_row, Field.RANK)
        rostrum_text = self.cell(cells, Field.ROSTRUM)
        if rostrum_text.strip():
            on_rostrum = rostrum_from_text(rostrum_text)
            if on_rostrum is None:
                self.warn(
                    Phrase.of(
                        "主席台“{text}”无法识别（应为 √、是、Y 或 1），按不上主席台导入。", text=rostrum_text.strip()
                    ),
                    excel_row,
                    Field.ROSTRUM,
                )
            row.on_rostrum = bool(on_rostrum)
        role_text = self.cell(cells, Field.ROLE)
        if role_text.strip():
            role = _role_from_text(role_text)
            if role is None:
                self.warn(
                    Phrase.of("身份“{text}”无法识别，按“出席”导入。", text=role_text.strip()), excel_row, Field.ROLE
                )
            else:
                row.role = role
        for source in (Field.REPLY, Field.NOTES):
            reply = reply_from_text(self.cell(cells, source))
            if reply is not None:
                row.reply, row.leave_reason, row.substitute_name, row.substitute_title = reply
                break
        substitute = self.cell(cells, Field.SUBSTITUTE).strip()
        if substitute:
            row.reply = ReplyStatus.SUBSTITUTE
            row.substitute_name, row.substitute_title = split_substitute(substitute)
        return row

    def check_printable(self) -> None:
        """Warn now (not at print time) about characters no font can print, and about emoji."""
        from meeting_planner.documents.fonts import missing_glyphs

        labels = (
            ("name", Phrase("姓名")),
            ("unit", Phrase("单位")),
            ("title", Phrase("职务")),
            ("notes", Phrase("备注")),
        )
        for row in self.rows:
            for attribute, label in labels:
                value = getattr(row, attribute)
                if not value:
                    continue
                fld = Field.NAME if attribute == "name" else None
                for char in missing_glyphs(value):
                    if is_emoji(char):
                        continue
                    self.warn(
                        Phrase.of(
                            "“{name}”的{field}“{value}”中的字符“{char}”（U+{code:04X}）没有字体能打印；"
                            "请安装含有该字的字体，或打印时选择留空标记、手写补上。",
                            name=row.name,
                            field=label,
                            value=value,
                            char=char,
                            code=ord(char),
                        ),
                        row.source_row,
                        fld,
                    )
                emoji = [char for char in value if is_emoji(char) and char not in "\ufe0f\u200d"]
                if emoji:
                    self.warn(
                        Phrase.of(
                            "“{name}”的{field}“{value}”含有表情符号“{emoji}”，打印件上可能无法正常显示。",
                            name=row.name,
                            field=label,
                            value=value,
                            emoji="".join(emoji),
                        ),
                        row.source_row,
                        fld,
                    )

    def check_duplicates(self) -> None:
        by_key: dict[tuple[str, str], list[ImportRow]] = defaultdict(list)
        by_name: dict[str, set[str]] = defaultdict(set)
        first_row: dict[str, int] = {}
        for row in self.rows:
            by_key[(row.name, row.unit)].append(row)
            by_name[row.name].add(row.unit)
            first_row.setdefault(row.name, row.source_row)
        for (name, unit), group in by_key.items():
            for duplicate in group[1:]:
                duplicate.include = False
                first = group[0].source_row
                self.warn(
                    Phrase.of("“{unit}”的“{name}”与第 {row} 行重复，未导入这一行。", unit=unit, name=name, row=first)
                    if unit
                    else Phrase.of("“{name}”与第 {row} 行重复，未导入这一行。", name=name, row=first),
                    duplicate.source_row,
                    Field.NAME,
                )
        for name, units in by_name.items():
            if len(units) > 1:
                listed = Phrase.joined(
                    "、", [Phrase.of("“{unit}”", unit=unit) if unit else Phrase("（无单位）") for unit in sorted(units)]
                )
                self.warn(
                    Phrase.of(
                        "同名人员“{name}”出现在不同单位：{units}，请核对是否为不同的人。", name=name, units=listed
                    ),
                    first_row[name],
                    Field.NAME,
                )


def _header_from_mapping(rows: list[list[str]], mapping: dict[str, Field], width: int) -> Header:
    """No header was recognised: the first row naming a mapped column is the header; else no header at all."""
    wanted = {header_key(key) for key in mapping}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if any(header_key(cell) in wanted for cell in row if cell.strip()):
            return Header(index, index, [Column(i, row[i] if i < len(row) else "") for i in range(width)])
    return Header(-1, -1, [Column(i, "") for i in range(width)])  # every row is data


def build_preview(
    path: Path,
    table: SheetTable,
    sheets: list[str],
    mapping: dict[str, Field] | None = None,
    header: Header | None = None,
) -> ImportPreview:
    """The preview of one sheet's table; raises ``ImportProblem`` when no name column can be found."""
    where = Phrase.of("文件“{name}”的工作表“{name2}”", name=path.name, name2=table.name)
    if not any(any(cell.strip() for cell in row) for row in table.rows):
        raise ImportProblem(Phrase.of("{where}是空的，没有可导入的人员。", where=where))
    detected = detect_header(table.rows) if header is None else header
    width = max((len(row) for row in table.rows), default=0)
    if detected is None:
        if not mapping:
            raise ImportProblem(
                Phrase.of(
                    "{where}：在前 30 行中找不到“姓名”列（表头应含“姓名”“名字”或“Name”）"
                    "；请检查工作表，或手动指定列对应（如 --map C=姓名）。",
                    where=where,
                )
            )
        detected = _header_from_mapping(table.rows, mapping, width)
    else:
        detected = Header(
            detected.first_row, detected.last_row, [Column(c.index, c.header, c.field) for c in detected.columns]
        )
    if mapping:
        unknown = apply_mapping(detected, mapping, width)
        if unknown:
            names = "、".join(f"“{key}”" for key in unknown)
            raise ImportProblem(
                Phrase.of("{where}：指定的列 {names} 不存在（可用表头文字或列字母，如 C）。", where=where, names=names)
            )
    if detected.column_for(Field.NAME) is None:
        raise ImportProblem(Phrase.of("{where}：没有对应到“姓名”的列，无法导入；请指定哪一列是姓名。", where=where))
    reader = _RowReader(path, table, detected)
    reader.read()
    if not reader.rows:
        raise ImportProblem(
            Phrase.of("{where}：表头（第 {value} 行）下面没有找到任何人员。", where=where, value=detected.last_row + 1)
        )
    reader.check_duplicates()
    reader.check_printable()
    return ImportPreview(
        path=path,
        sheet=table.name,
        sheets=sheets,
        header=detected,
        rows=reader.rows,
        warnings=reader.warnings,
        table=table,
        skipped_rows=reader.skipped,
    )


def read_preview(
    path: str | Path,
    sheet: str | None = None,
    mapping: dict[str, Field] | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> ImportPreview:
    """Open a list file and build the preview of ``sheet`` (default: the first sheet with a name column)."""
    path = Path(path)
    with ListFile(path, max_rows=max_rows) as source:
        sheets = source.sheet_names
        if not sheets:
            raise source.problem(Phrase("没有可见的工作表。"))
        chosen = sheet
        if chosen is None:
            chosen = next(
                (name for name in sheets if detect_header(source.read(name, limit=30).rows) is not None), sheets[0]
            )
        table = source.read(chosen)
    return build_preview(path, table, sheets, mapping)
