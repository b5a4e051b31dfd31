"""Traditional -> simplified forms of Chinese characters, for telling that 劉德華 and 刘德华 are one name.

``meeting_planner/resources/unihan/simplified-variants.txt`` is derived from Unihan kSimplifiedVariant by
``meeting_planner/resources/unihan/make_variants.py`` (Unicode licence in ``LICENSE-Unicode.txt`` beside it).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from meeting_planner.resources import resource_path


@cache
def simplified_variants() -> Mapping[str, str]:
    """Traditional character -> its simplified form (about 6,000 pairs, read once)."""
    text = resource_path("unihan", "simplified-variants.txt").read_text(encoding="utf-8")
    return {line[0]: line[1] for line in text.splitlines() if len(line) == 2 and not line.startswith("#")}
