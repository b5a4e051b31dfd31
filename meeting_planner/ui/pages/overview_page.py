"""The overview tab of a meeting: fields the notice needs (placeholder until the notice work lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from meeting_planner.ui.context import AppContext


class OverviewPage(QWidget):
    """Tab page; `set_meeting` is called when the shown meeting changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("尚未实现"), self))

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the given meeting (None clears the page)."""
        self.meeting_id = meeting_id
