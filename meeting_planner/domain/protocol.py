"""Seating protocol (座次礼仪): every rule of PRODUCT.md "Seating protocol" as a named, documented function.

Pure Python over numbers and sequences, so each rule is testable with numbers alone. Conventions:

- Ranks are 1-based, 1 = highest (排序号).
- ``honour`` is ``"left"`` (左为上, the default: domestic party/government meetings) or ``"right"``
  (右为上, international/business). "Left" is the left hand of the person *seated on the rostrum,
  facing the audience*, i.e. the audience's right.
- Unless a function says otherwise, positions are listed as the audience sees them: from the
  audience's left to the audience's right, front row first ("面向主席台").
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any, TypeVar

from meeting_planner.errors import InputError, Phrase

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


class Honour(StrEnum):
    """Which side ranks higher."""

    LEFT = "left"
    RIGHT = "right"


class AudienceMethod(StrEnum):
    """How units are laid out in the audience (场下)."""

    ROWS = "rows"  # 横排: left to right across rows, front row first
    COLUMNS = "columns"  # 竖排: each unit front to back in columns
    CENTRE = "centre"  # 左右排列: alternating outward from the centre


class EvenRule(StrEnum):
    """Where No.1 and No.2 sit when an even number of people share a rostrum row (both seen in practice).

    ``STANDARD``: No.2 on No.1's honour side (左为上, audience view: ``5 3 1 2 4 6``);
    ``MIRRORED``: No.1 on the honour side of the centre pair (左为上, audience view: ``6 4 2 1 3 5``).
    Either way No.1 and No.2 share the centre pair.
    """

    STANDARD = "standard"
    MIRRORED = "mirrored"


HONOUR_LABELS = {Honour.LEFT: "左为上", Honour.RIGHT: "右为上"}
EVEN_RULE_LABELS = {EvenRule.STANDARD: "偶数时2号在1号上位侧", EvenRule.MIRRORED: "偶数时1号在中心上位侧"}
METHOD_LABELS = {AudienceMethod.ROWS: "横排", AudienceMethod.COLUMNS: "竖排", AudienceMethod.CENTRE: "左右排列"}

#: Rank given to the interpreter's seat by ``talks_side_order`` (not a person's rank).
INTERPRETER = 0


def parse_honour(value: str | Honour) -> Honour:
    """``"left"``/``"右为上"`` etc. -> ``Honour``; ValueError naming the accepted values otherwise."""
    text = str(value).strip().lower()
    for honour, label in HONOUR_LABELS.items():
        if text in (honour.value, label, label[0]):
            return honour
    raise InputError(Phrase.of("上位方向“{value}”无效，应为 left（左为上）或 right（右为上）", value=value))


def parse_method(value: str | AudienceMethod) -> AudienceMethod:
    """``"rows"``/``"横排"`` etc. -> ``AudienceMethod``; ValueError naming the accepted values otherwise."""
    text = str(value).strip().lower()
    for method, label in METHOD_LABELS.items():
        if text in (method.value, label):
            return method
    raise InputError(
        Phrase.of("场下排法“{value}”无效，应为 rows（横排）、columns（竖排）或 centre（左右排列）", value=value)
    )


# --- rostrum ---------------------------------------------------------------------------------------


def parse_even_rule(value: str | EvenRule) -> EvenRule:
    """``"standard"``/``"mirrored"`` -> ``EvenRule``; ValueError naming the accepted values otherwise."""
    text = str(value).strip().lower()
    for rule in EvenRule:
        if text == rule.value:
            return rule
    raise InputError(
        Phrase.of("偶数规则“{value}”无效，应为 standard（2号在1号上位侧）或 mirrored（1号在中心上位侧）", value=value)
    )


def rostrum_order(n: int, honour: str = "left", even_rule: str = "standard") -> list[int]:
    """Rank numbers of a one-row rostrum of ``n`` seats, listed from the audience's left to right.

    Left honour (左为上)::

        audience view:   seat  1  2  3  4  5  6  7
        n = 7 (odd)      rank  7  5  3  1  2  4  6     No.1 in the centre, No.2 on No.1's left
                                                       (the audience's right), No.3 on No.1's right ...
        n = 6 (even)     rank  5  3  1  2  4  6        No.1 and No.2 share the centre pair,
                                                       No.1 on the audience's left of the pair

    Right honour (右为上) mirrors the row: ``rostrum_order(7, "right") == [6, 4, 2, 1, 3, 5, 7]``.
    ``even_rule="mirrored"`` mirrors even rows only (``6 4 2 1 3 5`` under left honour).
    """
    if n < 0:
        raise InputError(Phrase("座位数不能为负数"))
    side = parse_honour(honour)
    if n % 2 == 0 and parse_even_rule(even_rule) is EvenRule.MIRRORED:
        side = Honour.RIGHT if side is Honour.LEFT else Honour.LEFT
    order = [0] * n
    if n % 2:
        centre = n // 2
        for rank in range(1, n + 1):
            offset = rank // 2
            order[centre + offset if rank % 2 == 0 else centre - offset] = rank
    else:
        left_of_pair = n // 2 - 1
        for rank in range(1, n + 1):
            if rank % 2:
                order[left_of_pair - (rank - 1) // 2] = rank
            else:
                order[left_of_pair + 1 + (rank - 2) // 2] = rank
    return order if side is Honour.LEFT else order[::-1]


def multi_row_rostrum_order(
    row_sizes: Sequence[int], honour: str = "left", even_rule: str = "standard"
) -> list[list[int]]:
    """Ranks of a rostrum with several rows, front row first: the front row is filled first by rank.

    Each row follows ``rostrum_order``; ranks continue from one row to the next::

        row_sizes = [5, 6], left honour
        front row:  5  3  1  2  4
        second row: 10  8  6  7  9  11
    """
    rows: list[list[int]] = []
    offset = 0
    for size in row_sizes:
        rows.append([rank + offset for rank in rostrum_order(size, honour, even_rule)])
        offset += size
    return rows


def rostrum_row_ranks(chairs: int, people: int, honour: str = "left", even_rule: str = "standard") -> list[int | None]:
    """Ranks (1..) on a rostrum row of ``chairs`` chairs seating ``people`` (at most ``chairs``), by chair from
    the audience's left; ``None`` is an unused chair.

    The people take the central block of chairs in ``rostrum_order``. When ``people`` and ``chairs`` differ in
    parity the block cannot be centred on the chairs, so one unused chair goes to the audience's right end and
    the row is drawn (and set out) half a chair to the right (``rostrum_row_shift``): No.1 then sits on the
    desk's centre line (odd count), or No.1 and No.2 straddle it (even count), never a lopsided group::

        chairs = 9, people = 4, left honour:   .  .  3  1  2  4  .  .  .    (shifted half a chair)
    """
    used = max(0, min(people, chairs))
    start = (chairs - used) // 2
    ranks: list[int | None] = [None] * chairs
    for index, rank in enumerate(rostrum_order(used, honour, even_rule)):
        ranks[start + index] = rank
    return ranks


def rostrum_row_shift(chairs: int, occupied: Iterable[int]) -> float:
    """How far (in chairs, + = towards the audience's right) a rostrum row is set out so that the occupied
    chairs are centred on the desk's centre line: 0.0 or ±0.5 (a parity mismatch between people and chairs).

    ``occupied`` are chair indexes from the audience's left. A block off-centre by a whole chair or more is
    the user's own arrangement and is not shifted.
    """
    used = sorted(set(occupied))
    if not used:
        return 0.0
    shift = (chairs - 1) / 2 - (used[0] + used[-1]) / 2
    return shift if abs(shift) == 0.5 else 0.0


def seats_by_rank(ranks: Sequence[int]) -> list[int]:
    """Positions (indexes into ``ranks``) ordered by rank: the inverse of a rank layout.

    ``seats_by_rank([5, 3, 1, 2, 4]) == [2, 3, 1, 4, 0]`` (No.1 sits at index 2, No.2 at index 3, ...).
    """
    return sorted(range(len(ranks)), key=ranks.__getitem__)


def centre_out_positions(n: int, honour: str = "left") -> list[int]:
    """Positions 0..n-1 (audience's left to right) from the centre outward, the honour side first.

    The order in which ``rostrum_order`` hands out its seats; used by 左右排列 in the audience.
    """
    return seats_by_rank(rostrum_order(n, honour))


# --- audience --------------------------------------------------------------------------------------


def audience_fill_order(rows: Sequence[Sequence[T]], method: str = "rows", honour: str = "left") -> list[T]:
    """The order in which audience seats are filled; units then take consecutive runs of it.

    ``rows`` are the usable seats of each row, front row first, each from the audience's left to
    right (aisles between sections are simply gaps; reserved and blocked seats are left out)::

        横排 rows:       1  2  3  4      front row first, each row left to right (facing the rostrum);
                         5  6  7  8      right honour fills each row right to left
        竖排 columns:    1  3  5  7      column by column, each front to back, columns left to right
                         2  4  6  8
        左右排列 centre: 3  1  2  4      each row from the centre outward, alternating, honour side first
                         7  5  6  8

    "Left" for the audience is the left hand of the people seated there (they face the rostrum), so
    left honour starts on the audience's left.
    """
    how = parse_method(method)
    side = parse_honour(honour)
    ordered: list[T] = []
    if how is AudienceMethod.ROWS:
        for row in rows:
            ordered.extend(row if side is Honour.LEFT else reversed(row))
    elif how is AudienceMethod.COLUMNS:
        width = max((len(row) for row in rows), default=0)
        columns = range(width) if side is Honour.LEFT else range(width - 1, -1, -1)
        for column in columns:
            ordered.extend(_column(rows, column, width, side))
    else:
        # The audience faces the rostrum: its honour side is the mirror of the rostrum's.
        mirrored = Honour.RIGHT if side is Honour.LEFT else Honour.LEFT
        for row in rows:
            ordered.extend(row[index] for index in centre_out_positions(len(row), mirrored))
    return ordered


def _column(rows: Sequence[Sequence[T]], column: int, width: int, side: Honour) -> list[T]:
    """Seats of one column front to back; short rows are aligned on the centre line."""
    found: list[T] = []
    for row in rows:
        shift = (width - len(row)) // 2
        index = column - shift
        if 0 <= index < len(row):
            found.append(row[index])
    return found


def group_runs(people: Sequence[T], unit_of: Callable[[T], K], unit_order: Sequence[K]) -> list[T]:
    """People grouped by unit in ``unit_order`` (units not listed follow, in first-seen order),
    keeping the given order inside each unit — the sequence handed to ``audience_fill_order``."""
    position = {unit: index for index, unit in enumerate(unit_order)}
    seen: dict[K, int] = {}
    for person in people:
        unit = unit_of(person)
        if unit not in position and unit not in seen:
            seen[unit] = len(seen)
    indexed = list(enumerate(people))
    indexed.sort(
        key=lambda pair: (
            (0, position[unit_of(pair[1])]) if unit_of(pair[1]) in position else (1, seen[unit_of(pair[1])]),
            pair[0],
        )
    )
    return [person for _, person in indexed]


# --- talks -----------------------------------------------------------------------------------------


def talks_side_order(n: int, honour: str = "right", interpreter: bool = False) -> list[int]:
    """Ranks along one side of a talks table (会谈), from the left to the right *of the people seated*.

    The lead (No.1) sits in the middle; the rest alternate outward by rank, the honour side first
    (talks usually follow 右为上); with an interpreter, the seat beside the lead on the honour side is
    the interpreter's (``INTERPRETER`` = 0) and everyone else moves one seat outward::

        n = 5, right honour:                5  3  1  2  4    (seated person's left -> right)
        n = 5, right honour, interpreter:   4  2  1  0  3    (0 = interpreter, beside the lead)

    The host side and the guest side face each other across the table; each uses this order in its
    own frame, so a chart drawn from above shows the far side mirrored (see ``talks_table_layout``).
    """
    if n <= 0:
        return []
    # rostrum_order lists audience-left -> right, i.e. the seated person's right -> left.
    own_frame = rostrum_order(n, honour)[::-1]
    if not interpreter or n < 2:
        return own_frame
    return [rank if rank == 1 else (INTERPRETER if rank == 2 else rank - 1) for rank in own_frame]


def talks_table_layout(n_per_side: int, honour: str = "right", interpreter: bool = False) -> dict[str, list[int]]:
    """Both sides of a talks table as drawn from above with the guest side at the top, facing the door::

                 guest side (faces down; its own left is the chart's right)
            [ g5 g3 g1 g2 g4 ]   <- drawn left to right
            ======= table =======
            [ h4 h2 h1 h3 h5 ]   <- host side, its back to the door; its own left is the chart's left

    Returns ``{"guest": ranks left->right on the chart, "host": ranks left->right on the chart}``.
    """
    own = talks_side_order(n_per_side, honour, interpreter)
    return {"guest": own[::-1], "host": list(own)}


# --- banquet ---------------------------------------------------------------------------------------


def banquet_seat_order(n: int) -> list[int]:
    """Ranks of the seats round one banquet table (宴会), by position.

    Position ``k`` is ``k`` seats round the table *to the host's right* (position 0 = the host, who
    faces the door; position n-1 is immediately on the host's left). For an even table of 10::

                      deputy host (4)
                 3rd guest (5)   4th guest (6)      the deputy host sits opposite, facing the host;
            ...                        ...          3rd/4th guests on the deputy host's right/left
                 main guest (2)  2nd guest (3)      main guest on the host's right,
                         host (1)                   second guest on the host's left
                         [door]

    Ranks: 1 host, 2 main guest (pos 1), 3 second guest (pos n-1), 4 deputy host (pos n//2),
    5 third guest (deputy's right: pos n//2 + 1), 6 fourth guest (deputy's left: pos n//2 - 1); the
    remaining seats by closeness to the host, then to the deputy host, the host's right side first.
    """
    if n <= 0:
        return []
    ranks: dict[int, int] = {0: 1}
    named = [1, n - 1, n // 2, n // 2 + 1, n // 2 - 1] if n >= 4 else [1, n - 1]
    for position in named:
        if 0 < position < n and position not in ranks:
            ranks[position] = len(ranks) + 1
    rest = [p for p in range(n) if p not in ranks]

    def closeness(position: int) -> tuple[int, int, int]:
        to_host = min(position, n - position)
        to_deputy = abs(position - n // 2)
        right_side = 0 if position <= n // 2 else 1
        return (min(to_host, to_deputy), 0 if to_host <= to_deputy else 1, right_side)

    for position in sorted(rest, key=closeness):
        ranks[position] = len(ranks) + 1
    return [ranks[p] for p in range(n)]


def banquet_table_ranks(
    centres: Sequence[tuple[float, float]], main_table: int = 0, honour: str = "right"
) -> list[int]:
    """Rank of each table (1 = the main table): nearer the main table ranks higher.

    Ties (tables at the same distance) go to the honour side first, as seen by the host at the main
    table facing the door (the door at the bottom of the plan: the host's right is the plan's left),
    then the table nearer the front (smaller y)::

              [3]   [1 main]   [2]         right honour (宴会通常以右为上)
            [5]  [4]        ...
    """
    if not centres:
        return []
    side = parse_honour(honour)
    mx, my = centres[main_table]

    def key(index: int) -> tuple[int, float, float, float, int]:
        x, y = centres[index]
        distance = round(((x - mx) ** 2 + (y - my) ** 2) ** 0.5, 3)
        # Host faces the door (downwards on the plan): host's right is the plan's left (smaller x).
        honour_first = x - mx if side is Honour.RIGHT else mx - x
        return (0 if index == main_table else 1, distance, honour_first, y, index)

    order = sorted(range(len(centres)), key=key)
    ranks = [0] * len(centres)
    for rank, index in enumerate(order, start=1):
        ranks[index] = rank
    return ranks


# --- orderings of people ---------------------------------------------------------------------------


def rank_key(rank: int | None, position: int = 0) -> tuple[int, int, int]:
    """Sort key by rank order (排序号); people without a rank follow everyone ranked, in list order."""
    return (0, rank, position) if rank is not None else (1, 0, position)


def official_unit_order(
    people: Iterable[T],
    unit_of: Callable[[T], str],
    rank_of: Callable[[T], int | None],
    explicit: Mapping[str, int] | Sequence[str] = (),
) -> list[str]:
    """The one unit order (单位排序) every list, printout and seating run uses.

    Units of ``people`` with an explicit order (a sequence of names, or name -> order number) come first in
    that order; the others follow by the best rank of their people (so the leaders' units come first), then
    by first appearance in the list. Never by pinyin: an office's unit order is protocol, not the alphabet.
    Adding one person moves at most that person's unit.
    """
    if not isinstance(explicit, Mapping):
        explicit = {name: index for index, name in enumerate(explicit)}
    first_seen: dict[str, int] = {}
    best_rank: dict[str, tuple[int, int, int]] = {}
    for person in people:
        unit = unit_of(person)
        first_seen.setdefault(unit, len(first_seen))
        key = rank_key(rank_of(person))
        if unit not in best_rank or key < best_rank[unit]:
            best_rank[unit] = key
    listed = sorted(
        (unit for unit in first_seen if unit in explicit), key=lambda unit: (explicit[unit], first_seen[unit])
    )
    rest = sorted(
        (unit for unit in first_seen if unit not in explicit), key=lambda unit: (best_rank[unit], first_seen[unit])
    )
    return listed + rest


def unit_key(unit: str, unit_order: Sequence[str]) -> tuple[int, int, str]:
    """Sort key by unit order; units not in ``unit_order`` follow, by name (callers pass the full
    ``official_unit_order`` so this fallback only keeps sorting total)."""
    try:
        return (0, list(unit_order).index(unit), "")
    except ValueError:
        return (1, 0, unit)


#: The five stroke classes of GF 3003-1999 in their order: 横 竖 撇 点 折.
STROKE_CLASSES = "12345"


def stroke_count(char: str, sequences: Mapping[int, str]) -> int | None:
    """Total strokes of one Chinese character: the length of its stroke sequence in ``sequences``
    (code point -> digits of ``STROKE_CLASSES`` in writing order, see ``documents.strokes``); None if unknown."""
    sequence = sequences.get(ord(char)) if char else None
    return len(sequence) if sequence else None


def _char_stroke_key(char: str, sequences: Mapping[int, str]) -> tuple[int, int, str, int]:
    sequence = sequences.get(ord(char))
    if not sequence:
        return (1, 0, "", ord(char))
    return (0, len(sequence), sequence, ord(char))


def stroke_key(
    name: str, sequences: Mapping[int, str], single_given_first: bool = False
) -> tuple[tuple[int, int, str, int], ...]:
    """Sort key by surname strokes (姓氏笔画) as GF 3003-1999 defines 笔画序: the surname's stroke count,
    then its strokes one by one in 横竖撇点折 order, then the following characters the same way::

        毛 方 尹 孔 (4 strokes: 3115 4153 5113 5215)   石 龙 卢 叶 史 白 冯 (5 strokes)

    ``sequences`` maps code points to stroke sequences (``documents.strokes.stroke_sequences()``); a
    sequence of ``6`` digits marks a character whose count is known but not its strokes (it follows the
    known ones of that count). Characters with no data (Latin letters, digits) follow every Chinese one.
    A compound surname (复姓) sorts by its first character like any other name. With
    ``single_given_first`` a single-character given name comes before longer ones of the same surname
    (田富 before 田大利), as some offices require.
    """
    from meeting_planner.domain.names import split_surname

    chars = [char for char in name if not char.isspace()]
    key = [_char_stroke_key(char, sequences) for char in chars]
    if single_given_first and key:
        surname, given = split_surname("".join(chars))
        marker = (0, 0, "", 0) if len(given) <= 1 else (0, 1, "", 0)
        key.insert(len(surname), marker)
    return tuple(key)


class PeopleOrder(StrEnum):
    """How people are ordered inside a rule."""

    RANK = "rank"
    UNIT = "unit"
    STROKES = "strokes"
    PINYIN = "pinyin"


def order_people(
    people: Iterable[T],
    order: str,
    *,
    name_of: Callable[[T], str],
    rank_of: Callable[[T], int | None],
    unit_of: Callable[[T], str],
    unit_order: Sequence[str] = (),
    strokes: Mapping[int, str] | None = None,
    single_given_first: bool = False,
    pinyin: Callable[[str], Any] | None = None,
) -> list[T]:
    """People sorted by rank order, unit order (then rank), surname strokes or pinyin; stable.

    Units not in ``unit_order`` follow by ``official_unit_order``. Ordering by strokes needs ``strokes``
    (stroke sequences, see ``stroke_key``); ordering by pinyin needs ``pinyin``, a sort key for a name
    (``services.pinyin.pinyin_key``)."""
    how = PeopleOrder(order)
    listed = list(people)
    indexed = list(enumerate(listed))
    if how is PeopleOrder.RANK:
        indexed.sort(key=lambda pair: rank_key(rank_of(pair[1]), pair[0]))
    elif how is PeopleOrder.UNIT:
        position = {unit: index for index, unit in enumerate(official_unit_order(listed, unit_of, rank_of, unit_order))}
        indexed.sort(key=lambda pair: (position[unit_of(pair[1])], rank_key(rank_of(pair[1]), pair[0])))
    elif how is PeopleOrder.STROKES:
        if strokes is None:
            raise InputError(Phrase("按姓氏笔画排序需要笔画数据（strokes）"))
        table = strokes
        indexed.sort(key=lambda pair: (stroke_key(name_of(pair[1]), table, single_given_first), pair[0]))
    else:
        if pinyin is None:
            raise InputError(Phrase("按拼音排序需要拼音数据（pinyin）"))
        key = pinyin
        indexed.sort(key=lambda pair: (key(name_of(pair[1])), pair[0]))
    return [person for _, person in indexed]
