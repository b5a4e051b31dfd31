"""Regenerate ``stroke-sequences.txt`` from the Unicode Consortium's ``bihua-chinese-sorting.txt``.

Usage: ``python make_stroke_sequences.py ../../../../shared/data/strokes/bihua-chinese-sorting.txt``

Source lines are ``character ; pinyin ; tone ; stroke sequence ; code point`` (several lines per character
when it has several readings, all with the same sequence). The output keeps one line per character:
the character immediately followed by its stroke sequence, digits of the five GF 3003-1999 classes
1 横 2 竖 3 撇 4 点 5 折 in writing order (``王1121``). Licence: LICENSE-Unicode.txt beside this script.
"""

from __future__ import annotations

import sys
from pathlib import Path


def read_sequences(source: Path) -> dict[str, str]:
    """Character -> stroke sequence; raises ValueError on a malformed line or conflicting sequences."""
    sequences: dict[str, str] = {}
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split(";")]
        if len(fields) != 5 or len(fields[0]) != 1 or not fields[3].isdigit() or set(fields[3]) - set("12345"):
            raise ValueError(f"{source}:{number}: unexpected line {line!r}")
        char, sequence = fields[0], fields[3]
        if sequences.setdefault(char, sequence) != sequence:
            raise ValueError(f"{source}:{number}: {char} has two stroke sequences")
    return sequences


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    target = Path(__file__).with_name("stroke-sequences.txt")
    sequences = read_sequences(source)
    lines = [
        "# Stroke sequences (1 横 2 竖 3 撇 4 点 5 折) from the Unicode Consortium's bihua-chinese-sorting.txt",
        "# (unicodetools, 2021-10-01), Unicode License v3: see LICENSE-Unicode.txt. Made by make_stroke_sequences.py.",
    ]
    lines += [char + sequences[char] for char in sorted(sequences, key=ord)]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(sequences)} characters -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
