"""Undoable check-ins for the window's undo stack. Each redo/undo is one transaction and emits
``context.checkins_changed(meeting_id)``. With a check-in desk (``services.desk.CheckInDesk``) they go
through it, so an undo made while the server is unreachable is journalled and replayed later."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from meeting_planner.domain.attendance import CheckIn
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import checkin as service
from meeting_planner.services.desk import CheckInDesk
from meeting_planner.ui.context import AppContext


def _take_back(context: AppContext, meeting_id: int, checkin: CheckIn, desk: CheckInDesk | None) -> None:
    if desk is not None:
        desk.undo(checkin)
    else:
        service.undo_check_in(context.workspace, meeting_id, checkin.attendee_id)


def _put_back(context: AppContext, meeting_id: int, checkin: CheckIn, desk: CheckInDesk | None) -> CheckIn:
    if desk is not None:
        return desk.restore(checkin)
    return service.restore_check_in(context.workspace, meeting_id, checkin)


class CheckInCommand(QUndoCommand):
    """A check-in already made at the desk; undo removes it, redo puts it back exactly (same time)."""

    def __init__(
        self, context: AppContext, meeting_id: int, name: str, checkin: CheckIn, desk: CheckInDesk | None = None
    ) -> None:
        super().__init__(context.tr("签到“%1”").replace("%1", name))
        self.context = context
        self.meeting_id = meeting_id
        self.checkin = checkin
        self.desk = desk
        self._first = True

    def redo(self) -> None:
        if self._first:  # the check-in was written when it was made
            self._first = False
        else:
            self.checkin = _put_back(self.context, self.meeting_id, self.checkin, self.desk)
        self.context.checkins_changed.emit(self.meeting_id)

    def undo(self) -> None:
        _take_back(self.context, self.meeting_id, self.checkin, self.desk)
        self.context.checkins_changed.emit(self.meeting_id)


class UndoCheckInCommand(QUndoCommand):
    """Remove a mistaken check-in picked from the list; undo puts it back exactly."""

    def __init__(
        self, context: AppContext, meeting_id: int, name: str, checkin: CheckIn, desk: CheckInDesk | None = None
    ) -> None:
        super().__init__(context.tr("撤销“%1”的签到").replace("%1", name))
        self.context = context
        self.meeting_id = meeting_id
        self.checkin = checkin
        self.desk = desk

    def redo(self) -> None:
        _take_back(self.context, self.meeting_id, self.checkin, self.desk)
        self.context.checkins_changed.emit(self.meeting_id)

    def undo(self) -> None:
        self.checkin = _put_back(self.context, self.meeting_id, self.checkin, self.desk)
        self.context.checkins_changed.emit(self.meeting_id)


class WalkInCommand(QUndoCommand):
    """Someone not on the list, added at the door and checked in (already done when pushed); undo takes
    them off the list (with the check-in), redo puts both back exactly."""

    def __init__(self, context: AppContext, meeting_id: int, attendee: Attendee, checkin: CheckIn) -> None:
        super().__init__(context.tr("临时增加并签到“%1”").replace("%1", attendee.name))
        self.context = context
        self.meeting_id = meeting_id
        self.removed = [attendee]
        self.checkin = checkin
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            attendee_service.restore_attendees(self.context.workspace, self.meeting_id, self.removed)
            service.restore_check_in(self.context.workspace, self.meeting_id, self.checkin)
        self.context.attendees_changed.emit(self.meeting_id)
        self.context.checkins_changed.emit(self.meeting_id)

    def undo(self) -> None:
        ids = [a.id for a in self.removed if a.id is not None]
        self.removed = attendee_service.remove_attendees(self.context.workspace, self.meeting_id, ids)
        self.context.attendees_changed.emit(self.meeting_id)
        self.context.checkins_changed.emit(self.meeting_id)
