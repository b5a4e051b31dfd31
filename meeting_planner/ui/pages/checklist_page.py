"""The checklist tab: steps by phase, due times, statuses, progress; every edit undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.checklist import (
    CATEGORY_LABELS,
    PHASE_LABELS,
    STATUS_LABELS,
    Category,
    Meeting,
    Offset,
    Phase,
    Step,
    StepStatus,
    new_step_key,
    progress,
    progress_by_phase,
)
from meeting_planner.services import meetings as service
from meeting_planner.ui.commands import (
    AddStepCommand,
    MoveStepCommand,
    RemoveStepCommand,
    SaveStepCommand,
    with_status,
)
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.labels import label
from meeting_planner.ui.models.checklist_model import ChecklistFilter, ChecklistModel, Column


class ChecklistPage(QWidget):
    """Tab page; ``set_meeting`` loads a meeting's checklist.

    Keyboard: Space toggles done, Ctrl+Enter edits the note, Delete removes a step,
    Alt+Up/Alt+Down reorder, Ctrl+Shift+N adds a step.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: Meeting | None = None
        self.model = ChecklistModel(self)
        self.model.edit_requested = self._edit_field
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        context.checklist_changed.connect(self._changed_elsewhere)
        context.meetings_changed.connect(self._changed_elsewhere)

    # --- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setFormat("%p%")
        self.phase_label = QLabel(self)
        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("全部类别"), None)
        for category in Category:
            self.category_filter.addItem(label(CATEGORY_LABELS[category]), category.value)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("全部状态"), None)
        self.status_filter.addItem(self.tr("未完成"), "open")
        for status in StepStatus:
            self.status_filter.addItem(label(STATUS_LABELS[status]), status.value)
        self.category_filter.currentIndexChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(self.tr("完成人"))
        self.user_edit.setText(str(QSettings().value("user/name", "") or ""))
        self.user_edit.setMaximumWidth(120)
        self.user_edit.editingFinished.connect(lambda: QSettings().setValue("user/name", self.user_edit.text()))

        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Widths from sample texts, not ResizeToContents (which reads every row on every layout).
        metrics = self.view.fontMetrics()
        samples = {
            Column.DUE: "12-31 23:59（逾期） ✎",
            Column.STATUS: "已完成完",
            Column.CATEGORY: "电源网络完",
            Column.ROLE: "办公室主任任",
            Column.DONE_BY: "王晓明 12-31 23:59",
            Column.NOTE: "备注备注备注备注备注备注",
        }
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.view.clicked.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self._make_actions()
        toolbar = QHBoxLayout()
        for action in (
            self.done_action,
            self.status_menu_action,
            self.note_action,
            self.add_action,
            self.remove_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if action is self.status_menu_action:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(QLabel(self.tr("完成人："), self))
        toolbar.addWidget(self.user_edit)
        toolbar.addWidget(self.category_filter)
        toolbar.addWidget(self.status_filter)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("总进度："), self))
        top.addWidget(self.progress_bar, 1)
        top.addWidget(self.phase_label)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(toolbar)
        layout.addWidget(self.view, 1)

    def _make_actions(self) -> None:
        self.done_action = self._action(self.tr("完成/取消完成"), "Space", self.toggle_done)
        self.note_action = self._action(self.tr("备注…"), "Ctrl+Return", self.edit_note)
        self.add_action = self._action(self.tr("添加步骤…"), "Ctrl+Shift+N", self.add_step)
        self.remove_action = self._action(self.tr("删除步骤"), QKeySequence.StandardKey.Delete, self.remove_step)
        self.up_action = self._action(self.tr("上移"), "Alt+Up", lambda: self.move_current(-1))
        self.down_action = self._action(self.tr("下移"), "Alt+Down", lambda: self.move_current(1))
        self.status_menu = QMenu(self)
        for status in StepStatus:
            action = self.status_menu.addAction(label(STATUS_LABELS[status]))
            action.triggered.connect(lambda _checked=False, s=status: self.set_current_status(s))
        self.status_menu_action = QAction(self.tr("状态"), self)
        self.status_menu_action.setMenu(self.status_menu)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    # --- loading -------------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        """The meeting shown, if any."""
        return self.meeting.id if self.meeting is not None else None

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the checklist of ``meeting_id`` (``None`` clears the page)."""
        if meeting_id is None:
            self.meeting = None
            self.model.set_steps([])
            self._update_progress()
            return
        self.meeting = service.get_meeting(self.context.workspace, meeting_id)
        self.model.set_steps(self.meeting.steps)
        self.view.expandAll()
        self._update_progress()

    def _changed_elsewhere(self, meeting_id: int) -> None:
        if self.meeting is None or self.meeting.id != meeting_id:
            return
        current = self.current_step()
        key = current.key if current is not None else None
        try:
            meeting = service.get_meeting(self.context.workspace, meeting_id)
        except service.MeetingNotFound:
            self.set_meeting(None)
            return
        shown = self.model.steps()
        self.meeting = meeting
        if meeting.steps == shown:
            return  # e.g. our own edit coming back from the change poll: nothing to redraw
        same_layout = [(s.key, s.phase) for s in meeting.steps] == [(s.key, s.phase) for s in shown]
        if same_layout and all(self.model.update_step(step) for step in meeting.steps):
            self._update_progress()  # changed in place: selection, scroll and expansion stay
            return
        scroll = self.view.verticalScrollBar().value()
        self.model.set_steps(meeting.steps)
        self.view.expandAll()
        self._update_progress()
        if key:
            self.select_step(key)
        self.view.verticalScrollBar().setValue(scroll)

    def _update_progress(self) -> None:
        steps = self.model.steps()
        overall = progress(steps)
        self.progress_bar.setValue(overall.percent)
        self.progress_bar.setFormat(f"{overall.closed}/{overall.total}  %p%")
        parts = [f"{label(PHASE_LABELS[p])} {v.closed}/{v.total}" for p, v in progress_by_phase(steps).items()]
        self.phase_label.setText("  ".join(parts))

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filter(
            self.category_filter.currentData(),
            None if status == "open" else status,
            open_only=status == "open",
        )
        self.view.expandAll()

    # --- selection -----------------------------------------------------------------------------

    def current_step(self) -> Step | None:
        """The selected step, if any."""
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.step_at(index)

    def select_step(self, key: str) -> None:
        """Select the step with ``key``."""
        index = self.proxy.mapFromSource(self.model.index_of(key))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )

    def _clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.column() == Column.TITLE and self.model.step_at(source) is not None:
            # A click on the check box toggles done; a click on the text only selects.
            rect = self.view.visualRect(index)
            cursor = self.view.viewport().mapFromGlobal(self.view.cursor().pos())
            if cursor.x() - rect.x() < 24:
                self.toggle_done()

    # --- edits ---------------------------------------------------------------------------------

    def _push_step(self, before: Step, after: Step, text: str) -> None:
        assert self.meeting is not None and self.meeting.id is not None
        self.context.stack_for(self.meeting.id).push(
            SaveStepCommand(self.context, self.meeting.id, before, after, text)
        )

    def toggle_done(self) -> None:
        """Done <-> to do for the selected step."""
        step = self.current_step()
        if step is None:
            return
        status = StepStatus.TODO if step.status is StepStatus.DONE else StepStatus.DONE
        self.set_status(step, status)

    def set_current_status(self, status: StepStatus) -> None:
        """Set the selected step's status."""
        step = self.current_step()
        if step is not None:
            self.set_status(step, status)

    def completer_name(self) -> str | None:
        """The 完成人 name; asked once (and remembered) when the box is empty. None when the user cancels."""
        name = self.user_edit.text().strip()
        if name:
            return name
        asked = self.context.messages.ask_text(self.tr("完成人"), self.tr("请输入您的姓名（记为完成人，只问一次）："))
        if asked is None or not asked.strip():
            return None
        self.user_edit.setText(asked.strip())
        QSettings().setValue("user/name", asked.strip())
        return asked.strip()

    def set_status(self, step: Step, status: StepStatus) -> None:
        """Undoably set ``step``'s status (done records the name in the 完成人 box and the time)."""
        by = ""
        if status is StepStatus.DONE:
            name = self.completer_name()
            if name is None:
                return
            by = name
        after = with_status(step, status, by)
        status_text = label(STATUS_LABELS[status])
        self._push_step(step, after, self.tr("“%1”标为%2").replace("%1", step.title).replace("%2", status_text))

    def _edit_field(self, step: Step, field: str, value: object) -> None:
        if getattr(step, field) == value:
            return
        changes: dict[str, object] = {field: value}
        if field == "due_at":
            if not isinstance(value, datetime):
                return
            changes["due_at"] = value.replace(second=0, microsecond=0)
            changes["due_manual"] = True
        after = replace(step, **changes)  # type: ignore[arg-type]
        field_names = {
            "title": self.tr("名称"),
            "due_at": self.tr("到期时间"),
            "role": self.tr("负责"),
            "note": self.tr("备注"),
        }
        text = self.tr("修改“%1”的%2").replace("%1", step.title).replace("%2", field_names[field])
        self._push_step(step, after, text)

    def edit_note(self) -> None:
        """Edit the selected step's note in a dialog."""
        step = self.current_step()
        if step is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("备注"), step.title, step.note)
        if ok:
            self._edit_field(step, "note", text.strip())

    def add_step(self) -> None:
        """Add a step after the selected one (same phase and category)."""
        if self.meeting is None or self.meeting.id is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("添加步骤"), self.tr("步骤名称："))
        if not ok or not title.strip():
            return
        current = self.current_step()
        steps = self.meeting.steps
        model = current or (steps[-1] if steps else None)
        keys = [s.key for s in steps]
        position = keys.index(current.key) + 1 if current is not None and current.key in keys else None
        step = Step(
            key=new_step_key(keys),
            title=title.strip(),
            phase=model.phase if model else Phase.BEFORE,
            category=model.category if model else Category.VENUE,
            offset=model.offset if model else Offset(),
            due_at=model.due_at if model else self.meeting.start,
            role=model.role if model else "",
            due_manual=model.due_manual if model else False,
        )
        self.context.stack_for(self.meeting.id).push(AddStepCommand(self.context, self.meeting.id, step, position))
        self.select_step(step.key)

    def remove_step(self) -> None:
        """Remove the selected step (undo puts it back)."""
        step = self.current_step()
        if step is None or self.meeting is None or self.meeting.id is None:
            return
        self.context.stack_for(self.meeting.id).push(RemoveStepCommand(self.context, self.meeting.id, step))

    def move_current(self, delta: int) -> None:
        """Move the selected step up (-1) or down (+1) within its phase."""
        step = self.current_step()
        if step is None or self.meeting is None or self.meeting.id is None:
            return
        keys = [s.key for s in self.meeting.steps]
        old = keys.index(step.key)
        new = old + delta
        if not 0 <= new < len(keys) or self.meeting.steps[new].phase != step.phase:
            return
        self.context.stack_for(self.meeting.id).push(MoveStepCommand(self.context, self.meeting.id, step.key, old, new))
        self.select_step(step.key)

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.done_action)
        menu.addMenu(self.status_menu)
        menu.addAction(self.note_action)
        menu.addSeparator()
        menu.addAction(self.up_action)
        menu.addAction(self.down_action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.addAction(self.remove_action)
        menu.exec(self.view.viewport().mapToGlobal(position))
