"""The command line: commands run in-process through ``__main__.main`` (as the console script does); one test
runs ``python -m meeting_planner`` as a real process, and one checks that the CLI path never imports Qt."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meeting_planner.__main__ import main


def run(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run one command in this process, capturing what it prints, as the console script would."""
    command = ["--db", str(db)] if db is not None else []
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([*command, *args])
    return subprocess.CompletedProcess([*command, *args], status, out.getvalue(), err.getvalue())


def run_process(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "meeting_planner"]
    if db is not None:
        command += ["--db", str(db)]
    env = {k: v for k, v in os.environ.items() if k != "MEETING_PLANNER_DB"}
    return subprocess.run([*command, *args], capture_output=True, text=True, env=env, timeout=60, check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def meeting(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "w.db"
    result = run("new", "--title", "全区工作会议", "--start", "2026-12-01T09:00", "--template", "plenary", db=db)
    assert result.returncode == 0, result.stderr
    return db, result.stdout.split()[-1]


def test_templates_lists_key_then_name(tmp_path: Path) -> None:
    result = run("templates", db=tmp_path / "w.db")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any(line.split()[:2] == ["plenary", "全体大会"] for line in lines)
    assert {line.split()[0] for line in lines} >= {"plenary", "work", "video", "talks"}


def test_new_status_step(meeting: tuple[Path, str]) -> None:
    db, meeting_id = meeting
    assert meeting_id.isdigit()
    status = run("status", meeting_id, db=db)
    assert status.returncode == 0
    step_lines = [line for line in status.stdout.splitlines() if line and line.split()[0].count("-") < 3]
    by_key = {line.split()[0]: line for line in step_lines if len(line.split()) >= 5}
    assert len(by_key) >= 25
    for word in ("通知", "座次", "材料", "音视频调试", "电源网络备用"):
        assert word in status.stdout
    assert "2026-11-24 09:00" in by_key["notice-issue"]
    assert "进度：0/30" in status.stdout

    done = run("step", meeting_id, "notice-issue", "--done", "--by", "王晓", db=db)
    assert done.returncode == 0, done.stderr
    after = run("status", meeting_id, db=db)
    line = next(line for line in after.stdout.splitlines() if line.startswith("notice-issue "))
    assert "已完成" in line and "王晓" in line
    assert "进度：1/30" in after.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("new", "--title", "X", "--start", "2026-12-01T09:00", "--template", "nope"), "模板"),
        (("new", "--title", "X", "--start", "2026-13-45T09:00", "--template", "plenary"), "开始时间格式不正确"),
        (("step", "{id}", "no-such-step", "--done"), "没有键为"),
        (("status", "999"), "没有编号为 999 的会议"),
        (("step", "999", "notice-issue", "--done"), "没有编号为 999 的会议"),
    ],
)
def test_bad_input_changes_nothing(meeting: tuple[Path, str], args: tuple[str, ...], message: str) -> None:
    db, meeting_id = meeting
    before = digest(db)
    result = run(*(a.replace("{id}", meeting_id) for a in args), db=db)
    assert result.returncode != 0
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("错误：") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(db) == before


def test_text_file_as_db_is_refused_unchanged(tmp_path: Path) -> None:
    text_file = tmp_path / "readme.txt"
    text_file.write_text("hello\n", encoding="utf-8")
    before = digest(text_file)
    result = run("list", db=text_file)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"错误：{text_file} 不是会务筹备工作区（不是 SQLite 数据库文件）"]
    assert digest(text_file) == before


def test_save_template_then_use_it(meeting: tuple[Path, str]) -> None:
    db, meeting_id = meeting
    assert run("save-template", meeting_id, "my-plenary", db=db).returncode == 0
    assert "my-plenary" in run("templates", db=db).stdout
    again = run("new", "--title", "二次", "--start", "2027-01-05T14:00", "--template", "my-plenary", db=db)
    assert again.returncode == 0, again.stderr


def test_cli_path_does_not_import_qt(tmp_path: Path) -> None:
    """A command that needs no printout stays light: no Qt, no PDF/Excel/Word/pinyin library is loaded."""
    code = (
        "import sys; from meeting_planner.cli import main; main(['--db', sys.argv[1], 'list']);"
        "heavy = ('PySide6', 'openpyxl', 'reportlab', 'pypinyin', 'xlrd', 'pypdfium2', 'pypdf', 'docx');"
        "print('HEAVY', sorted({h for m in sys.modules for h in heavy if m == h or m.startswith(h + '.')}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "w.db")], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("HEAVY []")


def test_python_m_runs_a_command_as_a_real_process(meeting: tuple[Path, str]) -> None:
    db, meeting_id = meeting
    result = run_process("status", meeting_id, db=db)
    assert result.returncode == 0, result.stderr
    assert "进度：0/30" in result.stdout
    missing = run_process("status", "999", db=db)
    assert missing.returncode == 1 and missing.stderr == "错误：没有编号为 999 的会议\n"
