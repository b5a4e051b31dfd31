"""Stroke data of Chinese characters for 姓氏笔画 ordering (GF 3003-1999 笔画序).

Two bundled extracts, each with its licence and the script that derives it:

- ``resources/strokes/stroke-sequences.txt``: the strokes of 20,777 characters in writing order, digits of
  the five classes 1 横 2 竖 3 撇 4 点 5 折 (``make_stroke_sequences.py``, from the Unicode Consortium's
  ``bihua-chinese-sorting.txt``);
- ``resources/unihan/kTotalStrokes.txt``: total strokes of about 98,000 characters (Unihan kTotalStrokes,
  mainland value; ``make_total_strokes.py``), for rare characters the first file lacks.

``stroke_sequences()`` is what the protocol's ``stroke_key`` / ``order_people(..., strokes=...)`` take.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from meeting_planner.resources import resource_path

#: Stands for each stroke of a character whose count is known but not its sequence: after ``5`` (折),
#: so such a character follows the characters of the same count whose strokes are known.
UNKNOWN_STROKE = "6"


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


@cache
def stroke_sequences() -> Mapping[int, str]:
    """Code point -> stroke sequence (``"1121"`` for 王); characters known only by their count get
    ``UNKNOWN_STROKE`` repeated that many times."""
    table = {code: UNKNOWN_STROKE * count for code, count in total_strokes().items() if count > 0}
    text = resource_path("strokes", "stroke-sequences.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            table[ord(line[0])] = line[1:]
    return table
