"""The one way to run work off the GUI thread (in the spirit of Anki's ``CollectionOp``).

``run_in_background(parent, work, on_done)`` runs ``work`` on Qt's global thread pool and calls ``on_done(result)``
on the GUI thread. ``work`` must never touch a widget. Around that:

- ``parent`` bounds the callbacks: when it has been deleted by the time the work ends (a closed page or dialog),
  the result is dropped quietly.
- Progress: with ``progress=`` given, ``work`` is called with a ``report(done, total)`` callable (what the services
  take as ``progress: Callable[[int, int], None]``); the reports arrive on the GUI thread in order, at most one
  per ``THROTTLE_SECONDS`` (the last one, ``done == total``, always).
- Cancellation: ``task.cancel()`` drops the result, and the next ``report`` call inside ``work`` stops it.
- Failures have one path: the exception is worded by ``services.errors.describe_error`` (a ``UserError``'s own
  sentence; a file problem with the file and reason; a defect writes a crash report and says where), and that
  sentence goes to ``on_error``; without one, it is shown with ``messages.error(label, sentence)``.

Nothing else in ``meeting_planner/ui`` starts threads (``tests/unit/test_layers.py`` checks it).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThread, QThreadPool, Signal, Slot
from shiboken6 import isValid

from meeting_planner.ui.error_text import error_text
from meeting_planner.ui.messages import Messages

T = TypeVar("T")
# What long services take: called with ``(done, total)``.
Progress = Callable[[int, int], None]
# Progress reports closer together than this are not passed on (except the last).
THROTTLE_SECONDS = 0.05


class Cancelled(Exception):
    """Raised inside ``work`` by its ``report`` callable once the task was cancelled."""


class _Relay(QObject):
    """Lives on the GUI thread: the worker emits, the slots run queued on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, task: BackgroundTask[Any]) -> None:
        super().__init__()
        self.task: BackgroundTask[Any] | None = task
        self.progressed.connect(self._progressed)
        self.finished.connect(self._finished)
        self.failed.connect(self._failed)
        self.stopped.connect(self._stopped)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        task = self.task
        if task is not None and task.wanted and task.on_progress is not None:
            task.on_progress(done, total)

    @Slot(object)
    def _finished(self, result: object) -> None:
        task = self.task
        if task is not None:
            task.end()
            if task.wanted:
                task.on_done(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        task = self.task
        if task is not None:
            task.end()
            if task.wanted:
                task.on_error(message)

    @Slot()
    def _stopped(self) -> None:
        if self.task is not None:
            self.task.end()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask[Any]) -> None:
        super().__init__()
        self.task: BackgroundTask[Any] | None = task

    def run(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.run_here()


class BackgroundTask(Generic[T]):
    """One piece of work started by ``run_in_background``; ``cancel()`` it, ask whether it is ``running``."""

    def __init__(
        self,
        parent: QObject,
        work: Callable[..., T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None],
        on_progress: Progress | None,
    ) -> None:
        self.parent = parent
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.running = True
        self._cancelled = threading.Event()
        self._last_report = 0.0
        self._relay = _Relay(self)  # made here, on the GUI thread
        self.runner = _Runner(self)
        self.runner.setAutoDelete(False)

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel()`` was called."""
        return self._cancelled.is_set()

    @property
    def wanted(self) -> bool:
        """Whether the outcome is still for someone: not cancelled, and the parent not deleted."""
        return not self.cancelled and isValid(self.parent)

    def cancel(self) -> None:
        """Drop the outcome; ``work`` stops at its next progress report (work that reports none runs to its end)."""
        self._cancelled.set()

    def end(self) -> None:
        """On the GUI thread, once the work has ended: let go of the task and its relay (no cycles, so nothing
        Qt is left for a garbage collection on another thread to destroy)."""
        self.running = False
        _running.discard(self)
        self._relay.task = None
        self._relay.deleteLater()

    # --- on the worker thread --------------------------------------------------------------------

    def report(self, done: int, total: int) -> None:
        """The ``progress`` callable ``work`` gets: throttled, and where a cancelled task stops."""
        if self.cancelled:
            raise Cancelled
        now = time.monotonic()
        if done >= total or now - self._last_report >= THROTTLE_SECONDS:
            self._last_report = now
            self._emit(self._relay.progressed, done, total)

    def run_here(self) -> None:
        try:
            result = self.work(self.report) if self.on_progress is not None else self.work()
        except Cancelled:
            self._emit(self._relay.stopped)
        except Exception as error:
            self._emit(self._relay.failed, error_text(error))
        else:
            self._emit(self._relay.finished, result)

    @staticmethod
    def _emit(signal: Any, *values: object) -> None:
        with contextlib.suppress(RuntimeError):  # "Signal source has been deleted": the application is ending
            signal.emit(*values)


def _messages_of(parent: QObject) -> Messages | None:
    """The ``Messages`` a page, dialog or window shows errors with (its ``context.messages`` or ``messages``)."""
    context = getattr(parent, "context", None)
    for candidate in (getattr(context, "messages", None), getattr(parent, "messages", None)):
        if isinstance(candidate, Messages):
            return candidate
    return None


@overload
def run_in_background(
    parent: QObject,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[str], None] | None = None,
    *,
    progress: None = None,
    label: str = "",
    messages: Messages | None = None,
) -> BackgroundTask[T]: ...


@overload
def run_in_background(
    parent: QObject,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[str], None] | None = None,
    *,
    progress: Progress,
    label: str = "",
    messages: Messages | None = None,
) -> BackgroundTask[T]: ...


def run_in_background(
    parent: QObject,
    work: Callable[..., T],
    on_done: Callable[[T], None],
    on_error: Callable[[str], None] | None = None,
    *,
    progress: Progress | None = None,
    label: str = "",
    messages: Messages | None = None,
) -> BackgroundTask[T]:
    """Run ``work`` on the global thread pool; ``on_done(result)``, ``on_error(sentence)`` and
    ``progress(done, total)`` then run on the GUI thread while ``parent`` lives.

    ``work`` is called as ``work()``, or as ``work(report)`` when ``progress`` is given. Without ``on_error`` a
    failure is shown with ``messages.error(label, sentence)`` (``messages``: given, else ``parent.context.messages``
    or ``parent.messages``).
    """
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread(), "start background work on the GUI thread"
    if on_error is None:
        shown = messages if messages is not None else _messages_of(parent)
        if shown is None:
            raise TypeError("run_in_background needs on_error or a parent with messages")
        title = label or QCoreApplication.translate("Workers", "操作未完成")

        def show_error(sentence: str) -> None:
            shown.error(title, sentence)

        on_error = show_error

    task = BackgroundTask(parent, work, on_done, on_error, progress)
    _running.add(task)  # keeps the task, its runner and its relay alive until it has reported
    QThreadPool.globalInstance().start(task.runner)
    return task


_running: set[BackgroundTask[Any]] = set()
