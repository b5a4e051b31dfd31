"""What every page of the window shares: the workspace, the undo stack, messages and change signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from meeting_planner.ui.messages import Messages

if TYPE_CHECKING:  # the window is shown before the storage layer (SQLAlchemy) is imported
    from meeting_planner.storage.workspace import Workspace


class AppContext(QObject):
    """Shared state of one main window.

    Signals (each carries the meeting id):
        meetings_changed: a meeting was created, deleted or its fields edited.
        checklist_changed: steps of the meeting changed.
        attendees_changed: attendees were added, removed or edited.
        seating_changed: seat assignments changed.
        checkins_changed: a check-in was made or undone.
    """

    meetings_changed = Signal(int)
    checklist_changed = Signal(int)
    attendees_changed = Signal(int)
    seating_changed = Signal(int)
    checkins_changed = Signal(int)

    def __init__(self, workspace: Workspace | None, messages: Messages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.messages = messages
        self.undo_stack = QUndoStack(self)

    @property
    def workspace(self) -> Workspace:
        """The open workspace (pages are only given a meeting once it is open)."""
        if self._workspace is None:
            raise RuntimeError("the workspace is not open yet")
        return self._workspace

    @property
    def has_workspace(self) -> bool:
        """Whether the workspace is open."""
        return self._workspace is not None

    def attach_workspace(self, workspace: Workspace) -> None:
        """Use ``workspace`` from now on."""
        self._workspace = workspace
