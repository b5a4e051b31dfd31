"""Personal names as they arrive from other offices' lists, and how to find and sort them.

Pure Python; ``pypinyin`` is imported lazily inside the pinyin helpers (GUI start-up stays fast).

- ``normalise_name``: ``王　伟`` / ``王  伟`` / `` 王伟 `` -> ``王伟``; full-width Latin and digits to half-width;
  a single space kept between Latin words (``John  Smith`` -> ``John Smith``); middle-dot variants in
  transliterated names unified (``阿卜杜・热合曼`` -> ``阿卜杜·热合曼``).
- ``pinyin_initials``: ``周建国`` -> ``zjg``, with surname readings (``单`` -> ``s``, ``曾`` -> ``z``).
- ``pinyin_key``: a key that sorts names by pinyin (surname reading first), then by the text itself.
- ``matches_query``: what a search box or the check-in desk uses: part of the name, or pinyin initials/syllables.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

#: Characters that are whitespace in names pasted from Word/Excel (incl. full-width and no-break spaces).
_SPACES = frozenset(
    "\t\n\r\v\f \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
#: Invisible characters removed outright.
#: Text-direction controls (U+202A–202E, U+2066–2069): invisible, and they can reorder a printed name.
DIRECTION_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad") | DIRECTION_CONTROLS


def strip_direction_controls(text: str) -> str:
    """``text`` without text-direction controls (used for free text such as notes)."""
    return "".join(char for char in text if char not in DIRECTION_CONTROLS)


def is_emoji(char: str) -> bool:
    """Pictographs and emoji (they print badly or not at all on official printouts)."""
    code = ord(char)
    return 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or code in (0xFE0F, 0x200D)


#: Middle-dot look-alikes used in transliterated names (维吾尔族、外国人名); unified to U+00B7.
_MIDDLE_DOTS = frozenset("\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387\u16eb\u2e31")
MIDDLE_DOT = "\u00b7"

#: Surname readings that differ from the character's most common reading (compound surnames first).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "令狐": ("ling", "hu"),
    "澹台": ("tan", "tai"),
    "单于": ("chan", "yu"),
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "朴": ("piao",),
    "查": ("zha",),
    "区": ("ou",),
    "盖": ("ge",),
    "乐": ("yue",),
    "缪": ("miao",),
    "覃": ("qin",),
    "翟": ("zhai",),
    "种": ("chong",),
    "秘": ("bi",),
    "召": ("shao",),
    "柏": ("bai",),
    "薄": ("bo",),
    "句": ("gou",),
    "员": ("yun",),
    "祭": ("zhai",),
    "折": ("she",),
    "繁": ("po",),
    "尉": ("wei",),
    "隗": ("wei",),
    "阚": ("kan",),
    "重": ("chong",),
    "沈": ("shen",),
    "任": ("ren",),
    "华": ("hua",),
    "宁": ("ning",),
    "燕": ("yan",),
    "纪": ("ji",),
    "过": ("guo",),
    "吕": ("lv",),
    "能": ("nai",),
    "厍": ("she",),
    "莘": ("shen",),
    "那": ("na",),
    "都": ("du",),
    "蕃": ("pi",),
    "藏": ("zang",),
    "相": ("xiang",),
    "卜": ("bu",),
    "贲": ("ben",),
    "便": ("pian",),
    "参": ("can",),
    "长": ("chang",),
    "调": ("diao",),
    "占": ("zhan",),
    "中": ("zhong",),
}
#: Two-character surnames (复姓) recognised when a name is split into surname and given name.
COMPOUND_SURNAMES = frozenset(
    [key for key in SURNAME_READINGS if len(key) == 2]
    + [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "公孙",
        "慕容",
        "宇文",
        "司徒",
        "司空",
        "夏侯",
        "轩辕",
        "钟离",
        "闻人",
        "端木",
        "西门",
        "南宫",
        "呼延",
        "独孤",
        "百里",
        "东郭",
        "公冶",
        "太史",
        "申屠",
        "赫连",
        "拓跋",
        "第五",
        "濮阳",
        "淳于",
        "仲孙",
        "左丘",
        "公羊",
        "谷梁",
        "乐正",
        "漆雕",
        "巫马",
        "亓官",
        "颛孙",
        "壤驷",
    ]
)
_COMPOUND_SURNAMES = tuple(key for key in SURNAME_READINGS if len(key) == 2)


def split_surname(name: str) -> tuple[str, str]:
    """``(surname, given name)`` of a Chinese name; a known compound surname (复姓) is kept whole.

    >>> split_surname("欧阳修"), split_surname("田大利")
    (('欧阳', '修'), ('田', '大利'))
    """
    cut = 2 if len(name) > 2 and name[:2] in COMPOUND_SURNAMES else 1
    return name[:cut], name[cut:]


def is_cjk(char: str) -> bool:
    """Whether ``char`` is a Han character (incl. extensions and compatibility ideographs) or 〇/々."""
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3FFFF
        or 0xF900 <= code <= 0xFAFF
        or 0x2E80 <= code <= 0x2FDF
        or code in (0x3005, 0x3007)
    )


def _half_width(char: str) -> str:
    code = ord(char)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII variants
        return chr(code - 0xFEE0)
    return char


def _cleaned_chars(text: str) -> str:
    out = []
    for char in text:
        if char in _INVISIBLE or (unicodedata.category(char) == "Cc" and char not in _SPACES):
            continue
        if char in _SPACES:
            out.append(" ")
        elif char in _MIDDLE_DOTS:
            out.append(MIDDLE_DOT)
        else:
            out.append(_half_width(char))
    return "".join(out)


def normalise_name(text: str) -> str:
    """The name to use everywhere: padding removed, full-width Latin/digits halved, one space between words.

    >>> normalise_name("王　伟"), normalise_name(" 王  伟 "), normalise_name("Ｊｏｈｎ\u00a0 Smith")
    ('王伟', '王伟', 'John Smith')
    """
    words = _cleaned_chars(text).split()
    if not words:
        return ""
    out = [words[0]]
    for word in words[1:]:
        left, right = out[-1][-1], word[0]
        # A space between Han characters is alignment padding (王　伟); around a middle dot it is stray.
        if (is_cjk(left) and is_cjk(right)) or MIDDLE_DOT in (left, right):
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


def surname_readings(name: str) -> tuple[tuple[str, ...], str]:
    for compound in _COMPOUND_SURNAMES:
        if name.startswith(compound):
            return SURNAME_READINGS[compound], name[len(compound) :]
    if name and name[0] in SURNAME_READINGS:
        return SURNAME_READINGS[name[0]], name[1:]
    return (), name


def fold_key(text: str, simplified: Mapping[str, str] | None = None) -> str:
    """A key equal for names that differ only in ways a reader would not notice on paper: padding and inner
    spaces, full-width Latin letters and digits, upper/lower case, middle-dot look-alikes and, given the
    ``simplified`` forms of traditional characters, 繁体/简体 (劉 and 刘).

    >>> fold_key("劉　德華", {"劉": "刘", "華": "华"}) == fold_key("刘德华")
    True
    """
    cleaned = "".join(normalise_name(text).split()).casefold()
    if not simplified:
        return cleaned
    return "".join(simplified.get(char, char) for char in cleaned)
