"""``venues``, ``seat`` and the seating export formats, run through ``cli.run`` on a real workspace."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.cli import run

NAMES = ["王伟", "李秀英", "张建国", "刘洋", "陈静", "杨帆", "黄志强", "赵敏", "吴磊", "周杰"]


def _setup(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.csv"
    with listing.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["序号", "单位", "姓名", "职务"])
        for index, name in enumerate(NAMES):
            writer.writerow([index + 1, f"第{index % 3 + 1}单位", name, "处长"])
    assert (
        run(["--db", str(db), "new", "--title", "全体会议", "--start", "2026-12-01T09:00", "--template", "plenary"])
        == 0
    )
    assert run(["--db", str(db), "import", "1", str(listing)]) == 0
    capsys.readouterr()


def test_venues_lists_key_first_capacity_last(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(tmp_path / "w.db"), "venues"]) == 0
    lines = capsys.readouterr().out.splitlines()
    keys = [line.split()[0] for line in lines]
    assert {"hall-800", "meeting-room-20", "committee-room", "banquet-10"} <= set(keys)
    capacities = {line.split()[0]: int(line.split()[-1]) for line in lines}
    assert capacities["meeting-room-20"] == 20


def test_seat_and_export_three_pdfs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    _setup(db, tmp_path, capsys)
    assert run(["--db", str(db), "seat", "1", "--venue", "hall-800", "--honour", "right", "--method", "columns"]) == 0
    out = capsys.readouterr().out
    assert "已安排座位：10 人" in out
    assert "未安排座位：0 人" in out
    for fmt in ("seating-pdf", "seat-list-pdf", "table-cards-pdf"):
        target = tmp_path / f"{fmt}.pdf"
        assert run(["--db", str(db), "export", "1", fmt, str(target)]) == 0
        text = re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(target).pages))
        assert all(name in text for name in NAMES), fmt
    assert len(PdfReader(tmp_path / "table-cards-pdf.pdf").pages) == len(NAMES)


def test_seat_with_a_venue_file_saves_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    _setup(db, tmp_path, capsys)
    venue = tmp_path / "room.toml"
    venue.write_text(
        'key = "my-room"\nname = "小会议室"\n[[zones]]\nkey = "room"\nkind = "auditorium"\n'
        "rows = 2\nseats_per_row = 6\n",
        encoding="utf-8",
    )
    assert run(["--db", str(db), "seat", "1", "--venue", str(venue)]) == 0
    capsys.readouterr()
    assert run(["--db", str(db), "venues"]) == 0
    assert any(line.startswith("my-room") and line.endswith("12") for line in capsys.readouterr().out.splitlines())


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.db"
    _setup(db, tmp_path, capsys)
    bad = tmp_path / "bad.toml"
    bad.write_text('key = "x"\nname = "坏"\n[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = "three"\n', encoding="utf-8")
    assert run(["--db", str(db), "seat", "1", "--venue", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "bad.toml" in err and "zones[0].rows" in err
    assert run(["--db", str(db), "seat", "1", "--venue", "no-such-venue"]) == 1
    assert "no-such-venue" in capsys.readouterr().err
    assert run(["--db", str(db), "export", "1", "seating-pdf", str(tmp_path / "x.pdf")]) == 1
    assert "场地" in capsys.readouterr().err
