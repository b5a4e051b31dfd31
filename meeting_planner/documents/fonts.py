"""The embedded Chinese font for PDFs, and the check that every character of a name can be printed.

reportlab embeds TrueType fonts as subsets, so a PDF carries exactly the glyphs it uses and never
depends on the viewer's fonts. A character the font lacks would print as a blank box; instead,
``check_glyphs`` reports it before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from meeting_planner.resources import font_path

#: reportlab font names registered by ``register_fonts``.
FONT = "WenKai"
FONT_BOLD = "WenKai-Bold"


_CMAP_ENTRY = re.compile(r"^(<[0-9A-F]+>) <([0-9A-F]{5,6})>$")


def _supplementary_safe(cmap: str) -> str:
    """Rewrite ToUnicode entries above U+FFFF as UTF-16 surrogate pairs, as the PDF spec requires.

    reportlab writes such entries as bare code points (``<20BB7>`` for 𠮷), which text extractors
    reject, so a rare name character would be missing from the PDF's text layer.
    """
    lines = cmap.split("\n")
    for index, line in enumerate(lines):
        match = _CMAP_ENTRY.match(line)
        if match:
            utf16 = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
            lines[index] = f"{match.group(1)} <{utf16}>"
    return "\n".join(lines)


def _install_cmap_fix() -> None:
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "supplementary_safe", False):
        return

    def make_cmap(fontname: str, subset: list[int]) -> str:
        return _supplementary_safe(original(fontname, subset))

    make_cmap.supplementary_safe = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


@cache
def register_fonts() -> tuple[str, str]:
    """Register the bundled regular and bold fonts with reportlab once; returns their names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _install_cmap_fix()

    pdfmetrics.registerFont(TTFont(FONT, str(font_path())))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path(bold=True))))
    return FONT, FONT_BOLD


@cache
def _covered_codepoints(bold: bool) -> frozenset[int]:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(FONT_BOLD if bold else FONT).face
    return frozenset(face.charToGlyph)


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """Characters of ``text`` (other than whitespace) that the font cannot draw, in order, once each."""
    covered = _covered_codepoints(bold)
    seen: list[str] = []
    for char in text:
        if not char.isspace() and ord(char) not in covered and char not in seen:
            seen.append(char)
    return seen


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    """A character of somebody's text that cannot be printed."""

    owner: str
    text: str
    char: str

    def __str__(self) -> str:
        return f"“{self.owner}”的“{self.text}”中的字符“{self.char}”（U+{ord(self.char):04X}）字体中没有，无法打印"


class MissingGlyphError(ValueError):
    """Raised before a PDF is written when some text has characters the font lacks."""

    def __init__(self, problems: list[MissingGlyph]) -> None:
        self.problems = problems
        lines = [str(p) for p in problems[:10]]
        if len(problems) > 10:
            lines.append(f"……另有 {len(problems) - 10} 处")
        super().__init__("\n".join(lines))


def check_glyphs(items: Iterable[tuple[str, str]], bold: bool = False) -> None:
    """Check ``(owner, text)`` pairs, e.g. ``(person's name, text to print)``; raise if any can't print."""
    problems = [MissingGlyph(owner, text, char) for owner, text in items for char in missing_glyphs(text, bold)]
    if problems:
        raise MissingGlyphError(problems)
