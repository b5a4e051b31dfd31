"""One error path: a UserError is one line for the user; anything else is a defect with a crash report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from meeting_planner import cli
from meeting_planner.errors import InputError, NotFound, UserError
from meeting_planner.services.errors import describe_error
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.storage.errors import WorkspaceError


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("MEETING_PLANNER_LOG_DIR", str(folder))
    return folder


def test_every_error_meant_for_users_is_a_user_error() -> None:
    from meeting_planner.documents.fonts import MissingGlyphError
    from meeting_planner.documents.importing.sources import ImportProblem
    from meeting_planner.domain.venue import VenueError

    for kind in (MeetingNotFound, WorkspaceError, MissingGlyphError, ImportProblem, VenueError):
        assert issubclass(kind, UserError), kind
    assert issubclass(MeetingNotFound, NotFound) and issubclass(VenueError, InputError)


def test_a_defect_in_a_command_is_one_line_and_a_crash_report(
    tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError("boom in the code")

    from meeting_planner.cli import meetings as cli_meetings

    monkeypatch.setattr(cli_meetings, "cmd_templates", broken)
    status = cli.run(["--db", str(tmp_path / "w.db"), "templates"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("错误：程序内部出错")
    assert "Traceback" not in err and "boom" not in err
    reports = list(log_dir.glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in err
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError: boom in the code" in text and "Traceback" in text


def test_a_user_error_is_its_own_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str], log_dir: Path) -> None:
    status = cli.run(["--db", str(tmp_path / "w.db"), "status", "99"])
    err = capsys.readouterr().err
    assert status == 1 and err.startswith("错误：") and err.count("\n") == 1
    assert not log_dir.exists()


def test_describe_error_words_each_kind(log_dir: Path) -> None:
    assert describe_error(InputError("第 3 行：姓名为空")) == "第 3 行：姓名为空"
    disk = OSError(28, "No space left on device", "/media/u/会议.pdf")
    disk.errno = 28
    assert "磁盘空间已满" in describe_error(disk) and "/media/u/会议.pdf" in describe_error(disk)
    try:
        raise KeyError("internal")
    except KeyError as error:
        sentence = describe_error(error)
    assert sentence.startswith("程序内部出错") and "crash-" in sentence
    assert "KeyError" in next(log_dir.glob("crash-*.txt")).read_text(encoding="utf-8")


def test_the_gui_shows_a_defect_in_a_dialog(qtbot, workspace, log_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from meeting_planner.app import create_application, install_error_hook
    from meeting_planner.ui.main_window import MainWindow

    create_application()
    window = MainWindow(workspace, first_run=False)
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    window.messages.error_shown.connect(lambda title, text: shown.append((title, text)))
    previous = sys.excepthook
    install_error_hook(window.messages)
    try:
        try:
            raise ZeroDivisionError("bad maths")
        except ZeroDivisionError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1 and shown[0][1].startswith("程序内部出错")
    assert "ZeroDivisionError" in next(log_dir.glob("crash-*.txt")).read_text(encoding="utf-8")
