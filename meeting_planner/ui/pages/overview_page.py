"""The overview tab of a meeting: the fields the notice needs, editable, and the notice/sign-in printouts.

Saving (Ctrl+S) pushes one undoable command (moving the start reschedules the checklist; undo moves it
back). The printouts are written off the GUI thread with a progress dialog.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.checklist import Meeting
from meeting_planner.services import day_printouts
from meeting_planner.services import meetings as service
from meeting_planner.services.day_printouts import SIGNIN_ORDER_LABELS, SignInOrder
from meeting_planner.services.fonts import (
    BUNDLED_FONT_LABEL,
    FONT_ROLES,
    FontChoiceError,
    font_choice,
    installed_font_families,
    mark_missing_choice,
    set_font_choice,
    set_mark_missing_choice,
)
from meeting_planner.ui.commands import UpdateMeetingCommand
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.font_settings import FontSettingsDialog
from meeting_planner.ui.dialogs.notice_settings import NoticeSettingsDialog
from meeting_planner.ui.labels import label
from meeting_planner.ui.output_paths import ask_save_path
from meeting_planner.ui.workers import BackgroundTask, Progress, run_in_background

KINDS = (
    QT_TRANSLATE_NOOP("OverviewPage", "工作会议"),
    QT_TRANSLATE_NOOP("OverviewPage", "全体大会"),
    QT_TRANSLATE_NOOP("OverviewPage", "视频会议"),
    QT_TRANSLATE_NOOP("OverviewPage", "座谈会/会谈"),
    QT_TRANSLATE_NOOP("OverviewPage", "宴请"),
)
_FORMAT = "yyyy-MM-dd HH:mm"
_INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit, QSpinBox, QCheckBox, QPushButton)


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _from_qt(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class OverviewPage(QWidget):
    """Tab page; ``set_meeting`` is called when the shown meeting changes.

    Signals:
        exported(str): a printout was written to the path.
        modified_changed(bool): the form has (or no longer has) edits not yet saved.
    """

    exported = Signal(str)
    modified_changed = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.meeting: Meeting | None = None
        self.dirty = False
        self._loading = False
        self._task: BackgroundTask[str] | None = None
        self._dialog: QProgressDialog | None = None
        self._build()
        context.meetings_changed.connect(self._meeting_changed)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)

        fields = QGroupBox(self.tr("会议信息（印在会议通知上）"), body)
        form = QFormLayout(fields)
        self.title = QLineEdit(fields)
        self.kind = QComboBox(fields)
        self.kind.setEditable(True)
        for kind in KINDS:  # shown in the UI language, stored (and printed) in Chinese
            self.kind.addItem(QCoreApplication.translate("OverviewPage", str(kind)), str(kind))
        self.start = self._datetime_edit(fields)
        self.has_end = QCheckBox(self.tr("结束时间"), fields)
        self.end = self._datetime_edit(fields)
        self.venue = QLineEdit(fields)
        self.location = QLineEdit(fields)
        self.location.setPlaceholderText(self.tr("如：三楼第一会议室"))
        self.organiser = QLineEdit(fields)
        self.agenda = QPlainTextEdit(fields)
        self.agenda.setPlaceholderText(self.tr("每行一项议程"))
        self.agenda.setTabChangesFocus(True)
        self.bring = QPlainTextEdit(fields)
        self.bring.setPlaceholderText(self.tr("每行一项，如：笔记本、本单位工作总结"))
        self.bring.setTabChangesFocus(True)
        for edit in (self.agenda, self.bring):
            edit.setFixedHeight(80)
        self.contact = QLineEdit(fields)
        self.contact.setPlaceholderText(self.tr("如：秘书科 李明 0571-88888888"))
        self.has_checkin = QCheckBox(self.tr("签到开始"), fields)
        self.checkin_opens = self._datetime_edit(fields)
        self.grace = QSpinBox(fields)
        self.grace.setRange(0, 240)
        self.grace.setSuffix(self.tr(" 分钟"))
        end_row = self._row(fields, self.has_end, self.end)
        checkin_row = self._row(fields, self.has_checkin, self.checkin_opens)
        form.addRow(self.tr("会议名称(&T)"), self.title)
        form.addRow(self.tr("会议类型"), self.kind)
        form.addRow(self.tr("开始时间(&S)"), self.start)
        form.addRow("", end_row)
        form.addRow(self.tr("会场"), self.venue)
        form.addRow(self.tr("会议室"), self.location)
        form.addRow(self.tr("主办单位"), self.organiser)
        form.addRow(self.tr("会议议程"), self.agenda)
        form.addRow(self.tr("携带材料"), self.bring)
        form.addRow(self.tr("联系方式"), self.contact)
        form.addRow("", checkin_row)
        form.addRow(self.tr("迟到宽限"), self.grace)
        layout.addWidget(fields)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("保存 (Ctrl+S)"), body)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("放弃修改"), body)
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        printouts = QGroupBox(self.tr("打印"), body)
        row = QHBoxLayout(printouts)
        self.notice_button = QPushButton(self.tr("会议通知和回执 PDF…"), printouts)
        self.notice_button.clicked.connect(lambda: self.ask_and_export("notice"))
        self.notice_docx_button = QPushButton(self.tr("会议通知 Word…"), printouts)
        self.notice_docx_button.setToolTip(self.tr("同样版式的 .docx，可在 Word/WPS 中加文号、走审签"))
        self.notice_docx_button.clicked.connect(lambda: self.ask_and_export("notice-docx"))
        self.notice_settings_button = QPushButton(self.tr("通知设置…"), printouts)
        self.notice_settings_button.setToolTip(self.tr("成文日期、发文字号、参会范围、回执"))
        self.notice_settings_button.clicked.connect(self.edit_notice_settings)
        self.fonts_button = QPushButton(self.tr("打印字体…"), printouts)
        self.fonts_button.setToolTip(self.tr("标题、正文、小标题、桌签姓名所用的字体"))
        self.fonts_button.clicked.connect(self.edit_fonts)
        self.mark_missing = QCheckBox(self.tr("无字可用时留空手写"), printouts)
        self.mark_missing.setToolTip(self.tr("没有任何字体能打印的字印成“□”，打印后手写补上；不选则提示后不生成打印件"))
        self.mark_missing.toggled.connect(self._mark_missing_toggled)
        self.signin_button = QPushButton(self.tr("签到表 PDF…"), printouts)
        self.signin_button.clicked.connect(lambda: self.ask_and_export("sign-in"))
        self.signin_order = QComboBox(printouts)
        for order, text in SIGNIN_ORDER_LABELS.items():
            self.signin_order.addItem(label(text), order.value)
        self.signin_qr = QCheckBox(self.tr("印签到码（二维码）"), printouts)
        for widget in (
            self.notice_button,
            self.notice_docx_button,
            self.notice_settings_button,
            self.fonts_button,
            self.mark_missing,
            self.signin_button,
            self.signin_order,
            self.signin_qr,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addWidget(printouts)
        layout.addStretch(1)

        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        for line in (self.title, self.venue, self.location, self.organiser, self.contact):
            line.textEdited.connect(self._edited)
        for text_edit in (self.agenda, self.bring):
            text_edit.textChanged.connect(self._edited)
        for dt in (self.start, self.end, self.checkin_opens):
            dt.dateTimeChanged.connect(self._edited)
        self.kind.currentTextChanged.connect(self._edited)
        self.grace.valueChanged.connect(self._edited)
        self.has_end.toggled.connect(self._edited)
        self.has_checkin.toggled.connect(self._edited)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.has_checkin.toggled.connect(self.checkin_opens.setEnabled)
        self._enable(False)

    def _datetime_edit(self, parent: QWidget) -> QDateTimeEdit:
        edit = QDateTimeEdit(parent)
        edit.setDisplayFormat(_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    @staticmethod
    def _row(parent: QWidget, check: QCheckBox, edit: QDateTimeEdit) -> QWidget:
        holder = QWidget(parent)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(check)
        row.addWidget(edit, 1)
        return holder

    def _enable(self, enabled: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(
                child, (QLineEdit, QPlainTextEdit, QComboBox, QDateTimeEdit, QSpinBox, QCheckBox, QPushButton)
            ):
                child.setEnabled(enabled)
        if enabled:
            self.end.setEnabled(self.has_end.isChecked())
            self.checkin_opens.setEnabled(self.has_checkin.isChecked())

    # --- loading and saving ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the given meeting (None clears the page); edits pending for the previous one are saved first."""
        if meeting_id != self.meeting_id:
            self.commit_pending()
        self.meeting_id = meeting_id
        self._set_dirty(False)
        self.load()

    def _kind_value(self) -> str:
        """The meeting type as stored: a suggested type in Chinese whatever the UI language, else as typed."""
        text = self.kind.currentText().strip()
        shown = self.kind.findText(text)
        return str(self.kind.itemData(shown)) if shown >= 0 else text

    def commit_pending(self) -> None:
        """Save typed but unsaved edits as an undoable command on their own meeting's stack (leaving the
        meeting or quitting never drops them); edits that cannot be saved are reported."""
        if self.dirty and self.meeting is not None:
            self.save()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.modified_changed.emit(dirty)

    def _meeting_changed(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id and not self.dirty:
            self.load()

    def load(self) -> None:
        """Fill the fields from the workspace (discarding unsaved edits)."""
        self.meeting = None
        if self.meeting_id is not None:
            try:
                self.meeting = service.get_meeting(self.context.workspace, self.meeting_id)
            except service.MeetingNotFound:
                self.meeting_id = None
        self._enable(self.meeting is not None)
        if self.meeting is None:
            return
        m = self.meeting
        self.mark_missing.blockSignals(True)
        self.mark_missing.setChecked(mark_missing_choice(self.context.workspace))
        self.mark_missing.blockSignals(False)
        self._loading = True
        try:
            self.title.setText(m.title)
            shown = self.kind.findData(m.kind)
            self.kind.setCurrentText(self.kind.itemText(shown) if shown >= 0 else m.kind)
            self.start.setDateTime(_to_qt(m.start))
            self.has_end.setChecked(m.end is not None)
            self.end.setDateTime(_to_qt(m.end or m.start))
            self.venue.setText(m.venue)
            self.location.setText(m.location)
            self.organiser.setText(m.organiser)
            self.agenda.setPlainText(m.agenda)
            self.bring.setPlainText(m.bring)
            self.contact.setText(m.contact)
            self.has_checkin.setChecked(m.checkin_opens is not None)
            self.checkin_opens.setDateTime(_to_qt(m.checkin_opens or m.start))
            self.grace.setValue(m.grace_minutes)
        finally:
            self._loading = False
        self.end.setEnabled(self.has_end.isChecked())
        self.checkin_opens.setEnabled(self.has_checkin.isChecked())
        self._set_dirty(False)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def edited_meeting(self) -> Meeting:
        """The shown meeting with the fields as currently typed (not saved)."""
        assert self.meeting is not None
        return replace(
            self.meeting,
            title=self.title.text().strip(),
            kind=self._kind_value(),
            start=_from_qt(self.start.dateTime()),
            end=_from_qt(self.end.dateTime()) if self.has_end.isChecked() else None,
            venue=self.venue.text().strip(),
            location=self.location.text().strip(),
            organiser=self.organiser.text().strip(),
            agenda=self.agenda.toPlainText().strip(),
            bring=self.bring.toPlainText().strip(),
            contact=self.contact.text().strip(),
            checkin_opens=_from_qt(self.checkin_opens.dateTime()) if self.has_checkin.isChecked() else None,
            grace_minutes=self.grace.value(),
            steps=list(self.meeting.steps),
        )

    def save(self) -> bool:
        """Save the fields as one undoable command; returns whether something was saved."""
        if self.meeting is None:
            return False
        after = self.edited_meeting()
        problem = self._problem(after)
        if problem:
            self.context.messages.error(self.tr("保存会议信息"), problem)
            return False
        if after == self.meeting:
            self._set_dirty(False)
            return False
        self._set_dirty(False)
        stack = self.context.stack_for(self.meeting.id)
        index = stack.index()
        stack.push(UpdateMeetingCommand(self.context, self.meeting, after))
        if stack.index() == index:  # not saved (another desk changed the meeting): the page shows theirs
            return False
        self.context.messages.info(self.tr("已保存会议信息"))
        return True

    def _problem(self, meeting: Meeting) -> str:
        if not meeting.title:
            return self.tr("会议名称不能为空")
        if meeting.end is not None and meeting.end < meeting.start:
            return self.tr("结束时间早于开始时间")
        return ""

    def revert(self) -> None:
        """Throw away unsaved edits."""
        self._set_dirty(False)
        self.load()

    # --- printouts ---------------------------------------------------------------------------------------

    def ask_and_export(self, kind: str) -> None:
        """Ask where to save the notice or sign-in sheet, then write it in the background."""
        if self.meeting is None:
            return
        if self.dirty:
            self.save()
        label = self.tr("会议通知") if kind.startswith("notice") else self.tr("签到表")
        assert self.meeting_id is not None
        if kind == "notice-docx":
            path = ask_save_path(self, self.context, self.meeting_id, label, ".docx", self.tr("Word 文档 (*.docx)"))
        else:
            path = ask_save_path(self, self.context, self.meeting_id, label, ".pdf", self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.export(kind, path)

    def export(self, kind: str, path: Path) -> None:
        """Write the notice (``kind="notice"``) or sign-in sheet to ``path`` off the GUI thread."""
        if self.meeting_id is None or self._task is not None:
            return
        order = str(self.signin_order.currentData() or SignInOrder.UNIT.value)
        workspace, meeting_id, qr = self.context.workspace, self.meeting_id, self.signin_qr.isChecked()

        def work(progress: Progress) -> str:
            if kind == "notice":
                day_printouts.export_notice_pdf(workspace, meeting_id, path)
            elif kind == "notice-docx":
                day_printouts.export_notice_docx(workspace, meeting_id, path)
            else:
                day_printouts.export_signin_pdf(workspace, meeting_id, path, order, qr=qr, progress=progress)
            return str(path)

        self._dialog = QProgressDialog(self.tr("正在生成 PDF…"), "", 0, 0, self)
        self._dialog.setCancelButton(None)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(500)
        for button in (self.notice_button, self.notice_docx_button, self.signin_button):
            button.setEnabled(False)
        self._task = run_in_background(self, work, self._exported, self._export_failed, progress=self._export_progress)

    def _export_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _export_ended(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        self._task = None
        for button in (self.notice_button, self.notice_docx_button, self.signin_button):
            button.setEnabled(self.meeting is not None)

    def edit_notice_settings(self) -> None:
        """Edit the notice's 成文日期, 发文字号, 参会范围 and reply slip options (one saved action)."""
        if self.meeting_id is None:
            return
        try:
            current = day_printouts.get_notice_settings(self.context.workspace, self.meeting_id)
        except LookupError as error:
            self.context.messages.error(self.tr("无法打开通知设置"), error)
            return
        changed = NoticeSettingsDialog.ask(self, current)
        if changed is not None and changed != current:
            day_printouts.set_notice_settings(self.context.workspace, self.meeting_id, changed)
            self.context.messages.info(self.tr("通知设置已保存"))

    def _mark_missing_toggled(self, checked: bool) -> None:
        set_mark_missing_choice(self.context.workspace, checked)

    def edit_fonts(self) -> None:
        """Choose the printout fonts per role; remembered in the workspace."""
        current = font_choice(self.context.workspace)
        roles = FONT_ROLES
        installed = installed_font_families()
        chosen = FontSettingsDialog.ask(self, roles, installed, current, BUNDLED_FONT_LABEL)
        if chosen is None or chosen == {role: current.get(role, "") for role in roles}:
            return
        try:
            set_font_choice(self.context.workspace, chosen)
        except FontChoiceError as error:
            self.context.messages.error(self.tr("无法使用该字体"), error)
            return
        self.context.messages.info(self.tr("打印字体已保存"))

    def _exported(self, path: str) -> None:
        self._export_ended()
        self.context.messages.info(self.tr("已生成：%1").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, message: str) -> None:
        self._export_ended()
        self.context.messages.error(self.tr("无法生成 PDF"), message)
