"""断网 and back: 1,000 check-ins made offline at a desk (each written to the desk journal), then replayed into
the workspace; replaying the same journal again must write nothing. On SQLite, and on a throwaway PostgreSQL
server when one can be started here (tests/pg_cluster.py, or ``MP_TEST_PG_URL``).

The throwaway server runs with fsync off (the app's sessions still ask for synchronous_commit), so its figures
leave out the disk flush a real server makes per transaction (one per 200 replayed entries).

Targets: an offline check-in (look-up in the snapshot + one durable journal write) <= 50 ms; replaying 1,000
entries <= 5 s on either back end (a desk back online catches up in seconds).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from harness import Report

from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.desk import CheckInDesk, replay
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.desk_journal import DeskJournal
from meeting_planner.storage.workspace import open_workspace

ENTRIES = 1000
START = datetime(2026, 12, 1, 9, 0)


def _run_on(report: Report, url: str, folder: Path, backend: str) -> None:
    workspace = open_workspace(url, backup=False)
    journal = DeskJournal(folder / f"journal-{backend}.db")
    try:
        meeting = create_meeting(workspace, "全体大会", START, "plenary")
        assert meeting.id is not None
        people = [Attendee(f"人员{i:04d}", unit=f"第{i % 40 + 1}单位") for i in range(ENTRIES)]
        with workspace.transaction() as connection:
            added = add_attendees(connection, meeting.id, people)
        desk = CheckInDesk(workspace, meeting.id, journal, "一号台")
        desk.load()
        desk.offline = True
        started = time.perf_counter()
        for number, person in enumerate(added):
            result = desk.check_in(person.code, at=START - timedelta(seconds=number))
            assert result.done, result.message
        per_entry = (time.perf_counter() - started) / ENTRIES
        assert desk.pending() == ENTRIES
        desk.offline = False
        entries = journal.pending(desk.workspace_id)
        report.add(f"offline check-in into the desk journal ({backend}), each", per_entry, target=0.050)
        started = time.perf_counter()
        first = replay(workspace, entries)
        seconds = time.perf_counter() - started
        assert first.applied == ENTRIES, first.sentence()
        report.add(f"journal replay, 1,000 entries ({backend})", seconds, target=5.0)
        started = time.perf_counter()
        again = replay(workspace, entries)
        assert again.already == ENTRIES and again.applied == 0
        report.add(
            f"journal replayed again, 1,000 entries ({backend})",
            time.perf_counter() - started,
            baseline=seconds,
            baseline_name="first replay",
            note="nothing written",
        )
    finally:
        journal.close()
        workspace.close()


def run(report: Report) -> None:
    """Add the journal replay figures to ``report``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _run_on(report, str(folder / "bench.db"), folder, "SQLite")
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        import pg_cluster

        try:
            cluster = pg_cluster.start_cluster()
        except pg_cluster.Unavailable as error:
            print(f"  (PostgreSQL figures skipped: {error})")
            return
        try:
            url = cluster.new_database()
            _run_on(report, url, folder, "PostgreSQL")
        finally:
            pg_cluster.remove_cluster(cluster)
