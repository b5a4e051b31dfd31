"""The day commands: checkin, undo-checkin, board and the day exports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from meeting_planner.cli import run
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.workspace import open_workspace


@pytest.fixture
def meeting(db_path: Path) -> tuple[int, list[Attendee]]:
    with open_workspace(db_path) as workspace:
        created = create_meeting(workspace, "全市教育工作会议", datetime(2026, 12, 1, 9), "work", venue="第一会议室")
        assert created.id is not None
        people = [
            Attendee("周建国", unit="市教育局", title="局长", phone="13800000001"),
            Attendee("王伟", unit="市教育局", title="副局长", phone="13800000002"),
            Attendee("王伟", unit="市财政局", title="处长", phone="13800000003"),
            Attendee("李娜", unit="市财政局", title="科长", reply=ReplyStatus.LEAVE),
        ]
        with workspace.transaction() as connection:
            added = add_attendees(connection, created.id, people)
    return created.id, added


def saved(db_path: Path, meeting_id: int) -> dict[int, object]:
    with open_workspace(db_path, backup=False) as workspace, workspace.reading() as connection:
        return dict(checkins_by_attendee(connection, meeting_id))


def test_checkin_by_initials_then_twice(db_path: Path, meeting: tuple[int, list[Attendee]], capsys) -> None:
    meeting_id, added = meeting
    db = str(db_path)
    assert run(["--db", db, "checkin", str(meeting_id), "zjg", "--at", "2026-12-01T09:05"]) == 0
    assert "周建国（市教育局） 已签到 09:05（迟到）" in capsys.readouterr().out
    assert run(["--db", db, "checkin", str(meeting_id), added[0].code]) == 0
    assert "未重复登记" in capsys.readouterr().out
    assert list(saved(db_path, meeting_id)) == [added[0].id]


def test_ambiguous_name_lists_candidates_and_changes_nothing(
    db_path: Path, meeting: tuple[int, list[Attendee]], capsys
) -> None:
    meeting_id, added = meeting
    assert run(["--db", str(db_path), "checkin", str(meeting_id), "王伟"]) == 2
    out = capsys.readouterr().out
    assert "找到 2 位" in out and added[1].code in out and added[2].code in out
    assert saved(db_path, meeting_id) == {}


def test_unknown_name_is_an_error(db_path: Path, meeting: tuple[int, list[Attendee]], capsys) -> None:
    meeting_id, _ = meeting
    assert run(["--db", str(db_path), "checkin", str(meeting_id), "欧阳修"]) == 1
    assert capsys.readouterr().err.startswith("错误：没有找到")
    assert run(["--db", str(db_path), "checkin", "99", "欧阳修"]) == 1
    assert "没有编号为 99 的会议" in capsys.readouterr().err


def test_undo_checkin(db_path: Path, meeting: tuple[int, list[Attendee]], capsys) -> None:
    meeting_id, added = meeting
    db = str(db_path)
    assert run(["--db", db, "checkin", str(meeting_id), added[2].code, "--at", "2026-12-01T08:40"]) == 0
    # Two people are called 王伟, but only one of them is checked in: that one is meant.
    assert run(["--db", db, "undo-checkin", str(meeting_id), "王伟"]) == 0
    assert "已撤销 王伟（市财政局）08:40 的签到" in capsys.readouterr().out
    assert saved(db_path, meeting_id) == {}
    assert run(["--db", db, "undo-checkin", str(meeting_id), "周建国"]) == 1
    assert "尚未签到" in capsys.readouterr().err


def test_board_sentence_first_then_units_and_missing(
    db_path: Path, meeting: tuple[int, list[Attendee]], capsys
) -> None:
    meeting_id, _ = meeting
    db = str(db_path)
    run(["--db", db, "checkin", str(meeting_id), "zjg", "--at", "2026-12-01T08:50"])
    capsys.readouterr()
    assert run(["--db", db, "board", str(meeting_id), "--at", "2026-12-01T09:30"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "应到4人，实到1人，请假1人，缺席2人"
    text = "\n".join(lines)
    assert text.index("市教育局") < text.index("市财政局")
    assert "13800000002" in text and "13800000003" in text
    assert "13800000001" not in text  # 周建国 is in


def test_day_exports(db_path: Path, meeting: tuple[int, list[Attendee]], tmp_path: Path, capsys) -> None:
    meeting_id, added = meeting
    for fmt in ("notice-pdf", "sign-in-pdf", "sign-in-strokes-pdf", "checklist-pdf"):
        out = tmp_path / f"{fmt}.pdf"
        assert run(["--db", str(db_path), "export", str(meeting_id), fmt, str(out)]) == 0, capsys.readouterr().err
        text = "".join(page.extract_text() for page in PdfReader(out).pages).replace(" ", "")
        assert "全市教育工作会议" in text
        if fmt == "notice-pdf":
            assert not any(person.phone and person.phone in text for person in added)
        elif fmt != "checklist-pdf":
            assert all(person.name in text for person in added)


def test_notice_fields_and_docx_export(
    db_path: Path, meeting: tuple[int, list[Attendee]], tmp_path: Path, capsys
) -> None:
    from docx import Document

    meeting_id, added = meeting
    db = str(db_path)
    args = ["--db", db, "notice", str(meeting_id), "--issued", "2026-11-20", "--doc-number", "市教发〔2026〕3号"]
    assert run([*args, "--scope", "各区教育局局长", "--reply-by", "2026-11-27T17:00"]) == 0
    shown = capsys.readouterr().out
    assert "2026年11月20日" in shown and "市教发〔2026〕3号" in shown and "各区教育局局长" in shown
    out = tmp_path / "notice.docx"
    assert run(["--db", db, "export", str(meeting_id), "notice-docx", str(out)]) == 0
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "市教发〔2026〕3号" in text and "各区教育局局长。" in text and "2026年11月20日" in text
    assert "2026年11月27日（星期五）下午5:00前" in text
    assert not any(person.phone and person.phone in text for person in added)
    assert [c.text for c in doc.tables[0].rows[0].cells][:4] == ["姓名", "性别", "职务", "联系电话"]
    assert run(["--db", db, "notice", "999"]) == 1
    assert "没有编号为 999 的会议" in capsys.readouterr().err


def test_export_refuses_or_marks_a_character_no_font_has(tmp_path: Path, capsys, monkeypatch) -> None:
    from meeting_planner.documents import fonts

    monkeypatch.setattr(fonts, "_candidate_files", lambda _char: [])  # as if no installed font had 𪚥
    fonts.reset_fallback_fonts()
    db = str(tmp_path / "ws.db")
    with open_workspace(Path(db)) as workspace:
        meeting = create_meeting(workspace, "全市工作会议", datetime(2026, 12, 1, 9), "plenary")
        assert meeting.id is not None
        with workspace.transaction() as connection:
            add_attendees(connection, meeting.id, [Attendee("王\U0002a6a5", unit="市财政局")])
    out = tmp_path / "signin.pdf"
    try:
        assert run(["--db", db, "export", str(meeting.id), "sign-in-pdf", str(out)]) == 1
        assert "U+2A6A5" in capsys.readouterr().err and not out.exists()
        assert run(["--db", db, "export", str(meeting.id), "sign-in-pdf", str(out), "--mark-missing"]) == 0
        assert "王□" in "".join(p.extract_text() for p in PdfReader(out).pages)
    finally:
        fonts.set_mark_missing(False)
        fonts.reset_fallback_fonts()


def test_checkin_with_an_earlier_time_is_marked_backfilled(
    db_path: Path, meeting: tuple[int, list[Attendee]], tmp_path: Path, capsys
) -> None:
    from datetime import timedelta

    from openpyxl import load_workbook

    meeting_id, added = meeting
    db = str(db_path)
    earlier = (datetime.now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    assert run(["--db", db, "checkin", str(meeting_id), "zjg", "--at", earlier.isoformat()]) == 0
    assert "（补录）" in capsys.readouterr().out
    assert run(["--db", db, "checkin", str(meeting_id), added[1].code]) == 0  # at the desk, now
    assert "补录" not in capsys.readouterr().out
    stored = saved(db_path, meeting_id)
    assert stored[added[0].id].entered_at is not None and stored[added[0].id].at == earlier  # type: ignore[attr-defined, index]
    assert stored[added[1].id].entered_at is None  # type: ignore[attr-defined, index]
    assert run(["--db", db, "board", str(meeting_id)]) == 0
    assert "其中补录 1 人" in capsys.readouterr().out
    out = tmp_path / "签到统计.xlsx"
    assert run(["--db", db, "export", str(meeting_id), "attendance-xlsx", str(out)]) == 0
    sheet = load_workbook(out)["签到表"]
    times = {row[1]: row[6] for row in sheet.iter_rows(min_row=3, values_only=True)}
    assert times["周建国"] == f"{earlier:%Y-%m-%d %H:%M}（补录）"
    stats = [row[0] for row in load_workbook(out)["统计"].iter_rows(values_only=True)]
    assert any(isinstance(cell, str) and "其中补录 1 人" in cell for cell in stats)
