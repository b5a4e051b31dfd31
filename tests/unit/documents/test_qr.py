"""The fast QR encoder for check-in codes: the same symbols as segno, and a fallback for other text."""

from __future__ import annotations

import segno

from meeting_planner.documents.qr import _POSITIONS, _ec_words, qr_image_mask, qr_modules

_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def _segno(code: str, **options: object) -> list[list[bool]]:
    symbol = segno.make_qr(code, error="m", boost_error=False, **options)
    return [[bool(cell) for cell in row] for row in symbol.matrix]


def _read_back(modules: list[list[bool]]) -> str:
    """Decode our own symbol: unmask the data modules, check the error words, read the alphanumeric text."""
    bits = "".join("1" if modules[r][c] != ((r + c) % 2 == 0) else "0" for r, c in _POSITIONS)
    words = [int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)]
    assert words[16:] == _ec_words(words[:16])
    assert bits[:4] == "0010"
    length = int(bits[4:13], 2)
    text, at = "", 13
    while len(text) + 2 <= length:
        pair = int(bits[at : at + 11], 2)
        text += _ALPHANUMERIC[pair // 45] + _ALPHANUMERIC[pair % 45]
        at += 11
    if len(text) < length:
        text += _ALPHANUMERIC[int(bits[at : at + 6], 2)]
    return text


def test_check_in_codes_match_segno_module_for_module() -> None:
    # segno writes one extra zero byte when the bit stream ends on a byte (7-character codes); otherwise
    # the symbols (version 1-M, mask 0, alphanumeric) are identical.
    for code in [f"{m}-{i:04d}" for m in (1, 345) for i in range(0, 10_000, 37)] + ["A", "ABC", "HELLO WORLD"]:
        assert qr_modules(code) == _segno(code, version=1, mask=0, mode="alphanumeric"), code


def test_every_code_reads_back() -> None:
    for code in ["12-0001", "12-0042", "9-9999", "1234-0001", "12345678901234567890"]:
        modules = qr_modules(code)
        assert len(modules) == 21
        assert _read_back(modules) == code


def test_other_text_goes_to_segno() -> None:
    assert qr_modules("会务筹备") == _segno("会务筹备")
    assert qr_modules("x" * 30) == _segno("x" * 30)


def test_image_mask_rows_are_padded_bytes() -> None:
    size, data = qr_image_mask("12-0042")
    modules = qr_modules("12-0042")
    assert size == 21 and len(data) == 21 * 3 * 2
    first = bin(int(data[:6], 16))[2:].zfill(24)
    assert [c == "1" for c in first[:21]] == modules[0] and first[21:] == "000"
