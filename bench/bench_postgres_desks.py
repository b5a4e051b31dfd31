"""Four check-in desks (four processes) on one meeting on a PostgreSQL server: latency of each check-in.

A throwaway cluster is started (tests/pg_cluster.py, fsync and synchronous commit on, as a real server
runs) on this machine, so the figures include no network. 3,000 attendees; each desk scans 500 different
badges at the same time as the others. The same run on a SQLite file is the baseline. Target (issue 5): a
check-in by code <= 20 ms; here p50 <= 20 ms and p95 <= 50 ms with four desks writing at once.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from harness import Report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "concurrency"))

import desk_workers  # noqa: E402
import pg_cluster  # noqa: E402

from meeting_planner.domain.attendee import Attendee  # noqa: E402
from meeting_planner.services.meetings import create_meeting  # noqa: E402
from meeting_planner.storage.attendees import add_attendees  # noqa: E402
from meeting_planner.storage.workspace import open_workspace  # noqa: E402

DESKS = 4
PER_DESK = 500
PEOPLE = 3000


def _prepare(url: str) -> tuple[int, list[str]]:
    with open_workspace(url, backup=False) as workspace:
        meeting = create_meeting(workspace, "全区工作会议", __import__("datetime").datetime(2026, 12, 1, 9), "plenary")
        assert meeting.id is not None
        people = [Attendee(f"参会{i:04d}", unit=f"第{i % 60 + 1}单位") for i in range(PEOPLE)]
        with workspace.transaction() as connection:
            added = add_attendees(connection, meeting.id, people)
    return meeting.id, [person.code for person in added]


def _desks(url: str, folder: Path) -> list[float]:
    meeting_id, codes = _prepare(url)
    jobs = [("check_in_codes", (meeting_id, codes[k * PER_DESK : (k + 1) * PER_DESK])) for k in range(DESKS)]
    reports = desk_workers.run_desks(url, jobs, folder, timeout=600)
    checked = sum(len(report["checked"]) for report in reports)
    assert checked == DESKS * PER_DESK, f"{checked} check-ins, expected {DESKS * PER_DESK}"
    return [seconds for report in reports for seconds in report["latencies"]]


def _percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def run(report: Report) -> None:
    """Add the four-desk figures to ``report`` (PostgreSQL, with a SQLite file as the baseline)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sqlite = _desks(str(folder / "desks.db"), folder)
        sqlite_p50, sqlite_p95 = _percentile(sqlite, 0.5), _percentile(sqlite, 0.95)
        try:
            cluster = pg_cluster.start_cluster(durable=True)
        except pg_cluster.Unavailable as error:
            print(f"  (PostgreSQL not available, skipped: {error})")
            report.add(f"check-in p50, {DESKS} desks on a SQLite file", sqlite_p50, target=0.020)
            return
        try:
            cluster.execute('CREATE DATABASE "desks"')
            latencies = _desks(cluster.url("desks"), folder)
        finally:
            pg_cluster.remove_cluster(cluster)
    note = f"{DESKS} desks x {PER_DESK}, {PEOPLE} attendees, server on this machine"
    report.add(
        f"check-in p50, {DESKS} desks on PostgreSQL",
        _percentile(latencies, 0.5),
        baseline=sqlite_p50,
        baseline_name=f"{DESKS} desks on a SQLite file",
        target=0.020,
        note=note,
    )
    report.add(
        f"check-in p95, {DESKS} desks on PostgreSQL",
        _percentile(latencies, 0.95),
        baseline=sqlite_p95,
        baseline_name=f"{DESKS} desks on a SQLite file",
        target=0.050,
        note=f"max {max(latencies) * 1000:.1f} ms",
    )
