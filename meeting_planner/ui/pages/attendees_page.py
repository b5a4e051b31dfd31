"""The attendees tab of a meeting: the list with filter and sort, in-place editing (undoable), reply status,
import wizard (also by dropping a file), people directory and attendance export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.attendee import REPLY_LABELS, ROLE_LABELS, Attendee, ReplyStatus, Role
from meeting_planner.errors import UserError
from meeting_planner.services import attendees as service
from meeting_planner.services.pinyin import pinyin_syllables
from meeting_planner.ui.attendee_commands import (
    AddedAttendeesCommand,
    EditAttendeeCommand,
    RemoveAttendeesCommand,
    RepliesCommand,
    RostrumCommand,
)
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.add_attendee_dialog import AddAttendeeDialog
from meeting_planner.ui.dialogs.directory_dialog import DirectoryDialog
from meeting_planner.ui.dialogs.import_wizard import FILE_FILTER, ImportWizard
from meeting_planner.ui.labels import label
from meeting_planner.ui.models.attendee_model import AttendeeFilterModel, AttendeeModel, Column, DataRole
from meeting_planner.ui.output_paths import ask_save_path
from meeting_planner.ui.wording import import_text
from meeting_planner.ui.workers import run_in_background

IMPORTABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
#: From this many attendees on, the list is read off the GUI thread (reading takes over 100 ms).
BACKGROUND_FROM = 1500
Index = QModelIndex | QPersistentModelIndex


class ReplyDetailsDialog(QDialog):
    """Asks the leave reason (请假) or the substitute's name and title (代会)."""

    def __init__(self, attendee: Attendee, reply: ReplyStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reply = reply
        self.setWindowTitle(self.tr("%1：%2").replace("%1", attendee.name).replace("%2", label(REPLY_LABELS[reply])))
        self.reason = QLineEdit(attendee.leave_reason, self)
        self.substitute_name = QLineEdit(attendee.substitute_name, self)
        self.substitute_title = QLineEdit(attendee.substitute_title, self)
        form = QFormLayout(self)
        if reply is ReplyStatus.LEAVE:
            form.addRow(self.tr("请假原因"), self.reason)
        else:
            form.addRow(self.tr("代会人姓名"), self.substitute_name)
            form.addRow(self.tr("代会人职务"), self.substitute_title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def details(self) -> dict[str, str]:
        """The value for the model's reply column."""
        return {
            "reply": self.reply.value,
            "leave_reason": self.reason.text().strip(),
            "substitute_name": self.substitute_name.text().strip(),
            "substitute_title": self.substitute_title.text().strip(),
        }


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for the role and reply columns; 请假/代会 then ask for their details."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        labels = ROLE_LABELS if index.column() == Column.ROLE else REPLY_LABELS
        for value, text in labels.items():
            combo.addItem(label(text), value.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            return
        value: Any = editor.currentData()
        if index.column() == Column.REPLY and value in (ReplyStatus.LEAVE.value, ReplyStatus.SUBSTITUTE.value):
            attendee = index.data(DataRole.ATTENDEE)
            dialog = ReplyDetailsDialog(attendee, ReplyStatus(value), editor.window())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            value = dialog.details()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class AttendeesPage(QWidget):
    """Tab page; ``set_meeting`` is called when the shown meeting changes. Accepts dropped list files.

    Signals:
        loaded(): the table shows the meeting's attendees as saved.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self._generation = 0  # the newest read asked for; older answers are dropped
        self.model = AttendeeModel(self)
        self.model.edit_requested = self._edit_requested
        self.proxy = AttendeeFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.setAcceptDrops(True)
        self._build()
        context.attendees_changed.connect(self._changed)

    # --- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.add_action = self._action(self.tr("添加人员…"), "Ctrl+Shift+N", self.add_person)
        self.import_action = self._action(self.tr("导入名单…"), "Ctrl+I", self.ask_import)
        self.directory_action = self._action(self.tr("从人员库添加…"), "Ctrl+Shift+A", self.add_from_directory)
        self.save_directory_action = self._action(self.tr("存入人员库"), "", self.save_to_directory)
        self.rostrum_on_action = self._action(self.tr("上主席台"), "Ctrl+T", lambda: self.set_rostrum(True))
        self.rostrum_off_action = self._action(self.tr("下主席台"), "Ctrl+Shift+T", lambda: self.set_rostrum(False))
        self.delete_action = self._action(self.tr("删除"), QKeySequence.StandardKey.Delete, self.delete_selected)
        self.export_action = self._action(self.tr("导出出勤表…"), "Ctrl+E", self.ask_export)
        self.notified_action = self._action(
            self.tr("回执：已通知"), "Ctrl+Shift+M", lambda: self.set_replies(ReplyStatus.NOTIFIED), toolbar=False
        )
        self.confirmed_action = self._action(
            self.tr("回执：已确认"), "Ctrl+Shift+Y", lambda: self.set_replies(ReplyStatus.CONFIRMED), toolbar=False
        )
        self.leave_action = self._action(
            self.tr("回执：请假…"), "Ctrl+Shift+L", lambda: self.set_replies(ReplyStatus.LEAVE), toolbar=False
        )
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：姓名、拼音首字母、单位（Ctrl+F）"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_edit.setFocus)
        self.addAction(find)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("全部回执"), None)
        for reply, text in REPLY_LABELS.items():
            self.status_combo.addItem(label(text), reply.value)
        self.status_combo.currentIndexChanged.connect(self._status_filter)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows, no size hints
        self.table.setWordWrap(False)
        # The column headers get a selection model of their own that stays empty: with the table's, every
        # header repaint asks the model about every selected row (Qt's isColumnSelected), 1 s for 10,000.
        self.table.horizontalHeader().setHighlightSections(False)
        self._header_selection = QItemSelectionModel(self.proxy, self)
        self.table.horizontalHeader().setSelectionModel(self._header_selection)
        self.table.horizontalHeader().setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(48)
        self.delegate = ChoiceDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.ROLE, self.delegate)
        self.table.setItemDelegateForColumn(Column.REPLY, self.delegate)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.empty_hint = QLabel(self.tr("导入名单或把 Excel 拖到这里"), self.table.viewport())
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_hint.setStyleSheet("color: #757575; font-size: 16pt;")
        self.table.viewport().installEventFilter(self)
        self.counts = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.filter_edit)
        top.addWidget(self.status_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        self._update_enabled()

    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Any, *, toolbar: bool = True
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        if toolbar:
            self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def context_menu(self) -> QMenu:
        """The table's right-click menu (each item shows its shortcut)."""
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addActions([self.notified_action, self.confirmed_action, self.leave_action])
        menu.addSeparator()
        menu.addActions([self.rostrum_on_action, self.rostrum_off_action])
        menu.addSeparator()
        menu.addAction(self.delete_action)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_hint.setGeometry(self.table.viewport().rect())
        return super().eventFilter(watched, event)

    def _update_enabled(self) -> None:
        has_meeting = self.meeting_id is not None
        for action in (self.import_action, self.directory_action, self.save_directory_action, self.delete_action,
                       self.export_action, self.rostrum_on_action, self.rostrum_off_action, self.add_action,
                       self.notified_action, self.confirmed_action, self.leave_action):  # fmt: skip
            action.setEnabled(has_meeting)

    # --- data --------------------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the given meeting (None clears the page)."""
        self.meeting_id = meeting_id
        self._update_enabled()
        self.reload()

    def reload(self) -> None:
        """Read the attendees again (off the GUI thread for a big meeting; ``loaded`` is emitted when shown)."""
        self._generation += 1
        if self.meeting_id is None:
            self._show_attendees([])
            return
        workspace, meeting_id, generation = self.context.workspace, self.meeting_id, self._generation
        try:
            large = service.count_meeting_attendees(workspace, meeting_id) >= BACKGROUND_FROM
        except LookupError:
            large = False
        if large:
            self.empty_hint.setText(self.tr("正在读取名单…"))
            self.empty_hint.setVisible(self.model.rowCount() == 0)

            def work() -> object:
                people = service.list_meeting_attendees(workspace, meeting_id)
                for attendee in people:  # the pinyin the filter and the name sort need, computed here
                    pinyin_syllables(attendee.name)
                    pinyin_syllables(attendee.unit)
                return generation, meeting_id, people

            run_in_background(self, work, self._read, self._read_failed)
            return
        try:
            people = service.list_meeting_attendees(workspace, meeting_id)
        except LookupError:
            people = []
        self._show_attendees(people)

    def _read(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation, meeting_id, people = result
        if generation == self._generation and meeting_id == self.meeting_id:
            self._show_attendees(people)

    def _read_failed(self, message: str) -> None:
        self._show_attendees([])
        self.context.messages.error(self.tr("读取名单"), message)

    def _show_attendees(self, people: list[Attendee]) -> None:
        if people and people == self.model.attendee_list():
            self.loaded.emit()  # e.g. our own edit coming back from the change poll: nothing to redraw
            return
        selected = set(self.selected_ids())
        current = self.proxy.mapToSource(self.table.currentIndex())
        current_id = self.model.attendee(current.row()).id if current.isValid() else None
        scroll = self.table.verticalScrollBar().value()
        self.model.set_attendees(people)
        if selected or current_id is not None:
            self._reselect(selected, current_id)
        self.table.verticalScrollBar().setValue(scroll)
        if self.model.rowCount() <= 500:  # measuring every row of a long list would stall the window
            self.table.resizeColumnsToContents()
        self.empty_hint.setText(self.tr("导入名单或把 Excel 拖到这里"))
        self.empty_hint.setGeometry(self.table.viewport().rect())
        self.empty_hint.setVisible(self.meeting_id is not None and self.model.rowCount() == 0)
        self._update_counts()
        self.loaded.emit()

    def _update_counts(self) -> None:
        people = self.model.attendees()
        by_reply = {reply: sum(1 for a in people if a.reply is reply) for reply in ReplyStatus}
        text = self.tr("共 %1 人").replace("%1", str(len(people)))
        details = self.tr("，").join(f"{label(REPLY_LABELS[r])} {n}" for r, n in by_reply.items() if n)
        staff = sum(1 for a in people if a.role is Role.STAFF)
        if staff:
            details += self.tr("；工作人员 %1").replace("%1", str(staff))
        rostrum = sum(1 for a in people if a.on_rostrum)
        if rostrum:
            details += self.tr("；主席台 %1").replace("%1", str(rostrum))
        self.counts.setText(self.tr("%1：%2").replace("%1", text).replace("%2", details) if details else text)

    def _changed(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id:
            self.reload()

    def _status_filter(self) -> None:
        value = self.status_combo.currentData()
        self.proxy.set_reply(ReplyStatus(value) if value else None)

    def _edit_requested(self, before: Attendee, after: Attendee) -> None:
        self.context.stack_for(self.meeting_id).push(EditAttendeeCommand(self.context, before, after))

    def _reselect(self, ids: set[int], current_id: int | None) -> None:
        """Select the attendees ``ids`` again (and the current row) after the list was read again."""
        selection = QItemSelection()
        current = None
        for row, attendee in enumerate(self.model.attendee_list()):
            if attendee.id in ids or attendee.id == current_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    continue
                if attendee.id in ids:
                    selection.select(index, index)
                if attendee.id == current_id:
                    current = index
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        model.select(selection, flags)
        if current is not None:
            model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_ids(self) -> list[int]:
        """Ids of the selected attendees."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for selected in (selection.at(i) for i in range(selection.size())):  # ranges: no per-cell question to Qt
            for row in range(selected.top(), selected.bottom() + 1):
                rows.add(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
        return [self.model.attendee(row).id or 0 for row in sorted(rows) if row >= 0]

    # --- actions -----------------------------------------------------------------------------------
    def set_rostrum(self, value: bool) -> None:
        """Mark the selected attendees 上主席台 (True) or 下主席台 (False), undoable."""
        ids = self.selected_ids()
        if self.meeting_id is None or not ids:
            return
        self.context.stack_for(self.meeting_id).push(RostrumCommand(self.context, self.meeting_id, ids, value))

    def set_replies(self, reply: ReplyStatus) -> None:
        """The same 回执 for every selected row, one undoable step; 请假 asks the reason once."""
        ids = self.selected_ids()
        if self.meeting_id is None or not ids:
            self.context.messages.info(self.tr("请先选择人员"))
            return
        reason = ""
        if reply is ReplyStatus.LEAVE:
            question = self.tr("%1 人请假，请假原因（可不填）：").replace("%1", str(len(ids)))
            answer = self.context.messages.ask_text(self.tr("请假"), question)
            if answer is None:
                return
            reason = answer.strip()
        self.context.stack_for(self.meeting_id).push(RepliesCommand(self.context, self.meeting_id, ids, reply, reason))

    def unit_names(self) -> list[str]:
        """Units to offer when adding a person: the official order first, then this meeting's others."""
        names = [unit.name for unit in service.list_units(self.context.workspace)]
        names += [a.unit for a in self.model.attendees() if a.unit]
        return list(dict.fromkeys(names))

    def add_person(self) -> None:
        """添加人员: type one person in; adding is one undoable step."""
        if self.meeting_id is None:
            return
        person = AddAttendeeDialog.ask(self.unit_names(), self)
        if person is None:
            return
        try:
            added = service.add_attendees(self.context.workspace, self.meeting_id, [person])
        except (service.AttendeeInputError, LookupError) as error:
            self.context.messages.error(self.tr("添加人员"), error)
            return
        text = self.tr("添加“%1”").replace("%1", added[0].name)
        self.context.stack_for(self.meeting_id).push(AddedAttendeesCommand(self.context, self.meeting_id, added, text))
        self.context.messages.info(text)
        row = self.model.row_of(added[0].id or 0)
        if row is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def delete_selected(self) -> None:
        """Remove the selected attendees (undoable)."""
        ids = self.selected_ids()
        if self.meeting_id is None or not ids:
            return
        self.context.stack_for(self.meeting_id).push(RemoveAttendeesCommand(self.context, self.meeting_id, ids))
        self.context.messages.info(self.tr("已删除 %1 人，按 Ctrl+Z 可恢复").replace("%1", str(len(ids))))

    def ask_import(self) -> None:
        """Choose a file, then run the import wizard."""
        path = self.ask_import_path()
        if path is not None:
            self.start_import(path)

    def ask_import_path(self) -> Path | None:
        """The list file to import (a file dialog)."""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("选择名单文件"), "", self.tr(FILE_FILTER))
        return Path(chosen) if chosen else None

    def start_import(self, path: Path | None) -> None:
        """Run the import wizard on ``path`` (the main window calls this for dropped files)."""
        if self.meeting_id is None:
            self.context.messages.error(self.tr("导入名单"), self.tr("请先选择一个会议。"))
            return
        result = ImportWizard.ask(self.context, self.meeting_id, path, self)
        if result is not None:
            self.imported(result)

    def imported(self, result: Any) -> None:
        """Record a finished import on the undo stack and show it."""
        if self.meeting_id is None:
            return
        text = self.tr("导入 %1 人").replace("%1", str(len(result.added)))
        self.context.stack_for(self.meeting_id).push(
            AddedAttendeesCommand(self.context, self.meeting_id, result.added, text)
        )
        self.context.messages.info(import_text(result))

    def add_from_directory(self) -> None:
        """Choose people in the directory and add them to the meeting."""
        if self.meeting_id is None:
            return
        ids = DirectoryDialog.ask(self.context, self)
        if not ids:
            return
        added = service.add_from_directory(self.context.workspace, self.meeting_id, ids)
        text = self.tr("从人员库添加 %1 人").replace("%1", str(len(added)))
        self.context.stack_for(self.meeting_id).push(AddedAttendeesCommand(self.context, self.meeting_id, added, text))
        self.context.messages.info(text)

    def save_to_directory(self) -> None:
        """Save the selected attendees (or everyone) to the people directory."""
        if self.meeting_id is None:
            return
        ids = self.selected_ids() or None
        added = service.save_to_directory(self.context.workspace, self.meeting_id, ids)
        self.context.messages.info(self.tr("常用人员库新增 %1 人").replace("%1", str(added)))
        self.context.attendees_changed.emit(self.meeting_id)

    def ask_export_path(self) -> Path | None:
        """Where to save the attendance workbook (a file dialog)."""
        if self.meeting_id is None:
            return None
        return ask_save_path(
            self, self.context, self.meeting_id, self.tr("出勤表"), ".xlsx", self.tr("Excel 工作簿 (*.xlsx)")
        )

    def ask_export(self) -> None:
        """Export the attendance workbook (签到表 + 统计)."""
        if self.meeting_id is None:
            return
        path = self.ask_export_path()
        if path is None:
            return
        try:
            written = service.export_attendance(self.context.workspace, self.meeting_id, path)
        except UserError as error:  # the file cannot be written, the meeting is gone ...
            self.context.messages.error(self.tr("导出出勤表"), error)
            return
        self.context.messages.info(self.tr("已导出：%1").replace("%1", str(written)))

    # --- drag and drop -----------------------------------------------------------------------------
    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        for url in mime.urls() if mime.hasUrls() else []:
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORTABLE_SUFFIXES:
                return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.meeting_id is not None and self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.start_import(path)
