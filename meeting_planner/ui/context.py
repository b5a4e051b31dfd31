"""What every page of the window shares: the workspace, the undo stack, messages and change signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from meeting_planner.ui.messages import Messages

if TYPE_CHECKING:  # the window is shown before the storage layer (SQLAlchemy) is imported
    from pathlib import Path

    from meeting_planner.services.workspace import DeskJournal, Workspace


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
        #: One undo stack per meeting (``stack_for``) plus one for the workspace itself (creating and
        #: deleting meetings); the group's active stack is the shown meeting's, and the window's
        #: undo/redo actions follow the group.
        self.undo_group = QUndoGroup(self)
        self.workspace_stack = QUndoStack(self)
        self.undo_group.addStack(self.workspace_stack)
        self.undo_group.setActiveStack(self.workspace_stack)
        self._stacks: dict[int, QUndoStack] = {}
        # Where the check-in desk's offline journal lives (``None``: beside the user settings).
        self.journal_path: Path | None = None
        self._journal: DeskJournal | None = None

    @property
    def desk_name(self) -> str:
        """This check-in desk's name in journals and on check-ins (设置 desk/name, else the computer's name)."""
        import platform

        return str(QSettings().value("desk/name", "") or "") or platform.node() or "签到台"

    def journal(self) -> DeskJournal:
        """The desk's offline journal, opened on first use (``JournalError`` when it cannot be)."""
        if self._journal is None:
            from meeting_planner.services.workspace import DeskJournal

            self._journal = DeskJournal(self.journal_path)
        return self._journal

    def stack_for(self, meeting_id: int | None) -> QUndoStack:
        """The undo stack of ``meeting_id`` (created on first use); ``None``: the workspace's stack."""
        if meeting_id is None:
            return self.workspace_stack
        stack = self._stacks.get(meeting_id)
        if stack is None:
            stack = QUndoStack(self)
            self._stacks[meeting_id] = stack
            self.undo_group.addStack(stack)
        return stack

    def set_current_meeting(self, meeting_id: int | None) -> None:
        """Make ``meeting_id``'s stack the active one (what Ctrl+Z undoes)."""
        self.undo_group.setActiveStack(self.stack_for(meeting_id))

    @property
    def undo_stack(self) -> QUndoStack:
        """The active undo stack: the shown meeting's (the workspace's when none is shown)."""
        return self.undo_group.activeStack() or self.workspace_stack

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
        """Use ``workspace`` from now on (the undo history of any previous one is dropped)."""
        self._workspace = workspace
        self.workspace_stack.clear()
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.undo_group.setActiveStack(self.workspace_stack)
