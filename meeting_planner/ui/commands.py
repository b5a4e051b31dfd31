"""Undoable edits of meetings and checklists. Each redo/undo is one workspace transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtGui import QUndoCommand

from meeting_planner.domain.checklist import Meeting, Step, StepStatus
from meeting_planner.errors import WorkspaceError
from meeting_planner.services import meetings as service
from meeting_planner.ui.context import AppContext


class CreateMeetingCommand(QUndoCommand):
    """Create a meeting from a template; undo moves it to the bin, redo brings it back."""

    def __init__(self, context: AppContext, create: dict[str, object]) -> None:
        super().__init__(context.tr("新建会议“%1”").replace("%1", str(create["title"])))
        self.context = context
        self.create = create
        self.meeting_id: int | None = None

    def redo(self) -> None:
        if self.meeting_id is None:
            meeting = service.create_meeting(self.context.workspace, **self.create)  # type: ignore[arg-type]
            self.meeting_id = meeting.id
        else:
            service.restore_meeting(self.context.workspace, self.meeting_id)
        assert self.meeting_id is not None
        self.context.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        assert self.meeting_id is not None
        service.delete_meeting(self.context.workspace, self.meeting_id)
        self.context.meetings_changed.emit(self.meeting_id)


class DeleteMeetingCommand(QUndoCommand):
    """Move a meeting (with its attendees, seats and check-ins) to the bin; undo restores it whole."""

    def __init__(self, context: AppContext, meeting_id: int, title: str) -> None:
        super().__init__(context.tr("删除会议“%1”").replace("%1", title))
        self.context = context
        self.meeting_id = meeting_id

    def redo(self) -> None:
        service.delete_meeting(self.context.workspace, self.meeting_id)
        self.context.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        service.restore_meeting(self.context.workspace, self.meeting_id)
        self.context.meetings_changed.emit(self.meeting_id)


class RestoreMeetingCommand(QUndoCommand):
    """Take a meeting out of the bin (回收站); undo moves it back in."""

    def __init__(self, context: AppContext, meeting_id: int, title: str) -> None:
        super().__init__(context.tr("恢复会议“%1”").replace("%1", title))
        self.context = context
        self.meeting_id = meeting_id

    def redo(self) -> None:
        service.restore_meeting(self.context.workspace, self.meeting_id)
        self.context.meetings_changed.emit(self.meeting_id)

    def undo(self) -> None:
        service.delete_meeting(self.context.workspace, self.meeting_id)
        self.context.meetings_changed.emit(self.meeting_id)


def report_conflict(context: AppContext, command: QUndoCommand, title: str) -> None:
    """Another desk changed what ``command`` edits: nothing was written. Say so; the stack drops the command
    and the pages reload the fresh data (the caller emits the change signals)."""
    command.setObsolete(True)
    context.messages.error(title, context.tr("已被其他工作台修改，已刷新"))


class UpdateMeetingCommand(QUndoCommand):
    """Change a meeting's fields (only the changed ones are written). Moving the start reschedules the steps
    (except hand-edited due times); undo moves it back, which puts every rescheduled due time back exactly.

    The first redo needs the meeting to be the version shown; undo and redo need the changed fields to
    hold what this command left there. When another desk changed them, nothing is overwritten: the
    conflict message is shown and the pages reload."""

    def __init__(self, context: AppContext, before: Meeting, after: Meeting, text: str = "") -> None:
        super().__init__(text or context.tr("修改会议信息"))
        self.context = context
        self.before = before
        self.after = after
        self._done_once = False

    def _apply(self, meeting: Meeting, base: Meeting | None) -> None:
        assert meeting.id is not None
        try:
            service.update_meeting(self.context.workspace, meeting, base=base)
        except service.ConflictError:
            report_conflict(self.context, self, self.context.tr("修改会议信息"))
        except (service.MeetingNotFound, service.MeetingInputError, WorkspaceError) as error:
            self.setObsolete(True)
            self.context.messages.error(self.context.tr("修改会议信息"), error)
        self.context.meetings_changed.emit(meeting.id)
        self.context.checklist_changed.emit(meeting.id)

    def redo(self) -> None:
        self._apply(self.after, self.before if self._done_once else None)
        self._done_once = True

    def undo(self) -> None:
        self._apply(self.before, self.after)


class SaveStepCommand(QUndoCommand):
    """Change a step (status, note, due time ...): only the changed fields are written; undo writes the old
    values of those fields back.

    The first redo needs the step to be the version shown (``before.version``); undo and redo need the
    changed fields to hold what this command left there. When another desk changed the step, nothing is
    overwritten: the conflict message is shown and the page reloads the fresh step."""

    def __init__(self, context: AppContext, meeting_id: int, before: Step, after: Step, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.meeting_id = meeting_id
        self.before = before
        self.after = replace(after, version=before.version)
        self._done_once = False

    def _save(self, step: Step, base: Step | None) -> None:
        try:
            service.save_step(self.context.workspace, self.meeting_id, step, base=base)
        except service.ConflictError:
            report_conflict(self.context, self, self.text())
        except (service.MeetingNotFound, service.MeetingInputError, WorkspaceError) as error:
            self.setObsolete(True)
            self.context.messages.error(self.text(), error)
        self.context.checklist_changed.emit(self.meeting_id)

    def redo(self) -> None:
        self._save(self.after, self.before if self._done_once else None)
        self._done_once = True

    def undo(self) -> None:
        self._save(self.before, self.after)


def with_status(step: Step, status: StepStatus, by: str, now: datetime | None = None) -> Step:
    """A copy of ``step`` with ``status``; done records who and when, other statuses clear them."""
    if status is StepStatus.DONE:
        return replace(step, status=status, done_by=by, done_at=now or datetime.now().replace(microsecond=0))
    return replace(step, status=status, done_by="", done_at=None)


class AddStepCommand(QUndoCommand):
    """Add a step at a position; undo removes it."""

    def __init__(self, context: AppContext, meeting_id: int, step: Step, position: int | None) -> None:
        super().__init__(context.tr("添加步骤“%1”").replace("%1", step.title))
        self.context = context
        self.meeting_id = meeting_id
        self.step = step
        self.position = position

    def redo(self) -> None:
        try:
            service.add_step(self.context.workspace, self.meeting_id, self.step, self.position)
        except (service.MeetingNotFound, service.MeetingInputError, WorkspaceError) as error:
            self.setObsolete(True)  # e.g. a name too long for the field: nothing written
            self.context.messages.error(self.text(), error)
        self.context.checklist_changed.emit(self.meeting_id)

    def undo(self) -> None:
        service.remove_step(self.context.workspace, self.meeting_id, self.step.key)
        self.context.checklist_changed.emit(self.meeting_id)


class RemoveStepCommand(QUndoCommand):
    """Remove a step; undo puts it back where it was, as it was."""

    def __init__(self, context: AppContext, meeting_id: int, step: Step) -> None:
        super().__init__(context.tr("删除步骤“%1”").replace("%1", step.title))
        self.context = context
        self.meeting_id = meeting_id
        self.key = step.key
        self.removed: tuple[Step, int] | None = None

    def redo(self) -> None:
        self.removed = service.remove_step(self.context.workspace, self.meeting_id, self.key)
        self.context.checklist_changed.emit(self.meeting_id)

    def undo(self) -> None:
        assert self.removed is not None
        step, index = self.removed
        service.add_step(self.context.workspace, self.meeting_id, step, index)
        self.context.checklist_changed.emit(self.meeting_id)


class MoveStepCommand(QUndoCommand):
    """Move a step up or down in the checklist order."""

    def __init__(self, context: AppContext, meeting_id: int, key: str, old_index: int, new_index: int) -> None:
        super().__init__(context.tr("调整步骤顺序"))
        self.context = context
        self.meeting_id = meeting_id
        self.key = key
        self.old_index = old_index
        self.new_index = new_index

    def redo(self) -> None:
        service.move_step(self.context.workspace, self.meeting_id, self.key, self.new_index)
        self.context.checklist_changed.emit(self.meeting_id)

    def undo(self) -> None:
        service.move_step(self.context.workspace, self.meeting_id, self.key, self.old_index)
        self.context.checklist_changed.emit(self.meeting_id)
