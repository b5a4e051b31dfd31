"""The "new meeting" dialog: title, template, kind, start/end, venue, organiser."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from meeting_planner.domain.checklist import ChecklistTemplate
from meeting_planner.ui.qtdates import from_qdatetime, to_qdatetime


@dataclass(frozen=True, slots=True)
class NewMeeting:
    """What the user asked for."""

    title: str
    template_key: str
    kind: str
    start: datetime
    end: datetime
    venue: str
    organiser: str

    def as_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``services.meetings.create_meeting``."""
        return {
            "title": self.title,
            "start": self.start,
            "template_key": self.template_key,
            "end": self.end,
            "kind": self.kind,
            "venue": self.venue,
            "organiser": self.organiser,
        }


def _next_morning() -> datetime:
    tomorrow = datetime.now() + timedelta(days=7)
    return tomorrow.replace(hour=9, minute=0, second=0, microsecond=0)


class NewMeetingDialog(QDialog):
    """Asks for a new meeting's fields; OK is enabled once a title is typed."""

    def __init__(self, templates: list[ChecklistTemplate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建会议"))
        self.templates = templates
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("例如：全区工作会议"))
        self.template_combo = QComboBox(self)
        for template in templates:
            self.template_combo.addItem(f"{template.name}（{len(template.steps)} {self.tr('步')}）", template.key)
        self.kind_edit = QLineEdit(self)
        self.start_edit = QDateTimeEdit(to_qdatetime(_next_morning()), self)
        self.end_edit = QDateTimeEdit(to_qdatetime(_next_morning() + timedelta(hours=3)), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.venue_edit = QLineEdit(self)
        self.organiser_edit = QLineEdit(self)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("会议名称(&N)"), self.title_edit)
        form.addRow(self.tr("清单模板(&T)"), self.template_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("会议类型(&K)"), self.kind_edit)
        form.addRow(self.tr("开始时间(&S)"), self.start_edit)
        form.addRow(self.tr("结束时间(&E)"), self.end_edit)
        form.addRow(self.tr("会场(&V)"), self.venue_edit)
        form.addRow(self.tr("主办单位(&O)"), self.organiser_edit)
        form.addRow(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.start_edit.dateTimeChanged.connect(self._start_changed)
        self._template_changed()
        self._update_ok()
        self.resize(460, self.sizeHint().height())

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    def _template_changed(self) -> None:
        index = self.template_combo.currentIndex()
        if 0 <= index < len(self.templates):
            template = self.templates[index]
            self.kind_edit.setText(template.kind)
            self.description.setText(template.description)

    def _start_changed(self, start: QDateTime) -> None:
        if self.end_edit.dateTime() < start:
            self.end_edit.setDateTime(start.addSecs(3 * 3600))

    def result_value(self) -> NewMeeting:
        """The fields as typed."""
        return NewMeeting(
            title=self.title_edit.text().strip(),
            template_key=str(self.template_combo.currentData()),
            kind=self.kind_edit.text().strip(),
            start=from_qdatetime(self.start_edit.dateTime()),
            end=from_qdatetime(self.end_edit.dateTime()),
            venue=self.venue_edit.text().strip(),
            organiser=self.organiser_edit.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, templates: list[ChecklistTemplate]) -> NewMeeting | None:
        """Show the dialog; the fields, or ``None`` if cancelled."""
        dialog = cls(templates, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value()
        return None
