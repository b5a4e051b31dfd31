"""Backups and restore: atomic and verified, per workspace, never blocking; restore through SQLite
even with a leftover -wal file; newer or damaged workspaces refused before anything is written."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from meeting_planner.cli import run
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import create_meeting, get_meeting, set_step_status
from meeting_planner.storage.backups import STRAY_AGE, backup_due, list_backups
from meeting_planner.storage.workspace import WorkspaceError, backup_dir, make_backup, open_workspace

START = datetime(2026, 12, 1, 9)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every table's rows, for comparing two databases' contents."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def one_line_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert run(list(argv)) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and err.count("\n") == 1, err
    return err


WRITER = """
import sys
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import get_meeting, set_step_status
from meeting_planner.storage.workspace import open_workspace

workspace = open_workspace(sys.argv[1], backup=False)
keys = [step.key for step in get_meeting(workspace, 1).steps]
n = 0
while True:
    set_step_status(workspace, 1, keys[n % len(keys)], StepStatus.DONE, by=f"w{n}")
    print(n, flush=True)
    n += 1
"""


def test_restore_after_a_killed_writer_gives_exactly_the_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "workspace.db"
    with open_workspace(path, backup=False) as workspace:
        create_meeting(workspace, "恢复测试", START, "plenary")
    backup = make_backup(path)
    assert backup is not None
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for _ in range(40):
        assert process.stdout.readline()
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    assert Path(f"{path}-wal").stat().st_size > 0, "the killed writer left its -wal file"

    assert run(["--db", str(path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "1 个会议" in out
    assert integrity(path) == "ok"
    assert dump(path) == dump(backup)
    with open_workspace(path, backup=False) as workspace:
        assert all(step.status is StepStatus.TODO for step in get_meeting(workspace, 1).steps)
    # The state before the restore (with the writer's committed changes) was kept as a backup.
    before = [b for b in list_backups(path) if b != backup]
    assert len(before) == 1
    with sqlite3.connect(before[0]) as saved:
        assert saved.execute("SELECT count(*) FROM steps WHERE done_by LIKE 'w%'").fetchone()[0] > 0
    saved.close()


def test_restore_repairs_a_workspace_ruined_by_copying_files(tmp_path: Path) -> None:
    """The old README way: copy a backup over workspace.db while a -wal file is left beside it."""
    path = tmp_path / "workspace.db"
    with open_workspace(path, backup=False) as workspace:
        meeting = create_meeting(workspace, "旧", START, "plenary")
    backup = make_backup(path)
    assert backup is not None
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(200):
        raw.execute("UPDATE steps SET note = ? WHERE meeting_id = ?", ("x" * (n % 50), meeting.id))
        raw.commit()
    wal = Path(f"{path}-wal").read_bytes()
    raw.close()
    shutil.copyfile(backup, path)
    Path(f"{path}-wal").write_bytes(wal)
    assert run(["--db", str(path), "restore", str(backup)]) == 0
    assert integrity(path) == "ok"
    assert dump(path) == dump(backup)
    with open_workspace(path) as workspace:
        assert get_meeting(workspace, 1).title == "旧"


PARTIAL_BACKUP = """
import os, sys, time
from pathlib import Path
from meeting_planner.storage import backups

def stuck(path):
    print("halfway", flush=True)
    time.sleep(60)

backups._fsync_file = stuck
backups.make_backup(Path(sys.argv[1]))
"""


def test_killed_backup_never_counts_and_is_cleaned_up(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    with open_workspace(path, backup=False) as workspace:
        create_meeting(workspace, "会", START, "plenary")
    process = subprocess.Popen([sys.executable, "-c", PARTIAL_BACKUP, str(path)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "halfway"
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    strays = list(backup_dir(path).iterdir())
    assert len(strays) == 1 and strays[0].name.startswith(".workspace-"), strays
    # A truncated file that looks like an old-style backup does not count either.
    (backup_dir(path) / "workspace-20261121-010101-000000.db.tmp").write_bytes(b"")
    assert list_backups(path) == []
    assert backup_due(path)
    old = time.time() - STRAY_AGE.total_seconds() - 5
    os.utime(strays[0], (old, old))

    with open_workspace(path) as workspace:
        set_step_status(workspace, 1, "notice-draft", StepStatus.DONE, by="甲")
    backups = list_backups(path)
    assert len(backups) == 1 and integrity(backups[0]) == "ok"
    assert not strays[0].exists()
    with open_workspace(path) as workspace:
        assert get_meeting(workspace, 1).step("notice-draft").status is StepStatus.DONE


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs folder (needs root); skipped with the reason otherwise."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("filling a disk needs root to mount a small tmpfs; not root here")
    folder = tmp_path / "disk"
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], check=False, capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_full_disk_gives_one_message_and_loses_nothing(small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_disk / "workspace.db"
    with open_workspace(path, backup=False) as workspace:
        create_meeting(workspace, "满盘", START, "plenary")
        set_step_status(workspace, 1, "notice-draft", StepStatus.DONE, by="甲")
    keeper = open_workspace(path, backup=False)  # the window stays open while the disk fills up
    with keeper.reading() as connection:
        connection.exec_driver_sql("SELECT 1")
        filler = fill(small_disk)
    # A due backup that cannot be written does not block reading.
    with open_workspace(path) as workspace:
        assert "磁盘空间已满" in workspace.warning
        assert get_meeting(workspace, 1).title == "满盘"
        with pytest.raises(WorkspaceError, match="磁盘空间已满"):
            for n in range(200):
                set_step_status(workspace, 1, "notice-issue", StepStatus.DONE, by="乙", note="备注" * 400 + str(n))
    assert list_backups(path) == []
    assert not list(backup_dir(path).iterdir()), "no partial backup left"
    assert run(["--db", str(path), "step", "1", "notice-issue", "--done", "--by", "丙"]) == 1
    err = capsys.readouterr().err
    assert err.count("错误：") == 1 and "Traceback" not in err
    assert run(["--db", str(path), "export", "1", "checklist-pdf", str(small_disk / "清单.pdf")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.splitlines()[-1] == f"错误：无法读写文件 {small_disk / '清单.pdf'}：磁盘空间已满，未做任何更改。"
    assert sorted(p.name for p in small_disk.iterdir() if not p.name.startswith("workspace.db")) == [
        "backups",
        "filler",
    ]

    filler.unlink()
    keeper.close()
    with open_workspace(path) as workspace:
        meeting = get_meeting(workspace, 1)
        assert meeting.step("notice-draft").done_by == "甲"
        assert workspace.warning == ""
    backups = list_backups(path)
    assert len(backups) == 1 and integrity(backups[0]) == "ok"
    assert integrity(path) == "ok"


def test_newer_workspace_is_refused_in_one_line_with_every_backup_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "workspace.db"
    open_workspace(path, backup=False).close()
    for n in range(10):
        make_backup(path, now=datetime(2026, 1, 1) + timedelta(minutes=n))
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '0999'")
    raw.commit()
    raw.close()
    before = {p.name: digest(p) for p in tmp_path.rglob("*") if p.is_file()}
    err = one_line_error(capsys, "--db", str(path), "status", "1")
    assert "此工作区由更新版本创建，请升级本软件" in err
    with pytest.raises(WorkspaceError, match="此工作区由更新版本创建"):
        open_workspace(path)
    assert {p.name: digest(p) for p in tmp_path.rglob("*") if p.is_file()} == before


def test_damaged_workspace_is_refused_with_the_way_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "workspace.db"
    with open_workspace(path) as workspace:
        for n in range(30):
            create_meeting(workspace, f"会议{n}", START, "plenary")
    make_backup(path)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, 3 * page + 900):  # page 4 (the meetings table), its header included
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    err = one_line_error(capsys, "--db", str(path), "list")
    assert "已损坏" in err and "restore" in err
    newest = list_backups(path)[-1]
    assert run(["--db", str(path), "restore", str(newest)]) == 0
    with open_workspace(path) as workspace:
        assert get_meeting(workspace, 30).title == "会议29"
    assert list(tmp_path.glob("workspace.db.damaged-*")), "the damaged file is kept aside"


def test_two_workspaces_in_one_folder_keep_their_own_backups(tmp_path: Path) -> None:
    first, second = tmp_path / "workspace.db", tmp_path / "workspace-2.db"
    for path in (first, second):
        open_workspace(path).close()
    make_backup(first)
    for n in range(12):
        make_backup(second, keep=3, now=datetime(2026, 1, 1) + timedelta(minutes=n))
    assert len(list_backups(first)) == 1
    assert len(list_backups(second)) == 3
    assert all(b.name.startswith("workspace-2-") for b in list_backups(second))


def test_backup_command_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.db"
    with open_workspace(path, backup=False) as workspace:
        create_meeting(workspace, "会", START, "plenary")
    assert run(["--db", str(path), "backup"]) == 0
    assert "已备份" in capsys.readouterr().out
    assert run(["--db", str(path), "backup", "--list"]) == 0
    assert "1 个会议" in capsys.readouterr().out
    one_line_error(capsys, "--db", str(path), "restore", str(tmp_path / "missing.db"))
    (tmp_path / "junk.db").write_bytes(b"not a database at all")
    one_line_error(capsys, "--db", str(path), "restore", str(tmp_path / "junk.db"))
