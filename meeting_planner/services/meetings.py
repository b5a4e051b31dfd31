"""Use cases for meetings and their checklists. Each function is one user action, one transaction."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, replace
from datetime import datetime, timedelta
from typing import Any

from meeting_planner.documents.template_toml import template_to_toml
from meeting_planner.domain.checklist import (
    ChecklistTemplate,
    DeletedMeeting,
    Meeting,
    MeetingSummary,
    Step,
    StepStatus,
    reschedule,
)
from meeting_planner.domain.limits import MEETING_LIMITS, STEP_LIMITS, Limit, clean_text, field_problems
from meeting_planner.errors import InputError, NotFound, Phrase
from meeting_planner.services.templates import get_template
from meeting_planner.storage import meetings as repo
from meeting_planner.storage.errors import CONFLICT_MESSAGE, ConflictError
from meeting_planner.storage.meetings import MEETING_FIELDS, STEP_FIELDS
from meeting_planner.storage.workspace import Connection, Workspace

__all__ = [
    "ConflictError",
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
    """No meeting has that id (``meeting_id``; ``None`` for a meeting never saved); the message is for users."""

    def __init__(self, meeting_id: int | None) -> None:
        super().__init__(meeting_id)
        self.meeting_id = meeting_id

    def __str__(self) -> str:
        return (
            Phrase("会议尚未保存")
            if self.meeting_id is None
            else Phrase.of("没有编号为 {id} 的会议", id=self.meeting_id)
        )


class StepNotFound(NotFound):
    """The meeting has no step with that key; the message is for users."""

    def __str__(self) -> str:
        return self.args[0].__str__() if self.args else Phrase("步骤不存在")


class MeetingInputError(InputError):
    """Meeting fields that do not make sense (e.g. ends before it starts)."""


_MULTILINE = frozenset({"agenda", "bring", "note"})


def _cleaned(item: Meeting | Step, limits: Mapping[str, Limit]) -> Meeting | Step:
    """``item`` with NUL and control characters removed from its text fields; ``MeetingInputError`` naming
    the first field over its limit (the same limits on SQLite and PostgreSQL)."""
    changes = {}
    for name in limits:
        value = getattr(item, name)
        cleaned = clean_text(value, multiline=name in _MULTILINE)
        if cleaned != value:
            changes[name] = cleaned
    result = replace(item, **changes) if changes else item  # type: ignore[arg-type]
    problems = field_problems(result, limits)
    if problems:
        raise MeetingInputError(Phrase.of("{problems}。", problems=Phrase.joined("；", [s for _, s in problems])))
    return result


def _clean_meeting(meeting: Meeting) -> Meeting:
    cleaned = _cleaned(meeting, MEETING_LIMITS)
    assert isinstance(cleaned, Meeting)
    _validate(cleaned)
    return cleaned


def _clean_step(step: Step) -> Step:
    cleaned = _cleaned(step, STEP_LIMITS)
    assert isinstance(cleaned, Step)
    return cleaned


def _validate(meeting: Meeting) -> None:
    if not meeting.title.strip():
        raise MeetingInputError(Phrase("会议名称不能为空"))
    if meeting.end is not None and meeting.end < meeting.start:
        raise MeetingInputError(
            Phrase.of(
                "结束时间 {end:%Y-%m-%d %H:%M} 早于开始时间 {start:%Y-%m-%d %H:%M}",
                end=meeting.end,
                start=meeting.start,
            )
        )


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
    return _clean_meeting(meeting)


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
        raise MeetingNotFound(meeting_id)
    return meeting


def list_meetings(workspace: Workspace) -> list[MeetingSummary]:
    """Every meeting (not in the bin), newest first, with progress counts."""
    with workspace.reading() as connection:
        return repo.list_meeting_summaries(connection)


def _changes(
    stored: Step | Meeting, wanted: Step | Meeting, names: frozenset[str], base: Step | Meeting | None
) -> dict[str, Any]:
    """The fields to write: where ``wanted`` differs from ``base`` (an undo/redo) or from ``stored``."""
    reference = stored if base is None else base
    ordered = [f.name for f in fields(wanted) if f.name in names]
    return {name: getattr(wanted, name) for name in ordered if getattr(wanted, name) != getattr(reference, name)}


def _still_as_seen(
    stored: Step | Meeting, seen: Step | Meeting | None, edited: Step | Meeting, changes: dict[str, Any]
) -> bool:
    """Whether an edit may be written: the stored copy is the version the editor saw, or (undo/redo,
    ``seen`` given) the changed fields still hold what the edit expects there."""
    if seen is None:
        return stored.version == edited.version
    return all(getattr(stored, name) == getattr(seen, name) for name in changes)


def update_meeting(
    workspace: Workspace, meeting: Meeting, now: datetime | None = None, *, base: Meeting | None = None
) -> Meeting:
    """Save the meeting's fields that changed. If the start moved, every step due time follows except
    hand-edited ones.

    Only the changed fields are written. Without ``base`` the edit must be of the stored version
    (``meeting.version``); with ``base`` (undo/redo: the state the edit goes from) the changed fields
    must still hold ``base``'s values. Otherwise another desk changed the meeting meanwhile: nothing is
    written and ``ConflictError`` (已被其他工作台修改，已刷新) carries the fresh meeting.
    """
    if meeting.id is None:
        raise MeetingNotFound(None)
    meeting = _clean_meeting(meeting)
    base = _clean_meeting(base) if base is not None else None  # compared with what was stored (cleaned)
    meeting_id = meeting.id
    assert meeting_id is not None
    moment = now or datetime.now()
    with workspace.transaction() as connection:
        if not repo.lock_meeting(connection, meeting_id):
            raise MeetingNotFound(meeting_id)
        stored = repo.load_meeting(connection, meeting_id)
        if stored is None:
            raise MeetingNotFound(meeting_id)
        changes = _changes(stored, meeting, MEETING_FIELDS, base)
        if not _still_as_seen(stored, base, meeting, changes if base is not None else {}):
            raise ConflictError(CONFLICT_MESSAGE, stored)
        if changes:
            if not repo.update_meeting_fields(connection, meeting_id, stored.version, changes, moment):
                raise ConflictError(CONFLICT_MESSAGE, stored)
            if "start" in changes:
                for step in reschedule(stored.steps, meeting.start):
                    if step.due_at != stored.step(step.key).due_at:
                        repo.update_step(connection, step)
        updated = repo.load_meeting(connection, meeting_id)
    assert updated is not None
    return updated


def delete_meeting(workspace: Workspace, meeting_id: int, now: datetime | None = None) -> None:
    """Move a meeting to the bin; ``restore_meeting`` brings it back with everything it had."""
    moment = now or datetime.now()
    with workspace.transaction() as connection:
        if not repo.set_meeting_deleted(connection, meeting_id, moment):
            raise MeetingNotFound(meeting_id)
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
            raise MeetingNotFound(meeting_id)


def _find_step(meeting: Meeting, key: str) -> Step:
    try:
        return meeting.step(key)
    except KeyError:
        keys = "、".join(s.key for s in meeting.steps[:8])
        more = "……" if len(meeting.steps) > 8 else ""
        raise StepNotFound(
            Phrase.of(
                "会议 {id} 没有键为 “{key}” 的步骤（例如：{keys}{more}）", id=meeting.id, key=key, keys=keys, more=more
            )
        ) from None


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
    """Change a step's status (as it is now: the step is locked, read and written in one transaction).
    Done records who and when; reopening clears them. Only the changed fields are written."""
    moment = now or datetime.now()
    with workspace.transaction() as connection:
        repo.lock_meeting(connection, meeting_id)  # meeting, then step: the order every checklist write takes
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        _find_step(meeting, key)
        step = repo.load_step(connection, meeting_id, key, for_update=True)
        if step is None:
            raise StepNotFound(Phrase.of("会议 {meeting_id} 没有键为 “{key}” 的步骤", meeting_id=meeting_id, key=key))
        wanted = replace(step, status=status)
        if status is StepStatus.DONE:
            wanted.done_by = by.strip()
            wanted.done_at = moment
        else:
            wanted.done_by = ""
            wanted.done_at = None
        if note is not None:
            wanted.note = note
        wanted = _clean_step(wanted)
        changes = _changes(step, wanted, STEP_FIELDS, None)
        if changes:
            assert step.id is not None
            repo.update_step_fields(connection, step.id, step.version, changes)
            repo.touch_meeting(connection, meeting_id, moment)
        fresh = repo.load_step(connection, meeting_id, key)
    assert fresh is not None
    return fresh


def save_step(
    workspace: Workspace, meeting_id: int, step: Step, now: datetime | None = None, *, base: Step | None = None
) -> Step:
    """Save the fields of ``step`` that changed; returns the step as stored now (with its new version).

    Without ``base`` the edit must be of the stored version (``step.version``): a desk editing a step
    another desk has changed since it was shown gets ``ConflictError`` (已被其他工作台修改，已刷新) with the
    fresh step, and nothing is written. With ``base`` (undo/redo: the state the edit goes from) the
    changed fields must still hold ``base``'s values.
    """
    step = _clean_step(step)
    base = _clean_step(base) if base is not None else None  # compared with what was stored (cleaned)
    with workspace.transaction() as connection:
        repo.lock_meeting(connection, meeting_id)  # meeting, then step: the order every checklist write takes
        stored = repo.load_step(connection, meeting_id, step.key, for_update=True)
        if stored is None:
            if repo.load_meeting(connection, meeting_id) is None:
                raise MeetingNotFound(meeting_id)
            raise ConflictError(CONFLICT_MESSAGE, None)
        changes = _changes(stored, step, STEP_FIELDS, base)
        if not _still_as_seen(stored, base, step, changes if base is not None else {}):
            raise ConflictError(CONFLICT_MESSAGE, stored)
        if changes:
            assert stored.id is not None
            if not repo.update_step_fields(connection, stored.id, stored.version, changes):
                raise ConflictError(CONFLICT_MESSAGE, stored)
            repo.touch_meeting(connection, meeting_id, now or datetime.now())
        saved = repo.load_step(connection, meeting_id, step.key)
    assert saved is not None
    return saved


def add_step(workspace: Workspace, meeting_id: int, step: Step, position: int | None = None) -> Step:
    """Insert a step at ``position`` (default: the end); later steps move down one."""
    step = _clean_step(step)
    with workspace.transaction() as connection:
        repo.lock_meeting(connection, meeting_id)
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        if any(s.key == step.key for s in meeting.steps):
            raise MeetingInputError(Phrase.of("步骤键 “{key}” 已存在", key=step.key))
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
        repo.lock_meeting(connection, meeting_id)
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
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
        repo.lock_meeting(connection, meeting_id)
        meeting = repo.load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        step = _find_step(meeting, key)
        ordered = [s for s in meeting.steps if s is not step]
        ordered.insert(max(0, min(new_index, len(ordered))), step)
        _renumber(connection, ordered)
        repo.touch_meeting(connection, meeting_id, datetime.now())
    return ordered


def _renumber(connection: Connection, ordered: Sequence[Step], skip: Step | None = None) -> None:
    for position, step in enumerate(ordered):
        if step is skip:
            continue
        if step.position != position:
            step.position = position
            assert step.id is not None
            repo.set_step_position(connection, step.id, position)


def save_as_template(
    workspace: Workspace, meeting_id: int, key: str, name: str | None = None, now: datetime | None = None
) -> ChecklistTemplate:
    """Store the meeting's checklist (without statuses) as a workspace template under ``key``."""
    key = clean_text(key).strip()
    if not key or any(ch.isspace() for ch in key):
        raise MeetingInputError(Phrase.of("模板键 “{key}” 不能为空或含空格", key=key))
    if len(key) > 100 or len(name or "") > 200:
        raise MeetingInputError(Phrase("模板键最多 100 个字符，模板名称最多 200 个字符"))
    meeting = get_meeting(workspace, meeting_id)
    template = ChecklistTemplate(
        key=key,
        name=(clean_text(name or "") or f"{meeting.title[:196]}（清单）").strip(),
        kind=meeting.kind,
        steps=tuple(step.to_template_step() for step in meeting.steps),
        description=f"由会议“{meeting.title}”保存",
        builtin=False,
    )
    from meeting_planner.services.templates import builtin_templates

    if any(t.key == key for t in builtin_templates()):
        raise MeetingInputError(Phrase.of("模板键 “{key}” 与内置模板重复，请换一个", key=key))
    with workspace.transaction() as connection:
        repo.save_template_text(connection, key, template.name, template_to_toml(template), now or datetime.now())
    return template
