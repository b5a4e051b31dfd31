"""A process killed (SIGKILL) while writing step changes leaves a sound workspace with every
change it reported as committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import create_meeting, get_meeting
from meeting_planner.storage.workspace import open_workspace

WRITER = """
import sys
from datetime import datetime
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import get_meeting, set_step_status
from meeting_planner.storage.workspace import open_workspace

workspace = open_workspace(sys.argv[1], backup=False)
keys = [step.key for step in get_meeting(workspace, 1).steps]
n = 0
while True:
    key = keys[n % len(keys)]
    status = StepStatus.DONE if (n // len(keys)) % 2 == 0 else StepStatus.TODO
    set_step_status(workspace, 1, key, status, by=f"w{n}", note=f"change {n}")
    print(n, key, status.value, flush=True)
    n += 1
"""


def test_sigkill_during_writes_loses_nothing_reported(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    with open_workspace(path) as workspace:
        create_meeting(workspace, "崩溃测试", __import__("datetime").datetime(2026, 12, 1, 9), "plenary")
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    reported: list[tuple[int, str, str]] = []
    deadline = time.monotonic() + 60
    while len(reported) < 150 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        number, key, status = line.split()
        reported.append((int(number), key, status))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert len(reported) >= 150, "the writer made progress before being killed"

    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    check.close()
    last: dict[str, tuple[int, str]] = {}
    for number, key, status in reported:
        last[key] = (number, status)
    with open_workspace(path, backup=False) as workspace:
        steps = {step.key: step for step in get_meeting(workspace, 1).steps}
    for key, (number, status) in last.items():
        step = steps[key]
        # The kill may land after a later change committed but before it was printed: the stored
        # change is then the reported one or newer, never older.
        stored_number = int(step.note.split()[1])
        assert stored_number >= number, key
        if stored_number == number:
            assert step.status is StepStatus(status)
