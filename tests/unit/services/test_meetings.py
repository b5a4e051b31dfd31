"""Meeting use cases: create from a template, move, edit steps, bin and restore, save as template."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from meeting_planner.domain.checklist import Category, Offset, Phase, Step, StepStatus
from meeting_planner.services import meetings as service
from meeting_planner.services.templates import TemplateNotFound, get_template, list_templates
from meeting_planner.storage.workspace import Workspace, open_workspace

START = datetime(2026, 12, 1, 9, 0)


def test_create_from_template_sets_due_times(workspace: Workspace) -> None:
    meeting = service.create_meeting(workspace, "全区工作会议", START, "plenary", venue="礼堂", organiser="区办")
    template = get_template(workspace, "plenary")
    assert [s.key for s in meeting.steps] == [s.key for s in template.steps]
    stored = service.get_meeting(workspace, meeting.id or 0)
    assert stored.step("notice-issue").due_at == START - timedelta(days=7)
    assert stored.step("av-test").due_at == datetime(2026, 11, 30, 16, 0)
    assert stored.step("three-checks").due_at == START - timedelta(minutes=30)
    assert (stored.kind, stored.venue, stored.organiser) == ("全体大会", "礼堂", "区办")


def test_unknown_template_lists_the_known_ones(workspace: Workspace) -> None:
    with pytest.raises(TemplateNotFound, match="plenary"):
        service.create_meeting(workspace, "会", START, "nope")


def test_end_before_start_is_refused(workspace: Workspace) -> None:
    with pytest.raises(service.MeetingInputError, match="早于开始时间"):
        service.create_meeting(workspace, "会", START, "work", end=START - timedelta(hours=1))


def test_moving_the_meeting_moves_due_times_except_hand_edited(workspace: Workspace) -> None:
    meeting = service.create_meeting(workspace, "会", START, "work")
    assert meeting.id is not None
    hand = replace(meeting.step("agenda"), due_at=datetime(2026, 11, 20, 10, 0), due_manual=True)
    service.save_step(workspace, meeting.id, hand)
    moved = service.get_meeting(workspace, meeting.id)
    moved.start = START + timedelta(days=7)
    after = service.update_meeting(workspace, moved)
    assert after.step("notice-draft").due_at == START + timedelta(days=2)
    assert after.step("agenda").due_at == datetime(2026, 11, 20, 10, 0)


def test_step_status_records_who_and_when(workspace: Workspace) -> None:
    meeting = service.create_meeting(workspace, "会", START, "work")
    assert meeting.id is not None
    when = datetime(2026, 11, 28, 10, 30)
    step = service.set_step_status(workspace, meeting.id, "notice-draft", StepStatus.DONE, by=" 王晓 ", now=when)
    assert (step.done_by, step.done_at) == ("王晓", when)
    reopened = service.set_step_status(workspace, meeting.id, "notice-draft", StepStatus.TODO)
    assert (reopened.done_by, reopened.done_at) == ("", None)
    with pytest.raises(service.StepNotFound, match="nokey"):
        service.set_step_status(workspace, meeting.id, "nokey", StepStatus.DONE)
    with pytest.raises(service.MeetingNotFound):
        service.set_step_status(workspace, 999, "notice-draft", StepStatus.DONE)


def test_add_remove_and_reorder_steps(workspace: Workspace) -> None:
    meeting = service.create_meeting(workspace, "会", START, "work")
    assert meeting.id is not None
    new = Step("extra", "准备胸牌", Phase.BEFORE, Category.MATERIALS, Offset.parse("-2d"), START - timedelta(days=2))
    service.add_step(workspace, meeting.id, new, position=1)
    keys = [s.key for s in service.get_meeting(workspace, meeting.id).steps]
    assert keys[:3] == ["notice-draft", "extra", "notice-issue"]
    service.move_step(workspace, meeting.id, "extra", 0)
    assert service.get_meeting(workspace, meeting.id).steps[0].key == "extra"
    removed, index = service.remove_step(workspace, meeting.id, "extra")
    assert (removed.title, index) == ("准备胸牌", 0)
    steps = service.get_meeting(workspace, meeting.id).steps
    assert "extra" not in [s.key for s in steps]
    assert [s.position for s in steps] == list(range(len(steps)))


def test_bin_and_restore(workspace: Workspace) -> None:
    meeting = service.create_meeting(workspace, "会", START, "work")
    assert meeting.id is not None
    service.delete_meeting(workspace, meeting.id)
    assert service.list_meetings(workspace) == []
    with pytest.raises(service.MeetingNotFound):
        service.get_meeting(workspace, meeting.id)
    service.restore_meeting(workspace, meeting.id)
    assert [m.id for m in service.list_meetings(workspace)] == [meeting.id]


def test_bin_lists_deleted_meetings_for_thirty_days(workspace: Workspace) -> None:
    old = service.create_meeting(workspace, "旧会", START, "work")
    new = service.create_meeting(workspace, "新会", START, "work")
    assert old.id is not None and new.id is not None
    deleted = datetime(2026, 11, 1, 10, 0)
    service.delete_meeting(workspace, old.id, now=deleted)
    service.delete_meeting(workspace, new.id, now=deleted + timedelta(days=2))
    shown = service.list_deleted_meetings(workspace, now=deleted + timedelta(days=3))
    assert [(m.title, m.deleted_at) for m in shown] == [("新会", deleted + timedelta(days=2)), ("旧会", deleted)]
    assert [m.title for m in service.list_deleted_meetings(workspace, now=deleted + timedelta(days=31))] == ["新会"]
    service.restore_meeting(workspace, new.id)
    assert [m.title for m in service.list_deleted_meetings(workspace, now=deleted + timedelta(days=3))] == ["旧会"]


def test_save_as_template_and_reuse(workspace: Workspace, db_path) -> None:  # type: ignore[no-untyped-def]
    meeting = service.create_meeting(workspace, "区委常委会", START, "work")
    assert meeting.id is not None
    service.set_step_status(workspace, meeting.id, "notice-draft", StepStatus.DONE, by="甲")
    template = service.save_as_template(workspace, meeting.id, "standing", "常委会")
    assert template.key == "standing"
    with pytest.raises(service.MeetingInputError, match="内置模板重复"):
        service.save_as_template(workspace, meeting.id, "plenary")
    workspace.close()
    with open_workspace(db_path) as reopened:
        assert "standing" in [t.key for t in list_templates(reopened)]
        again = service.create_meeting(reopened, "下次常委会", START + timedelta(days=30), "standing")
        assert all(step.status is StepStatus.TODO for step in again.steps)
        assert len(again.steps) == len(meeting.steps)
