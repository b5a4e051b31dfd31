"""文件 → 从备份恢复…: choose one of the workspace's backups (time and contents shown)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.ui.models.backup_model import BackupModel

if TYPE_CHECKING:
    from meeting_planner.services.backups import BackupInfo


class RestoreDialog(QDialog):
    """Lists the backups, newest first; OK restores the selected one."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从备份恢复"))
        self.model = BackupModel(backups, self)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "选择要恢复的备份。恢复会用备份替换工作区的全部内容；恢复前的当前状态会先另存为一个备份，"
                "需要时可以再恢复回来。"
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("恢复"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_ok)
        first = next((row for row in range(self.model.rowCount()) if not self.model.backup(row).problem), None)
        if first is not None:
            self.table.selectRow(first)
        self._update_ok()
        self.resize(720, 360)

    def chosen(self) -> BackupInfo | None:
        """The selected backup."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[BackupInfo]) -> BackupInfo | None:
        """Show the dialog; the chosen backup, or ``None`` when cancelled."""
        dialog = cls(backups, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
