"""Undoable edits of a meeting's attendees. Each redo/undo is one workspace transaction and emits
``context.attendees_changed(meeting_id)``."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from meeting_planner.domain.attendee import REPLY_LABELS, Attendee, ReplyStatus
from meeting_planner.domain.list_update import ListDiff
from meeting_planner.domain.seating import SeatState
from meeting_planner.services import attendees as service
from meeting_planner.services import list_update
from meeting_planner.services.list_update import ListUpdateResult
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.labels import label


class EditAttendeeCommand(QUndoCommand):
    """Replace an attendee's fields by a changed copy; undo writes the old copy back (and gives back the
    seat a 请假 freed)."""

    def __init__(self, context: AppContext, before: Attendee, after: Attendee, text: str = "") -> None:
        super().__init__(text or context.tr("修改“%1”").replace("%1", before.name))
        self.context = context
        self.before = before
        self.after = after
        self.freed_seat: SeatState | None = None

    def _save(self, attendee: Attendee, restore_seat: SeatState | None = None) -> None:
        try:
            service.update_attendee(self.context.workspace, attendee, restore_seat=restore_seat)
        except (service.AttendeeInputError, LookupError) as error:
            # Nothing was written; the stack drops an obsolete command.
            self.setObsolete(True)
            self.context.messages.error(self.context.tr("修改参会人员"), error)
        if attendee.meeting_id is not None:
            self.context.attendees_changed.emit(attendee.meeting_id)

    def redo(self) -> None:
        leaving = self.after.reply is ReplyStatus.LEAVE and self.before.reply is not ReplyStatus.LEAVE
        if leaving and self.after.meeting_id is not None and self.after.id is not None:
            self.freed_seat = service.seat_of(self.context.workspace, self.after.meeting_id, self.after.id)
        self._save(self.after)
        if leaving and self.freed_seat is not None and self.freed_seat.locked:
            text = self.context.tr("“%1”已请假，但其座位已锁定，仍保留；如需空出请先解锁。")
            self.context.messages.info(text.replace("%1", self.after.name))

    def undo(self) -> None:
        self._save(self.before, self.freed_seat)


class RostrumCommand(QUndoCommand):
    """Mark (上主席台) or unmark (下主席台) several attendees; undo writes them back as they were."""

    def __init__(self, context: AppContext, meeting_id: int, attendee_ids: list[int], value: bool) -> None:
        text = context.tr("上主席台（%1 人）") if value else context.tr("下主席台（%1 人）")
        super().__init__(text.replace("%1", str(len(attendee_ids))))
        self.context = context
        self.meeting_id = meeting_id
        self.attendee_ids = attendee_ids
        self.value = value
        self.before: list[Attendee] = []

    def redo(self) -> None:
        self.before = service.set_on_rostrum(self.context.workspace, self.meeting_id, self.attendee_ids, self.value)
        self.context.attendees_changed.emit(self.meeting_id)

    def undo(self) -> None:
        service.update_attendees(self.context.workspace, self.meeting_id, self.before)
        self.context.attendees_changed.emit(self.meeting_id)


class RepliesCommand(QUndoCommand):
    """The same 回执 (已通知 / 已确认 / 请假 with one reason) for several attendees; undo puts each reply and
    every seat a 请假 freed back."""

    def __init__(
        self, context: AppContext, meeting_id: int, attendee_ids: list[int], reply: ReplyStatus, leave_reason: str = ""
    ) -> None:
        text = context.tr("回执：%1（%2 人）").replace("%1", label(REPLY_LABELS[reply]))
        super().__init__(text.replace("%2", str(len(attendee_ids))))
        self.context = context
        self.meeting_id = meeting_id
        self.attendee_ids = attendee_ids
        self.reply = reply
        self.leave_reason = leave_reason
        self.change: service.ReplyChange | None = None

    def redo(self) -> None:
        try:
            self.change = service.set_replies(
                self.context.workspace, self.meeting_id, self.attendee_ids, self.reply, leave_reason=self.leave_reason
            )
        except (service.AttendeeInputError, LookupError) as error:
            self.setObsolete(True)
            self.context.messages.error(self.context.tr("回执"), error)
            return
        if self.change.kept_locked:
            text = self.context.tr("%1 已请假，但座位已锁定，仍保留；如需空出请先解锁。")
            self.context.messages.info(text.replace("%1", "、".join(self.change.kept_locked)))
        self.context.attendees_changed.emit(self.meeting_id)

    def undo(self) -> None:
        if self.change is not None:
            service.undo_replies(self.context.workspace, self.meeting_id, self.change)
        self.context.attendees_changed.emit(self.meeting_id)


class RemoveAttendeesCommand(QUndoCommand):
    """Remove attendees from a meeting; undo puts them back with their ids, codes and order."""

    def __init__(self, context: AppContext, meeting_id: int, attendee_ids: list[int]) -> None:
        super().__init__(context.tr("删除 %1 名参会人员").replace("%1", str(len(attendee_ids))))
        self.context = context
        self.meeting_id = meeting_id
        self.attendee_ids = attendee_ids
        self.removed: list[Attendee] = []

    def redo(self) -> None:
        self.removed = service.remove_attendees(self.context.workspace, self.meeting_id, self.attendee_ids)
        self.context.attendees_changed.emit(self.meeting_id)

    def undo(self) -> None:
        service.restore_attendees(self.context.workspace, self.meeting_id, self.removed)
        self.context.attendees_changed.emit(self.meeting_id)


class AddedAttendeesCommand(QUndoCommand):
    """Attendees that were just added (by import or from the directory). The first redo does nothing
    (the work is done); undo removes them, redo puts them back."""

    def __init__(self, context: AppContext, meeting_id: int, added: list[Attendee], text: str) -> None:
        super().__init__(text)
        self.context = context
        self.meeting_id = meeting_id
        self.added = added
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            service.restore_attendees(self.context.workspace, self.meeting_id, self.added)
        self.context.attendees_changed.emit(self.meeting_id)

    def undo(self) -> None:
        ids = [a.id for a in self.added if a.id is not None]
        self.added = service.remove_attendees(self.context.workspace, self.meeting_id, ids)
        self.context.attendees_changed.emit(self.meeting_id)


class UnitOrderCommand(QUndoCommand):
    """Set the official unit order (单位排序); undo puts the previous order back."""

    def __init__(self, context: AppContext, before: list[str], after: list[str], meeting_id: int | None) -> None:
        super().__init__(context.tr("单位排序"))
        self.context = context
        self.before = before
        self.after = after
        self.meeting_id = meeting_id

    def _apply(self, names: list[str]) -> None:
        service.set_unit_order(self.context.workspace, names)
        if self.meeting_id is not None:
            self.context.attendees_changed.emit(self.meeting_id)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class ListUpdateCommand(QUndoCommand):
    """更新名单: write the chosen additions, changes and removals of a revised list in one transaction; undo
    puts the meeting back exactly as it was (removed people with their ids, codes, order and seats)."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: int,
        diff: ListDiff,
        *,
        add: list[int],
        change: list[int],
        remove: list[int],
        save_to_directory: bool = False,
    ) -> None:
        super().__init__(context.tr("更新名单"))
        self.context = context
        self.meeting_id = meeting_id
        self.diff = diff
        self.add = add
        self.change = change
        self.remove = remove
        self.save_to_directory = save_to_directory
        self.result: ListUpdateResult | None = None

    def redo(self) -> None:
        if self.result is None:
            try:
                self.result = list_update.apply_list_update(
                    self.context.workspace, self.meeting_id, self.diff, add=self.add, change=self.change,
                    remove=self.remove, save_to_directory=self.save_to_directory,
                )  # fmt: skip
            except LookupError as error:  # the meeting was deleted meanwhile: nothing was written
                self.setObsolete(True)
                self.context.messages.error(self.context.tr("更新名单"), error)
                return
        else:
            list_update.redo_list_update(self.context.workspace, self.meeting_id, self.result)
        self.context.attendees_changed.emit(self.meeting_id)

    def undo(self) -> None:
        if self.result is not None:
            list_update.undo_list_update(self.context.workspace, self.meeting_id, self.result)
        self.context.attendees_changed.emit(self.meeting_id)
