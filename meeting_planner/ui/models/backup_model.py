"""A table model of a workspace's backups: when each was taken and what it holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from meeting_planner.services.backups import BackupInfo

Index = QModelIndex | QPersistentModelIndex


class BackupModel(QAbstractTableModel):
    """One row per backup, newest first: time, meetings, attendees, directory people, file."""

    def __init__(self, backups: list[BackupInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = list(backups)
        self._headers = [
            self.tr("备份时间"),
            self.tr("会议"),
            self.tr("参会人员"),
            self.tr("常用人员库"),
            self.tr("文件"),
        ]

    def backup(self, row: int) -> BackupInfo:
        """The backup shown in ``row``."""
        return self._backups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        info = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{info.taken_at:%Y-%m-%d %H:%M:%S}"
            if column == 4:
                return info.path.name
            if info.problem:
                return self.tr("不可用") if column == 1 else ""
            value = (info.meetings, info.attendees, info.people)[column - 1]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{info.path}\n{info.problem}" if info.problem else str(info.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._backups[index.row()].problem:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
