"""Regenerate ``kTotalStrokes.txt`` from the Unicode Character Database's ``Unihan_IRGSources.txt``.

Usage: ``python make_total_strokes.py /usr/share/unicode/Unihan_IRGSources.txt.bz2`` (Debian package
``unicode-data``, or the file from https://www.unicode.org/Public/UCD/latest/ucd/Unihan.zip).

Output format (compact, one line per run of consecutive code points): ``<first code point, hex>`` TAB
``<one character per code point: chr(0x30 + stroke count)>``. Where kTotalStrokes has two values
(mainland China first, then Taiwan), the first (G source) is kept. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path


def read_total_strokes(source: Path) -> dict[int, int]:
    """Code point -> total strokes (first value) from Unihan_IRGSources.txt (plain or .bz2)."""
    opener = bz2.open if source.suffix == ".bz2" else open
    counts: dict[int, int] = {}
    header: list[str] = []
    with opener(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") and len(header) < 8:
                header.append(line.rstrip("\n"))
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kTotalStrokes":
                counts[int(parts[0][2:], 16)] = int(parts[2].split()[0])
    return counts


def write_runs(counts: dict[int, int], target: Path, note: str) -> None:
    """Write ``counts`` as runs of consecutive code points."""
    lines = [f"# kTotalStrokes from the Unicode Character Database ({note}); see LICENSE-Unicode.txt", ""]
    run_start = None
    run: list[str] = []
    previous = None
    for code in sorted(counts):
        if previous is None or code != previous + 1:
            if run_start is not None:
                lines.append(f"{run_start:X}\t{''.join(run)}")
            run_start, run = code, []
        run.append(chr(0x30 + counts[code]))
        previous = code
    if run_start is not None:
        lines.append(f"{run_start:X}\t{''.join(run)}")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    src = Path(sys.argv[1])
    target = Path(__file__).with_name("kTotalStrokes.txt")
    write_runs(read_total_strokes(src), target, "Unicode 15.0.0, Unihan_IRGSources.txt")
