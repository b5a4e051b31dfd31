"""Fuzz test: hundreds of mutated .xlsx/.xls/.csv lists, each imported with a time and memory limit.

Every file either imports (with no control characters in any text) or is refused with one line naming
the file; the workspace changes only for files that import. The files come from a fixed seed.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fuzz_files import generate

#: How many mutated files are imported.
FILES = 520
#: Seconds one import may take (generous: the test machine is shared).
TIME_LIMIT = 15
#: Address space of a worker (bytes): an import that needs more fails.
MEMORY_LIMIT = 1536 * 1024 * 1024

WORKER = r"""
import json, os, re, resource, sys, traceback
resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), int(sys.argv[2])))
from meeting_planner.services.importing import ImportProblem, apply_import, preview_import
from meeting_planner.storage.workspace import open_workspace

workspace = open_workspace(sys.argv[1], backup=False)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

def count():
    with workspace.reading() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM attendees").scalar()

for line in sys.stdin:
    path = line.strip()
    before = count()
    result = {"path": path}
    try:
        preview = preview_import(path)
        texts = [value for row in preview.rows for value in vars(row).values() if isinstance(value, str)]
        texts += [warning.message for warning in preview.warnings]
        result["control"] = [text for text in texts if CONTROL.search(text)][:3]
        added = apply_import(workspace, 1, preview)
        result["ok"] = len(added.added)
    except ImportProblem as problem:
        result["problem"] = str(problem)
        result["changed"] = count() != before
    except BaseException as error:
        result["crash"] = "".join(traceback.format_exception(error))[-2000:]
    print("@@" + json.dumps(result, ensure_ascii=False), flush=True)
"""


class Worker:
    """A long-lived importing process with its own memory limit; restarted when it dies or hangs."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.process = self._start()

    def _start(self) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        return subprocess.Popen(
            [sys.executable, "-c", WORKER, str(self.database), str(MEMORY_LIMIT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def run(self, path: Path) -> dict[str, object]:
        process = self.process
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(f"{path}\n")
        process.stdin.flush()
        deadline = time.monotonic() + TIME_LIMIT + 20  # + the worker's start-up
        line, noise = "", ""
        while not line.startswith("@@"):
            ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
            line = process.stdout.readline() if ready else ""
            if not line:
                break
            if not line.startswith("@@"):
                noise += line
        if noise:
            return {"path": str(path), "crash": f"printed to stdout: {noise[:200]!r}"}
        if not line:
            process.kill()
            process.wait()
            self.process = self._start()
            return {"path": str(path), "crash": "took too long or died" if not ready else "worker died"}
        result: dict[str, object] = json.loads(line[2:])
        return result

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="uses resource limits and select on pipes")
def test_mutated_lists_give_one_message_or_import_cleanly(tmp_path: Path) -> None:
    from meeting_planner.services.meetings import create_meeting
    from meeting_planner.storage.workspace import open_workspace

    files = generate(tmp_path / "files", FILES)
    database = tmp_path / "workspace.db"
    with open_workspace(database, backup=False) as workspace:
        from datetime import datetime

        create_meeting(workspace, "导入测试", datetime(2026, 12, 1, 9), "work")
    started = time.monotonic()
    worker = Worker(database)
    slow: list[str] = []
    failures: list[str] = []
    outcomes = {"ok": 0, "problem": 0}
    try:
        for path in files:
            begun = time.monotonic()
            result = worker.run(path)
            elapsed = time.monotonic() - begun
            if elapsed > TIME_LIMIT:
                slow.append(f"{path.name}: {elapsed:.1f} s")
            if "crash" in result:
                failures.append(f"{path.name}: {result['crash']}")
            elif "problem" in result:
                outcomes["problem"] += 1
                message = str(result["problem"])
                if "\n" in message or not message.startswith(f"文件“{path.name}”") or "Error" in message:
                    failures.append(f"{path.name}: not one line naming the file: {message!r}")
                if result["changed"]:
                    failures.append(f"{path.name}: refused but the workspace changed")
            else:
                outcomes["ok"] += 1
                if result["control"]:
                    failures.append(f"{path.name}: control characters kept: {result['control']!r}")
    finally:
        worker.close()
    total = time.monotonic() - started
    print(f"\nfuzz: {len(files)} files in {total:.1f} s; imported {outcomes['ok']}, refused {outcomes['problem']}")
    assert not failures, "\n".join(failures[:20])
    assert not slow, slow
    assert outcomes["ok"] > 20 and outcomes["problem"] > 100, outcomes
