"""Finding the header row of a list and mapping its columns to attendee fields.

Header texts are compared after removing spaces, ``*`` marks, colons and bracketed remarks, so
``姓　名``, ``*姓名``, ``联系电话（手机）`` and ``Name`` all match. Two-level headers (a merged ``联系方式`` over
``电话`` and ``手机``) are read as one header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from meeting_planner.domain.names import normalise_name

#: How many rows from the top are searched for the header.
HEADER_SEARCH_ROWS = 30


class Field(StrEnum):
    """What a column of the list holds."""

    NAME = "name"
    UNIT = "unit"
    TITLE = "title"
    PHONE = "phone"
    GENDER = "gender"
    RANK = "rank"
    NOTES = "notes"
    ROLE = "role"
    REPLY = "reply"
    SUBSTITUTE = "substitute"
    ROSTRUM = "rostrum"
    CODE = "code"
    IGNORE = "ignore"


FIELD_LABELS: dict[Field, str] = {
    Field.NAME: "姓名",
    Field.UNIT: "单位",
    Field.TITLE: "职务",
    Field.PHONE: "电话",
    Field.GENDER: "性别",
    Field.RANK: "排序",
    Field.NOTES: "备注",
    Field.ROLE: "身份",
    Field.REPLY: "回执",
    Field.SUBSTITUTE: "代会人",
    Field.ROSTRUM: "主席台",
    Field.CODE: "签到码",
    Field.IGNORE: "（不导入）",
}

#: Header texts per field, best first (a better match wins when two columns claim the same field).
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "姓名",
        "名字",
        "参会人员",
        "参会人",
        "人员姓名",
        "参会人员姓名",
        "参会人姓名",
        "领导姓名",
        "name",
        "fullname",
        "姓名name",
    ),
    Field.UNIT: (
        "单位",
        "工作单位",
        "单位名称",
        "所在单位",
        "部门",
        "所在部门",
        "单位部门",
        "部门单位",
        "处室",
        "科室",
        "机构",
        "单位及部门",
        "工作单位及部门",
        "公司",
        "学校",
        "院系",
        "unit",
        "organisation",
        "organization",
        "department",
        "company",
    ),
    Field.TITLE: (
        "职务",
        "职称",
        "职务职称",
        "职务或职称",
        "职级",
        "职位",
        "岗位",
        "行政职务",
        "现任职务",
        "单位及职务",
        "工作单位及职务",
        "title",
        "position",
        "jobtitle",
    ),
    Field.PHONE: (
        "手机",
        "手机号",
        "手机号码",
        "联系手机",
        "移动电话",
        "联系电话",
        "电话",
        "电话号码",
        "联系方式",
        "办公电话",
        "mobile",
        "phone",
        "tel",
        "telephone",
    ),
    Field.GENDER: ("性别", "gender", "sex"),
    Field.RANK: ("排序号", "排序", "排名", "位次", "顺序", "顺序号", "序号", "编号", "no", "no.", "rank", "order"),
    Field.NOTES: ("备注", "说明", "备注说明", "notes", "note", "remark", "remarks", "comment"),
    Field.ROLE: ("参会身份", "身份", "参会类别", "类别", "参会类型", "人员类别", "role"),
    Field.REPLY: ("回执", "回执情况", "参会情况", "是否参会", "是否参加", "确认情况", "参会状态", "reply", "status"),
    Field.SUBSTITUTE: ("代会人", "代会人员", "代参会人员", "代会", "substitute"),
    Field.ROSTRUM: (
        "主席台",
        "是否上主席台",
        "上主席台",
        "是否主席台",
        "主席台就座",
        "是否在主席台就座",
        "座区",
        "就座区域",
        "rostrum",
    ),
    Field.CODE: ("签到码", "签到编码", "checkincode", "code"),
}

#: Fallback: a short header containing one of these words (checked in this order).
_CONTAINS: tuple[tuple[str, Field], ...] = (
    ("姓名", Field.NAME),
    ("代会", Field.SUBSTITUTE),
    ("主席台", Field.ROSTRUM),
    ("电话", Field.PHONE),
    ("手机", Field.PHONE),
    ("职务", Field.TITLE),
    ("职称", Field.TITLE),
    ("单位", Field.UNIT),
    ("部门", Field.UNIT),
    ("性别", Field.GENDER),
    ("备注", Field.NOTES),
    ("回执", Field.REPLY),
)

_LOOKUP: dict[str, tuple[Field, int]] = {
    text: (fld, priority) for fld, texts in SYNONYMS.items() for priority, text in enumerate(texts)
}
#: Labels of form rows above a list (``填报单位：``), never column headers.
_NOT_HEADERS = ("填报", "填表", "报送", "制表", "联系人", "日期")
_BRACKETS = re.compile(r"[（(\[【][^）)\]】]*[）)\]】]")
_NOISE = re.compile(r"[\s*＊:：/／、_\-—]+")


def header_key(text: str) -> str:
    """A header's text reduced for comparison: ``*联系电话（手机）：`` -> ``联系电话``."""
    reduced = _BRACKETS.sub("", normalise_name(text))
    return _NOISE.sub("", reduced).lower()


def field_for_header(text: str) -> tuple[Field, int] | None:
    """The field a header text names and how good the match is (0 best), or ``None``."""
    key = header_key(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    if len(key) <= 8 and not key.startswith(_NOT_HEADERS):
        for word, fld in _CONTAINS:
            if word in key:
                return fld, 50
    return None


def field_from_label(text: str) -> Field | None:
    """A field from what a user types in a mapping: ``name``, ``姓名``, ``ignore``, ``不导入``."""
    cleaned = text.strip().lower()
    for fld in Field:
        if cleaned in (fld.value, FIELD_LABELS[fld]):
            return fld
    if cleaned in ("忽略", "不导入", "skip", "none", "-"):
        return Field.IGNORE
    found = field_for_header(cleaned)
    return found[0] if found else None


def column_letter(index: int) -> str:
    """``0`` -> ``A``, ``27`` -> ``AB``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letter: str) -> int | None:
    """``AB`` -> ``27``; ``None`` when ``letter`` is not a column letter."""
    if not letter or not letter.isascii() or not letter.isalpha() or len(letter) > 3:
        return None
    value = 0
    for char in letter.upper():
        value = value * 26 + ord(char) - 64
    return value - 1


@dataclass
class Column:
    """One column of the list: where it is, its header text, and the field it feeds (or ``None``)."""

    index: int
    header: str
    field: Field | None = None

    @property
    def letter(self) -> str:
        """Excel column letter."""
        return column_letter(self.index)

    def describe(self) -> str:
        """``C 列“工作单位”``."""
        return f"{self.letter} 列“{self.header}”" if self.header else f"{self.letter} 列"


@dataclass
class Header:
    """The detected header: 0-based first and last header rows and the columns."""

    first_row: int
    last_row: int
    columns: list[Column]

    def column_for(self, fld: Field) -> Column | None:
        """The column mapped to ``fld``."""
        return next((column for column in self.columns if column.field is fld), None)


def _cell(rows: list[list[str]], row: int, column: int) -> str:
    if row >= len(rows) or column >= len(rows[row]):
        return ""
    return rows[row][column].strip()


def _assign(texts: list[str]) -> list[Field | None]:
    """Map header texts to fields; each field goes to its best-matching column (leftmost on ties)."""
    found = [field_for_header(text) for text in texts]
    best: dict[Field, tuple[int, int]] = {}
    for index, match in enumerate(found):
        if match is None:
            continue
        fld, priority = match
        if fld not in best or priority < best[fld][0]:
            best[fld] = (priority, index)
    owner = {index: fld for fld, (_priority, index) in best.items()}
    return [owner.get(index) for index in range(len(texts))]


def _combined_texts(rows: list[list[str]], first: int, last: int) -> list[str]:
    width = max((len(rows[r]) for r in range(first, min(last + 1, len(rows)))), default=0)
    texts = []
    for column in range(width):
        parts = [_cell(rows, r, column) for r in range(first, last + 1)]
        lower = next((part for part in reversed(parts) if part), "")
        # The lowest text that names a field wins (电话 under a merged 联系方式); else any text.
        naming = next((part for part in reversed(parts) if part and field_for_header(part)), lower)
        texts.append(naming)
    return texts


def _score(fields: list[Field | None]) -> int:
    return sum(1 for fld in fields if fld is not None)


def _is_sub_header(rows: list[list[str]], first: int, last: int, pair_score: int) -> bool:
    """Whether row ``last`` is the lower half of a two-level header starting at ``first``.

    True when the upper row names some fields itself and every text in the lower row is a header word
    (data rows are not made of header words alone).
    """
    if _score(_assign(_combined_texts(rows, first, first))) == 0:
        return False
    lower = [text.strip() for text in rows[last] if text.strip()]
    if not lower or not all(field_for_header(text) for text in lower):
        return False
    return pair_score >= _score(_assign(_combined_texts(rows, first, first)))


def detect_header(rows: list[list[str]]) -> Header | None:
    """The header among the first rows: the row (or pair of rows) mapping the most fields, incl. a name column."""
    best: tuple[int, int, int] | None = None  # (score, -first, last)
    for first in range(min(HEADER_SEARCH_ROWS, len(rows))):
        for last in (first + 1, first):
            if last >= len(rows):
                continue
            fields = _assign(_combined_texts(rows, first, last))
            if Field.NAME not in fields:
                continue
            score = _score(fields)
            if last > first and not _is_sub_header(rows, first, last, score):
                continue
            candidate = (score, -first, last)
            # Equal scores: an overlapping candidate reaching lower wins (the lower half of a two-level header).
            if best is None or score > best[0] or (score == best[0] and first <= best[2] < last):
                best = candidate
    if best is None:
        return None
    first, last = -best[1], best[2]
    texts = _combined_texts(rows, first, last)
    fields = _assign(texts)
    return Header(first, last, [Column(i, text, fld) for i, (text, fld) in enumerate(zip(texts, fields, strict=True))])


def apply_mapping(header: Header, mapping: dict[str, Field], width: int) -> list[str]:
    """Override the detected mapping. Keys are header texts or column letters; returns keys that matched nothing.

    A field given to one column is taken away from any other column.
    """
    while len(header.columns) < width:
        header.columns.append(Column(len(header.columns), ""))
    unknown = []
    for key, fld in mapping.items():
        index = next((c.index for c in header.columns if c.header and header_key(c.header) == header_key(key)), None)
        if index is None:
            index = column_index(key.strip())
            if index is not None and index >= len(header.columns):
                index = None
        if index is None:
            unknown.append(key)
            continue
        if fld is not Field.IGNORE:
            for column in header.columns:
                if column.field is fld:
                    column.field = None
        header.columns[index].field = None if fld is Field.IGNORE else fld
    return unknown
