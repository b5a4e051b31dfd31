"""Rostrum geometry with numbers alone, the official unit order, GF 3003 笔画序, substitute parsing."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meeting_planner.documents.importing.preview import TITLE_WORDS, split_substitute
from meeting_planner.documents.strokes import stroke_sequences
from meeting_planner.domain import protocol
from meeting_planner.domain.names import split_surname

TGH_LEVEL_1 = Path(__file__).resolve().parents[2] / "data" / "tgh-level1.txt"


def _row_positions(chairs: int, people: int, honour: str, even_rule: str) -> dict[int, float]:
    """Rank -> x of the chair (in chairs, 0 = the desk's centre line, + = the audience's right)."""
    ranks = protocol.rostrum_row_ranks(chairs, people, honour, even_rule)
    occupied = [index for index, rank in enumerate(ranks) if rank is not None]
    shift = protocol.rostrum_row_shift(chairs, occupied)
    return {rank: index - (chairs - 1) / 2 + shift for index, rank in enumerate(ranks) if rank is not None}


@pytest.mark.parametrize("even_rule", ["standard", "mirrored"])
@pytest.mark.parametrize("honour", ["left", "right"])
@pytest.mark.parametrize("chairs", range(9, 16))
@pytest.mark.parametrize("n", range(1, 16))
def test_no1_and_no2_sit_on_the_desk_centre_line(n: int, chairs: int, honour: str, even_rule: str) -> None:
    front = min(n, chairs)  # the front row is filled first; the rest go to the next row
    x = _row_positions(chairs, front, honour, even_rule)
    assert sorted(x) == list(range(1, front + 1))
    if front % 2:
        assert x[1] == 0
    else:
        assert x[1] == -x[2] and abs(x[1]) == 0.5
    # The group is contiguous (no empty chair inside it) and symmetric about the centre line.
    positions = sorted(x.values())
    assert all(b - a == 1 for a, b in itertools.pairwise(positions))
    assert positions[0] == -positions[-1]
    # Which side No.1 of an even pair is on (as the audience sees it) is the two conventions' difference.
    if front % 2 == 0:
        audience_left = (honour == "left") == (even_rule == "standard")
        assert (x[1] < x[2]) == audience_left
    # Odd row: No.2 on No.1's honour side (the audience's right under 左为上). Even row: each further rank
    # sits next to the one two above it, outward (No.3 beside No.1, No.4 beside No.2).
    if front % 2 and front >= 3:
        assert (x[2] > x[1]) == (honour == "left")
    if front % 2 == 0 and front >= 4:
        assert abs(x[3] - x[1]) == 1 and abs(x[3]) > abs(x[1])
        assert abs(x[4] - x[2]) == 1 and abs(x[4]) > abs(x[2])


def test_rows_of_the_product_brief() -> None:
    assert protocol.rostrum_order(5) == [5, 3, 1, 2, 4]
    assert protocol.rostrum_order(6) == [5, 3, 1, 2, 4, 6]
    assert protocol.rostrum_order(6, even_rule="mirrored") == [6, 4, 2, 1, 3, 5]
    assert protocol.rostrum_order(8, "right") == [8, 6, 4, 2, 1, 3, 5, 7]
    # 4 people on 9 chairs: the unused chair goes to the end, the row is set out half a chair over.
    assert protocol.rostrum_row_ranks(9, 4) == [None, None, 3, 1, 2, 4, None, None, None]
    assert protocol.rostrum_row_shift(9, [2, 3, 4, 5]) == 0.5


def test_unit_order_without_an_official_one_puts_the_leaders_units_first() -> None:
    people = [("第3单位", 30), ("第1单位", 20), ("区政府", 2), ("区委", 1), ("第2单位", None), ("第1单位", 5)]
    order = protocol.official_unit_order(people, lambda p: p[0], lambda p: p[1])
    assert order == ["区委", "区政府", "第1单位", "第3单位", "第2单位"]
    # Set units come first in the set order; the others follow by best rank, never by pinyin.
    assert protocol.official_unit_order(people, lambda p: p[0], lambda p: p[1], ["第2单位", "第3单位"]) == [
        "第2单位",
        "第3单位",
        "区委",
        "区政府",
        "第1单位",
    ]


@given(st.lists(st.tuples(st.sampled_from("甲乙丙丁戊己"), st.one_of(st.none(), st.integers(1, 50))), max_size=30))
def test_adding_one_person_moves_at_most_their_unit(people: list[tuple[str, int | None]]) -> None:
    before = protocol.official_unit_order(people, lambda p: p[0], lambda p: p[1])
    after = protocol.official_unit_order([*people, ("庚", None)], lambda p: p[0], lambda p: p[1])
    assert [unit for unit in after if unit != "庚"] == before


def test_stroke_order_matches_the_tongyong_guifan_hanzi_biao_level_1() -> None:
    """The table (通用规范汉字表, 2013) lists its 3,500 level-1 characters in GF 3003-1999 笔画序; our comparator
    must never put a character after one the table lists later. Copy used: the table's serial numbers as
    published in the Unicode Character Database (Unihan kTGH), extracted by tests/data/make_tgh_level1.py."""
    chars = list(TGH_LEVEL_1.read_text(encoding="utf-8").splitlines()[1])
    assert len(chars) == 3500
    strokes = stroke_sequences()

    def key(char: str) -> tuple[int, str]:
        sequence = strokes[ord(char)]
        return (len(sequence), sequence)

    inversions = [(a, b) for a, b in itertools.pairwise(chars) if key(a) > key(b)]
    assert inversions == []
    ordered = sorted(chars, key=lambda c: protocol.stroke_key(c, strokes))
    assert [key(c) for c in ordered] == [key(c) for c in chars]


def test_stroke_order_examples_and_names() -> None:
    strokes = stroke_sequences()
    surnames = ["冯", "孔", "史", "毛", "白", "石", "尹", "叶", "方", "卢", "龙"]
    ordered = sorted(surnames, key=lambda c: protocol.stroke_key(c, strokes))
    assert ordered == ["毛", "方", "尹", "孔", "石", "龙", "卢", "叶", "史", "白", "冯"]
    # The same surname: the following characters decide; a compound surname sorts by its first character.
    names = ["田大利", "田富", "欧阳修", "王五", "司马光"]
    assert sorted(names, key=lambda n: protocol.stroke_key(n, strokes)) == [
        "王五",
        "田大利",
        "田富",
        "司马光",
        "欧阳修",
    ]
    single_first = sorted(names, key=lambda n: protocol.stroke_key(n, strokes, single_given_first=True))
    assert single_first.index("田富") < single_first.index("田大利")
    assert split_surname("欧阳修") == ("欧阳", "修")


NAME_CHARS = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏吕丁沈任姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SAFE_NAME_CHARS = "".join(c for c in NAME_CHARS if not any(c in word for word in TITLE_WORDS))


@given(
    st.text(alphabet=SAFE_NAME_CHARS, min_size=2, max_size=3),
    st.sampled_from(TITLE_WORDS),
    st.sampled_from(["代会：{}", "代会:{}", "{}代会", "由{}代", "代会（{}）", "{}"]),
)
def test_substitute_text_splits_into_name_and_the_longest_title(name: str, title: str, pattern: str) -> None:
    assert split_substitute(pattern.format(name + title)) == (name, title)
    assert split_substitute(pattern.format(f"{name} {title}")) == (name, title)


def test_substitute_title_is_matched_longest_first() -> None:
    assert split_substitute("代会：王五副总经理") == ("王五", "副总经理")
    assert split_substitute("代会：李四副秘书长") == ("李四", "副秘书长")
