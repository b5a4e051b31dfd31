"""Sign-in sheet layout maths: columns fill the width, pages hold whole rows, unit bands repeat."""

from __future__ import annotations

from itertools import pairwise

import pytest

from meeting_planner.documents.signin_pdf import BAND_MM, ROW_MM, SignInRow, SignInSheet, columns, paginate


def test_columns_fill_the_width_and_leave_room_to_sign() -> None:
    for qr in (False, True):
        cols = columns(180.0, qr)
        assert abs(sum(c.width for c in cols) - 180.0) < 1e-6
        assert [c.heading for c in cols][:6] == ["序号", "单位", "姓名", "职务", "签到", "备注"]
        sign = next(c for c in cols if c.key == "sign")
        assert sign.width >= 35 and ROW_MM >= 12  # a cell one can sign in
        assert all(a.x + a.width == b.x for a, b in pairwise(cols))


def test_pages_hold_whole_rows_and_a_unit_over_a_break_gets_its_band_again() -> None:
    rows = [SignInRow(f"人{i}", unit="甲" if i < 25 else "乙") for i in range(40)]
    body = 10 * ROW_MM + 1
    pages = paginate(SignInSheet("会", "", "", rows, grouped=True), body)
    people = [line.row for page in pages for line in page if line.kind == "person"]
    assert people == rows
    for page in pages:
        assert sum(line.height for line in page) <= body
        assert page[0].kind == "band"  # every page starts with the unit it shows
    bands = [line.unit for page in pages for line in page if line.kind == "band"]
    assert bands[0] == "甲" and "甲（续）" in bands and "乙" in bands
    numbers = [line.number for page in pages for line in page if line.kind == "person"]
    assert numbers == list(range(1, 41))


def test_ungrouped_pages_have_no_bands() -> None:
    rows = [SignInRow(f"人{i}") for i in range(25)]
    pages = paginate(SignInSheet("会", "", "", rows), 10 * ROW_MM)
    assert [len(page) for page in pages] == [10, 10, 5]
    assert BAND_MM < ROW_MM


@pytest.mark.parametrize("qr", [False, True])
def test_number_column_fits_five_digits_at_body_size(qr: bool) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from meeting_planner.documents.fonts import FONT, register_fonts
    from meeting_planner.documents.pdf_base import MM, STYLES
    from meeting_planner.documents.signin_pdf import columns

    register_fonts()
    style = STYLES["sign-in"]
    seq = next(c for c in columns(style.size_mm[0] - style.margin_left - style.margin_right, qr) if c.key == "seq")
    assert stringWidth("10000", FONT, style.body_size) <= (seq.width - 2) * MM
