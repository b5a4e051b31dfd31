"""Chinese line breaking (避头尾) for printed paragraphs.

No line starts with closing punctuation (、，。）」 ...) and no line ends with an opening one (（「 ...);
numbers, times and Latin words (``0571-12345678``, ``9:00``, ``2026``) stay on one line when they fit.
``break_lines`` measures with the PDF font; ``kinsoku_markup`` returns Paragraph markup with explicit
breaks, so reportlab never re-breaks the lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Characters that must not start a line.
NO_START = frozenset("、，。．：；！？）」』》〉】〕〗”’…—·%‰,.;:!?)]}")
#: Characters that must not end a line.
NO_END = frozenset("（「『《〈【〔〖“‘([{")

_TOKEN = re.compile(r"[A-Za-z0-9@_#&+\-./:%]+|.", re.DOTALL)


def break_lines(text: str, width_of: Callable[[str], float], width: float, first_indent: float = 0.0) -> list[str]:
    """Lines of ``text`` each no wider than ``width`` (the first one ``first_indent`` less), obeying 避头尾."""
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if len(token) > 1 and width_of(token) > width:
            tokens.extend(token)  # a run longer than a line breaks anywhere
        else:
            tokens.append(token)
    lines: list[list[str]] = []
    current: list[str] = []
    limit = width - first_indent
    for token in tokens:
        if current and width_of("".join(current) + token) > limit:
            carry: list[str] = []
            # Pull back characters so the next line doesn't start with closing punctuation and this
            # one doesn't end with opening punctuation; keep at least one token on the line.
            while len(current) > 1 and (
                (token[0] in NO_START if not carry else carry[0][0] in NO_START) or current[-1][-1] in NO_END
            ):
                carry.insert(0, current.pop())
            lines.append(current)
            current = [*carry]
            limit = width
        current.append(token)
    if current or not lines:
        lines.append(current)
    return ["".join(line) for line in lines]


def kinsoku_markup(text: str, font: str, size: float, width: float, first_indent: float = 0.0) -> str:
    """Paragraph markup for ``text`` with its lines broken by :func:`break_lines` (``\\n`` starts a new
    paragraph-like line, wrapped again)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from meeting_planner.documents.fonts import markup

    def width_of(value: str) -> float:
        return float(stringWidth(value, font, size))

    out: list[str] = []
    for index, part in enumerate(text.split("\n")):
        lines = break_lines(part, width_of, width - 0.5, first_indent if index == 0 else 0.0)
        out.append("<br/>".join(markup(line, font) for line in lines))
    return "<br/>".join(out)
