"""Import service and CLI: preview first, one transaction, unchanged workspace on any bad file, export round trip."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))

from list_files import BAD_KINDS, OFFICE_LIST, OFFICE_LIST_MERGES, bad_files, write_csv, write_xlsx

from meeting_planner import cli
from meeting_planner.domain.attendee import ReplyStatus
from meeting_planner.services import attendees as service
from meeting_planner.services.importing import ImportProblem, apply_import, preview_import
from meeting_planner.services.meetings import MeetingNotFound, create_meeting
from meeting_planner.storage.workspace import Workspace

START = datetime(2026, 12, 1, 9, 0)


@pytest.fixture
def meeting_id(workspace: Workspace) -> int:
    meeting = create_meeting(workspace, "全市安全生产工作会议", START, "plenary")
    assert meeting.id is not None
    return meeting.id


def dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, read with plain sqlite3 (what is really in the file)."""
    connection = sqlite3.connect(db_path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {name: sorted(map(tuple, connection.execute(f'SELECT * FROM "{name}"')), key=repr) for name in tables}
    finally:
        connection.close()


def test_preview_writes_nothing_and_apply_writes_everything(
    workspace: Workspace, db_path: Path, meeting_id: int, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "名单.xlsx", OFFICE_LIST, merges=OFFICE_LIST_MERGES)
    before = dump(db_path)
    preview = preview_import(path)
    assert dump(db_path) == before
    steps: list[tuple[int, int]] = []
    result = apply_import(
        workspace, meeting_id, preview, save_to_directory=True, progress=lambda d, t: steps.append((d, t))
    )
    assert len(result.added) == 5
    assert steps[-1] == (5, 5)
    stored = service.list_meeting_attendees(workspace, meeting_id)
    assert [(a.name, a.name_original) for a in stored] == [
        ("王伟", "王　伟"),
        ("李明", "李  明"),
        ("欧阳娜娜", "欧阳娜娜"),
        ("周建国", " 周建国 "),
        ("李明", "李明"),
    ]
    assert len({a.code for a in stored}) == 5
    assert stored[1].reply is ReplyStatus.LEAVE
    assert all(a.person_id is not None for a in stored)
    assert [p.name for p in service.list_directory(workspace)] == ["王伟", "李明", "欧阳娜娜", "周建国", "李明"]
    assert [u.name for u in service.list_units(workspace)] == ["市应急管理局", "市公安局", "市教育局"]
    # Importing the same list again adds nobody twice.
    again = apply_import(workspace, meeting_id, preview_import(path))
    assert again.added == [] and len(again.already_present) == 5


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_files_leave_the_workspace_unchanged(
    workspace: Workspace, db_path: Path, meeting_id: int, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    apply_import(workspace, meeting_id, preview_import(write_csv(tmp_path / "first.csv", [["姓名"], ["张三"]])))
    path, _words = bad_files(tmp_path)[kind]
    before = dump(db_path)
    status = cli.run(["--db", str(db_path), "import", str(meeting_id), str(path)])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.startswith("错误：") and path.name in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert len(captured.err.strip().splitlines()) == 1
    assert dump(db_path) == before


def test_failure_during_apply_rolls_back(workspace: Workspace, db_path: Path, meeting_id: int, tmp_path: Path) -> None:
    preview = preview_import(
        write_xlsx(tmp_path / "ok.xlsx", [["姓名", "单位"], *([f"人员{i}", "办"] for i in range(1200))])
    )
    before = dump(db_path)

    def fail_midway(done: int, total: int) -> None:
        if done >= 1000:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        apply_import(workspace, meeting_id, preview, save_to_directory=True, progress=fail_midway)
    assert dump(db_path) == before
    with pytest.raises(MeetingNotFound):
        apply_import(workspace, 999, preview)
    assert dump(db_path) == before


def test_unknown_mapping_field_is_a_clear_problem(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["姓名"], ["张三"]])
    with pytest.raises(ImportProblem, match="籍贯"):
        preview_import(path, mapping={"A": "籍贯"})


def test_cli_dry_run_prints_the_preview_and_writes_nothing(
    workspace: Workspace, db_path: Path, meeting_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "名单.xlsx", OFFICE_LIST, sheet="参会名单", merges=OFFICE_LIST_MERGES)
    before = dump(db_path)
    assert (
        cli.run(["--db", str(db_path), "import", str(meeting_id), str(path), "--dry-run", "--map", "办公电话=电话"])
        == 0
    )
    out = capsys.readouterr().out
    assert "表头在第 4 行" in out
    assert "E 列“办公电话”→电话" in out
    assert "将导入 5 人" in out
    assert "第 10 行 C 列" in out  # the duplicate
    assert dump(db_path) == before
    assert cli.run(["--db", str(db_path), "import", str(meeting_id), str(path)]) == 0
    assert cli.run(["--db", str(db_path), "attendees", str(meeting_id)]) == 0
    listing = capsys.readouterr().out
    assert "欧阳娜娜" in listing and "请假（外出学习）" in listing and "代会（张三 处长）" in listing
    assert cli.run(["--db", str(db_path), "import", str(meeting_id), str(path), "--map", "X=姓名"]) == 1
    assert "“X”" in capsys.readouterr().err


def test_reply_update_and_remove_restore(workspace: Workspace, meeting_id: int) -> None:
    from meeting_planner.domain.attendee import Attendee

    added = service.add_attendees(workspace, meeting_id, [Attendee("王　伟", unit="办公室"), Attendee("李四")])
    assert added[0].name == "王伟" and added[0].name_original == "王　伟"
    changed = service.set_reply(workspace, added[0].id or 0, ReplyStatus.SUBSTITUTE, substitute_name="赵 六",
                                substitute_title="副主任")  # fmt: skip
    assert (changed.substitute_name, changed.display_name) == ("赵六", "赵六")
    with pytest.raises(service.AttendeeInputError, match="代会人"):
        service.set_reply(workspace, added[1].id or 0, ReplyStatus.SUBSTITUTE)
    removed = service.remove_attendees(workspace, meeting_id, [added[0].id or 0])
    assert [a.name for a in service.list_meeting_attendees(workspace, meeting_id)] == ["李四"]
    service.restore_attendees(workspace, meeting_id, removed)
    again = service.list_meeting_attendees(workspace, meeting_id)
    assert [(a.id, a.name, a.code, a.reply) for a in again] == [
        (added[0].id, "王伟", added[0].code, ReplyStatus.SUBSTITUTE),
        (added[1].id, "李四", added[1].code, ReplyStatus.NOT_NOTIFIED),
    ]


def test_add_from_directory(workspace: Workspace, meeting_id: int) -> None:
    from meeting_planner.domain.attendee import Person

    person = service.save_person(workspace, Person("周建国", unit="市财政局", title="局长", rank=1))
    assert person.id is not None
    first = service.add_from_directory(workspace, meeting_id, [person.id])
    assert [(a.name, a.unit, a.title, a.rank, a.person_id) for a in first] == [
        ("周建国", "市财政局", "局长", 1, person.id)
    ]
    assert service.add_from_directory(workspace, meeting_id, [person.id]) == []
