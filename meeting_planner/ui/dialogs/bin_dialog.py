"""回收站: the meetings deleted in the last 30 days, with everything they had; each can be restored."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.services import meetings as service
from meeting_planner.ui.commands import RestoreMeetingCommand
from meeting_planner.ui.context import AppContext


class BinDialog(QDialog):
    """Lists the bin; 恢复 (or a double click) restores the selected meetings, each one undoable step on
    the workspace's undo stack, and the window then shows the restored meeting."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("回收站"))
        self.resize(640, 400)
        hint = QLabel(self.tr("删除的会议连同清单、参会人员、座次和签到记录在此保留 %1 天，可随时恢复。"), self)
        hint.setText(hint.text().replace("%1", str(service.BIN_DAYS)))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("会议"), self.tr("开始时间"), self.tr("删除时间"), self.tr("参会人员")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)
        self.empty = QLabel(self.tr("回收站是空的。"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("恢复(&R)"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.deleted: list[service.DeletedMeeting] = []
        self.reload()

    def reload(self, now: datetime | None = None) -> None:
        """Read the bin again."""
        self.deleted = service.list_deleted_meetings(self.context.workspace, now)
        self.table.setRowCount(len(self.deleted))
        for row, meeting in enumerate(self.deleted):
            people = self.tr("%1人").replace("%1", str(meeting.attendees))
            cells = (meeting.title, f"{meeting.start:%Y-%m-%d %H:%M}", f"{meeting.deleted_at:%Y-%m-%d %H:%M}", people)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.deleted:
            self.table.selectRow(0)
        self.empty.setVisible(not self.deleted)
        self.restore_button.setEnabled(bool(self.deleted))

    def titles(self) -> list[str]:
        """The titles listed (for tests)."""
        return [meeting.title for meeting in self.deleted]

    def restore_selected(self) -> None:
        """Restore the selected meetings; the last one restored is shown."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = [self.deleted[row] for row in rows if 0 <= row < len(self.deleted)]
        for meeting in chosen:
            try:
                self.context.workspace_stack.push(RestoreMeetingCommand(self.context, meeting.id, meeting.title))
            except LookupError as error:
                self.context.messages.error(self.tr("恢复会议"), error)
        if chosen:
            self.context.messages.info(self.tr("已恢复：%1").replace("%1", "、".join(m.title for m in chosen)))
        self.reload()
