"""The command line with a PostgreSQL workspace: a missing driver is a one-line hint, a database error is one
line ``错误：…``, a password never appears, and data SQLite would take (NUL, over-long cells) is refused or
cleaned the same way on both back ends."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "documents"))

from list_files import write_xls, write_xlsx

from meeting_planner.cli import run
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.services.meetings import get_meeting
from meeting_planner.storage.workspace import open_workspace

NEW = ["new", "--start", "2026-12-01T09:00", "--template", "work", "--title"]


def _one_error_line(captured: pytest.CaptureResult[str]) -> str:
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), captured.err
    assert "Traceback" not in captured.err and "secret" not in captured.err + captured.out
    return lines[0]


def test_postgresql_without_a_driver_is_a_one_line_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the 'postgres' extra were not installed
    assert run(["--db", "postgresql://planner:secret@db.example/meetings", "status", "1"]) == 1
    line = _one_error_line(capsys.readouterr())
    assert "pip install 'meeting-planner[postgres]'" in line


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://planner:secret@127.0.0.1:1/meetings",  # nobody listens there
        "postgresql+psycopg://planner:secret@127.0.0.1:port/meetings",  # not a URL
        "nosuchdb://planner:secret@host/x",  # no such database kind
    ],
)
def test_a_database_that_cannot_be_used_is_one_line_without_the_password(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--db", url, "status", "1"]) == 1
    _one_error_line(capsys.readouterr())


@pytest.mark.postgres
def test_a_server_that_went_away_is_one_line(pg_cluster, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert run(["--db", pg_url, "new", "--title", "会", "--start", "2026-12-01T09:00", "--template", "work"]) == 0
    capsys.readouterr()
    pg_cluster.stop("immediate")
    assert run(["--db", pg_url, "status", "1"]) == 1
    _one_error_line(capsys.readouterr())


def test_nul_and_control_characters_never_reach_the_database(
    any_workspace_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    title = "全区\x00工作\x07会议"
    assert (
        run(["--db", any_workspace_url, "new", "--title", title, "--start", "2026-12-01T09:00", "--template", "work"])
        == 0
    )
    with open_workspace(any_workspace_url, backup=False) as workspace:
        assert get_meeting(workspace, 1).title == "全区工作会议"


def test_over_long_cells_are_refused_naming_file_row_and_column(
    any_workspace_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run(["--db", any_workspace_url, "new", "--title", "会", "--start", "2026-12-01T09:00", "--template", "work"])
        == 0
    )
    rows = [["姓名", "单位", "电话"], ["张三", "区政府办公室", "13800000000"], ["李四", "长" * 230, "1" * 60]]
    path = write_xlsx(tmp_path / "名单.xlsx", rows)
    capsys.readouterr()

    assert run(["--db", any_workspace_url, "import", "1", str(path)]) == 1
    line = _one_error_line(capsys.readouterr())
    assert "名单.xlsx" in line and "第 3 行 B 列单位" in line and "230 个字符，最多 200 个" in line
    assert "第 3 行 C 列电话" in line
    with open_workspace(any_workspace_url, backup=False) as workspace:
        assert list_meeting_attendees(workspace, 1) == [], "nothing imported"

    # An old .xls may carry NUL and control characters (SQLite would keep them, PostgreSQL refuses NUL):
    # removed as the list is read, the same on both back ends.
    xls = write_xls(tmp_path / "名单.xls", [rows[0], rows[1], ["王\x00五", "区委\x1b办", "010-1234"]])
    assert run(["--db", any_workspace_url, "import", "1", str(xls)]) == 0
    with open_workspace(any_workspace_url, backup=False) as workspace:
        people = list_meeting_attendees(workspace, 1)
    assert [(a.name, a.unit) for a in people] == [("张三", "区政府办公室"), ("王五", "区委办")]
