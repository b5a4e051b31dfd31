"""A list model of the workspace's meetings (newest first) with progress."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from meeting_planner.domain.checklist import MeetingSummary

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom data roles."""

    MEETING_ID = Qt.ItemDataRole.UserRole + 1
    SUMMARY = Qt.ItemDataRole.UserRole + 2


class MeetingListModel(QAbstractListModel):
    """One row per meeting: title on the first line, date, kind and progress on the second."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._meetings: list[MeetingSummary] = []

    def set_meetings(self, meetings: list[MeetingSummary]) -> None:
        """Show ``meetings`` (replaces everything)."""
        self.beginResetModel()
        self._meetings = list(meetings)
        self.endResetModel()

    def row_of(self, meeting_id: int) -> int:
        """The row of the meeting, or -1."""
        return next((row for row, m in enumerate(self._meetings) if m.id == meeting_id), -1)

    def summary(self, row: int) -> MeetingSummary:
        """The meeting shown in ``row``."""
        return self._meetings[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._meetings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._meetings):
            return None
        meeting = self._meetings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            done = f"{meeting.steps_closed}/{meeting.steps_total}"
            people = self.tr("%1人").replace("%1", str(meeting.attendees))
            return f"{meeting.title}\n{meeting.start:%Y-%m-%d %H:%M}  {meeting.kind}  {done}  {people}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{meeting.title}\n{meeting.venue}" if meeting.venue else meeting.title
        if role == Role.MEETING_ID:
            return meeting.id
        if role == Role.SUMMARY:
            return meeting
        return None
