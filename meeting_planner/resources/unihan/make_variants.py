"""Regenerate ``simplified-variants.txt`` from the Unicode Character Database's ``Unihan_Variants.txt``.

Usage: ``python make_variants.py /usr/share/unicode/Unihan_Variants.txt.bz2`` (Debian package
``unicode-data``, or the file from https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip).

For every character whose kSimplifiedVariant is a different character (劉 -> 刘, 陳 -> 陈), one line
``<traditional><simplified>`` (two characters, no separator); where kSimplifiedVariant lists several, the first
that is not the character itself is kept. A character that is its own simplified form too (乾: 干 and 乾) is left
out, so it never folds onto another. Used by the 会前检查 to find names written once in simplified and once in
traditional characters. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path


def read_simplified(source: Path) -> dict[str, str]:
    """Traditional character -> its simplified form, from Unihan_Variants.txt (plain or .bz2)."""
    opener = bz2.open if source.suffix == ".bz2" else open
    mapping: dict[str, str] = {}
    with opener(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] != "kSimplifiedVariant":
                continue
            char = chr(int(parts[0][2:], 16))
            targets = [chr(int(value[2:], 16)) for value in parts[2].split()]
            if char in targets:
                continue
            mapping[char] = targets[0]
    return mapping


def write_pairs(mapping: dict[str, str], target: Path, note: str) -> None:
    """Write the mapping as one ``<traditional><simplified>`` pair per line, by code point."""
    lines = [f"# kSimplifiedVariant from the Unicode Character Database ({note}); see LICENSE-Unicode.txt", ""]
    lines += [f"{char}{mapping[char]}" for char in sorted(mapping)]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    src = Path(sys.argv[1])
    write_pairs(
        read_simplified(src), Path(__file__).with_name("simplified-variants.txt"), "Unicode 15.0.0, Unihan_Variants.txt"
    )
