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
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from meeting_planner.domain.attendee import REPLY_LABELS, ROLE_LABELS, Attendee, ReplyStatus, Role
from meeting_planner.domain.names import normalise_name, pinyin_initials, pinyin_key, pinyin_syllables
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
    text = label(REPLY_LABELS[attendee.reply])
    detail = ""
    if attendee.reply is ReplyStatus.LEAVE and attendee.leave_reason:
        detail = attendee.leave_reason
    elif attendee.reply is ReplyStatus.SUBSTITUTE and attendee.substitute_name:
        detail = " ".join(part for part in (attendee.substitute_name, attendee.substitute_title) if part)
    if not detail:
        return text
    return QCoreApplication.translate("AttendeeModel", "%1（%2）").replace("%1", text).replace("%2", detail)


def _column_flags(column: Column) -> Qt.ItemFlag:
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if column in _EDITABLE:
        flags |= Qt.ItemFlag.ItemIsEditable
    if column is Column.ROSTRUM:
        flags |= Qt.ItemFlag.ItemIsUserCheckable
    return flags


_COLUMN_FLAGS = tuple(_column_flags(column) for column in Column)


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

    def attendee_list(self) -> list[Attendee]:
        """The attendees shown, in list order (the model's own list: do not change it)."""
        return self._attendees

    def sort_keys(self, column: Column) -> list[Any]:
        """One sort key per row for ``column``, computed once for all rows (pinyin for names and units)."""
        if column is Column.NUMBER:
            return list(range(len(self._attendees)))
        if column in (Column.NAME, Column.UNIT):
            field = "name" if column is Column.NAME else "unit"
            by_text: dict[str, str] = {}
            keys = []
            for attendee in self._attendees:
                text = getattr(attendee, field)
                key = by_text.get(text)
                if key is None:
                    key = by_text[text] = " ".join(pinyin_key(text))
                keys.append(key)
            return keys
        return [self._sort_key(attendee, column, row) for row, attendee in enumerate(self._attendees)]

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
        return _COLUMN_FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

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


class AttendeeFilterModel(QAbstractProxyModel):
    """Filters by a query (name, pinyin initials, unit, title) and a reply status; sorts names by pinyin.

    Made for 10,000+ rows: sorting and filtering run in Python over keys computed once per attendee
    (pinyin, initials, folded text) instead of one call into the model per comparison or per row; a
    longer query only re-checks the rows the shorter one kept. The view's rows are a plain list of source
    rows, so mapping an index is a list lookup.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._reply: ReplyStatus | None = None
        self._rows: list[int] = []  # source rows, in view order
        self._position: list[int] = []  # source row -> view row, or -1 when filtered out
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, list[Any]] = {}
        self._search: list[tuple[str, str, str, str] | None] = []
        self._accepted: list[int] | None = None  # source rows passing the query (ascending), before sorting
        self._accepted_query = ""

    # --- source ----------------------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.disconnect(self)
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        # Any other change of rows (the model itself only resets) is shown as a reset, never missed.
        for about, done in (
            (model.rowsAboutToBeInserted, model.rowsInserted),
            (model.rowsAboutToBeRemoved, model.rowsRemoved),
            (model.rowsAboutToBeMoved, model.rowsMoved),
            (model.layoutAboutToBeChanged, model.layoutChanged),
        ):
            about.connect(self.beginResetModel)
            done.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._forget()
        self._rebuild()
        self.endResetModel()

    def _attendees(self) -> list[Attendee]:
        model = self.sourceModel()
        return model.attendee_list() if isinstance(model, AttendeeModel) else []

    def _forget(self) -> None:
        self._sort_keys.clear()
        self._search = [None] * len(self._attendees())
        self._accepted = None

    def _source_reset(self) -> None:
        self._forget()
        self._rebuild()
        self.endResetModel()

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()) -> None:
        first, last = top_left.row(), bottom_right.row()
        self._sort_keys.clear()
        for row in range(first, last + 1):
            if 0 <= row < len(self._search):
                self._search[row] = None
        self._accepted = None
        self._relayout()

    # --- filtering and sorting -------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Show only attendees matching ``text`` (empty: everyone)."""
        query = text.strip()
        if query == self._query:
            return
        self._query = query
        self._relayout()

    def set_reply(self, reply: ReplyStatus | None) -> None:
        """Show only attendees with this reply status (``None``: any)."""
        self._reply = reply
        self._relayout()

    def _haystack(self, row: int, attendee: Attendee) -> tuple[str, str, str, str]:
        cached = self._search[row]
        if cached is None:
            name = normalise_name(attendee.name)
            syllables = pinyin_syllables(name)
            initials = "".join(s[0] for s in syllables if s)
            folded = "\n".join((attendee.unit.lower(), attendee.title.lower(), reply_text(attendee)))
            cached = (name, initials, "".join(syllables), folded)
            self._search[row] = cached
        return cached

    def _query_rows(self) -> list[int]:
        """Source rows matching the query (any reply), reusing the last result when the query grew."""
        people = self._attendees()
        query = self._query
        if not query:
            return list(range(len(people)))
        candidates: Any = range(len(people))
        if self._accepted is not None and self._accepted_query and query.startswith(self._accepted_query):
            candidates = self._accepted
        wanted = normalise_name(query)
        compact = wanted.replace(" ", "").lower()
        latin = compact.isascii() and compact.isalpha()
        folded = query.lower()
        unit_latin = folded.isascii()
        kept = []
        for row in candidates:
            attendee = people[row]
            name, initials, joined, text = self._haystack(row, attendee)
            if (
                not wanted
                or wanted in name
                or (latin and (compact in initials or compact in joined))
                or folded in text
                or (unit_latin and attendee.unit and pinyin_initials(attendee.unit).startswith(folded))
            ):
                kept.append(row)
        self._accepted = kept
        self._accepted_query = query
        return kept

    def _sort_key_list(self, column: int) -> list[Any]:
        keys = self._sort_keys.get(column)
        if keys is None:
            model = self.sourceModel()
            assert isinstance(model, AttendeeModel)
            keys = model.sort_keys(Column(column))
            self._sort_keys[column] = keys
        return keys

    def _compute_rows(self) -> list[int]:
        rows = self._query_rows()
        if self._reply is not None:
            people = self._attendees()
            rows = [row for row in rows if people[row].reply is self._reply]
        if self._sort_column >= 0:
            keys = self._sort_key_list(self._sort_column)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            rows = sorted(rows, key=keys.__getitem__, reverse=descending)
        return rows

    def _rebuild(self) -> None:
        self._rows = self._compute_rows()
        position = [-1] * len(self._attendees())
        for view_row, source_row in enumerate(self._rows):
            position[source_row] = view_row
        self._position = position

    def _relayout(self) -> None:
        """Recompute the shown rows; keeps selections and the current row of rows still shown."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [(self._rows[i.row()] if 0 <= i.row() < len(self._rows) else -1, i.column()) for i in before]
        self._rebuild()
        after = []
        for source_row, column in sources:
            view_row = self._position[source_row] if 0 <= source_row < len(self._position) else -1
            after.append(self.createIndex(view_row, column) if view_row >= 0 else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._sort_order = order
        self._relayout()

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    # --- Qt proxy API ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < len(HEADERS):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:
            return QObject.parent(self)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or not 0 <= source_index.row() < len(self._position):
            return QModelIndex()
        view_row = self._position[source_index.row()]
        return self.createIndex(view_row, source_index.column()) if view_row >= 0 else QModelIndex()

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Flags depend on the column only: answered without mapping (Qt asks for every selected cell).
        return _COLUMN_FLAGS[index.column()] if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return model.data(model.index(self._rows[index.row()], index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return model.headerData(section, orientation, role)
