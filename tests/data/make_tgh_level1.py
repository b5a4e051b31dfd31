"""Regenerate ``tgh-level1.txt``: the 3,500 characters of level 1 of the 通用规范汉字表 (2013) in the table's
own order (its serial numbers 1-3500, which the table arranges by GF 3003-1999 笔画序).

Source: the Unicode Character Database's Unihan ``kTGH`` field ("2013:NNNN", the serial number in the
table), file ``Unihan_OtherMappings.txt`` (Debian package ``unicode-data``:
``/usr/share/unicode/Unihan_OtherMappings.txt.bz2``). Unicode License v3, see
``resources/strokes/LICENSE-Unicode.txt``.

Usage: ``python tests/data/make_tgh_level1.py /usr/share/unicode/Unihan_OtherMappings.txt.bz2``
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

LEVEL_1 = 3500


def main(argv: list[str]) -> int:
    source = Path(argv[1])
    opener = bz2.open if source.suffix == ".bz2" else open
    serials: dict[int, str] = {}
    with opener(source, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kTGH":
                for value in parts[2].split():
                    year, _, number = value.partition(":")
                    if year == "2013" and int(number) <= LEVEL_1:
                        serials[int(number)] = chr(int(parts[0][2:], 16))
    if sorted(serials) != list(range(1, LEVEL_1 + 1)):
        raise SystemExit("kTGH does not give serials 1..3500")
    target = Path(__file__).with_name("tgh-level1.txt")
    header = "# 通用规范汉字表 (2013) level 1 in table order, from Unihan kTGH; see make_tgh_level1.py\n"
    target.write_text(header + "".join(serials[n] for n in range(1, LEVEL_1 + 1)) + "\n", encoding="utf-8")
    print(f"{len(serials)} characters -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
