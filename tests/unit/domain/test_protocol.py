"""Protocol rules: rostrum orders against PRODUCT.md's rule, and properties for any size (hypothesis)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meeting_planner.documents.strokes import stroke_sequences
from meeting_planner.domain import protocol
from meeting_planner.domain.protocol import rostrum_order
from meeting_planner.errors import InputError
from meeting_planner.services.pinyin import pinyin_key


def _rule_from_product(n: int) -> list[int]:
    """PRODUCT.md in words, left honour, audience's left -> right: odd n puts No.1 in the centre,
    No.2 on the audience's right of it, No.3 on its left, alternating outward; even n puts No.1 and
    No.2 in the centre pair with No.1 on the audience's left, then No.3 left of No.1, No.4 right of No.2."""
    row: list[int] = []
    for rank in range(1, n + 1):
        goes_right = rank % 2 == 0
        if not row:
            row = [rank]
        elif goes_right:
            row.append(rank)
        else:
            row.insert(0, rank)
    return row


@pytest.mark.parametrize(
    ("n", "expected"),
    [(5, [5, 3, 1, 2, 4]), (6, [5, 3, 1, 2, 4, 6]), (7, [7, 5, 3, 1, 2, 4, 6]), (8, [7, 5, 3, 1, 2, 4, 6, 8])],
)
def test_examples_from_product(n: int, expected: list[int]) -> None:
    assert rostrum_order(n) == expected
    assert rostrum_order(n, "right") == expected[::-1]


@pytest.mark.parametrize("n", range(1, 13))
def test_rostrum_orders_1_to_12_both_honours(n: int) -> None:
    expected = _rule_from_product(n)
    assert rostrum_order(n, "left") == expected
    assert rostrum_order(n, "right") == expected[::-1]
    if n % 2:
        assert rostrum_order(n)[n // 2] == 1
    else:
        assert rostrum_order(n)[n // 2 - 1 : n // 2 + 1] == [1, 2]


@given(st.integers(min_value=0, max_value=200), st.sampled_from(["left", "right"]))
def test_rostrum_is_a_bijection_with_no1_at_the_honour_seat(n: int, honour: str) -> None:
    order = rostrum_order(n, honour)
    assert sorted(order) == list(range(1, n + 1))
    if n:
        centre = n // 2 if n % 2 else (n // 2 - 1 if honour == "left" else n // 2)
        assert order.index(1) == centre


@given(st.integers(min_value=1, max_value=200))
def test_left_and_right_honour_mirror(n: int) -> None:
    assert rostrum_order(n, "left") == rostrum_order(n, "right")[::-1]


@given(st.integers(min_value=1, max_value=200), st.sampled_from(["left", "right"]))
def test_rank_never_decreases_outward(n: int, honour: str) -> None:
    order = rostrum_order(n, honour)
    top = order.index(1)
    right = order[top:]
    left = order[: top + 1][::-1]
    assert right == sorted(right)
    assert left == sorted(left)


@given(st.lists(st.integers(min_value=1, max_value=30), min_size=1, max_size=4), st.sampled_from(["left", "right"]))
def test_multi_row_fills_the_front_row_first(rows: list[int], honour: str) -> None:
    layout = protocol.multi_row_rostrum_order(rows, honour)
    flat = [rank for row in layout for rank in row]
    assert sorted(flat) == list(range(1, sum(rows) + 1))
    assert max(layout[0]) == rows[0]
    for earlier, later in itertools.pairwise(layout):
        assert max(earlier) < min(later)


@given(
    st.lists(st.integers(min_value=0, max_value=40), min_size=1, max_size=8),
    st.sampled_from(["rows", "columns", "centre"]),
    st.sampled_from(["left", "right"]),
)
def test_audience_fill_order_uses_every_seat_once(widths: list[int], method: str, honour: str) -> None:
    rows = [[(r, c) for c in range(w)] for r, w in enumerate(widths)]
    order = protocol.audience_fill_order(rows, method, honour)
    assert sorted(order) == sorted(seat for row in rows for seat in row)
    mirrored = protocol.audience_fill_order(rows, method, "right" if honour == "left" else "left")
    if method == "rows":
        assert order[: widths[0]] == [(0, c) for c in range(widths[0])][:: 1 if honour == "left" else -1]
    if method != "columns":
        # Mirror: the seat at column c under one honour is at column w-1-c under the other.
        flip = {(r, c): (r, len(rows[r]) - 1 - c) for r, c in order}
        assert [flip[s] for s in order] == mirrored


def test_audience_methods_on_a_small_grid() -> None:
    rows = [[1, 2, 3, 4], [5, 6, 7, 8]]
    assert protocol.audience_fill_order(rows, "rows") == [1, 2, 3, 4, 5, 6, 7, 8]
    assert protocol.audience_fill_order(rows, "columns") == [1, 5, 2, 6, 3, 7, 4, 8]
    centre = protocol.audience_fill_order(rows, "centre")
    assert set(centre[:2]) == {2, 3}
    assert set(centre[4:6]) == {6, 7}


def test_group_runs_keeps_unit_order_and_order_inside_units() -> None:
    people = [("甲", 1), ("乙", 2), ("甲", 3), ("丙", 4), ("乙", 5)]
    grouped = protocol.group_runs(people, lambda p: p[0], ["乙", "甲"])
    assert grouped == [("乙", 2), ("乙", 5), ("甲", 1), ("甲", 3), ("丙", 4)]


@given(st.integers(min_value=1, max_value=40), st.sampled_from(["left", "right"]), st.booleans())
def test_talks_lead_in_the_middle_and_sides_mirror(n: int, honour: str, interpreter: bool) -> None:
    side = protocol.talks_side_order(n, honour, interpreter)
    assert len(side) == n
    assert side.index(1) in {(n - 1) // 2, n // 2}
    layout = protocol.talks_table_layout(n, honour, interpreter)
    assert layout["guest"] == layout["host"][::-1]
    if interpreter and n >= 2:
        lead = side.index(1)
        assert protocol.INTERPRETER in (side[lead - 1] if lead else None, side[lead + 1] if lead + 1 < n else None)
        assert sorted(r for r in side if r) == list(range(1, n))
    else:
        assert sorted(side) == list(range(1, n + 1))


def test_talks_right_honour_puts_no2_on_the_leads_right() -> None:
    # Listed from the seated person's left to right.
    assert protocol.talks_side_order(5, "right") == [5, 3, 1, 2, 4]
    assert protocol.talks_side_order(5, "right", interpreter=True) == [4, 2, 1, 0, 3]


@given(st.integers(min_value=1, max_value=24))
def test_banquet_table_is_a_bijection_with_named_seats(n: int) -> None:
    ranks = protocol.banquet_seat_order(n)
    assert sorted(ranks) == list(range(1, n + 1))
    assert ranks[0] == 1
    if n >= 2:
        assert ranks[1] == 2  # main guest on the host's right
    if n >= 6:
        assert ranks[n - 1] == 3  # second guest on the host's left
        assert ranks[n // 2] == 4  # deputy host opposite
        assert ranks[n // 2 + 1] == 5  # 3rd guest on the deputy host's right
        assert ranks[n // 2 - 1] == 6  # 4th guest on the deputy host's left


def test_banquet_tables_rank_by_distance_then_honour_side() -> None:
    centres = [(0.0, 0.0), (-3.0, 3.0), (3.0, 3.0), (0.0, 3.0), (0.0, 9.0)]
    ranks = protocol.banquet_table_ranks(centres, 0, "right")
    assert ranks[0] == 1
    assert ranks[3] == 2  # nearest
    assert ranks[1] < ranks[2]  # host's right (plan's left) first under right honour
    assert ranks[4] == 5
    assert protocol.banquet_table_ranks(centres, 0, "left")[2] < protocol.banquet_table_ranks(centres, 0, "left")[1]


def test_stroke_order_counts_strokes_first() -> None:
    strokes = stroke_sequences()
    assert protocol.stroke_count("王", strokes) == 4
    assert protocol.stroke_count("张", strokes) == 7
    assert protocol.stroke_count("欧", strokes) == 8
    names = ["张三", "王五一", "李四", "欧阳修", "丁一", "王五"]
    ordered = sorted(names, key=lambda name: protocol.stroke_key(name, strokes))
    assert ordered == ["丁一", "王五", "王五一", "李四", "张三", "欧阳修"]


def test_order_people_by_each_key() -> None:
    people = [("张三", 3, "乙"), ("王五", None, "甲"), ("李四", 1, "甲")]
    kwargs = {"name_of": lambda p: p[0], "rank_of": lambda p: p[1], "unit_of": lambda p: p[2]}
    assert [p[0] for p in protocol.order_people(people, "rank", **kwargs)] == ["李四", "张三", "王五"]
    assert [p[0] for p in protocol.order_people(people, "unit", unit_order=["乙", "甲"], **kwargs)] == [
        "张三",
        "李四",
        "王五",
    ]
    by_strokes = protocol.order_people(people, "strokes", strokes=stroke_sequences(), **kwargs)
    assert [p[0] for p in by_strokes] == ["王五", "李四", "张三"]
    by_pinyin = protocol.order_people(people, "pinyin", pinyin=pinyin_key, **kwargs)
    assert [p[0] for p in by_pinyin] == ["李四", "王五", "张三"]
    with pytest.raises(InputError, match="拼音"):
        protocol.order_people(people, "pinyin", **kwargs)


def test_bad_honour_and_method_are_named() -> None:
    with pytest.raises(ValueError, match="上位"):
        rostrum_order(3, "up")
    with pytest.raises(ValueError, match="排法"):
        protocol.audience_fill_order([[1]], "zigzag")
