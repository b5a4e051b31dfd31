"""Name normalisation, pinyin initials/keys and search matching."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meeting_planner.domain.names import normalise_name
from meeting_planner.services.pinyin import matches_query, pinyin_initials, pinyin_key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("王　伟", "王伟"),  # full-width space padding
        ("王  伟", "王伟"),  # two ASCII spaces
        ("王\u00a0伟", "王伟"),  # no-break space
        ("  李建国\t", "李建国"),
        ("Ｊｏｈｎ　Ｓｍｉｔｈ", "John Smith"),
        ("John   Smith", "John Smith"),
        ("阿卜杜 ・ 热合曼", "阿卜杜·热合曼"),
        ("李\u200b明", "李明"),
        ("", ""),
        ("　", ""),
    ],
)
def test_normalise_name(raw: str, expected: str) -> None:
    assert normalise_name(raw) == expected


@given(st.text(alphabet=st.sampled_from(list("王伟李明张三 　\u00a0ＡBc·・")), max_size=12))
def test_normalise_is_idempotent_and_trimmed(raw: str) -> None:
    once = normalise_name(raw)
    assert normalise_name(once) == once
    assert once == once.strip()
    assert "  " not in once
    assert "\u3000" not in once


@pytest.mark.parametrize(
    ("name", "initials"),
    [("周建国", "zjg"), ("单雄信", "sxx"), ("曾国藩", "zgf"), ("解缙", "xj"), ("尉迟恭", "ycg"), ("王　伟", "ww")],
)
def test_pinyin_initials_use_surname_readings(name: str, initials: str) -> None:
    assert pinyin_initials(name) == initials


def test_pinyin_key_sorts_by_pinyin() -> None:
    names = ["周建国", "安娜", "单雄信", "李明", "曾国藩"]
    assert sorted(names, key=pinyin_key) == ["安娜", "李明", "单雄信", "曾国藩", "周建国"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("zjg", True),
        ("zj", True),
        ("ZJG", True),
        ("zhoujian", True),
        ("建国", True),
        ("建　国", True),
        ("xyz", False),
        ("", True),
    ],
)
def test_matches_query(query: str, found: bool) -> None:
    assert matches_query("周建国", query) is found
