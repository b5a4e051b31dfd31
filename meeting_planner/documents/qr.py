"""QR codes for check-in codes (``12-0042``), fast enough for thousands per printout.

Check-in codes fit a version-1 QR code (21×21, error correction M) in alphanumeric mode, so every code
shares the same function patterns and format information (fixed mask 0); only the 208 data modules
differ. ``qr_modules`` fills a template made once by segno with the code's bits and Reed–Solomon words
(about 30 µs a code, against 1–2 ms for a general encoder that also tries all eight masks). Anything
else (long or lower-case text) goes to segno itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {ch: i for i, ch in enumerate(_ALPHANUMERIC)}
_SIZE = 21
_DATA_WORDS = 16  # version 1-M
_EC_WORDS = 10
_MAX_CHARS = 20  # alphanumeric capacity of version 1-M


def _segno_modules(code: str, **options: Any) -> list[list[bool]]:
    import segno

    symbol = segno.make_qr(code, error="m", boost_error=False, **options)
    return [[bool(cell) for cell in row] for row in symbol.matrix]


def _gf_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 512
    log = [0] * 256
    value = 1
    for power in range(255):
        exp[power] = value
        log[value] = power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _generator(degree: int) -> list[int]:
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coefficient in enumerate(poly):
            nxt[j] ^= coefficient
            if coefficient:
                nxt[j + 1] ^= _EXP[_LOG[coefficient] + i]
        poly = nxt
    return poly


_GENERATOR_LOGS = [_LOG[c] for c in _generator(_EC_WORDS)[1:]]


def _ec_words(data: list[int]) -> list[int]:
    remainder = [0] * _EC_WORDS
    for word in data:
        factor = word ^ remainder[0]
        remainder = [*remainder[1:], 0]
        if factor:
            log_factor = _LOG[factor]
            for i, g in enumerate(_GENERATOR_LOGS):
                remainder[i] ^= _EXP[log_factor + g]
    return remainder


def _is_function(row: int, col: int) -> bool:
    return (
        row == 6
        or col == 6
        or (row <= 8 and col <= 8)
        or (row <= 8 and col >= _SIZE - 8)
        or (row >= _SIZE - 8 and col <= 8)
    )


def _data_positions() -> list[tuple[int, int]]:
    """The data modules in placement order: two-column strips from the right, zig-zagging up and down."""
    positions: list[tuple[int, int]] = []
    upward = True
    right = _SIZE - 1
    while right > 0:
        if right == 6:
            right -= 1
        rows = range(_SIZE - 1, -1, -1) if upward else range(_SIZE)
        for row in rows:
            for col in (right, right - 1):
                if not _is_function(row, col):
                    positions.append((row, col))
        upward = not upward
        right -= 2
    return positions


_POSITIONS = _data_positions()


@lru_cache(maxsize=1)
def _template() -> tuple[tuple[bool, ...], ...]:
    """Function patterns and format information of version 1-M, mask 0 (from segno, data modules aside)."""
    return tuple(tuple(row) for row in _segno_modules("0", version=1, mask=0))


def _data_codewords(code: str) -> list[int]:
    bits = [0, 0, 1, 0]  # alphanumeric mode
    bits += [int(b) for b in f"{len(code):09b}"]
    for i in range(0, len(code) - 1, 2):
        bits += [int(b) for b in f"{_VALUE[code[i]] * 45 + _VALUE[code[i + 1]]:011b}"]
    if len(code) % 2:
        bits += [int(b) for b in f"{_VALUE[code[-1]]:06b}"]
    capacity = _DATA_WORDS * 8
    bits += [0] * min(4, capacity - len(bits))
    bits += [0] * (-len(bits) % 8)
    words = [int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8)]
    pads = (0xEC, 0x11)
    words += [pads[i % 2] for i in range(_DATA_WORDS - len(words))]
    return words


_MASKED = [(row + col) % 2 == 0 for row, col in _POSITIONS]  # mask 0 flips these


def _matrix(code: str) -> list[bytearray]:
    """Rows of 0/1 bytes."""
    if not code or len(code) > _MAX_CHARS or any(ch not in _VALUE for ch in code):
        return [bytearray(row) for row in _segno_modules(code)]
    data = _data_codewords(code)
    bits = "".join(f"{word:08b}" for word in data + _ec_words(data))
    matrix = [bytearray(row) for row in _template()]
    for (row, col), bit, flip in zip(_POSITIONS, bits, _MASKED, strict=False):
        matrix[row][col] = (bit == "1") != flip
    for (row, col), flip in zip(_POSITIONS[len(bits) :], _MASKED[len(bits) :], strict=True):
        matrix[row][col] = flip  # remainder bits (none in version 1) are light before masking
    return matrix


def qr_modules(code: str) -> list[list[bool]]:
    """The dark/light modules of the QR code for ``code`` (error correction M, no quiet zone), top row first."""
    return [[bool(cell) for cell in row] for row in _matrix(code)]


_HEX_BITS = bytes.maketrans(b"\x00\x01", b"01")


def qr_image_mask(code: str) -> tuple[int, str]:
    """The symbol's size in modules and its rows as the hex data of a 1-bit image mask (1 = dark), each row
    padded to whole bytes: what a PDF inline image (``BI ... ID ... EI``) needs."""
    matrix = _matrix(code)
    size = len(matrix)
    row_bytes = (size + 7) // 8
    pad = row_bytes * 8 - size
    data = b"".join((int(bytes(row).translate(_HEX_BITS), 2) << pad).to_bytes(row_bytes, "big") for row in matrix)
    return size, data.hex()
