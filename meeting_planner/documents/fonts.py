"""The embedded Chinese font for PDFs, per-character fallback, and the check that every character prints.

reportlab embeds TrueType fonts as subsets, so a PDF carries exactly the glyphs it uses and never
depends on the viewer's fonts. A character the bundled font lacks is drawn from the next font that has it
(fonts listed in ``MEETING_PLANNER_FALLBACK_FONTS``, then the machine's fonts: fontconfig on Linux,
C:\\Windows\\Fonts on Windows), never as a blank box. A character no font has is reported by
``check_glyphs`` before anything is written, unless the user chose to print a marked blank
(``set_mark_missing(True)``), which prints ``MISSING_MARK`` for the name to be written in by hand.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from meeting_planner.errors import InputError, Phrase
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


#: Printed instead of a character no font has, when the user chose a marked blank for handwriting.
MISSING_MARK = "□"
#: Extra font files to try first (os.pathsep-separated), e.g. a font with rare name characters.
FALLBACK_ENV = "MEETING_PLANNER_FALLBACK_FONTS"
#: Official faces on Windows that may hold characters the bundled font lacks (SimSun-ExtB: CJK Ext. B).
WINDOWS_FONT_FILES = ("simsunb.ttf", "simsun.ttc", "simfang.ttf", "simhei.ttf", "simkai.ttf", "msyh.ttc")

_state: dict[str, Any] = {"mark_missing": False, "fallbacks": [], "tried": set()}


def set_mark_missing(mark: bool) -> None:
    """The user's choice for a character no font has: ``True`` prints ``MISSING_MARK``, ``False`` refuses."""
    _state["mark_missing"] = mark


def mark_missing() -> bool:
    """Whether a character no font has prints as a marked blank."""
    return bool(_state["mark_missing"])


def add_fallback_font(name: str, face: Any = None) -> None:
    """Use the registered reportlab font ``name`` as a fallback (tests and callers with their own fonts)."""
    if name not in _state["fallbacks"]:
        _state["fallbacks"].append(name)
    _fallback_for.cache_clear()


def reset_fallback_fonts() -> None:
    """Forget added and discovered fallback fonts."""
    _state["fallbacks"] = []
    _state["tried"] = set()
    _fallback_for.cache_clear()


def _candidate_files(char: str) -> list[Path]:
    """Font files that may draw ``char``: the environment's list, then the system's."""
    files = [Path(p) for p in os.environ.get(FALLBACK_ENV, "").split(os.pathsep) if p.strip()]
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        files += [folder / name for name in WINDOWS_FONT_FILES]
    else:
        try:
            found = subprocess.run(
                ["fc-list", f":charset={ord(char):x}", "file"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            found = ""
        files += sorted(Path(line.split(":")[0].strip()) for line in found.splitlines() if line.strip())
    return [f for f in files if f.suffix.lower() in {".ttf", ".ttc"} and f.is_file()]


def _register_file(path: Path) -> str | None:
    """Register a TrueType font file with reportlab under a stable name; ``None`` if it can't be used."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = f"Fallback-{path.stem}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None
    return name


def _font_has(name: str, char: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return ord(char) in pdfmetrics.getFont(name).face.charToGlyph


@cache
def _fallback_for(char: str) -> str | None:
    """The first fallback font that draws ``char``, registering system fonts as needed."""
    register_fonts()
    for name in _state["fallbacks"]:
        if _font_has(name, char):
            return str(name)
    # The bundled font is the fallback of a chosen official font (仿宋_GB2312 has GB 2312 only).
    if ord(char) in _covered_codepoints(False):
        return FONT
    for path in _candidate_files(char):
        if path in _state["tried"]:
            continue
        name = _register_file(path)
        if name is None:
            _state["tried"].add(path)
            continue
        if name not in _state["fallbacks"]:
            _state["fallbacks"].append(name)
        if _font_has(name, char):
            return name
    return None


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` split into ``(font name, part)`` runs: ``font`` where it has the glyph, else the first
    fallback that does; a character no font has becomes ``MISSING_MARK`` (in ``font``)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    covered = pdfmetrics.getFont(font).face.charToGlyph if font in (FONT, FONT_BOLD) or _is_ttf(font) else None
    runs: list[tuple[str, str]] = []
    for char in text:
        chosen = font
        if covered is not None and not char.isspace() and ord(char) not in covered:
            chosen = _fallback_for(char) or font
            if chosen == font:
                char = MISSING_MARK  # noqa: PLW2901
        if runs and runs[-1][0] == chosen:
            runs[-1] = (chosen, runs[-1][1] + char)
        else:
            runs.append((chosen, char))
    return runs


def _is_ttf(font: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    return hasattr(pdfmetrics.getFont(font).face, "charToGlyph")


def markup(value: str, font: str = FONT) -> str:
    """``value`` escaped for a platypus Paragraph, with characters ``font`` lacks in ``<font>`` tags of
    the fallback font that has them (line breaks kept as ``<br/>``)."""
    parts = []
    for name, part in font_runs(value, font):
        text = escape(part).replace("\n", "<br/>")
        parts.append(text if name == font else f'<font name="{name}">{text}</font>')
    return "".join(parts)


def bundled_font_has(text: str, bold: bool = False) -> bool:
    """Whether the bundled font draws every character of ``text`` itself (no fallback needed)."""
    covered = _covered_codepoints(bold)
    return all(ord(char) in covered for char in text if not char.isspace())


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """Characters of ``text`` (other than whitespace) that no font can draw, in order, once each."""
    covered = _covered_codepoints(bold)
    seen: list[str] = []
    for char in text:
        if not char.isspace() and ord(char) not in covered and char not in seen and _fallback_for(char) is None:
            seen.append(char)
    return seen


@dataclass(frozen=True, slots=True)
class MissingGlyph:
    """A character of somebody's text that cannot be printed."""

    owner: str
    text: str
    char: str

    def __str__(self) -> str:
        return Phrase.of(
            "“{owner}”的“{text}”中的字符“{char}”（U+{code:04X}）字体中没有，无法打印",
            owner=self.owner,
            text=self.text,
            char=self.char,
            code=ord(self.char),
        )


class MissingGlyphError(InputError):
    """Raised before a PDF is written when some text has characters the font lacks."""

    def __init__(self, problems: list[MissingGlyph]) -> None:
        self.problems = problems
        lines = [p.__str__() for p in problems[:10]]
        if len(problems) > 10:
            lines.append(Phrase.of("……另有 {count} 处", count=len(problems) - 10))
        lines.append(Phrase("可改用含有这些字的字体，或选择“打印留空标记，手写补上”。"))
        super().__init__(Phrase.joined("\n", lines))


def glyph_problems(items: Iterable[tuple[str, str]], bold: bool = False) -> list[MissingGlyph]:
    """``(owner, text)`` pairs' characters that no font has."""
    return [MissingGlyph(owner, text, char) for owner, text in items for char in missing_glyphs(text, bold)]


def check_glyphs(items: Iterable[tuple[str, str]], bold: bool = False) -> None:
    """Check ``(owner, text)`` pairs, e.g. ``(person's name, text to print)``; raise if any can't print,
    unless the user chose a marked blank for such characters."""
    problems = glyph_problems(items, bold)
    if problems and not mark_missing():
        raise MissingGlyphError(problems)


# --- official fonts chosen per role -----------------------------------------------------------------

#: Roles a printout font is chosen for, with their Chinese labels.
ROLES: dict[str, str] = {"title": "标题", "body": "正文", "heading": "小标题", "card": "桌签姓名"}
#: Official faces per role, the first installed one is the default (names as fontconfig/Windows know them).
PREFERRED: dict[str, tuple[str, ...]] = {
    "title": ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "小标宋"),
    "body": ("仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312"),
    "heading": ("黑体", "SimHei"),
    "card": ("黑体", "SimHei", "宋体", "SimSun"),
}
#: Windows font files and the family names they hold.
WINDOWS_FAMILIES: dict[str, tuple[str, ...]] = {
    "simfang.ttf": ("仿宋", "FangSong"),
    "仿宋_GB2312.ttf": ("仿宋_GB2312",),
    "FS_GB2312.ttf": ("仿宋_GB2312",),
    "simhei.ttf": ("黑体", "SimHei"),
    "simsun.ttc": ("宋体", "SimSun"),
    "simkai.ttf": ("楷体", "KaiTi"),
    "楷体_GB2312.ttf": ("楷体_GB2312",),
    "FZXBSJW.TTF": ("方正小标宋简体",),
    "方正小标宋简体.ttf": ("方正小标宋简体",),
}
#: Shown for the bundled font in choices.
BUNDLED_LABEL = "内置字体（霞鹜文楷）"


@cache
def installed_fonts() -> dict[str, Path]:
    """Chinese font families installed on this machine that reportlab can embed (TrueType .ttf/.ttc),
    family name -> file: fontconfig on Linux, C:\\Windows\\Fonts on Windows."""
    found: dict[str, Path] = {}
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        for filename, families in WINDOWS_FAMILIES.items():
            if (folder / filename).is_file():
                for family in families:
                    found.setdefault(family, folder / filename)
        return found
    try:
        listing = subprocess.run(
            ["fc-list", ":lang=zh", "family", "file"], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return found
    for line in listing.splitlines():
        if ":" not in line:
            continue
        file, _, families = line.partition(":")
        path = Path(file.strip())
        if path.suffix.lower() not in {".ttf", ".ttc"}:
            continue
        for family in families.strip().split(","):
            if family.strip():
                found.setdefault(family.strip(), path)
    return found


def default_font_choice() -> dict[str, str]:
    """Role -> the first preferred official family installed (roles without one are left out)."""
    installed = installed_fonts()
    choice = {}
    for role, families in PREFERRED.items():
        for family in families:
            if family in installed:
                choice[role] = family
                break
    return choice


def use_role_fonts(choice: dict[str, str]) -> dict[str, str]:
    """Print each role in the chosen family (missing roles: the default official family, else the
    bundled font); returns role -> the family actually used (empty for the bundled font)."""
    installed = installed_fonts()
    wanted = {**default_font_choice(), **{role: family for role, family in choice.items() if family}}
    used: dict[str, str] = {}
    roles: dict[str, str] = {}
    for role in ROLES:
        family = wanted.get(role, "")
        path = installed.get(family) if family and family != BUNDLED_LABEL else None
        name = _register_file(path) if path is not None else None
        if name is not None:
            roles[role] = name
            used[role] = family
        else:
            used[role] = ""
    _state["roles"] = roles
    return used


def role_font(role: str) -> str:
    """The reportlab font name to print ``role`` in (the bundled font unless an official one is chosen)."""
    chosen = _state.get("roles", {}).get(role)
    if chosen:
        return str(chosen)
    register_fonts()
    return FONT if role == "body" else FONT_BOLD
