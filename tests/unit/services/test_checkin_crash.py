"""A check-in reported done survives the process being killed (SIGKILL) in the middle of a burst."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services.checkin import board
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.workspace import open_workspace

START = datetime(2026, 12, 1, 9, 0)
PEOPLE = 400
KILL_AFTER = 60

BURST = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta
    from meeting_planner.services.checkin import check_in
    from meeting_planner.storage.workspace import open_workspace

    workspace = open_workspace(sys.argv[1], backup=False)
    meeting_id = int(sys.argv[2])
    start = datetime(2026, 12, 1, 8, 0)
    for number, code in enumerate(sys.argv[3:]):
        result = check_in(workspace, meeting_id, code, at=start + timedelta(seconds=number))
        assert result.done, result.message
        print(result.attendee.id, flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_reported_check_ins_survive_sigkill_and_board_adds_up(db_path: Path) -> None:
    with open_workspace(db_path) as workspace:
        meeting = create_meeting(workspace, "年度工作会议", START, "work")
        assert meeting.id is not None
        people = [
            Attendee(
                f"参会{i:03d}", unit=f"单位{i % 7}", reply=ReplyStatus.LEAVE if i % 50 == 0 else ReplyStatus.CONFIRMED
            )
            for i in range(PEOPLE)
        ]
        with workspace.transaction() as connection:
            added = add_attendees(connection, meeting.id, people)
    codes = [person.code for person in added if person.reply is not ReplyStatus.LEAVE]

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    process = subprocess.Popen(
        [sys.executable, "-c", BURST, str(db_path), str(meeting.id), *codes],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    reported: list[int] = []
    for line in process.stdout:
        reported.append(int(line))
        if len(reported) >= KILL_AFTER:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, process.stderr.read() if process.stderr else ""
    # Lines written before the kill but not yet read are reported too.
    reported += [int(line) for line in process.stdout.read().split()]
    assert KILL_AFTER <= len(reported) < len(codes), "the kill must land in the middle of the burst"

    with open_workspace(db_path, backup=False) as workspace:
        with workspace.reading() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            saved = checkins_by_attendee(connection, meeting.id)
        assert set(reported) <= set(saved)
        assert len(saved) <= len(reported) + 1  # at most the one in flight when killed
        view = board(workspace, meeting.id, START + timedelta(minutes=30))
    total = view.total
    assert total.expected == PEOPLE
    assert total.present == len(saved)
    assert total.leave == PEOPLE // 50
    assert total.present + total.leave + total.absent == total.expected
    assert sum(unit.tally.expected for unit in view.units) == PEOPLE
