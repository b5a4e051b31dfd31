"""Table model of a meeting's attendees, and the proxy that sorts (pinyin, rank) and filters them.

The model never writes to the workspace: an edit calls ``edit_requested(before, after)`` so the page can
push an undoable command, which saves and then calls ``replace_attendee``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from meeting_planner.domain.attendee import REPLY_LABELS, ROLE_LABELS, Attendee, ReplyStatus, Role
from meeting_planner.domain.names import matches_query, normalise_name, pinyin_initials, pinyin_key
from meeting_planner.ui.labels import label

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Columns of the attendees table."""

    NUMBER = 0
    NAME = 1
    UNIT = 2
    TITLE = 3
    ROLE = 4
    RANK = 5
    ROSTRUM = 6
    REPLY = 7
    PHONE = 8
    CODE = 9
    NOTES = 10


class DataRole(IntEnum):
    """Custom data roles."""

    ATTENDEE = Qt.ItemDataRole.UserRole + 1
    SORT = Qt.ItemDataRole.UserRole + 2
    REPLY = Qt.ItemDataRole.UserRole + 3


HEADERS = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("AttendeeModel", "序号"),
        QT_TRANSLATE_NOOP("AttendeeModel", "姓名"),
        QT_TRANSLATE_NOOP("AttendeeModel", "单位"),
        QT_TRANSLATE_NOOP("AttendeeModel", "职务"),
        QT_TRANSLATE_NOOP("AttendeeModel", "身份"),
        QT_TRANSLATE_NOOP("AttendeeModel", "排序"),
        QT_TRANSLATE_NOOP("AttendeeModel", "主席台"),
        QT_TRANSLATE_NOOP("AttendeeModel", "回执"),
        QT_TRANSLATE_NOOP("AttendeeModel", "电话"),
        QT_TRANSLATE_NOOP("AttendeeModel", "签到码"),
        QT_TRANSLATE_NOOP("AttendeeModel", "备注"),
    )
)
_EDITABLE = {Column.NAME, Column.UNIT, Column.TITLE, Column.ROLE, Column.RANK, Column.REPLY, Column.PHONE, Column.NOTES}
_TEXT_FIELDS = {Column.NAME: "name", Column.UNIT: "unit", Column.TITLE: "title", Column.PHONE: "phone",
                Column.NOTES: "notes"}  # fmt: skip
REPLY_COLOURS = {
    ReplyStatus.NOT_NOTIFIED: QColor("#757575"),
    ReplyStatus.CONFIRMED: QColor("#2e7d32"),
    ReplyStatus.LEAVE: QColor("#c62828"),
    ReplyStatus.SUBSTITUTE: QColor("#ef6c00"),
}


def reply_text(attendee: Attendee) -> str:
    """``请假（出差）``, ``代会（张三 处长）``, ``已确认``."""
    text = REPLY_LABELS[attendee.reply]
    if attendee.reply is ReplyStatus.LEAVE and attendee.leave_reason:
        return f"{text}（{attendee.leave_reason}）"
    if attendee.reply is ReplyStatus.SUBSTITUTE and attendee.substitute_name:
        who = " ".join(part for part in (attendee.substitute_name, attendee.substitute_title) if part)
        return f"{text}（{who}）"
    return text


class AttendeeModel(QAbstractTableModel):
    """Attendees in list order. Editable: name, unit, title, role, rank, reply, phone, notes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attendees: list[Attendee] = []
        self.edit_requested: Callable[[Attendee, Attendee], None] | None = None

    # --- loading ---------------------------------------------------------------------------------
    def set_attendees(self, attendees: list[Attendee]) -> None:
        """Show these attendees (replaces everything)."""
        self.beginResetModel()
        self._attendees = list(attendees)
        self.endResetModel()

    def attendees(self) -> list[Attendee]:
        """The attendees shown, in list order."""
        return list(self._attendees)

    def attendee(self, row: int) -> Attendee:
        """The attendee in ``row``."""
        return self._attendees[row]

    def row_of(self, attendee_id: int) -> int | None:
        """The row showing the attendee with this id."""
        return next((row for row, a in enumerate(self._attendees) if a.id == attendee_id), None)

    def replace_attendee(self, attendee: Attendee) -> None:
        """Show a saved change of one attendee."""
        row = self.row_of(attendee.id or -1)
        if row is None:
            return
        self._attendees[row] = attendee
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._attendees)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == Column.ROSTRUM:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._attendees):
            return None
        attendee = self._attendees[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.ROSTRUM:
            return Qt.CheckState.Checked if attendee.on_rostrum else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(attendee, column, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(attendee, column, index.row())
        if role == DataRole.ATTENDEE:
            return attendee
        if role == DataRole.SORT:
            return self._sort_key(attendee, column, index.row())
        if role == DataRole.REPLY:
            return attendee.reply.value
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.REPLY:
            colour = REPLY_COLOURS.get(attendee.reply)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME and attendee.name_original != attendee.name:
            return self.tr("原始写法：%1").replace("%1", attendee.name_original)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER, Column.RANK):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, attendee: Attendee, column: Column, row: int) -> str:
        if column is Column.NUMBER:
            return str(row + 1)
        if column is Column.ROLE:
            return label(ROLE_LABELS[attendee.role])
        if column is Column.RANK:
            return "" if attendee.rank is None else str(attendee.rank)
        if column is Column.REPLY:
            return reply_text(attendee)
        if column is Column.CODE:
            return attendee.code
        if column is Column.ROSTRUM:
            return self.tr("主席台") if attendee.on_rostrum else ""
        return str(getattr(attendee, _TEXT_FIELDS[column]))

    def _edit_value(self, attendee: Attendee, column: Column, row: int) -> Any:
        if column is Column.ROLE:
            return attendee.role.value
        if column is Column.REPLY:
            return attendee.reply.value
        if column is Column.RANK:
            return "" if attendee.rank is None else str(attendee.rank)
        return self._display(attendee, column, row)

    def _sort_key(self, attendee: Attendee, column: Column, row: int) -> Any:
        if column is Column.NUMBER:
            return row
        if column is Column.NAME:
            return " ".join(pinyin_key(attendee.name))
        if column is Column.RANK:
            return attendee.rank if attendee.rank is not None else 1_000_000
        if column is Column.ROSTRUM:
            return 0 if attendee.on_rostrum else 1
        if column is Column.UNIT:
            return " ".join(pinyin_key(attendee.unit))
        return self._display(attendee, column, row)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == Column.ROSTRUM:
            before = self._attendees[index.row()]
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            if checked == before.on_rostrum:
                return False
            if self.edit_requested is not None:
                self.edit_requested(before, replace(before, on_rostrum=checked))
            return True
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in _EDITABLE:
            return False
        before = self._attendees[index.row()]
        after = self.changed(before, Column(index.column()), value)
        if after is None or after == before:
            return False
        if self.edit_requested is not None:
            self.edit_requested(before, after)
        return True

    @staticmethod
    def changed(attendee: Attendee, column: Column, value: Any) -> Attendee | None:
        """A copy of ``attendee`` with ``column`` set to ``value``; ``None`` if the value is not valid.

        For the reply column ``value`` is a ``ReplyStatus`` value or a dict with ``reply``, ``leave_reason``,
        ``substitute_name``, ``substitute_title``.
        """
        if column in _TEXT_FIELDS:
            text = str(value).strip()
            if column is Column.NAME:
                if not normalise_name(text):
                    return None
                return replace(attendee, name=normalise_name(text))
            changed = replace(attendee)
            setattr(changed, _TEXT_FIELDS[column], text)
            return changed
        if column is Column.RANK:
            text = str(value).strip()
            if not text:
                return replace(attendee, rank=None)
            return replace(attendee, rank=int(text)) if text.isdigit() else None
        if column is Column.ROLE:
            try:
                return replace(attendee, role=Role(value))
            except ValueError:
                return None
        if column is Column.REPLY:
            details = value if isinstance(value, dict) else {"reply": value}
            try:
                reply = ReplyStatus(details["reply"])
            except (KeyError, ValueError):
                return None
            return replace(
                attendee,
                reply=reply,
                leave_reason=str(details.get("leave_reason", "")) if reply is ReplyStatus.LEAVE else "",
                substitute_name=str(details.get("substitute_name", "")) if reply is ReplyStatus.SUBSTITUTE else "",
                substitute_title=str(details.get("substitute_title", "")) if reply is ReplyStatus.SUBSTITUTE else "",
            )
        return None


class AttendeeFilterModel(QSortFilterProxyModel):
    """Filters by a query (name, pinyin initials, unit, title) and a reply status; sorts names by pinyin."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._reply: ReplyStatus | None = None
        self.setSortRole(DataRole.SORT)
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        """Show only attendees matching ``text`` (empty: everyone)."""
        self._query = text.strip()
        self.invalidateRowsFilter()

    def set_reply(self, reply: ReplyStatus | None) -> None:
        """Show only attendees with this reply status (``None``: any)."""
        self._reply = reply
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AttendeeModel):
            return True
        attendee = model.attendee(source_row)
        if self._reply is not None and attendee.reply is not self._reply:
            return False
        if not self._query:
            return True
        query = self._query
        if matches_query(attendee.name, query):
            return True
        folded = query.lower()
        if folded in attendee.unit.lower() or folded in attendee.title.lower() or folded in reply_text(attendee):
            return True
        return bool(attendee.unit) and folded.isascii() and pinyin_initials(attendee.unit).startswith(folded)
