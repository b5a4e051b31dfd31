"""Start-up of the GUI to a shown main window, beside a bare script that only shows an empty
QMainWindow (both in fresh processes, offscreen, in the same run); and creating 200 meetings from
the largest template."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import Report, best_of

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

BARE = """
import time, sys
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
app.processEvents()
print(time.perf_counter() - started, flush=True)
"""

APP = """
import time, sys
started = time.perf_counter()
from meeting_planner.app import create_application, install_translators, open_main_window
app = create_application()
install_translators(app, "zh_CN")
window = open_main_window(db=sys.argv[1])
app.processEvents()
print(time.perf_counter() - started, flush=True)
while not (window.context.has_workspace and window.meeting_page.meeting_id is not None):
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
print(time.perf_counter() - started, flush=True)
"""


def _process_seconds(script: str, *args: str) -> tuple[float, ...]:
    """Wall times from launching a fresh interpreter until each line ``script`` prints (a milestone).

    Interpreter start-up is included; tear-down after the last milestone is not.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    marks: list[float] = []
    with subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip():
                marks.append(time.perf_counter() - started)
        process.wait()
    if not marks:
        raise RuntimeError("the start-up script failed")
    return tuple(marks)


def _medians(script: str, *args: str) -> tuple[float, ...]:
    _process_seconds(script, *args)  # warm the file cache
    runs = [_process_seconds(script, *args) for _ in range(RUNS)]
    return tuple(statistics.median(run[i] for run in runs) for i in range(len(runs[0])))


def run(report: Report) -> None:
    """Add the start-up and creation figures."""
    from meeting_planner.services.meetings import create_meeting
    from meeting_planner.services.templates import builtin_templates
    from meeting_planner.storage.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        with open_workspace(db) as workspace:
            create_meeting(workspace, "基准会议", __import__("datetime").datetime(2026, 12, 1, 9), "plenary")
        (bare,) = _medians(BARE)
        shown, ready = _medians(APP, str(db))
        report.add(
            "GUI start-up to shown main window",
            shown,
            baseline=bare,
            baseline_name="bare QMainWindow script",
            max_ratio=3.0,
            note=f"median of {RUNS} fresh processes; goal 2x",
        )
        report.add(
            "GUI start-up to newest meeting's checklist",
            ready,
            baseline=bare,
            baseline_name="bare QMainWindow script",
            note="workspace opened off the GUI thread after the window shows",
        )

        largest = max(builtin_templates(), key=lambda t: len(t.steps))
        with open_workspace(Path(folder) / "create.db") as workspace:
            start = __import__("datetime").datetime(2027, 1, 1, 9)

            def create_200() -> None:
                for n in range(200):
                    create_meeting(workspace, f"会议{n}", start, largest.key)

            seconds = best_of(create_200, repeat=1)
        report.add(
            f"create 200 meetings from '{largest.key}' ({len(largest.steps)} steps)",
            seconds,
            note=f"{seconds / 200 * 1000:.1f} ms per meeting, one transaction each",
        )
