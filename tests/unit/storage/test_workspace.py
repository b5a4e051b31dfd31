"""Opening workspaces: settings, refusals that change nothing, backups, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import create_meeting, get_meeting, set_step_status
from meeting_planner.storage import tables
from meeting_planner.storage.migrations import head_revision
from meeting_planner.storage.workspace import (
    SCHEMA_HEAD,
    Workspace,
    WorkspaceError,
    backup_dir,
    create_workspace_engine,
    database_url,
    make_backup,
    open_workspace,
    upgrade_schema,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_path_becomes_a_workspace(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "new.db"
    with open_workspace(path) as workspace, workspace.reading() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    assert path.exists()


def test_schema_head_matches_the_migration_scripts() -> None:
    assert head_revision() == SCHEMA_HEAD


def test_tables_module_matches_the_migrated_schema(workspace: Workspace) -> None:
    with workspace.reading() as connection:
        inspector = inspect(connection)
        for table in tables.metadata.sorted_tables:
            migrated = {column["name"] for column in inspector.get_columns(table.name)}
            assert migrated == set(table.columns.keys()), table.name


def test_text_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("这不是数据库\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(WorkspaceError, match="不是会务筹备工作区"):
        open_workspace(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_foreign_sqlite_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(WorkspaceError, match="不是会务筹备工作区"):
        open_workspace(path)
    assert digest(path) == before


def test_url_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MEETING_PLANNER_DB", str(tmp_path / "env.db"))
    assert database_url(None) == "sqlite:///" + str(tmp_path / "env.db")
    # A plain postgresql:// means the psycopg driver, the one the 'postgres' extra installs.
    assert database_url("postgresql://u:p@host/db") == "postgresql+psycopg://u:p@host/db"


def test_backups_rotate(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    open_workspace(path).close()
    start = datetime(2026, 1, 1)
    for n in range(13):
        make_backup(path, keep=10, now=start + timedelta(minutes=n))
    backups = sorted(backup_dir(path).glob("workspace-*.db"))
    assert len(backups) == 10
    assert backups[-1].name.startswith("workspace-20260101-001200")
    check = sqlite3.connect(backups[-1])
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()


def test_upgrade_from_first_migration_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    url = database_url(path)
    old = Workspace(create_workspace_engine(url), url)
    upgrade_schema(old, "0001")
    with old.transaction() as connection:
        now = datetime(2026, 11, 1, 8, 0)
        connection.execute(
            text(
                "INSERT INTO meetings (id, title, kind, start_at, venue, organiser, template_key, created_at,"
                " updated_at) VALUES (1, '旧会议', '工作会议', :start, '一号会议室', '办公室', 'work', :now, :now)"
            ),
            {"start": datetime(2026, 12, 1, 9, 0), "now": now},
        )
        connection.execute(
            text(
                'INSERT INTO steps (meeting_id, position, key, title, phase, category, "offset", due_at, status,'
                " done_by, done_at) VALUES (1, 0, 'notice', '发通知', 'before', 'notice', '-3d', :due, 'done',"
                " '王晓', :now)"
            ),
            {"due": datetime(2026, 11, 28, 9, 0), "now": now},
        )
    old.close()
    with open_workspace(path) as workspace:
        meeting = get_meeting(workspace, 1)
        assert (meeting.title, meeting.venue, meeting.location, meeting.grace_minutes) == (
            "旧会议",
            "一号会议室",
            "",
            0,
        )
        assert meeting.steps[0].done_by == "王晓"
        assert meeting.steps[0].status is StepStatus.DONE
        assert list(backup_dir(path).glob("old-*.db")), "a backup is taken before upgrading"


def test_cascade_on_real_delete(workspace: Workspace) -> None:
    meeting = create_meeting(workspace, "会", datetime(2026, 12, 1, 9), "work")
    set_step_status(workspace, meeting.id or 0, "notice-draft", StepStatus.DONE, by="甲")
    with workspace.transaction() as connection:
        connection.execute(text("DELETE FROM meetings WHERE id = :id"), {"id": meeting.id})
    with workspace.reading() as connection:
        assert connection.execute(text("SELECT count(*) FROM steps")).scalar() == 0
