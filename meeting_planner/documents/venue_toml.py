"""Venue files: a venue's spec as TOML text, read and written (``tomllib`` / ``tomli-w``).

A venue file, a venue saved in the workspace (stored as this same TOML text) and a built-in venue (a TOML file
among the package's resources) all go through ``venue_from_toml``, which guards against hostile files (size,
nesting) before ``tomllib`` sees them, then builds the venue with ``domain.venue.venue_from_spec``.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from meeting_planner.domain.venue import Venue, VenueError, venue_from_spec
from meeting_planner.errors import Phrase

MAX_TOML_CHARS = 2_000_000
"""Largest venue file read."""

MAX_NESTING = 8
"""Deepest nesting of arrays and inline tables in a venue file (a real one needs 3)."""


def venue_from_toml(text: str, source: str = "场地文件") -> Venue:
    """Parse and build a venue from TOML text; ``source`` (e.g. the file name) prefixes every error."""
    if len(text) > MAX_TOML_CHARS:
        raise VenueError(
            Phrase.of(
                "{source}：文件太大（{text_count} 个字符，场地文件最多 {MAX_TOML_CHARS} 个）",
                source=source,
                text_count=len(text),
                MAX_TOML_CHARS=MAX_TOML_CHARS,
            )
        )
    depth = _nesting_depth(text)
    if depth > MAX_NESTING:
        raise VenueError(
            Phrase.of(
                "{source}：数组或内联表嵌套太深（{depth} 层，最多 {MAX_NESTING} 层）",
                source=source,
                depth=depth,
                MAX_NESTING=MAX_NESTING,
            )
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise VenueError(Phrase.of("{source}：不是有效的 TOML（{error}）", source=source, error=error)) from error
    except RecursionError as error:  # pragma: no cover - _nesting_depth refuses such files first
        raise VenueError(Phrase.of("{source}：数组或内联表嵌套太深", source=source)) from error
    return venue_from_spec(data, source)


def _nesting_depth(text: str) -> int:
    """The deepest nesting of ``[``/``{`` in values, outside strings and comments (a cheap scan done before
    ``tomllib``, which recurses once per level and would exhaust the stack on a hostile file). Table headers
    (``[[a]]``) count as two levels; the scan errs on the side of counting."""
    depth = deepest = 0
    quote = ""
    escaped = False
    comment = False
    for char in text:
        if comment:
            comment = char != "\n"
            continue
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
            elif char == "\n":
                quote = ""  # multi-line strings: lose track, but never miss a bracket of a value
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def load_venue_file(path: Path) -> Venue:
    """Read a venue TOML file; VenueError naming the file (and field) when it is malformed."""
    try:
        if path.stat().st_size > MAX_TOML_CHARS * 4:
            raise VenueError(Phrase.of("{path}：文件太大，不像场地文件", path=path))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise VenueError(Phrase.of("{path}：无法读取场地文件（{error}）", path=path, error=error)) from error
    return venue_from_toml(text, str(path))


def venue_to_toml(venue: Venue) -> str:
    """The venue's spec as TOML text (``tomli_w``), loadable by ``venue_from_toml``."""
    import tomli_w

    return tomli_w.dumps(dict(venue.spec), multiline_strings=False)


def save_venue_file(venue: Venue, path: Path) -> None:
    """Write the venue to ``path`` as TOML."""
    path.write_text(venue_to_toml(venue), encoding="utf-8")


@lru_cache(maxsize=16)
def venue_from_saved_text(text: str, key: str) -> Venue:
    """A venue saved in the workspace, built once per distinct text (venues are immutable; a 3,000-seat hall
    takes ~10 ms)."""
    return venue_from_toml(text, Phrase.of("工作区场地“{key}”", key=key))
