"""A fixed-seed generator of mutated attendee lists (.xlsx, .xls, .csv) for the importer's fuzz test.

Mutations: bit flips, truncation, zip-entry swaps, zip flags (encrypted, unknown compression, wrong
sizes), XML mutations (huge claimed dimensions, far-away cells, thousands of columns, broken tags,
entities, bogus shared-string indexes), many CSV fields per row, control characters and NUL bytes.
"""

from __future__ import annotations

import random
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from list_files import write_csv, write_xls, write_xlsx

ROWS = [
    ["2026年全区工作会议参会人员名单"],
    ["序号", "单位", "姓名", "职务", "电话", "备注"],
    [1, "区委办公室", "王　伟", "主任", "13800138000", "主席台"],
    [2, "区政府办公室", "李晓明", "副主任", 13900139000, "请假：出差"],
    [3, "区财政局", "张三", "局长", "", "代会：赵四 副局长"],
    [4, "区教育局", "欧阳娜娜", "科员", "010-12345678", "备注\x0b竖排"],
    [5, "区卫健委", "陈  明", "处长", "", ""],
]


def seeds(folder: Path) -> dict[str, bytes]:
    """The unmutated files, by kind."""
    folder.mkdir(parents=True, exist_ok=True)
    clean_rows = [[value.replace("\x0b", "") if isinstance(value, str) else value for value in row] for row in ROWS]
    return {
        "xlsx": write_xlsx(folder / "seed.xlsx", clean_rows, sheet="名单").read_bytes(),
        "xls": write_xls(folder / "seed.xls", clean_rows, sheet="名单").read_bytes(),
        "csv": write_csv(folder / "seed.csv", ROWS, encoding="utf-8-sig").read_bytes(),
        "gbk": write_csv(folder / "seed-gbk.csv", clean_rows, encoding="gbk").read_bytes(),
    }


def _bit_flips(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        position = rng.randrange(len(buffer))
        buffer[position] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _overwrite(rng: random.Random, data: bytes) -> bytes:
    buffer = bytearray(data)
    start = rng.randrange(len(buffer))
    for index in range(start, min(len(buffer), start + rng.randint(1, 64))):
        buffer[index] = rng.randrange(256)
    return bytes(buffer)


def _parts(data: bytes) -> dict[str, bytes]:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def _zip(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _swap_entries(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    names = list(parts)
    first, second = rng.sample(names, 2)
    parts[first], parts[second] = parts[second], parts[first]
    return _zip(parts)


def _zip_flags(rng: random.Random, data: bytes) -> bytes:
    """Set the encrypted/data-descriptor flag, an unknown compression method or a wrong size on headers."""
    buffer = bytearray(data)
    signatures = [b"PK\x03\x04", b"PK\x01\x02"]
    offsets = [i for sig in signatures for i in _find_all(buffer, sig)]
    for offset in rng.sample(offsets, min(len(offsets), rng.randint(1, 3))):
        local = buffer[offset : offset + 4] == b"PK\x03\x04"
        flag_at, method_at, size_at = (offset + 6, offset + 8, offset + 22) if local else (offset + 8, offset + 10, 24)
        choice = rng.randrange(4)
        if choice == 0:
            struct.pack_into("<H", buffer, flag_at, struct.unpack_from("<H", buffer, flag_at)[0] | 0x1)
        elif choice == 1:
            struct.pack_into("<H", buffer, method_at, rng.choice([1, 6, 14, 99, 12]))
        elif choice == 2 and local:
            struct.pack_into("<I", buffer, size_at, rng.choice([0, 1, 0xFFFFFFFF, 10**9]))
        else:
            struct.pack_into("<H", buffer, flag_at, struct.unpack_from("<H", buffer, flag_at)[0] | 0x8)
    return bytes(buffer)


def _find_all(buffer: bytearray, needle: bytes) -> list[int]:
    found, start = [], 0
    while (index := buffer.find(needle, start)) >= 0:
        found.append(index)
        start = index + 1
    return found


def _sheet_name(parts: dict[str, bytes]) -> str:
    return next(name for name in parts if name.startswith("xl/worksheets/sheet"))


def _xml(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    sheet = _sheet_name(parts)
    xml = parts[sheet]
    choice = rng.randrange(10)
    if choice == 0:  # a huge claimed dimension
        xml = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', xml)
    elif choice == 1:  # a cell and a row far away
        xml = xml.replace(
            b"</sheetData>",
            b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
        )
    elif choice == 2:  # thousands of columns in one row
        cells = b"".join(b'<c t="inlineStr"><is><t>%d</t></is></c>' % n for n in range(rng.choice([500, 5000, 16384])))
        xml = xml.replace(b"</sheetData>", b'<row r="9">' + cells + b"</row></sheetData>")
    elif choice == 3:  # broken tags
        position = rng.randrange(len(xml))
        xml = xml[:position] + rng.choice([b"<", b">", b"</c>", b"<row", b"&", b"\x00"]) + xml[position:]
    elif choice == 4:  # an entity declaration (XML bomb attempt)
        xml = xml.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1)
    elif choice == 5 and "xl/sharedStrings.xml" in parts:  # bogus shared-string indexes and counts
        xml = xml.replace(b't="s"><v>', b't="s"><v>9999999', 1)
        parts["xl/sharedStrings.xml"] = parts["xl/sharedStrings.xml"].replace(b'count="', b'count="99999999', 1)
    elif choice == 6:  # control characters and odd values in cells
        xml = xml.replace(
            b"</sheetData>",
            b'<row r="20"><c r="C20" t="inlineStr"><is><t>\x01\x1f</t></is></c>'
            b'<c r="D20" t="n"><v>1e999</v></c><c r="E20" t="d"><v>not a date</v></c>'
            b'<c r="F20" t="b"><v>7</v></c><c r="G20" t="e"><v>#N/A</v></c></row></sheetData>',
        )
    elif choice == 7:  # bad cell references
        xml = xml.replace(b'r="C3"', rng.choice([b'r="C0"', b'r="ZZZZ3"', b'r="3C"', b'r=""', b'r="C99999999999"']))
    elif choice == 8:  # remove a part the workbook points to
        victim = rng.choice([name for name in parts if name.startswith("xl/")])
        del parts[victim]
        return _zip(parts)
    else:  # random bytes inside the XML
        buffer = bytearray(xml)
        for _ in range(rng.randint(1, 10)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(32, 127)
        xml = bytes(buffer)
    parts[sheet] = xml
    return _zip(parts)


def _csv(rng: random.Random, data: bytes) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:  # a row with very many fields
        return data + b"\r\n" + b"," * rng.choice([5000, 200_000])
    if choice == 1:  # a huge field
        return data + b'\r\n1,"' + b"x" * 300_000 + b'"'
    if choice == 2:  # an unterminated quote
        return data + b'\r\n2,"unterminated,' + b"y" * 1000
    if choice == 3:  # NUL bytes and control characters
        position = rng.randrange(len(data))
        return data[:position] + rng.choice([b"\x00", b"\x0b\x0c", b"\x1b[31m", b"\x7f"]) + data[position:]
    if choice == 4:  # invalid encoding
        return data + b"\r\n\xff\xfe\x80\x81,\xc3\x28"
    return b"\r\n".join([b";".join([b"x"] * 300)] * 50)  # wide sheet, other delimiter


Mutation = Callable[[random.Random, bytes], bytes]
GENERIC: list[Mutation] = [_bit_flips, _truncate, _overwrite]
BY_KIND: dict[str, list[Mutation]] = {
    "xlsx": [*GENERIC, _swap_entries, _zip_flags, _xml, _xml, _xml],
    "xls": GENERIC,
    "csv": [*GENERIC, _csv, _csv],
    "gbk": [*GENERIC, _csv],
}
SUFFIX = {"xlsx": ".xlsx", "xls": ".xls", "csv": ".csv", "gbk": ".csv"}


def generate(folder: Path, count: int, seed: int = 20261121) -> list[Path]:
    """``count`` mutated files in ``folder`` (the same ones for the same seed)."""
    rng = random.Random(seed)
    originals = seeds(folder / "seeds")
    kinds = ["xlsx", "xlsx", "xlsx", "xls", "xls", "csv", "gbk"]
    paths = []
    for number in range(count):
        kind = kinds[number % len(kinds)]
        mutation = rng.choice(BY_KIND[kind])
        data = mutation(rng, originals[kind])
        path = folder / f"fuzz-{number:04d}-{mutation.__name__.strip('_')}{SUFFIX[kind]}"
        path.write_bytes(data)
        paths.append(path)
    return paths
