"""Both back ends open, migrate and round-trip a meeting the same way."""

from __future__ import annotations

from datetime import datetime

from meeting_planner.services.meetings import create_meeting, get_meeting
from meeting_planner.storage.workspace import SCHEMA_HEAD, Workspace, current_revision, open_workspace


def test_a_workspace_on_either_back_end_is_migrated_and_keeps_a_meeting(
    any_workspace: Workspace, any_workspace_url: str
) -> None:
    with any_workspace.reading() as connection:
        assert current_revision(connection) == SCHEMA_HEAD
    meeting = create_meeting(any_workspace, "全体大会", datetime(2026, 12, 1, 9, 0), "plenary")
    any_workspace.close()
    with open_workspace(any_workspace_url) as reopened:
        again = get_meeting(reopened, meeting.id)
    assert again.title == "全体大会"
    assert [s.title for s in again.steps] == [s.title for s in meeting.steps]
