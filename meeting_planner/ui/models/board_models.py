"""Table models for the check-in desk: the last check-ins, the per-unit board, and who is missing."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.checkin import RecentCheckIn, UnitBoard

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
LATE_COLOUR = QColor("#c62828")
SUBSTITUTE_COLOUR = QColor("#1565c0")


class Role(IntEnum):
    """Custom data roles."""

    ITEM = Qt.ItemDataRole.UserRole + 1


class _ListModel(QAbstractTableModel):
    """A flat table over a list of items; subclasses name the columns and format cells."""

    headers: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP-marked strings

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        """The item shown in ``row``."""
        return self._items[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return QCoreApplication.translate("BoardModels", str(self.headers[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Role.ITEM:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(item, index.column())
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numeric(index.column()):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def cell(self, item: Any, column: int) -> str:  # pragma: no cover - overridden
        """Display text of one cell."""
        return ""

    def colour(self, item: Any, column: int) -> QColor | None:
        """Text colour of one cell, or ``None`` for the default."""
        return None

    def numeric(self, column: int) -> bool:
        """Whether a column holds counts (centred)."""
        return False


class RecentCheckInModel(_ListModel):
    """The last check-ins at the desk, newest first: time, name, unit, mark (迟到/代会)."""

    headers = (
        QT_TRANSLATE_NOOP("BoardModels", "时间"),
        QT_TRANSLATE_NOOP("BoardModels", "姓名"),
        QT_TRANSLATE_NOOP("BoardModels", "单位"),
        QT_TRANSLATE_NOOP("BoardModels", "情况"),
    )

    def cell(self, item: RecentCheckIn, column: int) -> str:
        if column == 0:
            time = f"{item.checkin.at:%H:%M:%S}"
            return time + self.tr("（补录）") if item.checkin.backfilled else time
        if column == 1:
            return item.attendee.name
        if column == 2:
            return item.attendee.unit
        if item.checkin.substitute:
            who = item.checkin.substitute_name
            return self.tr("%1代会").replace("%1", who) if who else self.tr("代会")
        return self.tr("迟到") if item.late else self.tr("已到")

    def colour(self, item: RecentCheckIn, column: int) -> QColor | None:
        if column != 3:
            return None
        if item.checkin.substitute:
            return SUBSTITUTE_COLOUR
        return LATE_COLOUR if item.late else None


class UnitBoardModel(_ListModel):
    """应到/实到/迟到/代会/请假/缺席 per unit; the last column says 未到 before the start."""

    headers = (
        QT_TRANSLATE_NOOP("BoardModels", "单位"),
        QT_TRANSLATE_NOOP("BoardModels", "应到"),
        QT_TRANSLATE_NOOP("BoardModels", "实到"),
        QT_TRANSLATE_NOOP("BoardModels", "迟到"),
        QT_TRANSLATE_NOOP("BoardModels", "代会"),
        QT_TRANSLATE_NOOP("BoardModels", "请假"),
        QT_TRANSLATE_NOOP("BoardModels", "缺席"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.started = True

    def set_board(self, units: Sequence[UnitBoard], started: bool) -> None:
        """Show ``units``; ``started`` decides whether the missing count as 缺席 or 未到."""
        self.started = started
        self.set_items(units)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 6, 6)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if section == 6 and role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr("缺席") if self.started else self.tr("未到")
        return super().headerData(section, orientation, role)

    def cell(self, item: UnitBoard, column: int) -> str:
        t = item.tally
        if column == 0:
            return item.unit or self.tr("其他")
        missing = t.absent if self.started else t.pending
        return str((t.expected, t.present, t.late, t.substitute, t.leave, missing)[column - 1])

    def colour(self, item: UnitBoard, column: int) -> QColor | None:
        if column == 6 and (item.tally.absent if self.started else item.tally.pending):
            return LATE_COLOUR
        return None

    def numeric(self, column: int) -> bool:
        return column > 0


class MissingModel(_ListModel):
    """Who is still missing (not checked in, not on leave), unit by unit, with phone numbers."""

    headers = (
        QT_TRANSLATE_NOOP("BoardModels", "单位"),
        QT_TRANSLATE_NOOP("BoardModels", "姓名"),
        QT_TRANSLATE_NOOP("BoardModels", "职务"),
        QT_TRANSLATE_NOOP("BoardModels", "电话"),
    )

    def cell(self, item: Attendee, column: int) -> str:
        return (item.unit, item.name, item.title, item.phone)[column]
