"""The main window: the workspace's meetings on the left, the open meeting's tabs on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.new_meeting import NewMeetingDialog
from meeting_planner.ui.dialogs.restore_dialog import RestoreDialog
from meeting_planner.ui.dialogs.unit_order_dialog import UnitOrderDialog
from meeting_planner.ui.meeting_page import MeetingPage
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.models.meeting_list_model import MeetingListModel
from meeting_planner.ui.models.meeting_list_model import Role as MeetingRole
from meeting_planner.ui.workers import run_in_background

# The storage layer and the services (SQLAlchemy, and what they load) are imported inside the methods that use
# them, and so are the dialogs that import them: the window shows before they are loaded.
if TYPE_CHECKING:
    from meeting_planner.errors import DamagedWorkspace
    from meeting_planner.services.changes import Changes
    from meeting_planner.services.meeting_file import Conflict
    from meeting_planner.services.workspace import Workspace

IMPORTABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
# How often the window asks the workspace whether another desk changed something (milliseconds).
POLL_MS = 3000
# Change-counter area -> the context signal the pages already follow.
_AREA_SIGNALS = {
    "meeting": "meetings_changed",
    "checklist": "checklist_changed",
    "attendees": "attendees_changed",
    "seating": "seating_changed",
    "checkins": "checkins_changed",
}
# The tabs that reload on each area's signal (an edit in progress on one of them holds that area back).
_AREA_PAGES = {
    "meeting": {"overview", "checklist", "attendance"},
    "checklist": {"checklist"},
    "attendees": {"attendees", "seating", "attendance"},
    "seating": {"seating"},
    "checkins": {"attendance"},
}


class MainWindow(QMainWindow):
    """Meeting Planner's main window over one workspace.

    Ctrl+N new meeting, Delete (in the list) removes it to the bin (after asking; 文件 → 回收站 brings it back),
    Ctrl+Z / Ctrl+Y undo and redo the shown meeting's edits (one undo stack per meeting), Alt+1..5 switch
    tabs. Excel/CSV files dropped on the window start the import wizard.
    """

    def __init__(
        self, workspace: Workspace | None = None, parent: QWidget | None = None, first_run: bool = True
    ) -> None:
        super().__init__(parent)
        self.messages = Messages(self)
        self.context = AppContext(None, self.messages, self)
        self.setWindowTitle(self.tr("会务筹备"))
        self.setAcceptDrops(True)
        self.meeting_model = MeetingListModel(self)
        self._first_run = first_run
        self.first_run_box: QMessageBox | None = None
        self.bin_dialog: QDialog | None = None
        self.print_dialog: QDialog | None = None
        # The change counters last seen (``None``: not read yet); a poll in flight is not started twice.
        self._seen_changes: dict[int, Changes] | None = None
        self._polling = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_changes)
        self._build_widgets()
        self._build_actions()
        self.messages.status_shown.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.context.meetings_changed.connect(self._meetings_changed)
        self.context.attendees_changed.connect(lambda _id: self.reload_meetings())
        self.context.checklist_changed.connect(lambda _id: self.reload_meetings())
        self._restore_geometry()
        if workspace is not None:
            self.attach_workspace(workspace)
        else:
            self.empty_page.setText(self.tr("正在打开工作区…"))
            self.new_action.setEnabled(False)

    def attach_workspace(self, workspace: Workspace) -> None:
        """Show ``workspace``: list its meetings, open the newest, and offer the example if it is empty."""
        self.context.attach_workspace(workspace)
        self.restore_action.setEnabled(workspace.path is not None)
        self.backup_action.setEnabled(workspace.path is not None)
        self.delete_template_action.setEnabled(True)
        if workspace.warning:
            QTimer.singleShot(0, lambda: self.messages.error(self.tr("备份未完成"), workspace.warning))
        self._update_title()
        self.empty_page.setText(self.tr("在左侧选择一个会议，或按 Ctrl+N 按模板新建会议。"))
        self.new_action.setEnabled(True)
        self.reload_meetings()
        self._seen_changes = None
        self.poll_timer.start()
        self.poll_changes()
        if self.meeting_model.rowCount() > 0:
            self.open_meeting(self.meeting_model.summary(0).id)
        elif self._first_run and not QSettings().value("first_run/declined", False, bool):
            QTimer.singleShot(0, self.offer_example)

    def open_workspace_in_background(self, value: str | None) -> None:
        """Open the workspace (import the storage layer, check, migrate, back up) off the GUI thread,
        then attach it here; a damaged one offers its backups, any other failure is shown and closes the window."""

        def work() -> Workspace | DamagedWorkspace:
            from meeting_planner.errors import DamagedWorkspace
            from meeting_planner.services.workspace import open_workspace

            try:
                return open_workspace(value)
            except DamagedWorkspace as error:  # not a failure: the window has a way on (restore a backup)
                return error

        def opened(result: Workspace | DamagedWorkspace) -> None:
            if isinstance(result, Exception):
                self._workspace_damaged(value, str(result))
            else:
                self.attach_workspace(result)

        run_in_background(self, work, opened, self._workspace_failed)

    # --- following other desks ------------------------------------------------------------------

    def set_poll_interval(self, milliseconds: int) -> None:
        """How often to look for other desks' changes (tests make it short)."""
        self.poll_timer.setInterval(milliseconds)

    def poll_changes(self) -> None:
        """Read the workspace's change counters off the GUI thread (a slow server never freezes the window);
        pages whose data another desk changed reload when the user is not in the middle of an edit."""
        if self._polling or not self.context.has_workspace:
            return
        from meeting_planner.services.changes import current_changes

        workspace = self.context.workspace
        self._polling = True
        run_in_background(
            self, lambda: (workspace, current_changes(workspace)), self._changes_read, self._changes_failed
        )

    def _changes_failed(self, message: str) -> None:
        self._polling = False
        self.server_label.setText(self.tr("数据库服务器无响应，正在重试…"))
        self.server_label.setToolTip(message)

    def _changes_read(self, result: object) -> None:
        from meeting_planner.services.changes import WORKSPACE_ROW, Changes

        self._polling = False
        self.server_label.clear()
        assert isinstance(result, tuple)
        workspace, now = result
        if not self.context.has_workspace or workspace is not self.context.workspace:
            return
        before = self._seen_changes
        if before is None:
            self._seen_changes = now
            return
        moved_meetings = {mid for mid in set(now) | set(before) if now.get(mid) != before.get(mid)}
        if not moved_meetings:
            return
        shown = self.meeting_page.meeting_id
        areas: set[str] = set()
        if shown is not None and shown in moved_meetings:
            areas = now.get(shown, Changes()).moved(before.get(shown, Changes()))
        if WORKSPACE_ROW in moved_meetings and shown is not None:
            areas.add("attendees")
        held = {area for area in areas if self.meeting_page.busy(_AREA_PAGES[area])}
        if held and shown is not None:
            # Not under the user's hands: these areas count as unseen and are tried again at the next poll.
            now = dict(now)
            old = before.get(shown, Changes())
            now[shown] = replace(now.get(shown, Changes()), **{area: getattr(old, area) for area in held})
            if "attendees" in held and WORKSPACE_ROW in before:
                now[WORKSPACE_ROW] = before[WORKSPACE_ROW]
            elif "attendees" in held:
                now.pop(WORKSPACE_ROW, None)
            areas -= held
        self._seen_changes = now
        if moved_meetings - {shown, WORKSPACE_ROW}:
            self.reload_meetings()  # another meeting was created, renamed or deleted
        assert shown is not None or not areas
        for area in sorted(areas):
            getattr(self.context, _AREA_SIGNALS[area]).emit(shown)

    def _workspace_failed(self, message: str) -> None:
        self.messages.error(self.tr("无法打开工作区"), message)
        self.close()

    def _workspace_damaged(self, value: str | None, message: str) -> None:
        """The workspace ``value`` is damaged: offer its backups; after a restore, open it again."""
        from meeting_planner.services.backups import workspace_file

        path = workspace_file(value)
        answer = QMessageBox.question(self, self.tr("工作区已损坏"), message + "\n\n" + self.tr("现在从备份恢复吗？"))
        if answer == QMessageBox.StandardButton.Yes and path is not None and self.restore_file(path):
            self.open_workspace_in_background(value)
            return
        self.close()

    # --- backups -------------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        """文件 → 从备份恢复…: choose a backup, save the current state as one, restore, reload."""
        if not self.context.has_workspace or self.context.workspace.path is None:
            return
        workspace = self.context.workspace
        path = workspace.path
        assert path is not None
        from meeting_planner.errors import WorkspaceError
        from meeting_planner.services.backups import backups_of
        from meeting_planner.services.workspace import open_workspace

        try:
            infos = backups_of(str(path))
        except (WorkspaceError, OSError) as error:
            self.messages.error(self.tr("无法从备份恢复"), error)
            return
        if not infos:
            self.messages.error(self.tr("无法从备份恢复"), self.tr("这个工作区还没有备份。"))
            return
        chosen = RestoreDialog.ask(self, infos)
        if chosen is None:
            return
        self.meeting_page.set_meeting(None)
        self.stack.setCurrentWidget(self.empty_page)
        self.context.undo_stack.clear()
        self.poll_timer.stop()
        workspace.close()
        restored = self.restore_file(path, chosen.path)
        try:
            reopened = open_workspace(str(path), backup=False)
        except WorkspaceError as error:
            self.messages.error(self.tr("无法打开工作区"), error)
            return
        self.attach_workspace(reopened)
        self.context.meetings_changed.emit(-1)
        if restored:
            self.messages.info(self.tr("已从备份恢复（%1）").replace("%1", f"{chosen.taken_at:%Y-%m-%d %H:%M:%S}"))

    def restore_file(self, path: Path, backup: Path | None = None) -> bool:
        """Restore the (closed) workspace file ``path`` from ``backup`` (asked for when ``None``)."""
        from meeting_planner.errors import WorkspaceError
        from meeting_planner.services.backups import backups_of, restore_workspace

        try:
            if backup is None:
                chosen = RestoreDialog.ask(self, backups_of(str(path)))
                if chosen is None:
                    return False
                backup = chosen.path
            restore_workspace(str(path), backup)
        except (WorkspaceError, OSError) as error:
            self.messages.error(self.tr("无法从备份恢复"), error)
            return False
        return True

    def backup_now(self) -> None:
        """文件 → 立即备份."""
        if not self.context.has_workspace or self.context.workspace.path is None:
            return
        from meeting_planner.errors import WorkspaceError
        from meeting_planner.services.workspace import make_backup

        try:
            target = make_backup(self.context.workspace.path)
        except WorkspaceError as error:
            self.messages.error(self.tr("备份未完成"), error)
            return
        self.messages.info(self.tr("已备份到 %1").replace("%1", str(target)))

    def delete_workspace_template(self) -> None:
        """文件 → 删除工作区模板…: also for a template that can no longer be read."""
        if not self.context.has_workspace:
            return
        from meeting_planner.services.templates import TemplateNotFound, delete_template, workspace_template_keys

        keys = workspace_template_keys(self.context.workspace)
        if not keys:
            self.messages.info(self.tr("工作区中没有自己保存的模板"))
            return
        key, ok = QInputDialog.getItem(self, self.tr("删除工作区模板"), self.tr("要删除的模板："), keys, 0, False)
        if not ok or not key:
            return
        try:
            delete_template(self.context.workspace, key)
        except (TemplateNotFound, OSError) as error:
            self.messages.error(self.tr("无法删除模板"), error)
            return
        self.messages.info(self.tr("已删除模板 %1").replace("%1", key))

    # --- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.meeting_list = QListView(self)
        self.meeting_list.setModel(self.meeting_model)
        self.meeting_list.setAlternatingRowColors(True)
        self.meeting_list.setSpacing(2)
        self.meeting_list.selectionModel().currentChanged.connect(self._current_meeting_changed)
        self.meeting_page = MeetingPage(self.context, self)
        self.empty_page = QLabel(self.tr("在左侧选择一个会议，或按 Ctrl+N 按模板新建会议。"), self)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.meeting_page)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("会议"), left))
        left_layout.addWidget(self.meeting_list)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.setCentralWidget(splitter)
        self.server_label = QLabel(self)
        self.server_label.setStyleSheet("color: #c62828;")
        self.statusBar().addPermanentWidget(self.server_label)
        self.resize(1200, 760)

    def _build_actions(self) -> None:
        group = self.context.undo_group
        self.new_action = QAction(self.tr("新建会议(&N)…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_meeting)
        self.delete_action = QAction(self.tr("删除会议(&D)"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.meeting_list.addAction(self.delete_action)
        self.delete_action.triggered.connect(self.delete_current_meeting)
        self.bin_action = QAction(self.tr("回收站(&B)…"), self)
        self.bin_action.triggered.connect(self.show_bin)
        self.print_action = QAction(self.tr("打印/导出(&P)…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("会议的所有打印件和导出文件：状态、预览、写出和打印"))
        self.print_action.triggered.connect(self.show_print_centre)
        self.kit_action = QAction(self.tr("应急包(&K)…"), self)
        self.kit_action.setToolTip(
            self.tr("停电、断网时用：所有打印件、统计表、通讯录、预案和分台签到表写到一个文件夹（如U盘）")
        )
        self.kit_action.triggered.connect(self.write_kit)
        self.export_meeting_action = QAction(self.tr("导出会议文件(&E)…"), self)
        self.export_meeting_action.setToolTip(
            self.tr("把会议连同人员、座次、场地、签到和打印记录写到一个文件，用U盘带到另一台电脑（内网/外网）")
        )
        self.export_meeting_action.triggered.connect(self.export_meeting_file)
        self.import_meeting_action = QAction(self.tr("导入会议文件(&I)…"), self)
        self.import_meeting_action.setToolTip(self.tr("把另一台电脑导出的会议文件作为新会议加入本工作区"))
        self.import_meeting_action.triggered.connect(self.import_meeting_file)
        self.undo_action = group.createUndoAction(self, self.tr("撤销"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = group.createRedoAction(self, self.tr("重做"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.quit_action = QAction(self.tr("退出(&Q)"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.backup_action = QAction(self.tr("立即备份(&B)"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(self.tr("从备份恢复(&R)…"), self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.delete_template_action = QAction(self.tr("删除工作区模板…"), self)
        self.delete_template_action.triggered.connect(self.delete_workspace_template)
        for action in (self.backup_action, self.restore_action, self.delete_template_action):
            action.setEnabled(False)

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.delete_action)
        file_menu.addAction(self.bin_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.kit_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_meeting_action)
        file_menu.addAction(self.import_meeting_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.delete_template_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.unit_order_action = edit_menu.addAction(self.tr("单位排序(&U)…"), self.edit_unit_order)
        self.readiness_action = edit_menu.addAction(self.tr("会前检查(&R)…"), self.check_readiness)
        self.readiness_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        language_menu = self.menuBar().addMenu(self.tr("语言(&L)"))
        for code, name in (("zh_CN", "简体中文"), ("en", "English")):
            action = language_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.tr("关于会务筹备"), self._about)

        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.print_action)
        self.addToolBar(toolbar)

    def write_kit(self) -> None:
        """应急包: ask for a folder (e.g. a USB stick) and the number of check-in desks, then write it off the
        GUI thread and say where it went."""
        from meeting_planner.services.emergency_kit import MAX_DESKS, write_emergency_kit

        meeting_id = self.meeting_page.meeting_id
        if meeting_id is None:
            self.messages.info(self.tr("请先在左侧选择一个会议"))
            return
        self.meeting_page.commit_pending()
        place = QFileDialog.getExistingDirectory(self, self.tr("应急包放在哪个文件夹（如U盘）？"))
        if not place:
            return
        desks = self.messages.ask_number(
            self.tr("应急包"), self.tr("有几个签到台？每台打印一份本台单位的签到表。"), default=1, maximum=MAX_DESKS
        )
        if desks is None:
            return
        workspace = self.context.workspace
        self.messages.info(self.tr("正在生成应急包…"))

        def done(result: object) -> None:
            folder = getattr(result, "folder", "")
            skipped = getattr(result, "skipped", [])
            text = self.tr("应急包已写到 %1").replace("%1", str(folder))
            if skipped:
                text += self.tr("（%1 项未能生成，见其中的 说明.txt）").replace("%1", str(len(skipped)))
            self.messages.info(text)

        run_in_background(
            self,
            lambda: write_emergency_kit(workspace, meeting_id, Path(place), desks=max(1, desks)),
            done,
            label=self.tr("应急包"),
        )

    def show_print_centre(self) -> None:
        """文件 → 打印/导出… (Ctrl+P) for the shown meeting."""
        from meeting_planner.ui.dialogs.print_centre import PrintCentreDialog

        meeting_id = self.meeting_page.meeting_id
        if meeting_id is None:
            self.messages.info(self.tr("请先在左侧选择一个会议"))
            return
        self.meeting_page.commit_pending()
        dialog = PrintCentreDialog(self.context, meeting_id, self)
        self.print_dialog = dialog
        dialog.exec()
        self.print_dialog = None

    def _progress_dialog(self, text: str) -> tuple[QProgressDialog, Callable[[int, int], None]]:
        """A progress dialog for a background task and the ``progress(done, total)`` that moves its bar (called
        on the GUI thread by ``run_in_background``)."""
        dialog = QProgressDialog(text, "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def show(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        return dialog, show

    def export_meeting_file(self) -> None:
        """导出会议文件: ask where (the meeting's folder, file named after it), write it off the GUI thread with a
        progress bar, then say what it holds."""
        from meeting_planner.services.meeting_file import SUFFIX, ExportedMeeting, export_meeting
        from meeting_planner.ui.output_paths import ask_save_path
        from meeting_planner.ui.workers import run_in_background

        meeting_id = self.meeting_page.meeting_id
        if meeting_id is None:
            self.messages.info(self.tr("请先在左侧选择一个会议"))
            return
        self.meeting_page.commit_pending()
        path = ask_save_path(
            self, self.context, meeting_id, self.tr("会议文件"), SUFFIX, self.tr("会议文件 (*%1)").replace("%1", SUFFIX)
        )
        if path is None:
            return
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        workspace = self.context.workspace
        dialog, progress = self._progress_dialog(self.tr("正在导出会议文件…"))

        def done(result: object) -> None:
            from meeting_planner.ui.wording import exported_text

            dialog.close()
            assert isinstance(result, ExportedMeeting)
            self.messages.info(exported_text(result))

        def failed(message: str) -> None:
            dialog.close()
            self.messages.error(self.tr("导出会议文件"), message)

        run_in_background(
            self,
            lambda report: export_meeting(workspace, meeting_id, path, progress=report),
            done,
            failed,
            progress=progress,
        )

    def import_meeting_file(self) -> None:
        """导入会议文件: choose the file, then ``import_meeting_from``."""
        from PySide6.QtWidgets import QFileDialog

        from meeting_planner.services.meeting_file import SUFFIX

        if not self.context.has_workspace:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("导入会议文件"),
            "",
            self.tr("会议文件 (*%1)").replace("%1", SUFFIX) + ";;" + self.tr("所有文件 (*)"),
        )
        if chosen:
            self.import_meeting_from(Path(chosen))

    def import_meeting_from(self, path: Path) -> None:
        """Read and import the meeting file off the GUI thread (one transaction); when the workspace already
        holds the meeting, ask whether to add it as a new meeting or replace the one here (it goes to the bin)."""
        from meeting_planner.services.meeting_file import Conflict

        self._run_import(path, Conflict.REFUSE)

    def _run_import(self, path: Path, conflict: Conflict) -> None:
        from meeting_planner.services.meeting_file import Conflict, ImportedMeeting, MeetingAlreadyThere, import_meeting
        from meeting_planner.ui.wording import imported_text
        from meeting_planner.ui.workers import run_in_background

        workspace = self.context.workspace
        dialog, progress = self._progress_dialog(self.tr("正在导入会议文件…"))

        def work(report: Callable[[int, int], None]) -> object:
            try:
                return import_meeting(workspace, path, conflict=conflict, progress=report)
            except MeetingAlreadyThere as error:
                return error  # not a failure: the user is asked what to do

        def done(result: object) -> None:
            dialog.close()
            if isinstance(result, MeetingAlreadyThere):
                choice = self.messages.choose(
                    self.tr("导入会议文件"),
                    str(result) + "\n\n" + self.tr("要怎样导入？"),
                    [self.tr("另存为新会议"), self.tr("替换本工作区中的这场会议（原会议移入回收站）")],
                )
                if choice is not None:
                    self._run_import(path, Conflict.COPY if choice == 0 else Conflict.REPLACE)
                return
            assert isinstance(result, ImportedMeeting)
            self.context.meetings_changed.emit(result.meeting_id)  # lists and shows it
            self.messages.info(imported_text(result))

        def failed(message: str) -> None:
            dialog.close()
            self.messages.error(self.tr("导入会议文件"), message)

        run_in_background(self, work, done, failed, progress=progress)

    def check_readiness(self) -> None:
        """Open 会前检查 for the shown meeting."""
        from meeting_planner.ui.dialogs.readiness_dialog import ReadinessDialog

        meeting_id = self.meeting_page.meeting_id
        if meeting_id is None:
            self.messages.info(self.tr("请先在左侧选择一个会议"))
            return
        self.meeting_page.commit_pending()
        ReadinessDialog(self.context, meeting_id, self).exec()

    def edit_unit_order(self) -> None:
        """Open the 单位排序 dialog; an accepted change is one undoable step."""
        from meeting_planner.services import attendees as attendee_service
        from meeting_planner.ui.attendee_commands import UnitOrderCommand

        units = attendee_service.list_units(self.context.workspace)
        before = [unit.name for unit in units if unit.order > 0]
        dialog = UnitOrderDialog([unit.name for unit in units], bool(before), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.ordered_units()
        if after != before:
            self.context.undo_stack.push(UnitOrderCommand(self.context, before, after, self.meeting_page.meeting_id))

    # --- meetings ------------------------------------------------------------------------------

    def reload_meetings(self) -> None:
        """Re-read the meeting list, keeping the current meeting selected."""
        if not self.context.has_workspace:
            return
        from meeting_planner.services import meetings as service

        current = self.meeting_page.meeting_id
        self.meeting_list.selectionModel().blockSignals(True)
        self.meeting_model.set_meetings(service.list_meetings(self.context.workspace))
        row = self.meeting_model.row_of(current) if current is not None else -1
        if row >= 0:
            index = self.meeting_model.index(row)
            self.meeting_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.meeting_list.selectionModel().blockSignals(False)

    def _meetings_changed(self, meeting_id: int) -> None:
        self.reload_meetings()
        self._update_title()
        if self.meeting_model.row_of(meeting_id) >= 0:
            if self.meeting_page.meeting_id != meeting_id:
                self.open_meeting(meeting_id)
        elif self.meeting_page.meeting_id == meeting_id:
            self.open_meeting(self.meeting_model.summary(0).id if self.meeting_model.rowCount() else None)

    def _current_meeting_changed(self) -> None:
        index = self.meeting_list.currentIndex()
        if index.isValid():
            self.open_meeting(index.data(MeetingRole.MEETING_ID))

    def open_meeting(self, meeting_id: int | None) -> None:
        """Show a meeting's tabs (``None``: the empty hint)."""
        self.context.set_current_meeting(meeting_id)
        if meeting_id is None:
            self.meeting_page.set_meeting(None)
            self.stack.setCurrentWidget(self.empty_page)
            self._update_title()
            return
        if self.meeting_page.meeting_id != meeting_id:
            self.meeting_page.set_meeting(meeting_id)
        self._update_title()
        self.stack.setCurrentWidget(self.meeting_page)
        row = self.meeting_model.row_of(meeting_id)
        if row >= 0 and self.meeting_list.currentIndex().row() != row:
            self.meeting_list.selectionModel().blockSignals(True)
            self.meeting_list.setCurrentIndex(self.meeting_model.index(row))
            self.meeting_list.selectionModel().blockSignals(False)

    def new_meeting(self) -> None:
        """Ask for a new meeting and create it from the chosen template (undoable)."""
        from meeting_planner.services.templates import list_templates
        from meeting_planner.ui.commands import CreateMeetingCommand

        problems: list[str] = []
        templates = list_templates(self.context.workspace, problems)
        if problems:  # an unreadable template is left out, never fatal to the others
            self.messages.info("；".join(problems))
        request = NewMeetingDialog.ask(self, templates)
        if request is None:
            return
        command = CreateMeetingCommand(self.context, request.as_kwargs())
        try:
            self.context.workspace_stack.push(command)
        except (LookupError, ValueError) as error:
            self.messages.error(self.tr("无法新建会议"), error)
            return
        if command.meeting_id is not None:
            self.open_meeting(command.meeting_id)
            self.messages.info(self.tr("已新建会议“%1”").replace("%1", request.title))

    def delete_current_meeting(self) -> None:
        """Ask, then move the selected meeting to the bin (文件 → 回收站 brings it back)."""
        index = self.meeting_list.currentIndex()
        if not index.isValid():
            return
        from meeting_planner.ui.commands import DeleteMeetingCommand

        summary = self.meeting_model.summary(index.row())
        question = self.tr(
            "确定删除会议“%1”吗？\n\n它的清单、参会人员、座次和签到记录一起移入回收站，"
            "30 天内可在 文件 → 回收站 中恢复。"
        ).replace("%1", summary.title)
        if not self.messages.confirm(self.tr("删除会议"), question):
            return
        self.context.workspace_stack.push(DeleteMeetingCommand(self.context, summary.id, summary.title))
        self.messages.info(self.tr("已删除“%1”，可在 文件 → 回收站 中恢复").replace("%1", summary.title))

    def show_bin(self) -> None:
        """The 回收站: meetings deleted in the last 30 days, each can be restored."""
        if not self.context.has_workspace:
            return
        from meeting_planner.ui.dialogs.bin_dialog import BinDialog

        dialog = BinDialog(self.context, self)
        self.bin_dialog = dialog
        dialog.exec()
        self.bin_dialog = None

    def _update_title(self) -> None:
        """“<meeting> — 会务筹备 — <workspace file>”."""
        parts = [self.tr("会务筹备")]
        if self.context.has_workspace:
            workspace = self.context.workspace
            parts.append(workspace.path.name if workspace.path is not None else workspace.describe())
            meeting_id = self.meeting_page.meeting_id
            row = self.meeting_model.row_of(meeting_id) if meeting_id is not None else -1
            if row >= 0:
                parts.insert(0, self.meeting_model.summary(row).title)
        self.setWindowTitle(" — ".join(parts))

    # --- first run ------------------------------------------------------------------------------

    def offer_example(self) -> None:
        """With an empty workspace, offer to create the example meeting (a newcomer can click through it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("欢迎使用会务筹备"),
            self.tr(
                "工作区里还没有会议。\n\n要创建一个示例会议吗？它是一次约120人的全体大会：有主席台和场下座次、"
                "部分完成的会务清单和一些签到记录，可以逐个标签页看看。示例可随时删除。"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("创建示例会议"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("从空白开始"))
        box.finished.connect(self._example_answered)
        self.first_run_box = box
        box.open()

    def _example_answered(self, result: int) -> None:
        self.first_run_box = None
        if result != QMessageBox.StandardButton.Yes:
            QSettings().setValue("first_run/declined", True)
            return
        self.create_example()

    def create_example(self) -> None:
        """Build the example meeting, showing progress, and open it."""
        from meeting_planner.services.example import build_example

        dialog = QProgressDialog(self.tr("正在创建示例会议…"), "", 0, 5, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QApplication.processEvents()

        try:
            summary = build_example(self.context.workspace, progress=progress)
        except (LookupError, ValueError, OSError) as error:
            self.messages.error(self.tr("无法创建示例会议"), error)
            return
        finally:
            dialog.close()
        self.reload_meetings()
        self.open_meeting(summary.meeting_id)
        self.messages.info(self.tr("已创建示例会议，可在各标签页中查看"))

    # --- drag and drop -------------------------------------------------------------------------

    @staticmethod
    def _importable(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORTABLE_SUFFIXES:
                return path
        return None

    @staticmethod
    def _meeting_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
        """A dropped meeting file (.mpz), imported as a new meeting."""
        from meeting_planner.services.meeting_file import SUFFIX

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return next((Path(url.toLocalFile()) for url in urls if url.toLocalFile().lower().endswith(SUFFIX)), None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        meeting_file = self.context.has_workspace and self._meeting_file(event) is not None
        attendee_list = self._importable(event) is not None and self.meeting_page.meeting_id is not None
        if meeting_file or attendee_list:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        meeting_file = self._meeting_file(event)
        if meeting_file is not None and self.context.has_workspace:
            event.acceptProposedAction()
            self.import_meeting_from(meeting_file)
            return
        path = self._importable(event)
        if path is None or self.meeting_page.meeting_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.start_import(path)

    def start_import(self, path: Path) -> None:
        """Open the attendees tab and start the import wizard on ``path``."""
        self.meeting_page.show_page("attendees").start_import(path)

    # --- misc ----------------------------------------------------------------------------------

    def _choose_language(self, code: str) -> None:
        QSettings().setValue("ui/language", code)
        self.messages.info(self.tr("界面语言将在重新打开程序后切换。"))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于会务筹备"),
            self.tr(
                "会务筹备 Meeting Planner\n会议清单、参会人员、座次、打印与签到，全部离线工作。\n工作区：%1"
            ).replace("%1", self.context.workspace.describe()),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poll_timer.stop()
        self.meeting_page.commit_pending()
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
