"""The one background helper: run a callable on Qt's global thread pool and get its result back on the
GUI thread through a queued signal. The callable must never touch a widget."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str)


class BackgroundTask(QRunnable):
    """Runs ``work`` off the GUI thread; ``signals.finished(result)`` or ``signals.failed(message)`` after."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:
            from meeting_planner.services.errors import describe_error

            self._emit(self.signals.failed, describe_error(error))
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        """Deliver the result; when the page that asked was closed meanwhile, nobody needs it."""
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted": the window is gone
            signal.emit(value)


def run_in_background(
    work: Callable[[], object],
    finished: Callable[[object], None],
    failed: Callable[[str], None] | None = None,
) -> BackgroundTask:
    """Start ``work`` on the global thread pool; ``finished``/``failed`` (bound methods of widgets) then run on
    the GUI thread: the task's signals object is made here, on the GUI thread, so the calls arrive queued."""
    task = BackgroundTask(work)
    task.signals.finished.connect(finished)
    if failed is not None:
        task.signals.failed.connect(failed)
    task.setAutoDelete(False)
    _running.add(task)
    task.signals.finished.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _message: _running.discard(task))
    QThreadPool.globalInstance().start(task)
    return task


_running: set[BackgroundTask] = set()  # keeps each task and its signals alive until it has reported
