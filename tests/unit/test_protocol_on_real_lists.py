"""Issue "protocol right by default", end to end on real files through ``cli.run``: who sits on the rostrum,
one unit order across every list, and 姓氏笔画 by GF 3003."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from meeting_planner.cli import run

SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施孔曹严华金魏陶姜"
GIVEN = "建国明华志强秀英丽娟文博海涛晓东立新卫红振宇子涵"
#: Marked 主席台 by every spelling offices use; none of them is on the first rows of the list.
MARKS = {7: "√", 15: "✓", 23: "是", 31: "Y", 44: "1", 58: "√", 71: "是", 90: "√", 111: "✔"}


def _names(count: int) -> list[str]:
    names: list[str] = []
    for i in range(count):
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 3 + 1) % len(GIVEN)]
        names.append(name if name not in names else name[:2] + "明" + str(i))
    assert len(set(names)) == count
    return names


def _list_file(path: Path, count: int = 120) -> tuple[Path, list[str], set[str]]:
    """A list as offices send it: a title row, 序号 that only numbers the rows, a 主席台 column, mobiles."""
    names = _names(count)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2026年全区工作会议参会人员名单"])
    sheet.append(["序号", "单位", "姓名", "职务", "是否上主席台", "手机"])
    for i, name in enumerate(names, start=1):
        sheet.append([i, f"第{(i - 1) % 6 + 1}单位", name, "处长", MARKS.get(i, ""), f"1390000{i:04d}"])
    book.save(path)
    return path, names, {names[i - 1] for i in MARKS}


def _cli(db: Path, *args: str) -> None:
    assert run(["--db", str(db), *args]) == 0


def _pdf_lines(path: Path) -> list[str]:
    return [line for page in PdfReader(str(path)).pages for line in page.extract_text().splitlines()]


def _on_rostrum(seat_list: Path, names: list[str]) -> set[str]:
    """Names whose 区域 cell on the seat list (序号 姓名 单位 区域 排 座, one cell per text line) is 主席台."""
    cells = [cell.strip() for cell in _pdf_lines(seat_list)]
    return {name for name in names if name in cells and cells[cells.index(name) + 2] == "主席台"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    _cli(db, "new", "--title", "全区工作会议", "--start", "2026-12-01T09:00", "--template", "plenary")
    return db


def test_exactly_the_marked_people_sit_on_the_rostrum(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing, names, marked = _list_file(tmp_path / "名单.xlsx")
    _cli(db, "import", "1", str(listing))
    _cli(db, "seat", "1", "--venue", "hall-800")  # no --rostrum
    out = tmp_path / "座次表.pdf"
    _cli(db, "export", "1", "seat-list-pdf", str(out))
    on_rostrum = _on_rostrum(out, names)
    assert on_rostrum == marked
    assert len(on_rostrum) == 9
    capsys.readouterr()
    _cli(db, "rostrum", "1")
    listed = capsys.readouterr().out
    assert "主席台共 9 人" in listed
    # Unmarking one and seating again: that person leaves the rostrum, nobody takes a seat they were not given.
    leaving = names[6]
    _cli(db, "rostrum", "1", "--remove", leaving)
    _cli(db, "seat", "1", "--venue", "hall-800")
    _cli(db, "export", "1", "seat-list-pdf", str(out))
    assert _on_rostrum(out, names) == marked - {leaving}


def test_rostrum_n_still_seats_the_top_n_when_nobody_is_marked(db: Path, tmp_path: Path) -> None:
    listing, names, _marked = _list_file(tmp_path / "名单.xlsx")
    _cli(db, "import", "1", str(listing))
    _cli(db, "rostrum", "1", "--clear")
    out = tmp_path / "座次表.pdf"
    _cli(db, "seat", "1", "--venue", "hall-800")
    _cli(db, "export", "1", "seat-list-pdf", str(out))
    assert _on_rostrum(out, names) == set()
    _cli(db, "seat", "1", "--venue", "hall-800", "--rostrum", "5")
    _cli(db, "export", "1", "seat-list-pdf", str(out))
    assert _on_rostrum(out, names) == set(names[:5])


def _unit_sequence(texts: list[str], units: list[str]) -> list[str]:
    """Units in the order they first appear in the text lines."""
    found: list[str] = []
    for line in texts:
        for match in re.finditer(r"第\d单位|区委|区政府", line):
            if match.group(0) in units and match.group(0) not in found:
                found.append(match.group(0))
    return found


def test_every_list_orders_units_the_same_way_leaders_first(db: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["排序", "单位", "姓名", "职务", "主席台"])
    # The list starts with ordinary units; the leaders (best ranks) come last, in two units.
    rows = [
        (30, "第3单位", "甲一"), (31, "第3单位", "甲二"), (20, "第1单位", "乙一"), (21, "第1单位", "乙二"),
        (25, "第2单位", "丙一"), (26, "第2单位", "丙二"), (2, "区政府", "丁一"), (1, "区委", "戊一"),
    ]  # fmt: skip
    for rank, unit, name in rows:
        sheet.append([rank, unit, name, "主任", "√" if unit.startswith("区") else ""])
    listing = tmp_path / "名单.xlsx"
    book.save(listing)
    _cli(db, "import", "1", str(listing))
    _cli(db, "seat", "1", "--venue", "hall-800")
    units = ["区委", "区政府", "第1单位", "第2单位", "第3单位"]
    _cli(db, "notice", "1", "--list-names", "yes")  # the notice lists the invited people (default: 参会范围 text)
    sequences: dict[str, list[str]] = {}
    for fmt in ("sign-in-pdf", "seat-list-pdf", "notice-pdf"):
        out = tmp_path / f"{fmt}.pdf"
        _cli(db, "export", "1", fmt, str(out))
        sequences[fmt] = _unit_sequence(_pdf_lines(out), units)
    workbook = tmp_path / "签到统计.xlsx"
    _cli(db, "export", "1", "attendance-xlsx", str(workbook))
    book_in = load_workbook(workbook)
    for sheet_in in book_in.worksheets:
        cells = [" ".join(str(c) for c in row if c is not None) for row in sheet_in.iter_rows(values_only=True)]
        sequences[f"xlsx:{sheet_in.title}"] = _unit_sequence(cells, units)
    from meeting_planner.services.checkin import board
    from meeting_planner.storage.workspace import open_workspace

    workspace = open_workspace(db)
    try:
        sequences["board"] = [u.unit for u in board(workspace, 1).units]
        from meeting_planner.services.seating import seating_view

        view = seating_view(workspace, 1)
        hall = [view.occupant(seat.id) for zone in view.venue.zones if zone.key == "hall" for seat in zone.seats]
        sequences["hall"] = [a.unit for a in hall if a is not None]
        sequences["hall"] = list(dict.fromkeys(sequences["hall"]))
    finally:
        workspace.close()
    # The rostrum takes the two leaders; the hall has the other units in the same order.
    assert sequences["hall"] == units[2:]
    for name, sequence in sequences.items():
        if name != "hall":
            assert sequence == units, name
    # An official order, once set, is what every list uses.
    _cli(db, "units", "--order", "第3单位,区委,第1单位")
    out = tmp_path / "sign-in-again.pdf"
    _cli(db, "export", "1", "sign-in-pdf", str(out))
    assert _unit_sequence(_pdf_lines(out), units) == ["第3单位", "区委", "第1单位", "区政府", "第2单位"]


def test_sign_in_by_strokes_follows_gf_3003(db: Path, tmp_path: Path) -> None:
    # Shuffled; GF 3003 order: 4 strokes 毛 方 尹 孔, then 5 strokes 石 龙 卢 叶 史 白 冯.
    surnames = ["冯", "孔", "史", "毛", "白", "石", "尹", "叶", "方", "卢", "龙"]
    expected = ["毛", "方", "尹", "孔", "石", "龙", "卢", "叶", "史", "白", "冯"]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位", "姓名"])
    for surname in surnames:
        sheet.append(["区委办", surname + "建国"])
    listing = tmp_path / "名单.xlsx"
    book.save(listing)
    _cli(db, "import", "1", str(listing))
    out = tmp_path / "签到表.pdf"
    _cli(db, "export", "1", "sign-in-strokes-pdf", str(out))
    text = "\n".join(_pdf_lines(out))
    positions = [text.index(surname + "建国") for surname in expected]
    assert positions == sorted(positions)


def test_single_character_given_names_first_is_a_choice(db: Path, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位", "姓名"])
    for name in ("田大利", "田富", "王五"):
        sheet.append(["区委办", name])
    listing = tmp_path / "名单.xlsx"
    book.save(listing)
    _cli(db, "import", "1", str(listing))
    for fmt, expected in (
        ("sign-in-strokes-pdf", ["王五", "田大利", "田富"]),
        ("sign-in-strokes-single-first-pdf", ["王五", "田富", "田大利"]),
    ):
        out = tmp_path / f"{fmt}.pdf"
        _cli(db, "export", "1", fmt, str(out))
        text = "\n".join(_pdf_lines(out))
        assert sorted(expected, key=text.index) == expected, fmt
