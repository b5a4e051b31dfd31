"""Venues: zones of seats with stable ids and geometry, built from a plain spec (the TOML file's data).

Pure Python (``tomllib`` is stdlib). A venue is a list of zones stacked from the front (the rostrum)
to the back; each zone builds its seats in venue units (metres) in the audience's view: x grows to
the audience's right, y grows away from the rostrum. Zone kinds:

- ``rostrum`` (主席台): one or more rows, front row first (``rows = [11, 13]``); ``desk = "front"``
  (default, a desk before the front row) or ``"none"``.
- ``talks`` (会谈/长桌): a long table, guest side at the top facing the door, host side below.
- ``auditorium`` (场下): sections x rows x seats, aisles between sections, reserved rows, blocked
  seats, row/seat numbers as printed on the chairs (``sequential``, ``odd-even`` or ``section``).
- ``banquet`` (宴会): round tables of N seats, table numbers by rank, main table at the front.

Seat ids (stored in ``seat_assignments.seat_id``) never depend on geometry:
``rostrum:1:5`` (row 1, 5th seat from the audience's left), ``talks:guest:3``, ``hall:B:12:7``
(section B, row 12, chair number 7), ``banquet:T3:1`` (table 3, the host's seat; 2.. go round to
the host's right).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from meeting_planner.domain import protocol
from meeting_planner.errors import InputError, Phrase


class VenueError(InputError):
    """A venue file or spec is malformed; the message names the file and the field."""


MAX_COUNT = 500
"""Most rows in a zone, seats in a row or section, tables in a banquet hall."""

MAX_SEATS = 20_000
"""Most seats in a whole venue (a 3,000-seat hall is the largest the product promises)."""

MAX_SIZE = 50.0
"""Largest seat width, row pitch, aisle, gap or table size, in metres."""

MAX_POSITION = 1_000.0
"""Largest distance of a zone or table from the venue's origin, in metres."""

MAX_ROSTRUM_ROWS = 10
"""Most rows on a rostrum."""

MAX_ROSTRUM_SEATS = 100
"""Most chairs in one rostrum row."""

MAX_TABLE_SEATS = 40
"""Most seats at one banquet table."""

MAX_TEXT = 200
"""Longest name, key or label."""

MAX_LIST = 5_000
"""Most entries in a list (blocked seats, sections, tables, grid rows)."""


def _shown(value: Any) -> str:
    """A value for an error message, cut short (a refused value may be huge)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class ZoneKind(StrEnum):
    """What a zone is for."""

    ROSTRUM = "rostrum"
    TALKS = "talks"
    AUDITORIUM = "auditorium"
    BANQUET = "banquet"


ZONE_KIND_LABELS = {
    ZoneKind.ROSTRUM: "主席台",
    ZoneKind.TALKS: "会谈桌",
    ZoneKind.AUDITORIUM: "场下",
    ZoneKind.BANQUET: "宴会",
}


@dataclass(frozen=True, slots=True)
class Seat:
    """One seat. ``x``/``y`` is its centre in metres (audience view); ``index`` its position in the row
    from the audience's left (banquet: seats round the table to the host's right, 0 = host)."""

    id: str
    zone: str
    x: float
    y: float
    row: int
    row_label: str
    label: str
    index: int
    width: float = 0.55
    depth: float = 0.5
    section: str = ""
    side: str = ""
    reserved: bool = False
    blocked: bool = False

    @property
    def usable(self) -> bool:
        """Automatic seating may use it (neither reserved nor blocked)."""
        return not (self.reserved or self.blocked)


@dataclass(frozen=True, slots=True)
class Furniture:
    """A table or desk to draw (no seats of its own): ``round`` or ``rect``, centre and size in metres."""

    shape: str
    x: float
    y: float
    width: float
    height: float
    label: str = ""


@dataclass(frozen=True, slots=True)
class Zone:
    """A zone of a venue with its seats (in row order) and furniture."""

    key: str
    kind: ZoneKind
    name: str
    seats: tuple[Seat, ...]
    furniture: tuple[Furniture, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)

    def rows(self) -> list[list[Seat]]:
        """Seats grouped by ``row`` (front first), each row from the audience's left to right."""
        grouped: dict[int, list[Seat]] = {}
        for seat in self.seats:
            grouped.setdefault(seat.row, []).append(seat)
        return [sorted(grouped[row], key=lambda s: s.x) for row in sorted(grouped)]

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) in metres, seats and furniture included."""
        return _bounds(
            [(s.x - s.width / 2, s.y - s.depth / 2, s.x + s.width / 2, s.y + s.depth / 2) for s in self.seats]
            + [(f.x - f.width / 2, f.y - f.height / 2, f.x + f.width / 2, f.y + f.height / 2) for f in self.furniture]
        )


@dataclass(frozen=True, slots=True)
class Venue:
    """A venue: key, name and zones; ``spec`` is the data it was built from (saved back as TOML)."""

    key: str
    name: str
    zones: tuple[Zone, ...]
    spec: Mapping[str, Any] = field(default_factory=dict)

    @property
    def capacity(self) -> int:
        """Seats that can be used (blocked seats excluded)."""
        return sum(1 for zone in self.zones for seat in zone.seats if not seat.blocked)

    def seats(self) -> list[Seat]:
        """Every seat of every zone."""
        return [seat for zone in self.zones for seat in zone.seats]

    def seat_index(self) -> dict[str, Seat]:
        """Seats by id."""
        return {seat.id: seat for seat in self.seats()}

    def zone(self, key: str) -> Zone:
        """The zone with ``key``."""
        for zone in self.zones:
            if zone.key == key:
                return zone
        raise KeyError(key)

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the whole venue in metres."""
        return _bounds([zone.bounds() for zone in self.zones if zone.seats or zone.furniture])


def _bounds(boxes: Sequence[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    if not boxes:
        return (0.0, 0.0, 0.0, 0.0)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# --- reading a spec ----------------------------------------------------------------------------------


class _Fields:
    """Typed access to one table of a spec, with errors naming the source and the field path."""

    def __init__(self, data: Any, source: str, path: str) -> None:
        if not isinstance(data, Mapping):
            raise VenueError(
                Phrase.of("{source}：{value} 应为表（table）", source=source, value=path or Phrase("文件"))
            )
        self.data = data
        self.source = source
        self.path = path

    def _name(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str, problem: str) -> VenueError:
        return VenueError(
            Phrase.of("{source}：字段 {name} {problem}", source=self.source, name=self._name(key), problem=problem)
        )

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, Phrase("缺失"))
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self.fail(key, Phrase("应为非空文字"))
        if len(value) > MAX_TEXT:
            raise self.fail(
                key,
                Phrase.of("太长（{value_count} 个字，最多 {MAX_TEXT} 个）", value_count=len(value), MAX_TEXT=MAX_TEXT),
            )
        return value.strip()

    def integer(self, key: str, default: int | None = None, minimum: int = 1, maximum: int = MAX_COUNT) -> int:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, Phrase("缺失"))
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
            raise self.fail(
                key,
                Phrase.of(
                    "应为 {minimum} 到 {maximum} 之间的整数（现为 {shown}）",
                    minimum=minimum,
                    maximum=maximum,
                    shown=_shown(value),
                ),
            )
        return value

    def number(self, key: str, default: float, minimum: float = 0.0, maximum: float = MAX_SIZE) -> float:
        value = self.data.get(key, default)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not minimum <= value <= maximum
        ):
            raise self.fail(
                key,
                Phrase.of(
                    "应为 {minimum:g} 到 {maximum:g} 之间的数（现为 {shown}）",
                    minimum=minimum,
                    maximum=maximum,
                    shown=_shown(value),
                ),
            )
        return float(value)

    def optional_number(self, key: str) -> float | None:
        if key not in self.data:
            return None
        return self.number(key, 0.0, -MAX_POSITION, MAX_POSITION)

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, Phrase.of("应为 true 或 false（现为 {value!r}）", value=value))
        return value

    def choice(self, key: str, default: str, choices: Sequence[str]) -> str:
        value = self.data.get(key, default)
        if value not in choices:
            raise self.fail(
                key, Phrase.of("应为 {choices} 之一（现为 {value!r}）", choices=" / ".join(choices), value=value)
            )
        return str(value)

    def int_list(
        self,
        key: str,
        default: Sequence[int] | None = None,
        minimum: int = 1,
        maximum: int = MAX_COUNT,
        maximum_length: int = MAX_COUNT,
    ) -> list[int]:
        value = self.data.get(key, default)
        if value is None:
            raise self.fail(key, Phrase("缺失"))
        if (
            not isinstance(value, list)
            or len(value) > maximum_length
            or not all(isinstance(v, int) and not isinstance(v, bool) and minimum <= v <= maximum for v in value)
        ):
            raise self.fail(
                key,
                Phrase.of(
                    "应为最多 {maximum_length} 个、每个 {minimum} 到 {maximum} 之间的整数列表（现为 {shown}）",
                    maximum_length=maximum_length,
                    minimum=minimum,
                    maximum=maximum,
                    shown=_shown(value),
                ),
            )
        return list(value)

    def text_list(self, key: str, maximum_length: int = MAX_LIST) -> list[str]:
        value = self.data.get(key, [])
        if (
            not isinstance(value, list)
            or len(value) > maximum_length
            or not all(isinstance(v, str) and len(v) <= MAX_TEXT for v in value)
        ):
            raise self.fail(
                key,
                Phrase.of(
                    "应为最多 {maximum_length} 项的文字列表（现为 {shown}）",
                    maximum_length=maximum_length,
                    shown=_shown(value),
                ),
            )
        return list(value)

    def tables(self, key: str, required: bool = False) -> list[_Fields]:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(key, Phrase("缺失"))
            return []
        if not isinstance(value, list) or not value:
            raise self.fail(key, Phrase("应为非空的表数组"))
        if len(value) > MAX_LIST:
            raise self.fail(
                key,
                Phrase.of(
                    "项数太多（{value_count} 项，最多 {MAX_LIST} 项）", value_count=len(value), MAX_LIST=MAX_LIST
                ),
            )
        return [_Fields(item, self.source, f"{self._name(key)}[{index}]") for index, item in enumerate(value)]


def venue_from_spec(data: Mapping[str, Any], source: str = "场地文件") -> Venue:
    """Build a venue from its spec (the parsed TOML); VenueError names ``source`` and the field."""
    top = _Fields(data, source, "")
    key = top.text("key")
    if any(ch in key for ch in " :/\\\t"):
        raise top.fail("key", Phrase("只能含字母、数字、- 和 _（不能有空格、冒号或斜杠）"))
    name = top.text("name")
    zones: list[Zone] = []
    y = 0.0
    seen: set[str] = set()
    for spec in top.tables("zones", required=True):
        zone_key = spec.text("key")
        if zone_key in seen or ":" in zone_key:
            raise spec.fail("key", Phrase.of("“{zone_key}”重复或含冒号", zone_key=zone_key))
        seen.add(zone_key)
        kind = ZoneKind(spec.choice("kind", "", [k.value for k in ZoneKind]))
        zone = _BUILDERS[kind](spec, zone_key)
        zone = _place(zone, spec, y)
        zones.append(zone)
        total = sum(len(z.seats) for z in zones)
        if total > MAX_SEATS:
            raise spec.fail(
                "key",
                Phrase.of("处累计 {total} 个座位，超过一个场地的上限 {MAX_SEATS}", total=total, MAX_SEATS=MAX_SEATS),
            )
        y = zone.bounds()[3] + spec.number("gap_after", 2.0)
    return Venue(key=key, name=name, zones=tuple(zones), spec=dict(data))


def _place(zone: Zone, spec: _Fields, next_y: float) -> Zone:
    """Move a zone built at the origin to its ``x``/``y`` (default: below the previous zone, centred)."""
    left, top, right, _ = zone.bounds()
    x = spec.optional_number("x")
    y = spec.optional_number("y")
    dx = (x if x is not None else 0.0) - (left + right) / 2
    dy = (y if y is not None else next_y) - top
    seats = tuple(
        Seat(
            s.id,
            s.zone,
            s.x + dx,
            s.y + dy,
            s.row,
            s.row_label,
            s.label,
            s.index,
            s.width,
            s.depth,
            s.section,
            s.side,
            s.reserved,
            s.blocked,
        )
        for s in zone.seats
    )
    furniture = tuple(Furniture(f.shape, f.x + dx, f.y + dy, f.width, f.height, f.label) for f in zone.furniture)
    return Zone(zone.key, zone.kind, zone.name, seats, furniture, zone.options)


def _blocked(spec: _Fields) -> set[str]:
    return set(spec.text_list("blocked"))


def _build_rostrum(spec: _Fields, key: str) -> Zone:
    """Rows of seats behind a desk, centred on each other; row 1 (the front row) sits nearest the
    audience, just behind the desk, and later rows stand further back (smaller y)."""
    rows = spec.int_list("rows", maximum=MAX_ROSTRUM_SEATS, maximum_length=MAX_ROSTRUM_ROWS)
    if not rows:
        raise spec.fail("rows", Phrase("不能为空"))
    pitch = spec.number("seat_width", 0.9, 0.3)
    row_pitch = spec.number("row_pitch", 1.3, 0.5)
    blocked = _blocked(spec)
    seats: list[Seat] = []
    for row_number, count in enumerate(rows, start=1):
        for index in range(count):
            seat_id = f"{key}:{row_number}:{index + 1}"
            seats.append(
                Seat(
                    seat_id,
                    key,
                    (index - (count - 1) / 2) * pitch,
                    0.3 + (len(rows) - row_number) * row_pitch,
                    row_number,
                    f"第{row_number}排",
                    str(index + 1),
                    index,
                    pitch * 0.9,
                    0.6,
                    blocked=f"{row_number}-{index + 1}" in blocked,
                )
            )
    front_y = 0.3 + (len(rows) - 1) * row_pitch
    # The desk: in front of the front row (toward the audience, the usual 主席台), or none (a stage of chairs).
    placement = spec.choice("desk", "front", ["front", "none"])
    desk = Furniture("rect", 0.0, front_y + 0.6, max(rows[0], 1) * pitch, 0.4, spec.text("name", "主席台"))
    furniture = (desk,) if placement == "front" else ()
    return Zone(key, ZoneKind.ROSTRUM, spec.text("name", "主席台"), tuple(seats), furniture, {"rows": rows})


def _build_talks(spec: _Fields, key: str) -> Zone:
    """A long table: guest side at the top (facing the door), host side below."""
    n = spec.integer("seats_per_side")
    pitch = spec.number("seat_width", 0.8, 0.3)
    interpreter = spec.flag("interpreter", False)
    labels = spec.text_list("side_names") or ["客方", "主方"]
    seats: list[Seat] = []
    table_depth = 1.2
    for side, y, row in (("guest", 0.0, 1), ("host", table_depth + 0.9, 2)):
        name = labels[0] if side == "guest" else labels[-1]
        for index in range(n):
            seats.append(
                Seat(
                    f"{key}:{side}:{index + 1}",
                    key,
                    (index - (n - 1) / 2) * pitch,
                    y,
                    row,
                    name,
                    str(index + 1),
                    index,
                    pitch * 0.9,
                    0.6,
                    side=side,
                )
            )
    table = Furniture("rect", 0.0, (table_depth + 0.9) / 2, n * pitch, table_depth, spec.text("name", "会谈桌"))
    return Zone(
        key,
        ZoneKind.TALKS,
        spec.text("name", "会谈桌"),
        tuple(seats),
        (table,),
        {"interpreter": interpreter, "side_names": labels},
    )


def _chair_numbers(count: int, numbering: str) -> list[str]:
    """Numbers printed on the chairs of one row (or section), from the audience's left.

    ``sequential``: 1..n left to right. ``odd-even`` (单双号): 1 in the centre, odd numbers to the
    audience's right, even numbers to the left (facing the rostrum)::  8 6 4 2 1 3 5 7
    """
    if numbering != "odd-even":
        return [str(i + 1) for i in range(count)]
    # Facing the rostrum, the audience's right is the rostrum's left: the rostrum "right" pattern.
    return [str(n) for n in protocol.rostrum_order(count, "right")]


GRID_SEAT = "o"
GRID_BLOCKED = "x"
GRID_EMPTY = "."


def _build_grid_auditorium(spec: _Fields, key: str) -> Zone:
    """A hall drawn as a grid (e.g. imported from an Excel seat map): ``grid`` has one string per row,
    front first, one character per column: ``o`` a seat, ``x`` a blocked seat, ``.`` no seat. Columns
    empty in every row are aisles and split the sections (named by ``section_names``, else 左区/中区/右区
    for three, else A, B, ...). Rows may differ in length; ``row_labels`` are the printed row names."""
    grid = spec.text_list("grid", MAX_COUNT)
    if not grid:
        raise spec.fail("grid", Phrase("不能为空"))
    width = max(len(line) for line in grid)
    if width > MAX_COUNT:
        raise spec.fail("grid", Phrase.of("太宽（{width} 列，最多 {MAX_COUNT} 列）", width=width, MAX_COUNT=MAX_COUNT))
    for number, line in enumerate(grid, start=1):
        wrong = set(line) - {GRID_SEAT, GRID_BLOCKED, GRID_EMPTY}
        if wrong:
            raise spec.fail(
                "grid",
                Phrase.of(
                    "第 {number} 行含无法识别的字符 {sorted!r}（只能用 o、x 和 .）",
                    number=number,
                    sorted="".join(sorted(wrong)),
                ),
            )
    lines = [line.ljust(width, GRID_EMPTY) for line in grid]
    pitch = spec.number("seat_width", 0.55, 0.3)
    row_pitch = spec.number("row_pitch", 0.9, 0.5)
    aisle = spec.number("aisle", 1.2)
    numbering = spec.choice("numbering", "sequential", ["sequential", "odd-even", "section"])
    reserved_rows = set(spec.int_list("reserved_rows", []))
    blocked = _blocked(spec)
    row_labels = spec.text_list("row_labels", MAX_COUNT)
    if row_labels and len(row_labels) != len(lines):
        raise spec.fail(
            "row_labels",
            Phrase.of(
                "应有 {lines_count} 项（每排一项），现有 {row_labels_count} 项",
                lines_count=len(lines),
                row_labels_count=len(row_labels),
            ),
        )
    # Column positions and sections: a run of columns empty in every row is one aisle.
    empty = [all(line[c] == GRID_EMPTY for line in lines) for c in range(width)]
    column_x: list[float] = []
    column_section: list[int] = []
    x = 0.0
    section = -1
    previous_empty = True
    for column in range(width):
        if empty[column]:
            if not previous_empty:
                x += aisle
            previous_empty = True
            column_x.append(x)
            column_section.append(section)
            continue
        if previous_empty:
            section += 1
        previous_empty = False
        column_x.append(x + pitch / 2)
        column_section.append(section)
        x += pitch
    count = section + 1
    names = spec.text_list("section_names") or (
        ["左区", "中区", "右区"] if count == 3 else ["左区", "右区"] if count == 2 else ["场下"] if count == 1 else []
    )
    if names and len(names) != count:
        raise spec.fail(
            "section_names",
            Phrase.of(
                "应有 {count} 项（图中有 {count} 个区），现有 {names_count} 项", count=count, names_count=len(names)
            ),
        )
    keys = [chr(ord("A") + index) if index < 26 else f"S{index + 1}" for index in range(count)]
    if not names:
        names = [f"{k}区" for k in keys]
    seats: list[Seat] = []
    for row_index, line in enumerate(lines):
        row_number = row_index + 1
        columns = [c for c in range(width) if line[c] != GRID_EMPTY]
        if numbering == "section":
            labels: list[str] = []
            for index in range(count):
                labels += _chair_numbers(sum(1 for c in columns if column_section[c] == index), "sequential")
        else:
            labels = _chair_numbers(len(columns), numbering)
        printed = row_labels[row_index] if row_labels else f"第{row_number}排"
        for index, (column, label) in enumerate(zip(columns, labels, strict=True)):
            section_key = keys[column_section[column]]
            seats.append(
                Seat(
                    f"{key}:{section_key}:{row_number}:{label}",
                    key,
                    column_x[column],
                    row_index * row_pitch,
                    row_number,
                    printed,
                    label,
                    index,
                    pitch * 0.92,
                    row_pitch * 0.6,
                    section=names[column_section[column]],
                    reserved=row_number in reserved_rows,
                    blocked=line[column] == GRID_BLOCKED
                    or f"{row_number}-{label}" in blocked
                    or f"{section_key}:{row_number}:{label}" in blocked,
                )
            )
    return Zone(key, ZoneKind.AUDITORIUM, spec.text("name", "场下"), tuple(seats), (), {"numbering": numbering})


def _build_auditorium(spec: _Fields, key: str) -> Zone:
    """Sections side by side with aisles between them; rows front to back (or a ``grid``, see above)."""
    if "grid" in spec.data:
        return _build_grid_auditorium(spec, key)
    row_count = spec.integer("rows")
    pitch = spec.number("seat_width", 0.55, 0.3)
    row_pitch = spec.number("row_pitch", 0.9, 0.5)
    aisle = spec.number("aisle", 1.2)
    numbering = spec.choice("numbering", "sequential", ["sequential", "odd-even", "section"])
    reserved_rows = set(spec.int_list("reserved_rows", []))
    blocked = _blocked(spec)
    sections = spec.tables("sections") or [_Fields({"seats": spec.integer("seats_per_row")}, spec.source, spec.path)]
    widths = [section.integer("seats") for section in sections]
    if row_count * sum(widths) > MAX_SEATS:
        raise spec.fail(
            "rows",
            Phrase.of(
                "与每排座位数相乘为 {value} 个座位，超过上限 {MAX_SEATS}",
                value=row_count * sum(widths),
                MAX_SEATS=MAX_SEATS,
            ),
        )
    section_keys = [
        section.text("key", chr(ord("A") + index) if index < 26 else f"S{index + 1}")
        for index, section in enumerate(sections)
    ]
    if len(set(section_keys)) != len(section_keys):
        raise spec.fail("sections", Phrase("的 key 有重复"))
    total_width = sum(w * pitch for w in widths) + aisle * (len(widths) - 1)
    seats: list[Seat] = []
    for row_number in range(1, row_count + 1):
        numbers = _chair_numbers(sum(widths), numbering) if numbering != "section" else []
        x = -total_width / 2
        counter = 0
        for section, section_key, width in zip(sections, section_keys, widths, strict=True):
            labels = numbers[counter : counter + width] if numbers else _chair_numbers(width, "sequential")
            for index in range(width):
                label = labels[index]
                seats.append(
                    Seat(
                        f"{key}:{section_key}:{row_number}:{label}",
                        key,
                        x + (index + 0.5) * pitch,
                        (row_number - 1) * row_pitch,
                        row_number,
                        f"第{row_number}排",
                        label,
                        counter + index,
                        pitch * 0.92,
                        row_pitch * 0.6,
                        section=section.text("name", section_key),
                        reserved=row_number in reserved_rows,
                        blocked=f"{row_number}-{label}" in blocked or f"{section_key}:{row_number}:{label}" in blocked,
                    )
                )
            counter += width
            x += width * pitch + aisle
    return Zone(key, ZoneKind.AUDITORIUM, spec.text("name", "场下"), tuple(seats), (), {"numbering": numbering})


def _build_banquet(spec: _Fields, key: str) -> Zone:
    """Round tables; the main table at the front centre; tables numbered by rank (nearest the main first)."""
    explicit = spec.tables("table")
    seats_default = spec.integer("seats", 10, maximum=MAX_TABLE_SEATS)
    diameter = spec.number("table_diameter", 1.8, 0.8)
    pitch = spec.number("table_pitch", 3.6, 1.5)
    honour = spec.choice("honour", "right", ["left", "right"])
    centres: list[tuple[float, float]] = []
    sizes: list[int] = []
    if explicit:
        for table in explicit:
            limit = MAX_POSITION
            centres.append((table.number("x", 0.0, -limit, limit), table.number("y", 0.0, -limit, limit)))
            sizes.append(table.integer("seats", seats_default, maximum=MAX_TABLE_SEATS))
    else:
        count = spec.integer("tables")
        columns = spec.integer("columns", 4)
        centres.append((0.0, 0.0))
        for index in range(count - 1):
            row, column = divmod(index, columns)
            centres.append(((column - (columns - 1) / 2) * pitch, (row + 1) * pitch))
        sizes = [spec.integer("main_seats", seats_default, maximum=MAX_TABLE_SEATS)] + [seats_default] * (count - 1)
    ranks = protocol.banquet_table_ranks(centres, 0, honour)
    seats: list[Seat] = []
    furniture: list[Furniture] = []
    for (cx, cy), size, number in zip(centres, sizes, ranks, strict=True):
        label = "主桌" if number == 1 else f"{number}号桌"
        furniture.append(Furniture("round", cx, cy, diameter, diameter, label))
        radius = diameter / 2 + 0.35
        chair = min(0.55, 2 * math.pi * radius / size * 0.85)
        for position in range(size):
            # Host (position 0) at the top of the table facing the door (at the bottom of the plan);
            # the host's right is the plan's left, so seats go round anticlockwise on the plan.
            angle = -math.pi / 2 - 2 * math.pi * position / size
            seats.append(
                Seat(
                    f"{key}:T{number}:{position + 1}",
                    key,
                    cx + radius * math.cos(angle),
                    cy + radius * math.sin(angle),
                    number,
                    label,
                    str(position + 1),
                    position,
                    chair,
                    chair,
                )
            )
    seats.sort(key=lambda s: (s.row, s.index))
    return Zone(key, ZoneKind.BANQUET, spec.text("name", "宴会厅"), tuple(seats), tuple(furniture), {"honour": honour})


_BUILDERS = {
    ZoneKind.ROSTRUM: _build_rostrum,
    ZoneKind.TALKS: _build_talks,
    ZoneKind.AUDITORIUM: _build_auditorium,
    ZoneKind.BANQUET: _build_banquet,
}
