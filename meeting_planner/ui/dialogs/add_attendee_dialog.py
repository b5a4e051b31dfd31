"""添加人员: one person typed in by hand (name, unit, title, phone, rank, 主席台, role), or a walk-in at the
check-in desk (临时增加, checked in right away)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.attendee import ROLE_LABELS, Attendee, Role
from meeting_planner.ui.labels import label


class AddAttendeeDialog(QDialog):
    """Asks for one person; ``attendee()`` is the result. OK is enabled once a name is typed."""

    def __init__(
        self, units: list[str], parent: QWidget | None = None, *, walk_in: bool = False, name: str = ""
    ) -> None:
        super().__init__(parent)
        self.walk_in = walk_in
        self.setWindowTitle(self.tr("临时增加并签到") if walk_in else self.tr("添加人员"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText(self.tr("必填"))
        self.unit_combo = QComboBox(self)
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(units)
        self.unit_combo.setCurrentIndex(-1)
        unit_edit = self.unit_combo.lineEdit()
        if unit_edit is not None:
            unit_edit.setPlaceholderText(self.tr("输入或选择单位"))
        self.title_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.rank_spin = QSpinBox(self)
        self.rank_spin.setRange(0, 9999)
        self.rank_spin.setSpecialValueText(self.tr("不排序"))
        self.rostrum_check = QCheckBox(self.tr("上主席台"), self)
        self.role_combo = QComboBox(self)
        for role, text in ROLE_LABELS.items():
            self.role_combo.addItem(label(text), role.value)
        self.notes_edit = QLineEdit(self)
        if walk_in:
            self.notes_edit.setPlaceholderText(self.tr("自动注明“临时增加”"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("姓名(&N)"), self.name_edit)
        form.addRow(self.tr("单位(&U)"), self.unit_combo)
        form.addRow(self.tr("职务(&T)"), self.title_edit)
        form.addRow(self.tr("电话(&P)"), self.phone_edit)
        form.addRow(self.tr("排序号(&R)"), self.rank_spin)
        form.addRow(self.tr("身份(&O)"), self.role_combo)
        form.addRow("", self.rostrum_check)
        form.addRow(self.tr("备注"), self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("添加并签到") if walk_in else self.tr("添加"))
        ok.setEnabled(bool(name.strip()))
        self.name_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if walk_in:
            hint = QLabel(self.tr("名单上没有的来宾：添加到本次会议（备注“临时增加”）并立即签到。"), self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def attendee(self) -> Attendee:
        """The person as typed (the service normalises the name)."""
        rank = self.rank_spin.value()
        return Attendee(
            name=self.name_edit.text().strip(),
            unit=self.unit_combo.currentText().strip(),
            title=self.title_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            rank=rank or None,
            role=Role(self.role_combo.currentData()),
            on_rostrum=self.rostrum_check.isChecked(),
            notes=self.notes_edit.text().strip(),
        )

    @classmethod
    def ask(
        cls, units: list[str], parent: QWidget | None = None, *, walk_in: bool = False, name: str = ""
    ) -> Attendee | None:
        """Show the dialog; the person, or None when cancelled (tests replace this)."""
        dialog = cls(units, parent, walk_in=walk_in, name=name)
        return dialog.attendee() if dialog.exec() == QDialog.DialogCode.Accepted else None
