"""The import wizard: pick a file and sheet, see the detected header and column mapping (and change it),
see the warnings, confirm. The write runs off the GUI thread with a progress bar.

When the meeting already has people, the last page is 更新名单 instead: the differences between the list and
the meeting (新增 / 变更 / 不在新名单中) as a checkable tree; the ticked ones are written as one undoable
``ListUpdateCommand`` pushed to the meeting's undo stack.

Signals:
    imported(object): the ``ImportResult`` after a confirmed import was written.
    updated(object): the ``ListUpdateResult`` after a list update was written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from meeting_planner.domain.attendee import ReplyStatus
from meeting_planner.domain.list_update import ListDiff
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.services.importing import (
    Field,
    ImportPreview,
    ImportProblem,
    ImportResult,
    apply_import,
    preview_import,
)
from meeting_planner.services.list_update import diff_import
from meeting_planner.ui.attendee_commands import ListUpdateCommand
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.error_text import error_text
from meeting_planner.ui.models.attendee_model import reply_text
from meeting_planner.ui.wording import (
    added_label,
    change_list,
    field_label,
    import_warning_text,
    list_update_text,
    preview_lines,
    reply_label,
    translate,
    who,
)
from meeting_planner.ui.workers import Progress, run_in_background

FILE_FILTER = "名单文件 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)"
PREVIEW_ROWS = 200


class FilePage(QWizardPage):
    """Step 1: the file and the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("选择名单文件"))
        self.setSubTitle(
            self.tr("支持 Excel（.xlsx、.xls）和 CSV（UTF-8 或 GBK）。下一步会先显示识别结果，确认后才写入。")
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("名单文件路径"))
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setEnabled(False)
        self.save_directory = QCheckBox(self.tr("同时存入常用人员库"), self)
        # A meeting that already has people: compare with them (更新名单) or only add the new ones.
        self.update_mode = QRadioButton(self.tr("更新名单：与现有人员比对，显示新增、变更和不在新名单中的人员"), self)
        self.add_only = QRadioButton(self.tr("只添加新人员（已在名单中的人员不变）"), self)
        self.update_mode.setChecked(True)
        for button in (self.update_mode, self.add_only):
            button.setVisible(wizard.has_people)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("文件："), self))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("工作表（默认自动选择含“姓名”列的工作表）："), self))
        layout.addWidget(self.sheet_combo)
        layout.addWidget(self.save_directory)
        layout.addWidget(self.update_mode)
        layout.addWidget(self.add_only)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._path_changed)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择名单文件"), self.path_edit.text(), self.tr(FILE_FILTER)
        )
        if path:
            self.path_edit.setText(path)

    def _path_changed(self) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.error_label.clear()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        sheet = self.sheet_combo.currentText() if self.sheet_combo.isEnabled() else None
        preview = self.owner.load(Path(self.path_edit.text().strip()), sheet or None)
        if preview is None:
            return False
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(preview.sheets)
        self.sheet_combo.setCurrentText(preview.sheet)
        self.sheet_combo.setEnabled(len(preview.sheets) > 1)
        self.sheet_combo.blockSignals(False)
        return True


class MappingPage(QWizardPage):
    """Step 2: detected header and mapping (changeable), the people found and the warnings."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("核对识别结果"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("列"), self.tr("表头"), self.tr("导入为")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        self.rows_table = QTableWidget(0, 6, self)
        self.rows_table.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("姓名"), self.tr("原始写法"), self.tr("单位"), self.tr("职务"), self.tr("回执")]
        )
        self.rows_table.verticalHeader().setVisible(False)
        self.rows_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.warnings = QListWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.mapping_table, 2)
        top_layout.addWidget(self.rows_table, 3)
        splitter.addWidget(top)
        splitter.addWidget(self.warnings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._combos: list[QComboBox] = []

    def initializePage(self) -> None:
        self.show_preview()

    def nextId(self) -> int:
        return self.owner.diff_id if self.owner.updating else self.owner.confirm_id

    def show_preview(self) -> None:
        """Fill the tables from the wizard's current preview."""
        preview = self.owner.preview
        if preview is None:
            return
        self.summary.setText("\n".join(preview_lines(preview)))
        self.mapping_table.setRowCount(len(preview.columns))
        self._combos = []
        for row, column in enumerate(preview.columns):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(column.letter))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(column.header))
            self._add_combo(row, column.letter, column.field)
        self._show_rows(preview)

    def _add_combo(self, row: int, letter: str, current: Field | None) -> None:
        combo = QComboBox(self.mapping_table)
        for fld in Field:
            combo.addItem(field_label(fld), fld.value)
        combo.setCurrentIndex(combo.findData((current or Field.IGNORE).value))
        combo.currentIndexChanged.connect(lambda _i: self._remap(letter, combo))
        self.mapping_table.setCellWidget(row, 2, combo)
        self._combos.append(combo)

    def _show_rows(self, preview: ImportPreview) -> None:
        shown = preview.rows[:PREVIEW_ROWS]
        self.rows_table.setRowCount(len(shown))
        for row, person in enumerate(shown):
            values = [str(person.source_row), person.name, person.name_original, person.unit, person.title,
                      reply_text(person.to_attendee())]  # fmt: skip
            for position, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not person.include:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(self.tr("重复，不导入"))
                self.rows_table.setItem(row, position, item)
        self.rows_table.resizeColumnsToContents()
        self.warnings.clear()
        for warning in preview.warnings:
            self.warnings.addItem(import_warning_text(warning))
        if not preview.warnings:
            self.warnings.addItem(self.tr("没有需要注意的问题。"))

    def _remap(self, letter: str, combo: QComboBox) -> None:
        self.owner.remap({letter: Field(combo.currentData())})
        preview = self.owner.preview
        if preview is None:
            return
        # A field moved to this column leaves its old column: update the other combos (not rebuilt,
        # since the sender is one of them).
        for box, column in zip(self._combos, preview.columns, strict=False):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData((column.field or Field.IGNORE).value))
            box.blockSignals(False)
        self.summary.setText("\n".join(preview_lines(preview)))
        self._show_rows(preview)


class ConfirmPage(QWizardPage):
    """Step 3: what will be written; the write runs with a progress bar."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("确认导入"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.progress)
        layout.addStretch(1)

    def initializePage(self) -> None:
        preview = self.owner.preview
        if preview is None:
            return
        lines = preview_lines(preview)
        lines.append(self.tr("点击“导入”后在一次操作中写入；出错时不会写入任何内容，可用 Ctrl+Z 撤销。"))
        self.text.setText("\n".join(lines))

    def nextId(self) -> int:
        return -1


# What a row of the diff tree stands for (Qt.ItemDataRole.UserRole): ("add", source row) or
# ("change" | "remove", attendee id).
KIND_ROLE = Qt.ItemDataRole.UserRole


class DiffPage(QWizardPage):
    """Step 3 when the meeting already has people (更新名单): tick the differences to write."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.diff: ListDiff | None = None
        self.setTitle(self.tr("更新名单"))
        self.setSubTitle(
            self.tr(
                "会议已有参会人员：以下是新名单带来的变化。勾选要写入的项目；不在新名单中的人员默认不移除。"
                "写入后可用 Ctrl+Z 一次撤销。"
            )
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("更新名单"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("人员"), self.tr("变化")])
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.groups: dict[str, QTreeWidgetItem] = {}

    def initializePage(self) -> None:
        preview = self.owner.preview
        if preview is None:
            return
        try:
            self.diff = diff_import(self.owner.context.workspace, self.owner.meeting_id, preview)
        except (LookupError, ImportProblem) as error:  # no such meeting, or a cell too long for its field
            self.diff = None
            self.summary.setText(error_text(error))
            self.tree.clear()
            return
        self.show_diff(self.diff)

    def show_diff(self, diff: ListDiff) -> None:
        """Fill the tree: three groups, every row ticked except the removals."""
        self.tree.clear()
        self.summary.setText(
            self.tr("新增 %1 人，变更 %2 人，不在新名单中 %3 人，未变 %4 人。")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.changed)))
            .replace("%3", str(len(diff.missing)))
            .replace("%4", str(diff.unchanged))
        )
        groups = (
            ("add", self.tr("新增（%1 人）"), len(diff.added)),
            ("change", self.tr("变更（%1 人）"), len(diff.changed)),
            ("remove", self.tr("不在新名单中（%1 人，勾选则移除）"), len(diff.missing)),
        )
        self.groups = {}
        for kind, text, count in groups:
            group = QTreeWidgetItem(self.tree, [text.replace("%1", str(count))])
            flags = group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            group.setFlags(flags)
            group.setFirstColumnSpanned(True)
            self.groups[kind] = group
        tick = Qt.CheckState.Checked
        for row in diff.added:
            detail = self.tr("第 %1 行").replace("%1", str(row.source_row))
            if row.person.reply is not ReplyStatus.NOT_NOTIFIED:
                detail += translate("Wording", "；") + reply_label(row.person)
            self._child("add", row.source_row, added_label(row.person), detail, tick)
        for change in diff.changed:
            name = who(change.before.name, change.before.unit)
            self._child("change", change.attendee_id, name, change_list(change.changes), tick)
        for person in diff.missing:
            name = who(person.name, person.unit)
            self._child("remove", person.id or 0, name, person.title, Qt.CheckState.Unchecked)
        for kind, group in self.groups.items():
            if group.childCount() == 0:
                group.setCheckState(0, Qt.CheckState.Unchecked)
                group.setDisabled(True)
            group.setExpanded(kind != "remove" or group.childCount() <= 20)
        self.tree.resizeColumnToContents(0)

    def _child(self, kind: str, key: int, who: str, detail: str, state: Qt.CheckState) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.groups[kind], [who, detail])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setData(0, KIND_ROLE, (kind, key))
        item.setCheckState(0, state)
        item.setToolTip(1, detail)
        return item

    def items(self, kind: str) -> list[QTreeWidgetItem]:
        """The rows of one group (``add``, ``change`` or ``remove``)."""
        group = self.groups.get(kind)
        return [] if group is None else [group.child(i) for i in range(group.childCount())]

    def chosen(self, kind: str) -> list[int]:
        """Source rows (``add``) or attendee ids (``change``, ``remove``) of the ticked rows."""
        return [
            int(item.data(0, KIND_ROLE)[1]) for item in self.items(kind) if item.checkState(0) == Qt.CheckState.Checked
        ]

    def nextId(self) -> int:
        return -1


class ImportWizard(QWizard):
    """Import an attendee list into one meeting (see module docstring)."""

    imported = Signal(object)
    updated = Signal(object)

    def __init__(
        self, context: AppContext, meeting_id: int, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.preview: ImportPreview | None = None
        self.mapping: dict[str, Field] = {}
        self.result_value: ImportResult | None = None
        self.update_command: ListUpdateCommand | None = None
        try:
            self.has_people = bool(list_meeting_attendees(context.workspace, meeting_id))
        except LookupError:  # no such meeting: the import itself will say so
            self.has_people = False
        self.error_text = ""
        self._running = False
        self.setWindowTitle(self.tr("导入参会人员"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("导入"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.confirm_page = ConfirmPage(self)
        self.diff_page = DiffPage(self)
        self.addPage(self.file_page)
        self.addPage(self.mapping_page)
        self.confirm_id = self.addPage(self.confirm_page)
        self.diff_id = self.addPage(self.diff_page)
        self.resize(900, 620)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    @classmethod
    def ask(
        cls, context: AppContext, meeting_id: int, path: Path | None = None, parent: QWidget | None = None
    ) -> ImportResult | None:
        """Run the wizard modally; the import result, or ``None`` if cancelled."""
        wizard = cls(context, meeting_id, path, parent)
        wizard.exec()
        return wizard.result_value

    @property
    def updating(self) -> bool:
        """The meeting has people and the user chose 更新名单 (the diff page) over adding only."""
        return self.has_people and self.file_page.update_mode.isChecked()

    # --- reading -----------------------------------------------------------------------------------
    def load(self, path: Path, sheet: str | None) -> ImportPreview | None:
        """Read the file (nothing is written); shows the problem on the file page when it cannot be read."""
        if self.preview is None or self.preview.path != path or (sheet and sheet != self.preview.sheet):
            self.mapping = {}  # a mapping belongs to one sheet
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = preview_import(path, sheet=sheet, mapping=self.mapping or None)
        except ImportProblem as problem:
            self.preview = None
            self.error_text = error_text(problem)
            self.file_page.error_label.setText(self.error_text)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.error_text = ""
        return self.preview

    def remap(self, change: dict[str, Field]) -> None:
        """Change the mapping of some columns (by letter) and read the sheet again."""
        if self.preview is None:
            return
        self.mapping.update(change)
        try:
            self.preview = self.preview.remapped(change)
        except ImportProblem as problem:
            self.context.messages.error(self.tr("列对应"), problem)

    # --- writing -----------------------------------------------------------------------------------
    def accept(self) -> None:
        if self._running or self.preview is None:
            return
        if self.currentPage() is self.diff_page:
            self._update()
            return
        self._running = True
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):  # fmt: skip
            self.button(button).setEnabled(False)
        bar = self.confirm_page.progress
        bar.setVisible(True)
        bar.setRange(0, max(1, len(self.preview.included)))
        workspace, meeting_id, preview = self.context.workspace, self.meeting_id, self.preview
        save_to_directory = self.file_page.save_directory.isChecked()

        def work(progress: Progress) -> ImportResult:  # one transaction: a failure writes nothing
            return apply_import(workspace, meeting_id, preview, save_to_directory=save_to_directory, progress=progress)

        run_in_background(self, work, self._finished, self._failed, progress=self._progressed)

    def _update(self) -> None:
        """Write the ticked differences as one undoable command, then close."""
        page = self.diff_page
        if page.diff is None:
            return
        add, change, remove = page.chosen("add"), page.chosen("change"), page.chosen("remove")
        if not (add or change or remove):
            self.context.messages.info(self.tr("没有勾选任何变化，名单未改动。"))
            super().accept()
            return
        command = ListUpdateCommand(
            self.context, self.meeting_id, page.diff, add=add, change=change, remove=remove,
            save_to_directory=self.file_page.save_directory.isChecked(),
        )  # fmt: skip
        self.context.stack_for(self.meeting_id).push(command)
        if command.result is None:
            return  # the error was shown; nothing was written
        self.update_command = command
        self.updated.emit(command.result)
        self.context.messages.info(list_update_text(command.result))
        super().accept()

    def _progressed(self, done: int, total: int) -> None:
        bar = self.confirm_page.progress
        bar.setMaximum(max(1, total))
        bar.setValue(done)

    def _finished(self, result: ImportResult) -> None:
        self._running = False
        self.result_value = result
        self.imported.emit(result)
        super().accept()

    def _failed(self, text: str) -> None:
        self._running = False
        self.error_text = text
        for button in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CancelButton):  # fmt: skip
            self.button(button).setEnabled(True)
        self.confirm_page.progress.setVisible(False)
        self.context.messages.error(self.tr("导入失败"), self.tr("导入失败，未写入任何内容：%1").replace("%1", text))

    def reject(self) -> None:
        if not self._running:
            super().reject()
