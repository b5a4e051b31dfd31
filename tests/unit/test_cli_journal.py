"""``journal status|sync|export|merge``: the desk journal on the command line, and the board's 重复签到."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.cli import run
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.desk import CheckInDesk
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.desk_journal import DeskJournal
from meeting_planner.storage.workspace import open_workspace

START = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def offline_journal(db_path: Path, tmp_path: Path) -> tuple[int, list[Attendee], Path]:
    """A meeting, and a desk journal holding two check-ins made while the desk was offline."""
    journal_path = tmp_path / "desk-journal.db"
    with open_workspace(db_path) as workspace:
        meeting = create_meeting(workspace, "全市教育工作会议", START, "work")
        assert meeting.id is not None
        with workspace.transaction() as connection:
            people = add_attendees(connection, meeting.id, [Attendee("周建国", unit="市教育局"), Attendee("王伟")])
        journal = DeskJournal(journal_path)
        desk = CheckInDesk(workspace, meeting.id, journal, "一号台")
        desk.load()
        desk.offline = True
        desk.check_in("周建国", at=datetime(2026, 12, 1, 8, 40))
        desk.check_in("王伟", at=datetime(2026, 12, 1, 8, 41))
        journal.close()
    return meeting.id, people, journal_path


def test_status_sync_and_sync_again(db_path: Path, offline_journal, capsys) -> None:  # type: ignore[no-untyped-def]
    meeting_id, people, journal = offline_journal
    assert run(["--db", str(db_path), "journal", "--journal", str(journal), "status"]) == 0
    out = capsys.readouterr().out
    assert "2 条待同步" in out and "周建国" in out and "一号台" in out
    assert run(["--db", str(db_path), "journal", "--journal", str(journal), "sync"]) == 0
    assert "已同步 2 条签到记录：写入 2 条" in capsys.readouterr().out
    assert run(["--db", str(db_path), "journal", "--journal", str(journal), "sync"]) == 0
    assert "已同步 0 条" in capsys.readouterr().out
    with open_workspace(db_path, backup=False) as workspace, workspace.reading() as connection:
        assert set(checkins_by_attendee(connection, meeting_id)) == {p.id for p in people}


def test_export_then_merge_twice_and_board_lists_conflicts(
    db_path: Path, offline_journal, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    meeting_id, _, journal = offline_journal
    # Meanwhile another desk, online, checked 周建国 in later than the offline desk did.
    assert run(["--db", str(db_path), "checkin", str(meeting_id), "周建国", "--at", "2026-12-01T08:50"]) == 0
    stick = tmp_path / "一号台.json"
    assert run(["journal", "--journal", str(journal), "export", str(stick), "--desk", "一号台"]) == 0
    assert "已导出 2 条签到记录" in capsys.readouterr().out
    assert run(["--db", str(db_path), "journal", "merge", str(stick)]) == 0
    out = capsys.readouterr().out
    assert "写入 2 条" in out and "两台重复签到 1 人" in out
    assert run(["--db", str(db_path), "journal", "merge", str(stick)]) == 0
    assert "2 条此前已同步（未重复登记）" in capsys.readouterr().out
    assert run(["--db", str(db_path), "board", str(meeting_id), "--at", "2026-12-01T08:55"]) == 0
    out = capsys.readouterr().out
    assert "实到2人" in out
    assert "重复签到" in out and "保留 一号台 08:40:00" in out and "08:50:00" in out


def test_merging_a_damaged_file_is_one_error_line(db_path: Path, offline_journal, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "meeting-planner-desk-journal", "version": 1, "entries": [', encoding="utf-8")
    assert run(["--db", str(db_path), "journal", "merge", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "不是有效的签到日志文件" in err and len(err.strip().splitlines()) == 1
    assert run(["--db", str(db_path), "journal", "merge", str(tmp_path / "missing.json")]) == 1
    assert "找不到签到日志文件" in capsys.readouterr().err
