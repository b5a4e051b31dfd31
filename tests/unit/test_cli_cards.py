"""`meeting-planner cards`: all cards, a selection, or only those changed since the last print."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pypdf
import pytest

from meeting_planner.cli import run
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.attendees import list_meeting_attendees, update_attendee
from meeting_planner.services.meetings import create_meeting
from meeting_planner.services.seating import auto_seat
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import open_workspace

NAMES = ("周建国", "王伟", "李娜", "赵敏")


def card_names(path: Path) -> list[str]:
    return ["".join(page.extract_text().split())[-3:] for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def seated(db_path: Path) -> Path:
    with open_workspace(db_path) as workspace:
        meeting = create_meeting(workspace, "桌签测试", datetime(2026, 12, 1, 9), "work")
        assert meeting.id is not None
        with workspace.transaction() as connection:
            add_attendees(
                connection, meeting.id, [Attendee(name, unit="办公室", rank=i) for i, name in enumerate(NAMES, 1)]
            )
        auto_seat(workspace, meeting.id, "meeting-room-20")
    return db_path


def test_all_then_changed_only_then_selection(seated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    everyone = tmp_path / "all.pdf"
    assert run(["--db", str(seated), "cards", "1", str(everyone)]) == 0
    assert len(pypdf.PdfReader(everyone).pages) == len(NAMES)

    unchanged = tmp_path / "none.pdf"
    assert run(["--db", str(seated), "cards", "1", str(unchanged), "--changed"]) == 1
    assert "没有变化" in capsys.readouterr().err
    assert not unchanged.exists()

    with open_workspace(seated) as workspace:
        person = next(p for p in list_meeting_attendees(workspace, 1) if p.name == "李娜")
        person.name = "李娜娜"
        update_attendee(workspace, person)
    changed = tmp_path / "changed.pdf"
    assert run(["--db", str(seated), "cards", "1", str(changed), "--changed"]) == 0
    assert "".join(pypdf.PdfReader(changed).pages[0].extract_text().split()).count("李娜娜") == 2
    assert len(pypdf.PdfReader(changed).pages) == 1

    chosen = tmp_path / "chosen.pdf"
    assert run(["--db", str(seated), "cards", "1", str(chosen), "--name", "赵敏", "--name", "王伟"]) == 0
    text = "".join(page.extract_text() for page in pypdf.PdfReader(chosen).pages)
    assert len(pypdf.PdfReader(chosen).pages) == 2 and "赵" in text and "周" not in text
    assert run(["--db", str(seated), "cards", "1", str(tmp_path / "x.pdf"), "--name", "无此人"]) == 1


def test_names_resolve_through_the_service(seated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--name`` takes names (normalised), substitutes' names and codes; a name two people share is refused
    with both named by unit and code, and no file is written."""
    with open_workspace(seated) as workspace:
        with workspace.transaction() as connection:
            add_attendees(connection, 1, [Attendee("王伟", unit="区教育局", rank=9)])
        auto_seat(workspace, 1, "meeting-room-20")
        codes = {p.unit: p.code for p in list_meeting_attendees(workspace, 1) if p.name == "王伟"}
    out = tmp_path / "twins.pdf"
    assert run(["--db", str(seated), "cards", "1", str(out), "--name", "王 伟"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：这些姓名对应多人，请改用签到码：王 伟（")
    assert f"办公室 {codes['办公室']}" in err and f"区教育局 {codes['区教育局']}" in err
    assert not out.exists()
    assert run(["--db", str(seated), "cards", "1", str(out), "--name", codes["区教育局"], "--name", "赵　敏"]) == 0
    assert len(pypdf.PdfReader(out).pages) == 2
    assert run(["--db", str(seated), "cards", "1", str(out), "--name", "无此人"]) == 1
    assert capsys.readouterr().err.strip().endswith("本次会议没有这些人员：无此人")


def test_export_with_no_card_to_print_is_an_error_not_a_missing_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_workspace(db_path) as workspace:
        create_meeting(workspace, "空会议", datetime(2026, 12, 1, 9), "work")
        auto_seat(workspace, 1, "meeting-room-20")
    out = tmp_path / "cards.pdf"
    assert run(["--db", str(db_path), "export", "1", "table-cards-pdf", str(out)]) == 1
    assert capsys.readouterr().err == "错误：没有可打印的桌签\n"
    assert not out.exists()
