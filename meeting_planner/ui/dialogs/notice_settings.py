"""The notice's own fields: 成文日期, 发文字号, 主送机关, 参会范围, reply slip options, 版记."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from meeting_planner.domain.notice import DEFAULT_ADDRESSEE, DEFAULT_REPLY_METHOD, DEFAULT_SCOPE, NoticeSettings
from meeting_planner.ui.qtdates import from_qdatetime, to_qdatetime


class NoticeSettingsDialog(QDialog):
    """Edits a ``NoticeSettings``; empty fields keep the printed defaults (shown as placeholders)."""

    def __init__(self, settings: NoticeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("会议通知设置"))
        self.settings = settings
        self.issued_auto = QCheckBox(self.tr("自动（印发通知完成之日，否则首次打印之日）"), self)
        self.issued_edit = QDateEdit(self)
        self.issued_edit.setCalendarPopup(True)
        self.issued_edit.setDisplayFormat("yyyy-MM-dd")
        issued = settings.issued or date.today()
        self.issued_edit.setDate(QDate(issued.year, issued.month, issued.day))
        self.issued_auto.setChecked(settings.issued is None)
        self.issued_auto.toggled.connect(lambda auto: self.issued_edit.setEnabled(not auto))
        self.doc_number = QLineEdit(settings.doc_number, self)
        self.doc_number.setPlaceholderText(self.tr("例如：区委办发〔2026〕12号（可不填）"))
        self.addressee = QLineEdit(settings.addressee, self)
        self.addressee.setPlaceholderText(DEFAULT_ADDRESSEE)
        self.scope = QLineEdit(settings.scope, self)
        self.scope.setPlaceholderText(DEFAULT_SCOPE)
        self.list_names = QCheckBox(self.tr("在通知中列出参会人员名单（领导在前，按排序）"), self)
        self.list_names.setChecked(settings.list_names)
        self.prefilled = QCheckBox(self.tr("回执按单位预填本单位人员（不印电话）"), self)
        self.prefilled.setChecked(settings.reply_prefilled)
        self.reply_auto = QCheckBox(self.tr("自动（“回执统计”一步的时限）"), self)
        self.reply_edit = QDateTimeEdit(self)
        self.reply_edit.setCalendarPopup(True)
        self.reply_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        reply_by = settings.reply_by or (datetime.now() + timedelta(days=3)).replace(hour=17, minute=0, second=0)
        self.reply_edit.setDateTime(to_qdatetime(reply_by.replace(microsecond=0)))
        self.reply_auto.setChecked(settings.reply_by is None)
        self.reply_auto.toggled.connect(lambda auto: self.reply_edit.setEnabled(not auto))
        self.reply_edit.setEnabled(settings.reply_by is not None)
        self.reply_method = QLineEdit(settings.reply_method, self)
        self.reply_method.setPlaceholderText(DEFAULT_REPLY_METHOD)
        self.reply_to = QLineEdit(settings.reply_to, self)
        self.reply_to.setPlaceholderText(self.tr("会务组"))
        self.copy_to = QLineEdit(settings.copy_to, self)
        self.printed_by = QLineEdit(settings.printed_by, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        issued_row = QHBoxLayout()
        issued_row.addWidget(self.issued_edit)
        issued_row.addWidget(self.issued_auto)
        form.addRow(self.tr("成文日期(&D)"), issued_row)
        form.addRow(self.tr("发文字号(&N)"), self.doc_number)
        form.addRow(self.tr("主送机关(&A)"), self.addressee)
        form.addRow(self.tr("参会范围(&S)"), self.scope)
        form.addRow("", self.list_names)
        form.addRow("", self.prefilled)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_edit)
        reply_row.addWidget(self.reply_auto)
        form.addRow(self.tr("回执截止(&R)"), reply_row)
        form.addRow(self.tr("报送方式(&M)"), self.reply_method)
        form.addRow(self.tr("报送给(&T)"), self.reply_to)
        form.addRow(self.tr("抄送(&C)"), self.copy_to)
        form.addRow(self.tr("印发机关(&P)"), self.printed_by)
        form.addRow(self.buttons)
        self.issued_edit.setEnabled(settings.issued is not None)
        self.resize(560, self.sizeHint().height())

    def result_value(self) -> NoticeSettings:
        """The settings as edited."""
        qdate = self.issued_edit.date()
        return replace(
            self.settings,
            issued=None if self.issued_auto.isChecked() else date(qdate.year(), qdate.month(), qdate.day()),
            doc_number=self.doc_number.text().strip(),
            addressee=self.addressee.text().strip(),
            scope=self.scope.text().strip(),
            list_names=self.list_names.isChecked(),
            reply_prefilled=self.prefilled.isChecked(),
            reply_by=None if self.reply_auto.isChecked() else from_qdatetime(self.reply_edit.dateTime()),
            reply_method=self.reply_method.text().strip(),
            reply_to=self.reply_to.text().strip(),
            copy_to=self.copy_to.text().strip(),
            printed_by=self.printed_by.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, settings: NoticeSettings) -> NoticeSettings | None:
        """Show the dialog; the edited settings, or ``None`` if cancelled."""
        dialog = cls(settings, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value()
        return None
