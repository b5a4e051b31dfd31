"""The people directory (常用人员库): pick people to add to the meeting, or add a new entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.attendee import Person
from meeting_planner.services import attendees as service
from meeting_planner.services.attendees import AttendeeInputError
from meeting_planner.services.pinyin import matches_query
from meeting_planner.ui.context import AppContext


class PersonDialog(QDialog):
    """Enter one directory entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新增常用人员"))
        self.name = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.title = QLineEdit(self)
        self.rank = QSpinBox(self)
        self.rank.setRange(0, 99999)
        self.rank.setSpecialValueText(self.tr("（不排序）"))
        self.phone = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("单位"), self.unit)
        form.addRow(self.tr("职务"), self.title)
        form.addRow(self.tr("排序号"), self.rank)
        form.addRow(self.tr("电话"), self.phone)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def person(self) -> Person:
        """The entered person."""
        return Person(
            name=self.name.text(),
            unit=self.unit.text(),
            title=self.title.text(),
            rank=self.rank.value() or None,
            phone=self.phone.text(),
        )


class DirectoryDialog(QDialog):
    """Lists the directory with a filter (name, pinyin initials, unit); returns the chosen people's ids."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("常用人员库"))
        self.resize(720, 520)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("按姓名、拼音首字母或单位筛选"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("单位"), self.tr("职务"), self.tr("排序"),
                                              self.tr("电话")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        new_button = QPushButton(self.tr("新增人员…"), self)
        new_button.clicked.connect(self._new_person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加到会议"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(new_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.filter_edit.textChanged.connect(self._apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_edit.setFocus)
        self.table.doubleClicked.connect(self.accept)
        self.reload()

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> list[int] | None:
        """The ids of the people chosen, or ``None`` if cancelled."""
        dialog = cls(context, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_ids()

    def reload(self) -> None:
        """Read the directory again."""
        people = service.list_directory(self.context.workspace)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            values = [person.name, person.unit, person.title, "" if person.rank is None else str(person.rank),
                      person.phone]  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
        self._apply_filter(self.filter_edit.text())

    def _apply_filter(self, text: str) -> None:
        for row in range(self.table.rowCount()):
            name = self._text(row, 0)
            unit = self._text(row, 1)
            visible = matches_query(name, text) or (bool(text.strip()) and text.strip() in unit)
            self.table.setRowHidden(row, not visible)

    def chosen_ids(self) -> list[int]:
        """Ids of the selected (visible) people, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None and not self.table.isRowHidden(row):
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _new_person(self) -> None:
        dialog = PersonDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            service.save_person(self.context.workspace, dialog.person())
        except AttendeeInputError as error:
            self.context.messages.error(self.tr("常用人员库"), error)
            return
        self.reload()
