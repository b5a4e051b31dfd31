"""The attendance tab, made for the door: type a name or scan a code, press Enter; the board beside it.

Keyboard only: the search box keeps the focus; Enter checks in; when several people match, Up/Down pick
one of the listed candidates and Enter checks that one in (Esc cancels); Alt+D marks the next check-in as
a substitute (代会); F3 returns to the search box; the undo button (撤销签到：王伟) takes back the
meeting's last check-in, whatever was done after it, and Ctrl+Z is the window's undo of the meeting's
last edit; Ctrl+Shift+C copies the chair's sentence. The board refreshes on
``attendees_changed``/``checkins_changed`` and every 30 seconds (other desks; 未到 turns into 缺席 at the start).

断网: when the server cannot be reached the desk goes on from the list it last loaded: check-ins and undos go
to the desk's journal, the page shows 离线，N 条待同步, and every few seconds it tries to replay the journal
(``services.desk``). People checked in at two desks while apart are listed under 重复签到.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.attendance import Tally
from meeting_planner.domain.desk_journal import CheckInConflict
from meeting_planner.errors import ServerUnreachable, WorkspaceError
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import checkin as service
from meeting_planner.services import desk as desk_service
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services.checkin import Candidate, CheckInResult, Outcome
from meeting_planner.services.workspace import DatabaseFailure
from meeting_planner.ui.checkin_commands import CheckInCommand, UndoCheckInCommand, WalkInCommand
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.add_attendee_dialog import AddAttendeeDialog
from meeting_planner.ui.error_text import error_text
from meeting_planner.ui.models.board_models import MissingModel, RecentCheckInModel, Role, UnitBoardModel
from meeting_planner.ui.wording import checkin_text, sync_text
from meeting_planner.ui.workers import run_in_background

REFRESH_MS = 30_000
# How often an offline desk tries the server again (and replays its journal).
RETRY_MS = 5_000
RECENT = 30
#: From this many attendees on, the board is read and counted off the GUI thread (it takes over 100 ms).
BACKGROUND_FROM = 1500
_COLOURS = {
    Outcome.CHECKED_IN: "#2e7d32",
    Outcome.ALREADY: "#ef6c00",
    Outcome.AMBIGUOUS: "#1565c0",
    Outcome.NOT_FOUND: "#c62828",
    Outcome.ON_LEAVE: "#6a1b9a",
}


class _Tile(QFrame):
    """One big number with its label (应到, 实到, 请假, 缺席)."""

    def __init__(self, label: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.caption = QLabel(label, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption_font = QFont(self.caption.font())
        caption_font.setPointSize(14)
        self.caption.setFont(caption_font)
        self.number = QLabel("0", self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.number.font())
        font.setPointSize(40)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setStyleSheet(f"color: {colour};")
        layout.addWidget(self.caption)
        layout.addWidget(self.number)

    def show_value(self, value: int, label: str | None = None) -> None:
        """Show ``value`` (and a new label, e.g. 未到 before the start)."""
        self.number.setText(str(value))
        if label is not None:
            self.caption.setText(label)


class AttendancePage(QWidget):
    """Tab page; ``set_meeting`` is called when the shown meeting changes.

    Signals:
        board_refreshed(): the board shows the workspace's latest figures.
    """

    board_refreshed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.sentence = ""
        self.candidates: list[Candidate] = []
        self.last_checkin: service.RecentCheckIn | None = None
        self.large = False  # a big meeting: the board refreshes in the background
        self._generation = 0  # the newest board refresh asked for; older answers are dropped
        # The meeting's check-in desk (online, or offline through its journal); ``None`` without a journal.
        self.desk: desk_service.CheckInDesk | None = None
        self._syncing = False
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.sync)
        context.attendees_changed.connect(self._changed)
        context.checkins_changed.connect(self._changed)
        context.meetings_changed.connect(self._changed)

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_desk())
        splitter.addWidget(self._build_board())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for keys, slot in (("Ctrl+Shift+C", self.copy_sentence), ("F3", self.focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _build_desk(self) -> QWidget:
        desk = QWidget(self)
        layout = QVBoxLayout(desk)
        title = QLabel(self.tr("签到：输入姓名、拼音首字母（如 zjg）或扫描签到码，回车确认"), desk)
        layout.addWidget(title)
        self.offline_label = QLabel(desk)
        self.offline_label.setObjectName("offline-status")
        self.offline_label.setStyleSheet("background: #fff3e0; color: #e65100; padding: 4px; font-weight: bold;")
        self.offline_label.setWordWrap(True)
        self.offline_label.hide()
        layout.addWidget(self.offline_label)
        self.search = QLineEdit(desk)
        self.search.setObjectName("checkin-search")
        self.search.setPlaceholderText(self.tr("姓名 / 拼音首字母 / 签到码"))
        self.search.setClearButtonEnabled(True)
        font = QFont(self.search.font())
        font.setPointSize(22)
        self.search.setFont(font)
        self.search.setMinimumHeight(56)
        self.search.returnPressed.connect(self.submit)
        self.search.installEventFilter(self)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        self.substitute = QCheckBox(self.tr("代会人员签到(&D)"), desk)
        self.substitute.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.substitute)
        self.backfill = QCheckBox(self.tr("补录(&B)"), desk)
        self.backfill.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.backfill.setToolTip(self.tr("停电、断网后按纸质签到表录入：签到时间用右边填的表上时间，并标记为补录"))
        self.backfill_time = QTimeEdit(desk)
        self.backfill_time.setObjectName("backfill-time")
        self.backfill_time.setDisplayFormat("HH:mm")
        self.backfill_time.setEnabled(False)
        self.backfill.toggled.connect(self.backfill_time.setEnabled)
        row.addWidget(self.backfill)
        row.addWidget(self.backfill_time)
        row.addStretch(1)
        self.walk_in_button = QPushButton(self.tr("临时增加并签到…"), desk)
        self.walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.walk_in_button.setToolTip(self.tr("名单上没有的来宾：添加到本次会议（备注“临时增加”）并立即签到"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        row.addWidget(self.walk_in_button)
        layout.addLayout(row)
        self.status = QLabel(desk)
        self.status.setWordWrap(True)
        status_font = QFont(self.status.font())
        status_font.setPointSize(16)
        self.status.setFont(status_font)
        self.status.setMinimumHeight(48)
        layout.addWidget(self.status)
        self.choices = QListWidget(desk)
        self.choices.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.choices.setFont(status_font)
        self.choices.itemActivated.connect(self._choice_activated)
        self.choices.itemClicked.connect(self._choice_activated)
        self.choices.hide()
        layout.addWidget(self.choices)
        layout.addWidget(QLabel(self.tr("最近签到"), desk))
        self.recent_model = RecentCheckInModel(self)
        self.recent = QTableView(desk)
        self.recent.setModel(self.recent_model)
        self._table_look(self.recent)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.recent, 1)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("撤销签到"), desk)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_selected_button = QPushButton(self.tr("撤销所选签到"), desk)
        self.undo_selected_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_selected_button.clicked.connect(self.undo_selected)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.undo_selected_button)
        buttons.addStretch(1)
        self.export_journal_button = QPushButton(self.tr("导出本台签到日志…"), desk)
        self.export_journal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.export_journal_button.setToolTip(self.tr("断网时把本台的签到记录存到U盘，拿到其他签到台合并"))
        self.export_journal_button.clicked.connect(self.ask_export_journal)
        self.merge_journal_button = QPushButton(self.tr("合并签到日志…"), desk)
        self.merge_journal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.merge_journal_button.setToolTip(self.tr("合并其他签到台导出的签到日志（每条只记一次）"))
        self.merge_journal_button.clicked.connect(self.ask_merge_journal)
        buttons.addWidget(self.export_journal_button)
        buttons.addWidget(self.merge_journal_button)
        layout.addLayout(buttons)
        self.undo_button.setEnabled(False)
        return desk

    def _build_board(self) -> QWidget:
        board = QWidget(self)
        layout = QVBoxLayout(board)
        tiles = QGridLayout()
        self.tiles = {
            "expected": _Tile(self.tr("应到"), "#212121", board),
            "present": _Tile(self.tr("实到"), "#2e7d32", board),
            "leave": _Tile(self.tr("请假"), "#ef6c00", board),
            "absent": _Tile(self.tr("缺席"), "#c62828", board),
        }
        for column, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, column)
        layout.addLayout(tiles)
        sentence_row = QHBoxLayout()
        self.sentence_label = QLabel(board)
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sentence_font = QFont(self.sentence_label.font())
        sentence_font.setPointSize(13)
        self.sentence_label.setFont(sentence_font)
        self.copy_button = QPushButton(self.tr("复制报告 (Ctrl+Shift+C)"), board)
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.copy_button.clicked.connect(self.copy_sentence)
        sentence_row.addWidget(self.sentence_label, 1)
        sentence_row.addWidget(self.copy_button)
        layout.addLayout(sentence_row)
        self.unit_model = UnitBoardModel(self)
        self.units = QTableView(board)
        self.units.setModel(self.unit_model)
        self._table_look(self.units)
        self.units.horizontalHeader().setStretchLastSection(False)
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.units, 3)
        self.missing_label = QLabel(self.tr("未到人员"), board)
        layout.addWidget(self.missing_label)
        self.missing_model = MissingModel(self)
        self.missing = QTableView(board)
        self.missing.setModel(self.missing_model)
        self._table_look(self.missing)
        # Thousands may be missing: size the columns from the first rows only, never from every row.
        self.missing.horizontalHeader().setResizeContentsPrecision(40)
        layout.addWidget(self.missing, 2)
        self.conflicts_label = QLabel(board)
        self.conflicts_label.setToolTip(self.tr("断网期间两个签到台都为同一人签到：保留最早的时间，另一次列在这里"))
        self.conflicts = QListWidget(board)
        self.conflicts.setObjectName("checkin-conflicts")
        self.conflicts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.conflicts.setMaximumHeight(120)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts)
        self.conflicts_label.hide()
        self.conflicts.hide()
        return board

    @staticmethod
    def _table_look(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)

    # --- meeting and refresh -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the given meeting (None clears the page)."""
        self.meeting_id = meeting_id
        self.search.clear()
        self._show_choices([])
        self.status.clear()
        self.desk = None
        self.backfill.setChecked(False)
        if meeting_id is None:
            self._timer.stop()
            self.retry_timer.stop()
        else:
            self._timer.start()
            self._warm_index(meeting_id)
            try:
                journal = self.context.journal()
            except desk_service.JournalError as error:
                self.context.messages.error(self.tr("签到日志"), error)
            else:
                self.desk = desk_service.CheckInDesk(
                    self.context.workspace, meeting_id, journal, self.context.desk_name
                )
            try:
                self.large = (
                    attendee_service.count_meeting_attendees(self.context.workspace, meeting_id) >= BACKGROUND_FROM
                )
                start = meeting_service.get_meeting(self.context.workspace, meeting_id).start
                self.backfill_time.setTime(QTime(start.hour, start.minute))
            except LookupError:
                self.large = False
            except ServerUnreachable:
                self.large = False
        self.refresh()
        self._show_offline()

    def _warm_index(self, meeting_id: int) -> None:
        """Build the meeting's name index (pinyin of every name) off the GUI thread, so the first search is quick;
        a meeting gone or a server away meanwhile is no news (the search itself will say)."""
        workspace = self.context.workspace

        def work() -> None:
            with contextlib.suppress(LookupError, DatabaseFailure, WorkspaceError):
                service.warm_index(workspace, meeting_id)

        run_in_background(self, work, lambda _none: None, label=self.tr("签到"))

    def _changed(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id:
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Reload the board and the recent check-ins from the workspace (off the GUI thread for a big meeting;
        ``board_refreshed`` is emitted when it is shown)."""
        self._generation += 1
        if self.meeting_id is not None and self.desk is not None and self.desk.offline:
            if self.desk.snapshot is not None:  # the figures as this desk knows them, until the server is back
                self._show_board(*self.desk.offline_board(now, RECENT))
            self._show_offline()
            return
        if self.meeting_id is not None:
            workspace, meeting_id, generation, desk = (
                self.context.workspace,
                self.meeting_id,
                self._generation,
                self.desk,
            )

            def work() -> object:
                try:
                    view = service.board(workspace, meeting_id, now)
                    recent = service.recent_check_ins(workspace, meeting_id, RECENT)
                    conflicts = desk_service.list_conflicts(workspace, meeting_id)
                    if desk is not None and not desk.offline and desk.pending() == 0:
                        desk.load()  # what the desk works from if the server goes away
                except ServerUnreachable:
                    return generation, meeting_id, None, [], []
                return generation, meeting_id, view, recent, conflicts

            if self.large:
                run_in_background(self, work, self._board_read, self._board_failed)
                return
            try:
                result = work()
            except LookupError:
                self.meeting_id = None
                self.refresh()
                return
            except WorkspaceError as error:
                self.status.setText(error_text(error))
                return
            self._board_read(result)
            return
        if self.meeting_id is None:
            self.recent_model.set_items([])
            self.unit_model.set_board([], True)
            self.missing_model.set_items([])
            self.sentence = ""
            self.sentence_label.clear()
            self._show_last([])
            for tile in self.tiles.values():
                tile.show_value(0)
            return

    def _board_read(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation, meeting_id, view, recent, conflicts = result
        if generation != self._generation or meeting_id != self.meeting_id:
            return
        if view is None:  # the server did not answer: the desk goes on from its snapshot and journal
            if self.desk is not None:
                self.desk.offline = True
                self.refresh()
            else:
                self._show_offline()
            return
        self._show_board(view, recent)
        self._show_conflicts(conflicts)

    def _board_failed(self, message: str) -> None:
        if self.meeting_id is not None:
            self.status.setText(message)

    def _sentence(self, total: Tally) -> str:
        """The chair's report in the UI language, e.g. 应到120人，实到115人，请假3人，缺席2人."""
        text = (
            self.tr("应到%1人，实到%2人，请假%3人，缺席%4人")
            .replace("%1", str(total.expected))
            .replace("%2", str(total.present))
            .replace("%3", str(total.leave))
            .replace("%4", str(total.absent))
        )
        if total.pending:
            text += self.tr("，未到%1人").replace("%1", str(total.pending))
        return text

    def _show_board(self, view: service.DayBoard, recent: list[service.RecentCheckIn]) -> None:
        total = view.total
        self.tiles["expected"].show_value(total.expected)
        self.tiles["present"].show_value(total.present)
        self.tiles["leave"].show_value(total.leave)
        if view.started:
            self.tiles["absent"].show_value(total.absent, self.tr("缺席"))
        else:
            self.tiles["absent"].show_value(total.pending, self.tr("未到"))
        self.sentence = self._sentence(total)
        self.sentence_label.setText(self.sentence)
        self.unit_model.set_board(view.units, view.started)
        self.missing_model.set_items(view.missing)
        self.missing_label.setText(self.tr("未到人员（%1人）").replace("%1", str(len(view.missing))))
        self.recent_model.set_items(recent)
        self._show_last(recent)
        self.board_refreshed.emit()

    def _show_last(self, recent: list[service.RecentCheckIn]) -> None:
        self.last_checkin = recent[0] if recent else None
        if self.last_checkin is None:
            self.undo_button.setText(self.tr("撤销签到"))
        else:
            self.undo_button.setText(self.tr("撤销签到：%1").replace("%1", self.last_checkin.attendee.name))
        self.undo_button.setEnabled(self.last_checkin is not None)

    # --- the desk ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor back in the search box (after any click elsewhere)."""
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_search)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            # Ctrl+Z at the desk means "undo the check-in" (the window's undo), not "undo typing".
            event.ignore()
            return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if self.candidates and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = (self.choices.currentRow() + step) % self.choices.count()
                self.choices.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.search.clear()
                self._show_choices([])
                self.status.clear()
                return True
        return super().eventFilter(watched, event)

    def submit(self) -> None:
        """Enter: check in the chosen candidate, or whoever the text finds."""
        if self.meeting_id is None:
            return
        if self.candidates:
            row = self.choices.currentRow()
            if 0 <= row < len(self.candidates):
                self.check_in_candidate(self.candidates[row])
                return
        query = self.search.text().strip()
        if query:
            self._run(query=query)

    def check_in_candidate(self, candidate: Candidate) -> None:
        """Check in the person chosen among several matches."""
        self._run(query=self.search.text().strip(), attendee_id=candidate.attendee_id)

    def _choice_activated(self, item: QListWidgetItem) -> None:
        row = self.choices.row(item)
        if 0 <= row < len(self.candidates):
            self.check_in_candidate(self.candidates[row])

    def _run(self, query: str, attendee_id: int | None = None, confirm_leave: bool = False) -> None:
        assert self.meeting_id is not None
        substitute = True if self.substitute.isChecked() else None
        try:
            backfill = self.backfill.isChecked()
            if self.desk is not None:
                result = self.desk.check_in(
                    query,
                    attendee_id=attendee_id,
                    at=self.backfill_at(),
                    substitute=substitute,
                    confirm_leave=confirm_leave,
                    backfill=backfill,
                )
            else:
                result = service.check_in(
                    self.context.workspace,
                    self.meeting_id,
                    query,
                    attendee_id=attendee_id,
                    at=self.backfill_at(),
                    substitute=substitute,
                    confirm_leave=confirm_leave,
                    backfill=backfill,
                )
        except (LookupError, WorkspaceError) as error:
            self._show_offline()
            self.context.messages.error(self.tr("签到"), error)
            return
        finally:
            self._show_offline()
        on_leave = result.outcome is Outcome.ON_LEAVE and result.attendee is not None
        if (
            on_leave
            and result.attendee
            and result.attendee.id
            and self.context.messages.confirm(self.tr("签到"), checkin_text(result))
        ):
            self._run(query, result.attendee.id, confirm_leave=True)
            return
        self._show_result(result)

    def backfill_at(self) -> datetime | None:
        """With 补录 ticked: the time from the paper sheet on the meeting's day; otherwise None (now)."""
        if not self.backfill.isChecked() or self.meeting_id is None:
            return None
        from meeting_planner.services.meetings import get_meeting

        day = get_meeting(self.context.workspace, self.meeting_id).start.date()
        time = self.backfill_time.time()
        return datetime(day.year, day.month, day.day, time.hour(), time.minute())

    def _show_result(self, result: CheckInResult) -> None:
        self.status.setText(checkin_text(result))
        self.status.setStyleSheet(f"color: {_COLOURS[result.outcome]};")
        if result.outcome is Outcome.AMBIGUOUS:
            self._show_choices(result.candidates)
            return
        self._show_choices([])
        if result.outcome is Outcome.CHECKED_IN and result.checkin is not None and result.attendee is not None:
            self.substitute.setChecked(False)
            assert self.meeting_id is not None
            command = CheckInCommand(self.context, self.meeting_id, result.attendee.name, result.checkin, self.desk)
            self.context.stack_for(self.meeting_id).push(command)  # redo() emits checkins_changed -> refresh
            self.context.messages.info(checkin_text(result))
        if result.outcome is not Outcome.NOT_FOUND:
            self.search.clear()
        else:
            self.search.selectAll()
        self.focus_search()

    def _show_choices(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        self.choices.clear()
        for number, candidate in enumerate(candidates, start=1):
            self.choices.addItem(f"{number}. {candidate.label()}")
        self.choices.setVisible(bool(candidates))
        if candidates:
            first_free = next((i for i, c in enumerate(candidates) if not c.checked_in), 0)
            self.choices.setCurrentRow(first_free)

    # --- undo and the chair's sentence ------------------------------------------------------------------

    def undo_last(self) -> None:
        """The visible undo button: take back this meeting's last check-in, and nothing else (a seat moved
        after it stays moved). When the check-in is the top of the meeting's undo stack it is undone there;
        otherwise its removal is pushed as a command of its own (Ctrl+Z brings it back)."""
        last = self.last_checkin
        if self.meeting_id is None or last is None:
            self.focus_search()
            return
        stack = self.context.stack_for(self.meeting_id)
        top = stack.command(stack.index() - 1) if stack.index() > 0 else None
        if isinstance(top, CheckInCommand) and top.checkin.attendee_id == last.checkin.attendee_id:
            stack.undo()
        else:
            stack.push(UndoCheckInCommand(self.context, self.meeting_id, last.attendee.name, last.checkin, self.desk))
        self.status.setText(self.tr("已撤销 %1 的签到").replace("%1", last.attendee.name))
        self.status.setStyleSheet("")
        self.focus_search()

    def undo_selected(self) -> None:
        """Take back the check-in selected in the recent list (an undoable command itself)."""
        rows = self.recent.selectionModel().selectedRows()
        if self.meeting_id is None or not rows:
            self.context.messages.info(self.tr("请先在“最近签到”中选择要撤销的签到"))
            self.focus_search()
            return
        item = self.recent_model.data(rows[0], Role.ITEM)
        command = UndoCheckInCommand(self.context, self.meeting_id, item.attendee.name, item.checkin, self.desk)
        self.context.stack_for(self.meeting_id).push(command)
        self.status.setText(self.tr("已撤销 %1 的签到").replace("%1", item.attendee.name))
        self.status.setStyleSheet("")
        self.focus_search()

    def add_walk_in(self) -> None:
        """临时增加: ask for the person (the name typed in the search box is offered), add them to the meeting
        and check them in; one undoable step."""
        if self.meeting_id is None:
            return
        try:
            units = list(dict.fromkeys(u.name for u in attendee_service.list_units(self.context.workspace)))
        except WorkspaceError as error:  # 临时增加 needs the server: the person is added to the list
            self.context.messages.error(self.tr("临时增加"), error)
            return
        typed = self.search.text().strip()
        person = AddAttendeeDialog.ask(units, self, walk_in=True, name=typed)
        if person is None:
            self.focus_search()
            return
        try:
            result = service.check_in_walk_in(
                self.context.workspace, self.meeting_id, person, self.backfill_at(), backfill=self.backfill.isChecked()
            )
        except (attendee_service.AttendeeInputError, LookupError, WorkspaceError) as error:
            self.context.messages.error(self.tr("临时增加"), error)
            return
        assert result.attendee is not None and result.checkin is not None
        command = WalkInCommand(self.context, self.meeting_id, result.attendee, result.checkin)
        self.context.stack_for(self.meeting_id).push(command)
        self.status.setText(checkin_text(result))
        self.status.setStyleSheet(f"color: {_COLOURS[result.outcome]};")
        self.context.messages.info(checkin_text(result))
        self.search.clear()
        self._show_choices([])
        self.focus_search()

    def copy_sentence(self) -> None:
        """Copy the chair's sentence (应到…实到…请假…缺席…) to the clipboard."""
        if self.sentence:
            QGuiApplication.clipboard().setText(self.sentence)
            self.context.messages.info(self.tr("已复制：%1").replace("%1", self.sentence))
        self.focus_search()

    # --- 断网: the offline desk, replay and the USB path ------------------------------------------------

    def _show_offline(self) -> None:
        """Show 离线，N 条待同步 while the desk works from its journal; keep trying the server meanwhile."""
        desk = self.desk
        pending = desk.pending() if desk is not None else 0
        offline = desk is not None and desk.offline
        if offline:
            self.offline_label.setText(
                self.tr("离线，%1 条待同步（服务器或网络中断，签到照常记在本机，恢复后自动同步）").replace(
                    "%1", str(pending)
                )
            )
        elif pending:
            self.offline_label.setText(self.tr("%1 条待同步").replace("%1", str(pending)))
        self.offline_label.setVisible(offline or bool(pending))
        if (offline or pending) and not self.retry_timer.isActive():
            self.retry_timer.start()

    def sync(self) -> None:
        """Try the server again and replay the journal (off the GUI thread); called by the retry timer."""
        desk = self.desk
        if desk is None or self._syncing:
            return
        if not desk.offline and desk.pending() == 0:
            self.retry_timer.stop()
            self._show_offline()
            return
        self._syncing = True
        run_in_background(self, lambda: (desk, desk.sync()), self._synced, self._sync_failed)

    def _synced(self, result: object) -> None:
        self._syncing = False
        assert isinstance(result, tuple)
        desk, report = result
        if not isinstance(desk, desk_service.CheckInDesk) or desk is not self.desk:
            return
        if not desk.offline and desk.pending() == 0:
            self.retry_timer.stop()
        if report is not None:
            self.context.messages.info(sync_text(report))
            self.status.setText(sync_text(report))
            self.status.setStyleSheet("")
        if not desk.offline:
            self.context.checkins_changed.emit(desk.meeting_id)  # the board and the other pages
        self._show_offline()

    def _sync_failed(self, message: str) -> None:
        self._syncing = False
        self.status.setText(message)
        self._show_offline()

    def _show_conflicts(self, conflicts: list[CheckInConflict]) -> None:
        self.conflicts.clear()
        for conflict in conflicts:
            text = self.tr("%1（%2）：保留 %3 %4，另有 %5 %6").replace("%1", conflict.name)
            text = text.replace("%2", conflict.unit or "-")
            text = text.replace("%3", conflict.kept_desk or "-").replace("%4", f"{conflict.kept_at:%H:%M:%S}")
            text = text.replace("%5", conflict.other_desk or "-").replace("%6", f"{conflict.other_at:%H:%M:%S}")
            self.conflicts.addItem(text)
        label = self.tr("重复签到（两台分别签到，保留最早时间）：%1 人").replace("%1", str(len(conflicts)))
        self.conflicts_label.setText(label)
        self.conflicts_label.setVisible(bool(conflicts))
        self.conflicts.setVisible(bool(conflicts))

    def ask_export_journal(self) -> None:
        """Save this desk's journal to a file (a USB stick) for another desk to merge."""
        name = f"签到日志-{self.context.desk_name}-{datetime.now():%Y%m%d-%H%M}.json"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出本台签到日志"), name, self.tr("签到日志 (*.json)"))
        if path:
            self.export_journal(Path(path))
        self.focus_search()

    def export_journal(self, path: Path) -> None:
        """Write every entry of this desk's journal to ``path``."""
        try:
            count = desk_service.export_journal(self.context.journal(), path, self.context.desk_name)
        except desk_service.JournalError as error:
            self.context.messages.error(self.tr("导出签到日志"), error)
            return
        self.context.messages.info(
            self.tr("已导出 %1 条签到记录到 %2").replace("%1", str(count)).replace("%2", str(path))
        )

    def ask_merge_journal(self) -> None:
        """Merge a journal file another desk exported."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("合并签到日志"), "", self.tr("签到日志 (*.json)"))
        if path:
            self.merge_journal(Path(path))
        self.focus_search()

    def merge_journal(self, path: Path) -> None:
        """Apply another desk's journal file: into the workspace now, or into this desk's journal while offline."""
        if self.desk is None:
            return
        try:
            report, queued = self.desk.merge_file(path)
        except (desk_service.JournalError, ServerUnreachable) as error:
            self.context.messages.error(self.tr("合并签到日志"), error)
            return
        if report is not None:
            self.context.messages.info(sync_text(report))
            self.status.setText(sync_text(report))
            self.context.checkins_changed.emit(self.desk.meeting_id)
        else:
            text = self.tr("离线：%1 条记录已收入本台日志，恢复连接后同步").replace("%1", str(queued))
            self.context.messages.info(text)
            self.status.setText(text)
        self.status.setStyleSheet("")
        self._show_offline()
