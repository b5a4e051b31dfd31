"""ui/workers.run_in_background: results, progress and failures come back on the GUI thread, through one path."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from meeting_planner.errors import InputError
from meeting_planner.ui import workers
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.workers import run_in_background


class _Page(QWidget):
    """A page as the helper sees it: errors go to ``context.messages``."""

    class Context:
        def __init__(self, messages: Messages) -> None:
            self.messages = messages

    def __init__(self) -> None:
        super().__init__()
        self.messages_ = Messages(self)
        self.messages_.show_dialogs = False
        self.context = self.Context(self.messages_)
        self.errors: list[tuple[str, str]] = []
        self.messages_.error_shown.connect(lambda title, text: self.errors.append((title, text)))


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: not workers._running, timeout=5000)
    QApplication.processEvents()


def test_result_and_progress_arrive_on_the_gui_thread_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _Page()
    qtbot.addWidget(page)
    gui = QThread.currentThread()
    seen: list[tuple[int, int]] = []
    threads: list[bool] = []
    results: list[object] = []
    worker_threads: list[bool] = []

    def work(report: workers.Progress) -> str:
        worker_threads.append(QThread.currentThread() is gui)
        for done in range(1, 201):
            report(done, 200)
            time.sleep(0.001)
        return "fertig"

    def progressed(done: int, total: int) -> None:
        threads.append(QThread.currentThread() is gui)
        seen.append((done, total))

    def finished(result: str) -> None:
        threads.append(QThread.currentThread() is gui)
        results.append(result)

    task = run_in_background(page, work, finished, progress=progressed)
    assert task.running
    qtbot.waitUntil(lambda: results == ["fertig"], timeout=10_000)
    assert worker_threads == [False]
    assert all(threads)
    assert seen[-1] == (200, 200)  # the last report always arrives
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})  # in order, none twice
    assert len(seen) < 200  # throttled
    assert not task.running
    _settle(qtbot)


def test_a_user_error_reaches_on_error_with_its_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _Page()
    qtbot.addWidget(page)
    sentences: list[str] = []

    def work() -> None:
        raise InputError("第 3 行的手机号不是 11 位数字。")

    run_in_background(page, work, lambda _result: None, sentences.append)
    qtbot.waitUntil(lambda: bool(sentences), timeout=5000)
    assert sentences == ["第 3 行的手机号不是 11 位数字。"]
    assert page.errors == []  # the caller's own handler, not the default dialog
    _settle(qtbot)


def test_without_on_error_the_sentence_is_shown_with_the_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _Page()
    qtbot.addWidget(page)

    def work() -> None:
        raise InputError("会议不存在。")

    run_in_background(page, work, lambda _result: None, label="导出")
    qtbot.waitUntil(lambda: bool(page.errors), timeout=5000)
    assert page.errors == [("导出", "会议不存在。")]
    _settle(qtbot)


def test_a_defect_writes_a_crash_report_and_says_where(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEETING_PLANNER_LOG_DIR", str(tmp_path / "logs"))
    page = _Page()
    qtbot.addWidget(page)

    def work() -> None:
        raise KeyError("a bug")

    run_in_background(page, work, lambda _result: None)
    qtbot.waitUntil(lambda: bool(page.errors), timeout=5000)
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    _title, text = page.errors[0]
    assert str(reports[0]) in text
    assert "KeyError" in reports[0].read_text(encoding="utf-8")
    _settle(qtbot)


def test_an_os_error_names_the_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _Page()
    qtbot.addWidget(page)
    missing = tmp_path / "nirgends" / "x.pdf"
    sentences: list[str] = []
    run_in_background(page, missing.read_bytes, lambda _result: None, sentences.append)
    qtbot.waitUntil(lambda: bool(sentences), timeout=5000)
    assert str(missing) in sentences[0]
    _settle(qtbot)


def test_a_result_for_a_deleted_parent_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    release = threading.Event()
    called: list[object] = []

    def work() -> int:
        release.wait(5)
        return 42

    task = run_in_background(parent, work, called.append, called.append)
    shiboken6.delete(parent)  # the page was closed and deleted while the work ran
    release.set()
    _settle(qtbot)
    assert called == []
    assert not task.running


def test_a_cancelled_task_stops_at_its_next_report_and_says_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _Page()
    qtbot.addWidget(page)
    started = threading.Event()
    reached: list[int] = []
    called: list[object] = []

    def work(report: workers.Progress) -> None:
        started.set()
        for done in range(1, 1001):
            reached.append(done)
            report(done, 1000)
            time.sleep(0.002)

    task = run_in_background(page, work, called.append, called.append, progress=lambda _d, _t: None)
    assert started.wait(5)
    task.cancel()
    _settle(qtbot)
    assert called == []
    assert page.errors == []
    assert len(reached) < 1000


def test_without_on_error_or_messages_it_refuses(qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        run_in_background(QObject(), lambda: None, lambda _result: None)
