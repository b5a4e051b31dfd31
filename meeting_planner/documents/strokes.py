"""Stroke counts of Chinese characters for 姓氏笔画 ordering: the bundled Unihan extract.

``resources/unihan/kTotalStrokes.txt`` is generated from the Unicode Character Database's
``Unihan_IRGSources.txt`` (kTotalStrokes, mainland value) by ``resources/unihan/make_total_strokes.py``;
licence in ``resources/unihan/LICENSE-Unicode.txt``. Pass ``total_strokes()`` to the protocol's
stroke ordering (``protocol.stroke_key`` / ``protocol.order_people``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from meeting_planner.resources import resource_path


@cache
def total_strokes() -> Mapping[int, int]:
    """Code point -> total strokes (read once; about 98,000 characters)."""
    table: dict[int, int] = {}
    text = resource_path("unihan", "kTotalStrokes.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        start_hex, counts = line.split("\t")
        start = int(start_hex, 16)
        for offset, char in enumerate(counts):
            table[start + offset] = ord(char) - 0x30
    return table
