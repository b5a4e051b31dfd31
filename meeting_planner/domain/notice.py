"""The notice's own fields (会议通知): 成文日期, 发文字号, 参会范围, reply slip options, 版记.

These are what an office edits into its 公文 flow; they are kept with the meeting as one JSON value.
Also the rules for breaking a notice title into lines where the meaning allows (GB/T 9704-2012 7.3.3:
"回行时，要做到词意完整，排列对称，长短适宜，间距恰当"), and the heading levels 一、 （一） 1. （1）.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from typing import Any

#: 参会范围 printed when the user wrote none and did not choose to list names.
DEFAULT_SCOPE = "各有关单位主要负责同志"
#: 主送机关 printed when the user wrote none.
DEFAULT_ADDRESSEE = "各有关单位"
#: How replies are returned when the user wrote nothing.
DEFAULT_REPLY_METHOD = "传真、电子邮件或通过OA系统"
#: Blank rows on each unit's reply slip.
BLANK_REPLY_ROWS = 8


@dataclass(frozen=True, slots=True)
class NoticeSettings:
    """What the notice prints beyond the meeting's own fields; every field optional.

    ``issued`` is the 成文日期 (``None``: the day the 印发通知 step was done, else the day it is first
    printed, which is then kept). ``scope`` is the 参会范围 as text; ``list_names`` lists invited people
    instead (leaders first by rank). ``reply_prefilled`` pre-fills each unit's slip with its own people
    (names, gender, title; never phone numbers). ``copy_to`` and ``printed_by`` make the 版记.
    """

    issued: date | None = None
    doc_number: str = ""
    addressee: str = ""
    scope: str = ""
    list_names: bool = False
    reply_prefilled: bool = False
    reply_by: datetime | None = None
    reply_method: str = ""
    reply_to: str = ""
    copy_to: str = ""
    printed_by: str = ""

    def to_json(self) -> str:
        """The JSON kept in the workspace (dates as ISO strings, defaults left out)."""
        data: dict[str, Any] = {}
        default = NoticeSettings()
        for name, value in asdict(self).items():
            if value == getattr(default, name):
                continue
            data[name] = value.isoformat() if isinstance(value, date | datetime) else value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> NoticeSettings:
        """Settings from :meth:`to_json` output; unknown keys and bad values are ignored."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in data:
                continue
            raw = data[spec.name]
            try:
                if spec.name == "issued":
                    values[spec.name] = date.fromisoformat(raw) if raw else None
                elif spec.name == "reply_by":
                    values[spec.name] = datetime.fromisoformat(raw) if raw else None
                elif spec.name in {"list_names", "reply_prefilled"}:
                    values[spec.name] = bool(raw)
                else:
                    values[spec.name] = str(raw)
            except (TypeError, ValueError):
                continue
        return replace(cls(), **values)


# --- heading levels ---------------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def chinese_number(number: int) -> str:
    """``1`` -> 一, ``10`` -> 十, ``12`` -> 十二, ``21`` -> 二十一 (up to 99)."""
    if number < 10:
        return _DIGITS[number]
    tens, ones = divmod(number, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[ones] if ones else ''}"


def heading_number(level: int, number: int) -> str:
    """The GB/T 9704 prefix of heading ``level`` 1..4: ``一、`` ``（一）`` ``1.`` ``（1）``."""
    if level == 1:
        return f"{chinese_number(number)}、"
    if level == 2:
        return f"（{chinese_number(number)}）"
    if level == 3:
        return f"{number}."
    return f"（{number}）"


_LEADING_NUMBER = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[①-⑳])\s*"
)


def strip_numbering(line: str) -> str:
    """A list item without the number the user typed (``一、`` ``（二）`` ``3.`` ``4、`` ``⑤``)."""
    return _LEADING_NUMBER.sub("", line, count=1).strip()


# --- title breaking ---------------------------------------------------------------------------------

#: Break after these (end of a word in notice titles).
_BREAK_AFTER = ("关于", "召开", "举办", "举行", "年", "度", "届", "次", "市", "区", "县", "省", "全", "暨")
#: Break before these (start of a word).
_BREAK_BEFORE = ("的通知", "工作会议", "会议", "大会", "座谈会", "推进会", "培训班", "动员", "工作")


def _break_cost(title: str, position: int) -> float:
    """How bad it is to end a line before ``title[position]`` (0 at word ends, large inside words)."""
    before, after = title[:position], title[position:]
    if before[-1].isascii() and after[0].isascii() and before[-1].isalnum() and after[0].isalnum():
        return 1000.0  # inside a number or a Latin word
    if after[0] in "、，。：；！？）」』》”’" or before[-1] in "（「『《“‘":
        return 1000.0
    if after.startswith("的通知"):
        return 0.0
    if any(before.endswith(word) for word in _BREAK_AFTER[:4]):
        return 0.5
    if any(after.startswith(word) for word in _BREAK_BEFORE) or any(before.endswith(w) for w in _BREAK_AFTER):
        return 1.0
    if before[-1] in "、，：；）」』》”" or after[0] in "（「『《“":
        return 1.0
    if before[-1].isdigit() != after[0].isdigit():
        return 2.0
    return 20.0


def break_title(title: str, max_chars: int) -> list[str]:
    """Lines of ``title`` each at most ``max_chars`` wide, broken where the meaning allows.

    Prefers few lines, breaks at word ends (after 关于/召开, before 的通知/会议 ...), lines of similar
    length, and never leaves a single character on a line. Characters are counted as one each
    (half-width Latin letters and digits as half).
    """
    title = title.strip()

    def width(text: str) -> float:
        return sum(0.5 if char.isascii() else 1.0 for char in text)

    if width(title) <= max_chars or len(title) < 4:
        return [title]
    n = len(title)
    # best[i] = (cost, lines) for title[:i]
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    for end in range(2, n + 1):
        options = []
        for start, (cost, lines) in best.items():
            if start >= end:
                continue
            line = title[start:end]
            if width(line) > max_chars or len(line) < 2:
                continue
            step = 10.0  # every extra line costs
            if end < n:
                step += _break_cost(title, end)
            options.append((cost + step, [*lines, line]))
        if options:
            best[end] = min(options, key=lambda option: option[0])
    if n not in best:
        return [title[i : i + max_chars] for i in range(0, n, max_chars)]
    _cost, lines = best[n]
    # Among equally good breaks, balance: the DP above counts lines; rebalance pairs by cost ties.
    return _balanced(title, lines, max_chars, width)


def _balanced(title: str, lines: list[str], max_chars: int, width: Any) -> list[str]:
    """Same number of lines and no worse break points, but lengths as even as possible."""
    if len(lines) != 2:
        return lines
    first = len(lines[0])
    current_cost = _break_cost(title, first)
    candidates = [
        cut
        for cut in range(2, len(title) - 1)
        if width(title[:cut]) <= max_chars
        and width(title[cut:]) <= max_chars
        and _break_cost(title, cut) <= current_cost
    ]
    if not candidates:
        return lines
    cut = min(candidates, key=lambda c: (_break_cost(title, c), abs(width(title[:c]) - width(title[c:]))))
    return [title[:cut], title[cut:]]


def closing_indents(signer_width: float, date_width: float, char: float) -> tuple[float, float]:
    """Right indents of the 发文机关署名 and the 成文日期 (GB/T 9704-2012 7.3.5.1): the date four characters
    in from the right, the signer centred over it; a signer longer than the date moves the date to two
    characters in, the signer still centred over it as far as the margin allows."""
    date_right = 4 * char if signer_width <= date_width else 2 * char
    signer_right = max(0.0, date_right + (date_width - signer_width) / 2)
    return signer_right, date_right


def text_width(text: str) -> float:
    """Width in characters: Chinese characters 1, Latin letters and digits ½."""
    return sum(0.5 if char.isascii() else 1.0 for char in text)
