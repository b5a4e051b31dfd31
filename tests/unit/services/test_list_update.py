"""更新名单: the diff of a revised list against a meeting's attendees, applying a selection in one transaction,
undo/redo, and ``import ID FILE --update`` through the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from meeting_planner import cli
from meeting_planner.cli.wording import diff_lines
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.seating import SeatState
from meeting_planner.services import attendees as service
from meeting_planner.services.importing import preview_import
from meeting_planner.services.list_update import (
    apply_list_update,
    diff_import,
    redo_list_update,
    undo_list_update,
)
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.workspace import Workspace, open_workspace

PEOPLE = [
    Attendee("周建国", unit="市财政局", title="局长", phone="13800000001", rank=1),
    Attendee("王伟", unit="市财政局", title="处长", phone="13800000002", rank=2),
    Attendee("李娜", unit="市教育局", title="科长", phone="13800000003", rank=3, reply=ReplyStatus.CONFIRMED),
    Attendee("张强", unit="市公安局", title="副局长", phone="13800000004", rank=4),
]


def _saved(person: Attendee, **changes: object) -> Attendee:
    fields = {k: getattr(person, k) for k in ("name", "unit", "title", "phone", "rank", "reply")}
    return Attendee(**{**fields, **changes})  # type: ignore[arg-type]


def _revised(tmp_path: Path, rows: list[list[object]], header: list[str] | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "回执"
    sheet.append(["2026年全市工作会议参会回执（修订）"])
    sheet.append(header or ["序号", "单位", "姓名", "职务", "备注"])
    for row in rows:
        sheet.append(row)
    path = tmp_path / "回执修订.xlsx"
    workbook.save(path)
    return path


#: 周建国 now on leave (in 备注), 王伟 promoted, 李娜 no longer listed, 赵六 new; no phone column.
REVISED = [
    [1, "市财政局", "周建国", "局长", "请假（出差）"],
    [2, "市财政局", "王　伟", "副局长", None],
    [3, "市公安局", "张强", "副局长", None],
    [4, "市应急管理局", "赵六", "局长", None],
]


@pytest.fixture
def meeting_id(workspace: Workspace) -> int:
    meeting = create_meeting(workspace, "全市工作会议", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    service.add_attendees(workspace, meeting.id, [_saved(p) for p in PEOPLE])
    return meeting.id


def test_apply_selection_then_undo_and_redo(workspace: Workspace, meeting_id: int, tmp_path: Path) -> None:
    before = service.list_meeting_attendees(workspace, meeting_id)
    zhou = before[0]
    with workspace.transaction() as connection:
        seat_repo.apply_changes(connection, meeting_id, [SeatState("A-1", zhou.id)])
    diff = diff_import(workspace, meeting_id, preview_import(_revised(tmp_path, REVISED)))
    assert [c.before.name for c in diff.changed] == ["周建国", "王伟"]
    assert [p.name for p in diff.missing] == ["李娜"]
    assert diff.unchanged == 1
    li = diff.missing[0]
    result = apply_list_update(workspace, meeting_id, diff, change=[zhou.id or 0], remove=[li.id or 0])
    after = {a.name: a for a in service.list_meeting_attendees(workspace, meeting_id)}
    assert (after["周建国"].reply, after["周建国"].leave_reason) == (ReplyStatus.LEAVE, "出差")
    assert after["周建国"].phone == "13800000001"
    assert after["王伟"].title == "处长"  # not ticked
    assert "李娜" not in after and "赵六" in after
    assert service.seat_of(workspace, meeting_id, zhou.id or 0) is None  # 请假 frees the seat

    undo_list_update(workspace, meeting_id, result)
    assert service.list_meeting_attendees(workspace, meeting_id) == before
    assert service.seat_of(workspace, meeting_id, zhou.id or 0) == SeatState("A-1", zhou.id)
    redo_list_update(workspace, meeting_id, result)
    again = {a.name: a for a in service.list_meeting_attendees(workspace, meeting_id)}
    assert again == after
    assert service.seat_of(workspace, meeting_id, zhou.id or 0) is None


def test_cli_update_applies_leave_and_title_adds_and_reports_the_dropped(
    db_path: Path, meeting_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _revised(tmp_path, REVISED)
    status = cli.run(["--db", str(db_path), "import", str(meeting_id), str(path), "--update"])
    out = capsys.readouterr().out
    assert status == 0
    assert "变更 周建国（市财政局）：回执 未通知 → 请假（出差）" in out
    assert "变更 王伟（市财政局）：职务 处长 → 副局长" in out
    assert "新增 赵六（市应急管理局 局长）" in out
    assert "不在新名单中 李娜（市教育局）" in out
    assert "未移除：李娜" in out
    with open_workspace(db_path, backup=False) as workspace:
        people = {a.name: a for a in service.list_meeting_attendees(workspace, meeting_id)}
    assert (people["周建国"].reply, people["周建国"].leave_reason) == (ReplyStatus.LEAVE, "出差")
    assert people["王伟"].title == "副局长"
    assert people["王伟"].phone == "13800000002"  # no phone column: phones kept
    assert people["李娜"].reply is ReplyStatus.CONFIRMED  # listed, not removed
    assert people["赵六"].unit == "市应急管理局"
    assert people["张强"].title == "副局长"
    assert len(people) == 5


def test_cli_update_remove_missing_and_errors(
    db_path: Path, meeting_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _revised(tmp_path, REVISED)
    base = ["--db", str(db_path), "import", str(meeting_id), str(path)]
    assert cli.run([*base, "--remove-missing"]) == 1
    assert capsys.readouterr().err.startswith("错误：--remove-missing")
    assert cli.run([*base, "--update", "--dry-run"]) == 0
    assert "试运行" in capsys.readouterr().out
    with open_workspace(db_path, backup=False) as workspace:
        assert len(service.list_meeting_attendees(workspace, meeting_id)) == 4
    assert cli.run([*base, "--update", "--remove-missing"]) == 0
    with open_workspace(db_path, backup=False) as workspace:
        names = [a.name for a in service.list_meeting_attendees(workspace, meeting_id)]
    assert names == ["周建国", "王伟", "张强", "赵六"]
    assert cli.run(["--db", str(db_path), "import", "999", str(path), "--update"]) == 1
    assert capsys.readouterr().err.strip() == "错误：没有编号为 999 的会议"


def test_plain_import_into_a_meeting_with_people_still_only_adds(
    db_path: Path, meeting_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(["--db", str(db_path), "import", str(meeting_id), str(_revised(tmp_path, REVISED))]) == 0
    assert "3 人已在名单中" in capsys.readouterr().out
    with open_workspace(db_path, backup=False) as workspace:
        people = {a.name: a for a in service.list_meeting_attendees(workspace, meeting_id)}
    assert people["王伟"].title == "处长" and people["周建国"].reply is ReplyStatus.NOT_NOTIFIED


def test_check_in_code_column_matches_and_rostrum_column_decides(
    workspace: Workspace, meeting_id: int, tmp_path: Path
) -> None:
    people = service.list_meeting_attendees(workspace, meeting_id)
    path = _revised(
        tmp_path,
        [[people[0].code, "周建国", "", "", ""], [people[1].code, "王伟", "市审计局", "√", "13900000000"]],
        header=["签到码", "姓名", "单位", "主席台", "手机"],
    )
    diff = diff_import(workspace, meeting_id, preview_import(path))
    lines = diff_lines(diff)
    assert "变更 王伟（市财政局）：单位 市财政局 → 市审计局；电话 13800000002 → 13900000000；主席台 否 → 是" in lines
    assert all("周建国" not in line for line in lines)
    assert [p.name for p in diff.missing] == ["李娜", "张强"]
