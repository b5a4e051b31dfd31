"""Step and meeting edits write only the fields that changed, and only onto the version the desk saw; both back
ends (tests/unit/services/conftest.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services.meetings import (
    ConflictError,
    MeetingInputError,
    create_meeting,
    get_meeting,
    save_step,
    set_step_status,
    update_meeting,
)
from meeting_planner.storage.workspace import Workspace

START = datetime(2026, 12, 1, 9, 0)


def test_a_stale_step_edit_is_refused_with_the_fresh_step(workspace: Workspace) -> None:
    meeting = create_meeting(workspace, "会", START, "plenary")
    assert meeting.id is not None
    shown = meeting.step("notice-issue")
    set_step_status(workspace, meeting.id, "notice-issue", StepStatus.DONE, by="乙")  # another desk

    with pytest.raises(ConflictError, match="已被其他工作台修改，已刷新") as caught:
        save_step(workspace, meeting.id, replace(shown, note="甲的备注"))

    fresh = caught.value.fresh
    assert fresh is not None and (fresh.status, fresh.done_by) == (StepStatus.DONE, "乙")  # type: ignore[attr-defined]
    stored = get_meeting(workspace, meeting.id).step("notice-issue")
    assert (stored.status, stored.done_by, stored.note) == (StepStatus.DONE, "乙", "")


def test_undo_writes_back_only_its_own_fields(workspace: Workspace) -> None:
    meeting = create_meeting(workspace, "会", START, "plenary")
    assert meeting.id is not None
    before = meeting.step("notice-issue")
    after = save_step(workspace, meeting.id, replace(before, note="甲的备注"))
    assert after.version == before.version + 1
    set_step_status(workspace, meeting.id, "notice-issue", StepStatus.DONE, by="乙")  # another field, another desk

    save_step(workspace, meeting.id, replace(before, version=after.version), base=replace(after))  # A's undo

    stored = get_meeting(workspace, meeting.id).step("notice-issue")
    assert (stored.note, stored.status, stored.done_by) == ("", StepStatus.DONE, "乙")
    # B now writes a note of its own: A's redo (note "" -> 甲的备注) would overwrite it, so it is refused.
    set_step_status(workspace, meeting.id, "notice-issue", StepStatus.DONE, by="乙", note="乙的备注")
    with pytest.raises(ConflictError):
        save_step(workspace, meeting.id, after, base=before)
    assert get_meeting(workspace, meeting.id).step("notice-issue").note == "乙的备注"


def test_a_stale_meeting_edit_is_refused_and_a_fresh_one_writes_only_its_fields(workspace: Workspace) -> None:
    meeting = create_meeting(workspace, "全区工作会议", START, "plenary")
    assert meeting.id is not None
    theirs = get_meeting(workspace, meeting.id)
    theirs.location = "二号会议室"
    update_meeting(workspace, theirs)

    with pytest.raises(ConflictError) as caught:
        update_meeting(workspace, replace(meeting, title="改名"))
    assert caught.value.fresh is not None and caught.value.fresh.location == "二号会议室"  # type: ignore[attr-defined]

    fresh = get_meeting(workspace, meeting.id)
    saved = update_meeting(workspace, replace(fresh, title="全区工作会议（改期）"))
    assert (saved.title, saved.location, saved.version) == ("全区工作会议（改期）", "二号会议室", fresh.version + 1)


def test_step_and_meeting_text_is_cleaned_and_limited(workspace: Workspace) -> None:
    meeting = create_meeting(workspace, "全区\x00工作会议", START, "plenary")
    assert meeting.id is not None and meeting.title == "全区工作会议"
    step = meeting.step("notice-issue")
    saved = save_step(workspace, meeting.id, replace(step, note="第一行\n第二\x00行\x1b"))
    assert saved.note == "第一行\n第二行"
    with pytest.raises(MeetingInputError, match=r"步骤名称“长长长.*”过长：201 个字符，最多 200 个"):
        save_step(workspace, meeting.id, replace(saved, title="长" * 201))
    with pytest.raises(MeetingInputError, match=r"会场.*过长"):
        update_meeting(workspace, replace(get_meeting(workspace, meeting.id), venue="场" * 201))
