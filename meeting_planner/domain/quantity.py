"""Quantity rules of checklist steps, e.g. copies of materials = attendees + 10 spares.

A rule is a small expression over the number of attendees: ``attendees + 10``, ``attendees * 1.1``,
``attendees * 2 + 5``, or a plain number such as ``4``. Results round up (you cannot print 0.3 copies).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from meeting_planner.errors import InputError, Phrase

_RULE_RE = re.compile(
    r"""^\s*(?:
        (?P<number>\d+)
      | (?:attendees|人数|参会人数)
        (?:\s*[*×x]\s*(?P<factor>\d+(?:\.\d+)?))?
        (?:\s*\+\s*(?P<spare>\d+))?
    )\s*$""",
    re.VERBOSE | re.IGNORECASE,
)


#: Largest fixed quantity or spare count a rule may name, and largest factor per attendee.
MAX_QUANTITY = 100_000
MAX_FACTOR = 100


class QuantityError(InputError):
    """A quantity rule that cannot be read."""


@dataclass(frozen=True, slots=True)
class QuantityRule:
    """``factor * attendees + spare``, or a fixed ``spare`` when ``per_attendee`` is false."""

    factor: float = 1.0
    spare: int = 0
    per_attendee: bool = True

    def amount(self, attendees: int) -> int:
        """The quantity for ``attendees`` people."""
        if not self.per_attendee:
            return self.spare
        return math.ceil(self.factor * attendees - 1e-9) + self.spare


def parse_quantity(text: str) -> QuantityRule:
    """Read a rule such as ``attendees + 10`` or ``人数 * 1.1``."""
    match = _RULE_RE.match(text)
    if match is None:
        raise QuantityError(
            Phrase.of("无法识别的数量规则 “{text}”（示例：attendees + 10、attendees * 1.1、4）", text=text)
        )
    numbers = [match.group(g) for g in ("number", "factor", "spare") if match.group(g)]
    if any(len(number) > 7 for number in numbers):
        raise QuantityError(
            Phrase.of(
                "数量规则 “{strip}” 中的数字过大（最多 {MAX_QUANTITY}）", strip=text.strip(), MAX_QUANTITY=MAX_QUANTITY
            )
        )
    if match.group("number"):
        rule = QuantityRule(spare=int(match.group("number")), per_attendee=False)
    else:
        rule = QuantityRule(float(match.group("factor") or 1), int(match.group("spare") or 0))
    if rule.spare > MAX_QUANTITY or rule.factor > MAX_FACTOR:
        raise QuantityError(
            Phrase.of(
                "数量规则 “{strip}” 中的数字过大（数量最多 {MAX_QUANTITY}，倍数最多 {MAX_FACTOR}）",
                strip=text.strip(),
                MAX_QUANTITY=MAX_QUANTITY,
                MAX_FACTOR=MAX_FACTOR,
            )
        )
    return rule
