"""Pinyin for names and units (pypinyin, with the surname readings of ``domain.names``): search keys at the
check-in desk and the attendee list, and the sort key of every "by pinyin" order.

The domain stays free of third-party code: ``domain.protocol.order_people`` and the seating options take
``pinyin_key`` as a parameter, and the services pass this one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from meeting_planner.domain.names import is_cjk, normalise_name, surname_readings


@lru_cache(maxsize=65536)  # a 10,000-person meeting's names and units all stay cached
def pinyin_syllables(text: str) -> tuple[str, ...]:
    """Toneless pinyin per Han character (surname readings for the first one or two); other runs lowercased.

    >>> pinyin_syllables("单雄信")
    ('shan', 'xiong', 'xin')
    """
    from pypinyin import Style, lazy_pinyin  # heavy: loaded when first needed, not at start-up

    name = normalise_name(text)
    surname, rest = surname_readings(name)
    syllables = list(surname)
    for raw in lazy_pinyin(rest, style=Style.NORMAL, errors="default", v_to_u=False):
        piece = raw.strip().lower()
        if not piece:
            continue
        if piece.isascii() or not any(is_cjk(ch) for ch in piece):
            syllables.extend(part for part in re.split(r"[\s·]+", piece) if part)
        else:
            syllables.append(piece)
    return tuple(syllables)


def pinyin_initials(text: str) -> str:
    """Lowercase pinyin initials, e.g. ``周建国`` -> ``zjg``, ``单雄信`` -> ``sxx``.

    Latin words give their first letter.
    """
    return "".join(syllable[0] for syllable in pinyin_syllables(text) if syllable and syllable[0].isalnum())


def pinyin_key(text: str) -> tuple[str, str]:
    """A sort key: full toneless pinyin (syllables separated so ``xian`` sorts apart from ``xi'an``), then the name."""
    name = normalise_name(text)
    return (" ".join(pinyin_syllables(name)), name)


def matches_query(name: str, query: str) -> bool:
    """Whether a search ``query`` finds ``name``: a part of the name, its pinyin initials, or its pinyin.

    Latin queries match initials from the start (``zj`` finds 周建国), or the joined pinyin (``zhoujian``).
    """
    wanted = normalise_name(query)
    if not wanted:
        return True
    normalised = normalise_name(name)
    if wanted in normalised:
        return True
    compact = wanted.replace(" ", "").lower()
    if not compact.isascii() or not compact.isalpha():
        return False
    syllables = pinyin_syllables(normalised)
    initials = "".join(s[0] for s in syllables if s)
    if initials.startswith(compact) or compact in initials:
        return True
    return compact in "".join(syllables)
