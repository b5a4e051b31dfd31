"""Use cases for meetings and their checklists. Each function is one user action, one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from meeting_planner.documents.template_toml import template_to_toml
from meeting_planner.domain.checklist import (
    ChecklistTemplate,
    Meeting,
    Step,
    StepStatus,
    reschedule,
)
from meeting_planner.errors import InputError, NotFound
from meeting_planner.services.templates import get_template
from meeting_planner.storage import meetings as repo
from meeting_planner.storage.meetings import DeletedMeeting, MeetingSummary
from meeting_planner.storage.workspace import Workspace

__all__ = [
    "DeletedMeeting",
    "MeetingNotFound",
    "MeetingSummary",
    "StepNotFound",
    "create_meeting",
    "delete_meeting",
    "get_meeting",
    "list_deleted_meetings",
    "list_meetings",
    "restore_meeting",
    "save_as_template",
    "set_step_status",
    "update_meeting",
]

Clock = Callable[[], datetime]
#: Deleted meetings stay in the bin (and can be restored) this long.
BIN_DAYS = 30


class MeetingNotFound(NotFound):
    """No meeting has that id; the message is for users."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "会议不存在"


class StepNotFound(NotFound):
    """The meeting has no step with that key; the message is for users."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "步骤不存在"


class MeetingInputError(InputError):
    """Meeting fields that do not make sense (e.g. ends before it starts)."""


def _validate(meeting: Meeting) -> None:
    if not meeting.title.strip():
        raise MeetingInputError("会议名称不能为空")
    if meeting.end is not None and meeting.end < meeting.start:
        raise MeetingInputError(f"结束时间 {meeting.end:%Y-%m-%d %H:%M} 早于开始时间 {meeting.start:%Y-%m-%d %H:%M}")


def meeting_from_template(
    template: ChecklistTemplate,
    title: str,
    start: datetime,
    *,
    end: datetime | None = None,
    kind: str | None = None,
    venue: str = "",
    organiser: str = "",
) -> Meeting:
    """A new (unsaved) meeting whose checklist is the template's steps due relative to ``start``."""
    meeting = Meeting(
        title=title.strip(),
        kind=kind or template.kind,
        start=start,
        end=end,
        venue=venue,
        location=venue,
        organiser=organiser,
        template_key=template.key,
        steps=[Step.from_template(step, start, position) for position, step in enumerate(template.steps)],
    )
    _validate(meeting)
    return meeting


def create_meeting(
    workspace: Workspace,
    title: str,
    start: datetime,
    template_key: str,
    *,
    end: datetime | None = None,
    kind: str | None = None,
    venue: str = "",
    organiser: str = "",
    now: datetime | None = None,
) -> Meeting:
    """Create and store a meeting from the template ``template_key``."""
    template = get_template(workspace, template_key)
    meeting = meeting_from_template(template, title, start, end=end, kind=kind, venue=venue, organiser=organiser)
    with workspace.transaction() as connection:
        return repo.insert_meeting(connection, meeting, now or datetime.now())


def get_meeting(workspace: Workspace, meeting_id: int) -> Meeting:
    """The meeting with its checklist; ``MeetingNotFound`` if there is none."""
    with workspace.reading() as connection:
        meeting = repo.load_meeting(connection, meeting_id)
    if meeting is None:
        raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
    return meeting


def list_meetings(workspace: Workspace) -> list[MeetingSummary]:
    """Every meeting (not in the bin), newest first, with progress counts."""
    with workspace.reading() as connection:
        return repo.list_meeting_summaries(connection)


def update_meeting(workspace: Workspace, meeting: Meeting, now: datetime | None = None) -> Meeting:
    """Save the meeting's fields. If the start moved, every step due time follows except hand-edited ones."""
    if meeting.id is None:
        raise MeetingNotFound("会议尚未保存")
    _validate(meeting)
    with workspace.transaction() as connection:
        stored = repo.load_meeting(connection, meeting.id)
        if stored is None:
            raise MeetingNotFound(f"没有编号为 {meeting.id} 的会议")
        repo.update_meeting_row(connection, meeting, now or datetime.now())
        if stored.start != meeting.start:
            for step in reschedule(stored.steps, meeting.start):
                repo.update_step(connection, step)
        updated = repo.load_meeting(connection, meeting.id)
    assert updated is not None
    return updated


def delete_meeting(workspace: Workspace, meeting_id: int, now: datetime | None = None) -> None:
    """Move a meeting to the bin; ``restore_meeting`` brings it back with everything it had."""
    moment = now or datetime.now()
    with workspace.transaction() as connection:
        if not repo.set_meeting_deleted(connection, meeting_id, moment):
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        repo.purge_deleted_meetings(connection, moment - timedelta(days=BIN_DAYS))


def list_deleted_meetings(workspace: Workspace, now: datetime | None = None) -> list[DeletedMeeting]:
    """The bin (回收站): meetings deleted in the last ``BIN_DAYS`` days, most recently deleted first."""
    oldest = (now or datetime.now()) - timedelta(days=BIN_DAYS)
    with workspace.reading() as connection:
        return [m for m in repo.list_deleted_meetings(connection) if m.deleted_at >= oldest]


def restore_meeting(workspace: Workspace, meeting_id: int) -> None:
    """Take a meeting back out of the bin."""
    with workspace.transaction() as connection:
        if not repo.set_meeting_deleted(connection, meeting_id, None):
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")


def _find_step(meeting: Meeting, key: str) -> Step:
    try:
        return meeting.step(key)
    except KeyError:
        keys = "、".join(s.key for s in meeting.steps[:8])
        more = "……" if len(meeting.steps) > 8 else ""
        raise StepNotFound(f"会议 {meeting.id} 没有键为 “{key}” 的步骤（例如：{keys}{more}）") from None


def set_step_status(
    workspace: Workspace,
    meeting_id: int,
    key: str,
    status: StepStatus,
    *,
    by: str = "",
    note: str | None = None,
    now: datetime | None = None,
) -> Step:
    """Change a step's status. Done records who and when; reopening clears them."""
    moment = now or datetime.now()
    with workspace.transaction() as connection:
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        step = _find_step(meeting, key)
        step.status = status
        if status is StepStatus.DONE:
            step.done_by = by.strip()
            step.done_at = moment
        else:
            step.done_by = ""
            step.done_at = None
        if note is not None:
            step.note = note
        repo.update_step(connection, step)
        repo.touch_meeting(connection, meeting_id, moment)
    return step


def save_step(workspace: Workspace, meeting_id: int, step: Step, now: datetime | None = None) -> Step:
    """Write a whole step as given (used by edits and by undo to put a step back as it was)."""
    with workspace.transaction() as connection:
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        current = _find_step(meeting, step.key)
        saved = replace(step, id=current.id)
        repo.update_step(connection, saved)
        repo.touch_meeting(connection, meeting_id, now or datetime.now())
    return saved


def add_step(workspace: Workspace, meeting_id: int, step: Step, position: int | None = None) -> Step:
    """Insert a step at ``position`` (default: the end); later steps move down one."""
    with workspace.transaction() as connection:
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        if any(s.key == step.key for s in meeting.steps):
            raise MeetingInputError(f"步骤键 “{step.key}” 已存在")
        index = len(meeting.steps) if position is None else max(0, min(position, len(meeting.steps)))
        new_step = replace(step, id=None)
        ordered = [*meeting.steps[:index], new_step, *meeting.steps[index:]]
        _renumber(connection, ordered, skip=new_step)
        new_step.position = index
        repo.insert_steps(connection, meeting_id, [new_step])
        repo.touch_meeting(connection, meeting_id, datetime.now())
    return new_step


def remove_step(workspace: Workspace, meeting_id: int, key: str) -> tuple[Step, int]:
    """Remove a step; returns it and where it was, so undo can put it back."""
    with workspace.transaction() as connection:
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        step = _find_step(meeting, key)
        index = meeting.steps.index(step)
        assert step.id is not None
        repo.delete_step(connection, step.id)
        _renumber(connection, [s for s in meeting.steps if s is not step])
        repo.touch_meeting(connection, meeting_id, datetime.now())
    return step, index


def move_step(workspace: Workspace, meeting_id: int, key: str, new_index: int) -> list[Step]:
    """Move a step to ``new_index`` in the checklist order; returns the new order."""
    with workspace.transaction() as connection:
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(f"没有编号为 {meeting_id} 的会议")
        step = _find_step(meeting, key)
        ordered = [s for s in meeting.steps if s is not step]
        ordered.insert(max(0, min(new_index, len(ordered))), step)
        _renumber(connection, ordered)
        repo.touch_meeting(connection, meeting_id, datetime.now())
    return ordered


def _renumber(connection: repo.Connection, ordered: Sequence[Step], skip: Step | None = None) -> None:
    for position, step in enumerate(ordered):
        if step is skip:
            continue
        if step.position != position:
            step.position = position
            repo.update_step(connection, step)


def save_as_template(
    workspace: Workspace, meeting_id: int, key: str, name: str | None = None, now: datetime | None = None
) -> ChecklistTemplate:
    """Store the meeting's checklist (without statuses) as a workspace template under ``key``."""
    key = key.strip()
    if not key or any(ch.isspace() for ch in key):
        raise MeetingInputError(f"模板键 “{key}” 不能为空或含空格")
    meeting = get_meeting(workspace, meeting_id)
    template = ChecklistTemplate(
        key=key,
        name=(name or f"{meeting.title}（清单）").strip(),
        kind=meeting.kind,
        steps=tuple(step.to_template_step() for step in meeting.steps),
        description=f"由会议“{meeting.title}”保存",
        builtin=False,
    )
    from meeting_planner.services.templates import builtin_templates

    if any(t.key == key for t in builtin_templates()):
        raise MeetingInputError(f"模板键 “{key}” 与内置模板重复，请换一个")
    with workspace.transaction() as connection:
        repo.save_template_text(connection, key, template.name, template_to_toml(template), now or datetime.now())
    return template
