"""What each desk (a separate process, started with 'spawn') does in the concurrency tests.

Every desk opens its own workspace on the shared database, waits at a barrier so the desks really write at
the same time, and reports ``(name, result, traceback)`` on a queue; its stderr goes to a file the test reads
(no traceback may appear there).
"""

from __future__ import annotations

import sys
import time
import traceback
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any


def desk(task: str, name: str, url: str, barrier: Any, queue: Any, log: str, args: tuple[Any, ...]) -> None:
    """The process entry point: run ``TASKS[task]`` and report its result or its traceback."""
    sys.stderr = open(log, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    try:
        result = TASKS[task](url, barrier, *args)
    except BaseException:
        text = traceback.format_exc()
        print(text, file=sys.stderr, flush=True)
        queue.put((name, None, text))
    else:
        queue.put((name, result, ""))


def _open(url: str) -> Any:
    from meeting_planner.storage.workspace import open_workspace

    return open_workspace(url, backup=False)


def import_list(url: str, barrier: Any, meeting_id: int, path: str, save_to_directory: bool = False) -> int:
    """Read a unit's list, then import it into the meeting at the same moment as the other desks (and into
    the people directory with ``save_to_directory``)."""
    from meeting_planner.services.importing import apply_import, preview_import

    workspace = _open(url)
    preview = preview_import(Path(path))
    barrier.wait()
    result = workspace.retrying(lambda: apply_import(workspace, meeting_id, preview, save_to_directory))
    workspace.close()
    return len(result.added)


def race_seats(url: str, barrier: Any, meeting_id: int, moves: list[tuple[int, str, bool]]) -> dict[str, Any]:
    """Move people onto seats: plan each move from the seats read first (as the seating page does), then apply
    it; ``stale`` moves are planned from the seats read before the other desk's last moves."""
    from meeting_planner.services import seating

    workspace = _open(url)
    barrier.wait()
    done = 0
    refused: Counter[str] = Counter()
    view = seating.seat_states(workspace, meeting_id)
    for attendee_id, seat_id, stale in moves:
        try:
            if not stale:
                view = seating.seat_states(workspace, meeting_id)
            seating.apply_seat_change(workspace, meeting_id, seating.plan_move(view, attendee_id, seat_id))
            done += 1
        except seating.SeatingError as error:  # a clear message for the user, nothing written
            refused[str(error)] += 1
    workspace.close()
    return {"done": done, "refused": dict(refused)}


def edit_step(url: str, barrier: Any, meeting_id: int, key: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Show a step, then (with the other desk) save an edit of it; a desk told of a conflict takes the fresh
    step it is given and edits that."""
    from meeting_planner.domain.checklist import StepStatus
    from meeting_planner.services.meetings import ConflictError, get_meeting, save_step

    values = {k: StepStatus(v) if k == "status" else v for k, v in changes.items()}
    workspace = _open(url)
    shown = get_meeting(workspace, meeting_id).step(key)
    barrier.wait()
    try:
        save_step(workspace, meeting_id, replace(shown, **values))
        told = ""
    except ConflictError as error:
        told = str(error)
        assert error.fresh is not None
        save_step(workspace, meeting_id, replace(error.fresh, **values))
    workspace.close()
    return {"told": told}


def check_in_codes(url: str, barrier: Any, meeting_id: int, codes: list[str]) -> dict[str, Any]:
    """Check in each code as a desk would (scanning a badge), timing each one."""
    from meeting_planner.services.checkin import Outcome, check_in, warm_index

    workspace = _open(url)
    warm_index(workspace, meeting_id)
    barrier.wait()
    checked: list[int] = []
    outcomes: Counter[str] = Counter()
    latencies: list[float] = []
    for code in codes:
        began = time.perf_counter()
        result = check_in(workspace, meeting_id, code)
        latencies.append(time.perf_counter() - began)
        outcomes[result.outcome.value] += 1
        if result.outcome is Outcome.CHECKED_IN:
            assert result.attendee is not None and result.attendee.code == code, result.message
            checked.append(result.attendee.id or 0)
    workspace.close()
    return {"checked": checked, "outcomes": dict(outcomes), "latencies": latencies}


TASKS = {
    "import_list": import_list,
    "race_seats": race_seats,
    "edit_step": edit_step,
    "check_in_codes": check_in_codes,
}


def run_desks(url: str, jobs: list[tuple[str, tuple[Any, ...]]], folder: Path, timeout: float = 180) -> list[Any]:
    """Run one process per job (``(task, args)``) at once; returns their results in job order. Fails with
    every traceback a desk reported or wrote to stderr."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(jobs), timeout=120)
    queue = context.Queue()
    processes = []
    logs = []
    for number, (task, args) in enumerate(jobs):
        log = folder / f"desk{number}.err"
        logs.append(log)
        process = context.Process(target=desk, args=(task, str(number), url, barrier, queue, str(log), args))
        process.start()
        processes.append(process)
    reports = {}
    deadline = time.monotonic() + timeout
    while len(reports) < len(jobs):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            name, result, text = queue.get(timeout=remaining)
        except Exception:  # queue.Empty: some desk hung or died
            break
        reports[name] = (result, text)
    for process in processes:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
    problems = [text for _, text in reports.values() if text]
    problems += [f"{log.name}: {log.read_text()}" for log in logs if log.exists() and "Traceback" in log.read_text()]
    assert not problems, "\n".join(problems)
    assert len(reports) == len(jobs), f"only {len(reports)} of {len(jobs)} desks reported"
    return [reports[str(number)][0] for number in range(len(jobs))]
