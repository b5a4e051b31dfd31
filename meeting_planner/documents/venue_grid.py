"""Reading a hall drawn in Excel (the way offices draw seat maps) into a venue spec.

Reading rules (the first sheet):

- A label column on the left: the leftmost used column, when its cells read as row labels
  (``第1排``, ``1``, ``一排``, ``主席台第一排`` ...). Rows labelled ``主席台…`` are rostrum rows.
- One non-empty or boxed (all four borders) cell per seat: ``□``, ``○``, a number, a name ...;
  ``×``/``X``/``柱``/``摄像`` mark a blocked seat.
- Columns empty in every row are aisles (cells reading 过道/走道/通道 count as empty); rows may differ in length.
- A row label repeated at the right end of a row is not a seat.
- Merged cells (舞台, 主席台, titles) are banners, never seats; so is a row without a label that
  names the stage, the rostrum, a door or the drawing (舞台, 主席台, 入口, 座位图 ...), or holds only long text.

Anything else is a problem naming its cell; the caller shows the result before saving.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meeting_planner.domain.venue import GRID_BLOCKED, GRID_EMPTY, GRID_SEAT, MAX_COUNT, VenueError
from meeting_planner.errors import Phrase

MAX_GRID_BYTES = 20_000_000
"""Largest workbook read."""

_NUMBER = r"[0-9]+|[零〇一二两三四五六七八九十百]+"
_LABEL = re.compile(rf"^(?P<rostrum>主席台|台上)?\s*第?\s*(?P<n>{_NUMBER})\s*(排|行)?$")
_BLOCKED_MARKS = {"×", "x", "X", "✕", "✖", "柱", "柱子", "摄像", "摄像机", "机位", "禁", "■"}
_AISLE_WORDS = {"过道", "走道", "通道", "走廊"}
_BANNER_WORDS = ("舞台", "主席台", "讲台", "入口", "出口", "大门", "门", "座次", "座位", "图", "礼堂", "会议室", "过道")


class GridProblem(VenueError):
    """The sheet cannot be read as a hall; the message names the file and the cells."""


@dataclass
class GridHall:
    """What was read: rostrum rows (front first, chair counts), audience rows as grid strings, labels."""

    rostrum_rows: list[int] = field(default_factory=list)
    rostrum_labels: list[str] = field(default_factory=list)
    grid: list[str] = field(default_factory=list)
    row_labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rostrum_seats(self) -> int:
        """Chairs on the rostrum."""
        return sum(self.rostrum_rows)

    @property
    def audience_seats(self) -> int:
        """Seats below the rostrum, blocked ones included."""
        return sum(line.count(GRID_SEAT) + line.count(GRID_BLOCKED) for line in self.grid)

    def spec(self, key: str, name: str) -> dict[str, Any]:
        """The venue spec (TOML data) of this hall."""
        zones: list[dict[str, Any]] = []
        if self.rostrum_rows:
            zones.append({"key": "rostrum", "kind": "rostrum", "name": "主席台", "rows": list(self.rostrum_rows)})
        if self.grid:
            zones.append(
                {
                    "key": "hall",
                    "kind": "auditorium",
                    "name": "场下",
                    "grid": list(self.grid),
                    "row_labels": list(self.row_labels),
                }
            )
        return {"key": key, "name": name, "zones": zones}


def _cn_number(text: str) -> int | None:
    """``12`` or ``十二``/``一百零五`` as an int (None if not a number)."""
    if text.isdigit():
        return int(text)
    digits = {char: index for index, char in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, current = 0, 0
    for char in text:
        if char in digits:
            current = digits[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def row_label(text: str) -> tuple[bool, int] | None:
    """``(rostrum, number)`` if ``text`` reads as a row label, else None."""
    match = _LABEL.match(text.strip())
    if not match:
        return None
    number = _cn_number(match.group("n"))
    if number is None:
        return None
    return (match.group("rostrum") is not None, number)


def _column_name(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def _boxed(cell: Any) -> bool:
    border = getattr(cell, "border", None)
    if border is None:
        return False
    return all(getattr(getattr(border, side), "style", None) for side in ("left", "right", "top", "bottom"))


def read_grid_values(path: Path) -> tuple[dict[tuple[int, int], str], set[tuple[int, int]], set[tuple[int, int]]]:
    """The first sheet as ``{(row, column): text}`` (1-based), the boxed cells and the cells inside merged ranges."""
    from openpyxl import load_workbook

    try:
        if path.stat().st_size > MAX_GRID_BYTES:
            raise GridProblem(
                Phrase.of(
                    "{path}：文件太大（超过 {value} MB），不像一张座位图", path=path, value=MAX_GRID_BYTES // 1_000_000
                )
            )
        workbook = load_workbook(path, data_only=True)
    except GridProblem:
        raise
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign file
        raise GridProblem(
            Phrase.of("{path}：无法作为 Excel 工作簿（.xlsx）打开（{error}）", path=path, error=error)
        ) from error
    sheet = workbook.worksheets[0]
    if sheet.max_row > MAX_COUNT * 2 or sheet.max_column > MAX_COUNT:
        raise GridProblem(
            Phrase.of(
                "{path}：工作表“{title}”太大（{max_row} 行 × {max_column} 列），座位图最多 {value} 行 × {MAX_COUNT} 列",
                path=path,
                title=sheet.title,
                max_row=sheet.max_row,
                max_column=sheet.max_column,
                value=MAX_COUNT * 2,
                MAX_COUNT=MAX_COUNT,
            )
        )
    merged: set[tuple[int, int]] = set()
    for merged_range in sheet.merged_cells.ranges:
        for row in range(merged_range.min_row, merged_range.max_row + 1):
            for column in range(merged_range.min_col, merged_range.max_col + 1):
                merged.add((row, column))
    values: dict[tuple[int, int], str] = {}
    boxed: set[tuple[int, int]] = set()
    for row_cells in sheet.iter_rows():
        for cell in row_cells:
            position = (cell.row, cell.column)
            if cell.value is not None and str(cell.value).strip():
                value = cell.value
                text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
                values[position] = text.strip()
            elif _boxed(cell) and position not in merged:
                boxed.add(position)
    workbook.close()
    return values, boxed, merged


def read_grid_hall(path: Path) -> GridHall:
    """Read ``path`` (an .xlsx seat map); GridProblem lists every cell not understood."""
    values, boxed, merged = read_grid_values(path)
    return grid_hall_from_cells(values, boxed, merged, str(path))


def grid_hall_from_cells(
    values: Mapping[tuple[int, int], str],
    boxed: set[tuple[int, int]],
    merged: set[tuple[int, int]],
    source: str,
) -> GridHall:
    """The reading rules over plain cells (see the module docstring)."""
    used = {pos for pos in values if pos not in merged} | boxed
    if not used:
        raise GridProblem(Phrase.of("{source}：第一个工作表没有座位（没有非空或带边框的单元格）", source=source))
    first_column = min(column for _, column in used)
    label_cells = {pos: values[pos] for pos in used if pos[1] == first_column and pos in values}
    has_labels = bool(label_cells) and sum(row_label(t) is not None for t in label_cells.values()) * 2 > len(
        label_cells
    )
    hall = GridHall()
    problems: list[str] = []
    rostrum: list[tuple[int, int, str]] = []  # (number, count, label)
    rows = sorted({row for row, _ in used})
    audience: list[tuple[int, dict[int, str], str]] = []  # (sheet row, column -> mark, label)
    for row in rows:
        cells = sorted(column for r, column in used if r == row)
        label = ""
        parsed: tuple[bool, int] | None = None
        if has_labels and cells and cells[0] == first_column:
            text = values.get((row, first_column), "")
            parsed = row_label(text)
            if parsed is None and text:
                if any(word in text for word in _BANNER_WORDS) and len(cells) == 1:
                    hall.notes.append(f"单元格 {_column_name(first_column)}{row}“{text}”当作标题，不是座位")
                    continue
                problems.append(
                    Phrase.of(
                        "单元格 {column_name}{row}“{text}”不像排号（如 第1排、1、一排）",
                        column_name=_column_name(first_column),
                        row=row,
                        text=text,
                    )
                )
                continue
            label = text
            cells = cells[1:]
        # The same label repeated at the right end of the row is not a seat.
        if label and cells and "排" in values.get((row, cells[-1]), "") and row_label(values[(row, cells[-1])]):
            cells = cells[:-1]
        if not label and any(
            word in values.get((row, column), "") for column in cells for word in _BANNER_WORDS if word != "门"
        ):
            banner = "、".join(f"{_column_name(c)}{row}“{values[(row, c)][:20]}”" for c in cells if (row, c) in values)
            hall.notes.append(f"第 {row} 行没有排号，当作标题：{banner}")
            continue
        marks: dict[int, str] = {}
        unclear: list[str] = []
        for column in cells:
            text = values.get((row, column), "")
            if text in _AISLE_WORDS:
                continue
            if text in _BLOCKED_MARKS:
                marks[column] = GRID_BLOCKED
            elif len(text) <= 6:
                marks[column] = GRID_SEAT
            else:
                unclear.append(f"{_column_name(column)}{row}“{text[:20]}”")
        if not label and not marks and unclear:
            hall.notes.append(f"第 {row} 行没有排号、只有文字，当作标题：{'、'.join(unclear)}")
            continue
        if unclear:
            problems.append(Phrase.of("{unclear} 不像座位（座位格可写 □、○、数字或姓名）", unclear="、".join(unclear)))
            continue
        if not marks:
            if label:
                problems.append(Phrase.of("第 {row} 行标为“{label}”，但没有座位", row=row, label=label))
            continue
        if parsed is not None and parsed[0]:
            rostrum.append((parsed[1], len(marks), label))
        else:
            audience.append((row, marks, label))
    if problems:
        more = "……" if len(problems) > 20 else ""
        raise GridProblem(
            Phrase.of(
                "{source}：有看不懂的单元格：{problems}{more}",
                source=source,
                problems=Phrase.joined("；", problems[:20]),
                more=more,
            )
        )
    if not audience and not rostrum:
        raise GridProblem(Phrase.of("{source}：没有找到座位", source=source))
    rostrum.sort(key=lambda item: item[0])
    hall.rostrum_rows = [count for _, count, _ in rostrum]
    hall.rostrum_labels = [label for _, _, label in rostrum]
    if audience:
        left = min(min(marks) for _, marks, _ in audience)
        right = max(max(marks) for _, marks, _ in audience)
        for index, (_, marks, label) in enumerate(audience, start=1):
            line = "".join(marks.get(column, GRID_EMPTY) for column in range(left, right + 1)).rstrip(GRID_EMPTY)
            hall.grid.append(line)
            parsed_label = row_label(label) if label else None
            hall.row_labels.append(f"第{parsed_label[1]}排" if parsed_label else label or f"第{index}排")
    return hall
