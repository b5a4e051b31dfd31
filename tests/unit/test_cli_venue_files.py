"""Issue 13: hostile venue files are refused with one clear message and change nothing; a hall drawn in
Excel is imported with ``venues --import-grid`` exactly as drawn."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Border, Side

from meeting_planner.cli import run
from meeting_planner.documents.venue_grid import row_label
from meeting_planner.documents.venue_toml import venue_from_toml
from meeting_planner.domain.venue import VenueError

HEAD = 'key = "fuzz"\nname = "模糊"\n'
HALL = HEAD + '[[zones]]\nkey = "hall"\nkind = "auditorium"\n'

FUZZED = {
    "nan-seat-width": HALL + "rows = 3\nseats_per_row = 4\nseat_width = nan\n",
    "inf-x": HEAD + '[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [5]\nx = inf\n',
    "neg-inf-gap": HEAD + '[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [5]\ngap_after = -inf\n',
    "huge-aisle": HEAD + '[[zones]]\nkey = "hall"\nkind = "auditorium"\nrows = 3\nseats_per_row = 4\naisle = 1e308\n',
    "huge-table-x": HEAD + '[[zones]]\nkey = "b"\nkind = "banquet"\n[[zones.table]]\nx = 1e308\ny = 0\n',
    "rows-1e8": HEAD + '[[zones]]\nkey = "hall"\nkind = "auditorium"\nrows = 100000000\nseats_per_row = 30\n',
    "seats-1e8": HEAD + '[[zones]]\nkey = "hall"\nkind = "auditorium"\nrows = 2\nseats_per_row = 100000000\n',
    "rostrum-1e8": HEAD + '[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [100000000]\n',
    "too-many-seats": HEAD
    + '[[zones]]\nkey = "hall"\nkind = "auditorium"\nrows = 500\n'
    + "sections = ["
    + ", ".join("{ seats = 400 }" for _ in range(3))
    + "]\n",
    "tables-1e8": HEAD + '[[zones]]\nkey = "b"\nkind = "banquet"\ntables = 100000000\n',
    "deep-array": HEAD + "deep = " + "[" * 100_000 + "]" * 100_000 + "\n",
    "deep-inline-table": HEAD + "deep = " + "{ a = " * 50_000 + "1" + " }" * 50_000 + "\n",
    "huge-int": HEAD + '[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [' + "9" * 4000 + "]\n",
}


@pytest.mark.parametrize("case", sorted(FUZZED))
def test_fuzzed_venue_text_is_refused_naming_file_and_field(case: str) -> None:
    with pytest.raises(VenueError) as caught:
        venue_from_toml(FUZZED[case], f"{case}.toml")
    message = str(caught.value)
    assert message.startswith(f"{case}.toml：")
    assert "\n" not in message and len(message) < 400


def test_bad_numbers_name_the_field() -> None:
    with pytest.raises(VenueError, match=r"zones\[0\]\.seat_width.*nan"):
        venue_from_toml(FUZZED["nan-seat-width"], "f.toml")
    with pytest.raises(VenueError, match=r"zones\[0\]\.rows"):
        venue_from_toml(FUZZED["rows-1e8"], "f.toml")
    with pytest.raises(VenueError, match=r"zones\[0\]\.table\[0\]\.x"):
        venue_from_toml(FUZZED["huge-table-x"], "f.toml")


def _dump(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as connection:
        return connection.execute("select key, name, toml from venues order by key").fetchall()


@pytest.mark.parametrize("case", ["nan-seat-width", "inf-x", "huge-aisle", "rows-1e8", "deep-array"])
def test_fuzzed_files_through_the_cli_give_one_message_and_change_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.db"
    assert run(["--db", str(db), "venues"]) == 0
    before = _dump(db)
    bad = tmp_path / f"{case}.toml"
    bad.write_text(FUZZED[case], encoding="utf-8")
    capsys.readouterr()
    assert run(["--db", str(db), "venues", "--import", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and f"{case}.toml" in lines[0]
    assert _dump(db) == before


def test_row_labels_as_offices_write_them() -> None:
    assert row_label("第1排") == (False, 1)
    assert row_label("一排") == (False, 1)
    assert row_label("12") == (False, 12)
    assert row_label("第十二排") == (False, 12)
    assert row_label("主席台第二排") == (True, 2)
    assert row_label("舞台") is None


def _hall_sheet(path: Path) -> tuple[int, int]:
    """A seat map as offices draw it: a title and a 舞台 banner (merged), two rostrum rows (5 and 7),
    then six audience rows in three sections with aisle columns, rows of different lengths, a pillar
    (×) and a few boxed empty cells. Returns (rostrum seats, audience seats)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "市政府礼堂座位图"
    sheet.merge_cells("A1:P1")
    sheet["C2"] = "舞台"
    sheet.merge_cells("C2:O2")
    sheet["A3"] = "主席台第一排"
    for column in range(6, 11):  # F..J: 5 chairs
        sheet.cell(3, column, "○")
    sheet["A4"] = "主席台第二排"
    for column in range(5, 12):  # E..K: 7 chairs
        sheet.cell(4, column, "○")
    box = Border(*(Side(style="thin"),) * 4)
    audience = 0
    labels = ["第1排", "2", "三排", "第4排", "第5排", "第6排"]
    for index, label in enumerate(labels):
        row = 6 + index
        sheet.cell(row, 1, label)
        left = range(3 if index < 3 else 2, 6)  # B/C..E, longer from row 4
        centre = range(7, 12)  # G..K
        right = range(13, 16 if index != 5 else 15)  # M..O (last row shorter)
        for column in [*left, *centre, *right]:
            cell = sheet.cell(row, column)
            if index == 1 and column == 9:
                cell.value = "×"  # a pillar
            elif index == 2:
                cell.border = box  # boxed, empty
            else:
                cell.value = "□" if column % 2 else index + column
            audience += 1
    workbook.save(path)
    return 12, audience


def test_import_grid_gives_exactly_the_seats_drawn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    sheet = tmp_path / "礼堂.xlsx"
    rostrum, audience = _hall_sheet(sheet)
    assert run(["--db", str(db), "venues", "--import-grid", str(sheet), "--name", "市政府礼堂", "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "主席台：12 座，2 排（每排 5、7）" in shown
    assert f"场下：{audience} 座，6 排" in shown and "分区 左区、中区、右区" in shown and "不可用 1 座" in shown
    assert "试读，未保存" in shown
    assert run(["--db", str(db), "venues", "--import-grid", str(sheet), "--name", "市政府礼堂"]) == 0
    assert "已保存场地“市政府礼堂”" in capsys.readouterr().out
    assert run(["--db", str(db), "venues"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "市政府礼堂" in line]
    assert len(lines) == 1
    assert int(lines[0].split()[-1]) == rostrum + audience - 1  # the pillar is not a seat to use
    from meeting_planner.services.seating import list_venues
    from meeting_planner.storage.workspace import open_workspace

    workspace = open_workspace(db, backup=False)
    try:
        venue = next(v for v, _ in list_venues(workspace) if v.name == "市政府礼堂")
    finally:
        workspace.close()
    zone = venue.zone("hall")
    assert [len(row) for row in zone.rows()] == [11, 11, 11, 12, 12, 11]
    assert [row[0].row_label for row in zone.rows()] == [f"第{n}排" for n in range(1, 7)]
    assert [len(row) for row in venue.zone("rostrum").rows()] == [5, 7]


def test_import_grid_names_the_cell_not_understood(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    sheet = tmp_path / "坏.xlsx"
    _hall_sheet(sheet)
    from openpyxl import load_workbook

    workbook = load_workbook(sheet)
    workbook.active["H7"] = "这里放一台摄像机和灯光设备"  # type: ignore[index]
    workbook.save(sheet)
    assert run(["--db", str(db), "venues", "--import-grid", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "H7" in err
    assert run(["--db", str(db), "venues"]) == 0
    assert "坏" not in capsys.readouterr().out


def test_a_nan_saved_by_an_older_version_breaks_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    listing = tmp_path / "list.csv"
    listing.write_text("姓名,单位\n王伟,办公室\n李娜,办公室\n", encoding="utf-8")
    assert run(["--db", str(db), "new", "--title", "会", "--start", "2026-12-01T09:00", "--template", "work"]) == 0
    assert run(["--db", str(db), "import", "1", str(listing)]) == 0
    assert run(["--db", str(db), "seat", "1", "--venue", "meeting-room-20"]) == 0
    good = 'key = "old"\nname = "旧会场"\n[[zones]]\nkey = "hall"\nkind = "auditorium"\nrows = 2\nseats_per_row = 5\n'
    with sqlite3.connect(db) as connection:
        connection.execute(
            "insert into venues (key, name, toml, created_at) values ('old', '旧会场', ?, '2025-01-01 00:00:00')",
            (good + "seat_width = nan\n",),
        )
        connection.execute("update meetings set venue_key = 'old'")
    capsys.readouterr()
    assert run(["--db", str(db), "venues"]) == 0
    listed = capsys.readouterr().out
    assert "hall-800" in listed and "旧会场" not in listed
    assert run(["--db", str(db), "export", "1", "seating-pdf", str(tmp_path / "c.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "seat_width" in err and len(err.strip().splitlines()) == 1


def test_grid_reading_rules_unmerged_banners_aisle_words_labels_at_both_ends(tmp_path: Path) -> None:
    from meeting_planner.documents.venue_grid import read_grid_hall

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["D1"] = "主席台"  # a banner, not merged
    sheet["A2"] = "1"
    sheet["A3"] = "2"
    for row in (2, 3):
        for column in "BCD":
            sheet[f"{column}{row}"] = "○"
        sheet[f"E{row}"] = "过道"
        for column in "FG":
            sheet[f"{column}{row}"] = "○"
        sheet[f"H{row}"] = f"第{row - 1}排"
    sheet["C5"] = "入口"
    path = tmp_path / "room.xlsx"
    workbook.save(path)
    hall = read_grid_hall(path)
    assert hall.rostrum_rows == []
    assert hall.grid == ["ooo.oo", "ooo.oo"]
    assert hall.row_labels == ["第1排", "第2排"]
    assert any("主席台" in note for note in hall.notes) and any("入口" in note for note in hall.notes)
