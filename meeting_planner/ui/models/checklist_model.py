"""A tree model of a meeting's checklist: phases (会前/会中/会后) as parents, steps as children."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meeting_planner.domain.checklist import (
    CATEGORY_LABELS,
    PHASE_LABELS,
    STATUS_LABELS,
    DueState,
    Phase,
    Step,
    StepStatus,
    due_state,
    progress,
)
from meeting_planner.ui.labels import label
from meeting_planner.ui.qtdates import from_qdatetime, to_qdatetime

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0xFFFFFFFF  # internalId of phase rows: they have no parent


class Column(IntEnum):
    """Columns of the checklist view."""

    TITLE = 0
    DUE = 1
    STATUS = 2
    CATEGORY = 3
    ROLE = 4
    DONE_BY = 5
    NOTE = 6


class Role(IntEnum):
    """Custom data roles."""

    STEP = Qt.ItemDataRole.UserRole + 1
    DUE_STATE = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    CATEGORY = Qt.ItemDataRole.UserRole + 4


OVERDUE_COLOUR = QColor("#c62828")
DUE_SOON_BACKGROUND = QColor("#fff3cd")
CLOSED_COLOUR = QColor("#757575")


class ChecklistModel(QAbstractItemModel):
    """Steps grouped by phase. Editable: title, due time, role and note (edits go to ``edit_requested``).

    The model never writes to the workspace itself: ``edit_requested(step, field, value)`` is called
    so the page can push an undoable command.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "步骤"),
        QT_TRANSLATE_NOOP("ChecklistModel", "到期时间"),
        QT_TRANSLATE_NOOP("ChecklistModel", "状态"),
        QT_TRANSLATE_NOOP("ChecklistModel", "类别"),
        QT_TRANSLATE_NOOP("ChecklistModel", "负责"),
        QT_TRANSLATE_NOOP("ChecklistModel", "完成人"),
        QT_TRANSLATE_NOOP("ChecklistModel", "备注"),
    )

    def __init__(self, parent: QObject | None = None, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._phases: list[Phase] = []
        self._steps: dict[Phase, list[Step]] = {}
        self._clock = clock
        self.edit_requested: Callable[[Step, str, object], None] | None = None

    # --- loading -------------------------------------------------------------------------------

    def set_steps(self, steps: list[Step]) -> None:
        """Show ``steps`` (replaces everything)."""
        self.beginResetModel()
        self._steps = {phase: [s for s in steps if s.phase == phase] for phase in Phase}
        self._phases = [phase for phase in Phase if self._steps[phase]]
        self.endResetModel()

    def update_step(self, step: Step) -> bool:
        """Replace one step in place (same key and phase); False if the layout must be rebuilt."""
        for row_phase, phase in enumerate(self._phases):
            for row, current in enumerate(self._steps[phase]):
                if current.key == step.key:
                    if step.phase != phase:
                        return False
                    self._steps[phase][row] = step
                    self.dataChanged.emit(
                        self.index(row, 0, self.index(row_phase, 0)),
                        self.index(row, len(Column) - 1, self.index(row_phase, 0)),
                    )
                    phase_index = self.index(row_phase, 0)
                    self.dataChanged.emit(phase_index, phase_index.siblingAtColumn(len(Column) - 1))
                    return True
        return False

    def steps(self) -> list[Step]:
        """Every step, phase by phase."""
        return [step for phase in self._phases for step in self._steps[phase]]

    def step_at(self, index: Index) -> Step | None:
        """The step at ``index`` (``None`` on a phase row)."""
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        phase = self._phases[index.internalId()]
        return self._steps[phase][index.row()]

    def index_of(self, key: str) -> QModelIndex:
        """The index of the step with ``key`` (column 0), or an invalid index."""
        for row_phase, phase in enumerate(self._phases):
            for row, step in enumerate(self._steps[phase]):
                if step.key == key:
                    return self.index(row, 0, self.index(row_phase, 0))
        return QModelIndex()

    # --- Qt model interface --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._phases)
        if parent.column() != 0 or parent.internalId() != _NO_PARENT:
            return 0
        return len(self._steps[self._phases[parent.row()]])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.step_at(index) is not None and index.column() in (Column.TITLE, Column.DUE, Column.ROLE, Column.NOTE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        step = self.step_at(index)
        if step is None:
            return self._phase_data(self._phases[index.row()], index.column(), role)
        return self._step_data(step, index.column(), role)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        step = self.step_at(index)
        if step is None or role != Qt.ItemDataRole.EditRole or self.edit_requested is None:
            return False
        field = {Column.TITLE: "title", Column.DUE: "due_at", Column.ROLE: "role", Column.NOTE: "note"}.get(
            Column(index.column())
        )
        if field is None:
            return False
        if isinstance(value, QDateTime):
            value = from_qdatetime(value)
        if isinstance(value, str):
            value = value.strip()
            if field == "title" and not value:
                return False
        self.edit_requested(step, field, value)
        return True

    # --- helpers -------------------------------------------------------------------------------

    def _phase_data(self, phase: Phase, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TITLE:
                done = progress(self._steps[phase])
                return (
                    self.tr("%1（%2/%3，%4%）")
                    .replace("%1", label(PHASE_LABELS[phase]))
                    .replace("%2", str(done.closed))
                    .replace("%3", str(done.total))
                    .replace("%4", str(done.percent))
                )
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _step_data(self, step: Step, column: int, role: int) -> object:
        state = due_state(step, self._clock())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(step, column, state, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.EditRole:
            return {
                Column.TITLE: step.title,
                Column.DUE: to_qdatetime(step.due_at),
                Column.ROLE: step.role,
                Column.NOTE: step.note,
            }.get(Column(column))
        if role == Qt.ItemDataRole.ForegroundRole:
            if state is DueState.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
            if state is DueState.CLOSED:
                return QBrush(CLOSED_COLOUR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and state is DueState.DUE_SOON:
            return QBrush(DUE_SOON_BACKGROUND)
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.TITLE:
            return Qt.CheckState.Checked if step.status.is_closed else Qt.CheckState.Unchecked
        return self._custom(step, state, role)

    def _display(self, step: Step, column: int, state: DueState, tooltip: bool) -> object:
        if column == Column.TITLE:
            if tooltip and step.subitems:
                return step.title + "\n" + "\n".join(f"· {item}" for item in step.subitems)
            return step.title
        if column == Column.DUE:
            text = f"{step.due_at:%m-%d %H:%M}"
            marks = {DueState.OVERDUE: self.tr("（逾期）"), DueState.DUE_SOON: self.tr("（临近）")}
            return text + marks.get(state, "") + (" ✎" if step.due_manual else "")
        if column == Column.STATUS:
            return label(STATUS_LABELS[step.status])
        if column == Column.CATEGORY:
            return label(CATEGORY_LABELS[step.category])
        if column == Column.ROLE:
            return step.role
        if column == Column.DONE_BY:
            if step.done_at is not None:
                return f"{step.done_by} {step.done_at:%m-%d %H:%M}".strip()
            return step.done_by
        return step.note

    @staticmethod
    def _custom(step: Step, state: DueState, role: int) -> object:
        if role == Role.STEP:
            return step
        if role == Role.DUE_STATE:
            return state.value
        if role == Role.STATUS:
            return step.status.value
        if role == Role.CATEGORY:
            return step.category.value
        return None


class ChecklistFilter(QSortFilterProxyModel):
    """Shows steps of one category and/or status (phase rows stay while they have matching steps)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category: str | None = None
        self.status: str | None = None
        self.open_only = False
        self.setRecursiveFilteringEnabled(True)

    def set_filter(self, category: str | None, status: str | None, open_only: bool = False) -> None:
        """Filter by category value, status value, and/or open (not done/skipped) steps."""
        self.category, self.status, self.open_only = category, status, open_only
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not source_parent.isValid():
            return False  # phase rows are shown when a child matches (recursive filtering)
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.category and index.data(Role.CATEGORY) != self.category:
            return False
        status = index.data(Role.STATUS)
        if self.status and status != self.status:
            return False
        return not (self.open_only and StepStatus(status).is_closed)
