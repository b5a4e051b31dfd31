"""打印/导出: every printout and export of the meeting in one list, with options, status and actions.

Each row (from ``services.printouts.PRINTOUTS``) shows its options, whether it was printed and whether the data
changed since (从未打印 / 已打印 于 … / 已过期：…), and 写出 · 打开 · 文件夹 · 预览 · 打印. Files go to the meeting's
remembered folder (``ui/output_paths.py``) named ``<会议名>-<打印件>``. Writing, preview pages and printing run one
at a time off the GUI thread through ``ui/workers.py``; 全部写出 writes them one after another with progress.
``print_to(key, printer)`` prints without the print dialog (tests give it a QPrinter writing a PDF).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.services import printouts
from meeting_planner.services.meetings import get_meeting
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.output_paths import meeting_folder, remember_folder
from meeting_planner.ui.wording import options_text, status_text
from meeting_planner.ui.workers import run_in_background

# Colours of the status column.
STATE_COLOURS = {
    printouts.State.NEVER: "#757575",
    printouts.State.PRINTED: "#2e7d32",
    printouts.State.STALE: "#c62828",
    printouts.State.UNAVAILABLE: "#9e9e9e",
}
# Width of the rendered preview page, in pixels.
PREVIEW_WIDTH = 340

_STYLE = """
QTreeWidget { border: 1px solid #d0d7de; background: #ffffff; alternate-background-color: #f7f9fb; }
QTreeWidget::item { padding: 3px 0; }
QHeaderView::section { background: #eef2f6; border: none; border-bottom: 1px solid #d0d7de; padding: 5px 6px;
                       font-weight: bold; color: #37474f; }
QToolButton[link="true"] { color: #1565c0; border: none; padding: 1px 3px; }
QToolButton[link="true"]:hover { color: #0d47a1; text-decoration: underline; }
QToolButton[link="true"]:disabled { color: #b0bec5; }
QFrame#previewPanel { background: #eceff1; border: 1px solid #d0d7de; }
QScrollArea, QScrollArea > QWidget > QWidget { background: #eceff1; }
QLabel#previewPage { background: #ffffff; border: 1px solid #b0bec5; }
QLabel#heading { font-size: 15pt; font-weight: bold; color: #263238; }
QLabel#subheading { color: #607d8b; }
QLabel#folder { color: #37474f; background: #f5f7f9; border: 1px solid #d0d7de; border-radius: 3px; padding: 3px 6px; }
"""


class PrintCentreDialog(QDialog):
    """The meeting's print and export centre.

    Signals:
        statuses_shown(): the status column was filled from the workspace.
        written(str): a printout was written to the path.
        all_written(int, int): 全部写出 finished: files written, printouts that could not be made.
        preview_shown(int, int): the preview shows page (1-based) of count.
        printed(str, int): printout ``key`` went to the printer, that many pages.
    """

    statuses_shown = Signal()
    written = Signal(str)
    all_written = Signal(int, int)
    preview_shown = Signal(int, int)
    printed = Signal(str, int)

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.title = get_meeting(context.workspace, meeting_id).title
        self.folder = meeting_folder(context, meeting_id, self.title)
        self.statuses: dict[str, printouts.PrintStatus] = {}
        self.combos: dict[str, dict[str, QComboBox]] = {}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.buttons: dict[str, dict[str, QToolButton]] = {}
        self.busy = ""
        self._queue: list[str] = []
        self._batch: tuple[int, int, list[str]] = (0, 0, [])
        self._preview: tuple[str, Path, int, int] | None = None
        self._temporary = QTemporaryDir()
        self.setWindowTitle(self.tr("打印/导出 — %1").replace("%1", self.title))
        self.setStyleSheet(_STYLE)
        self.resize(1280, 720)
        self._build()
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addLayout(self._build_header())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([860, PREVIEW_WIDTH + 40])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_footer())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        heading = QLabel(self.tr("打印/导出"), self)
        heading.setObjectName("heading")
        sub = QLabel(self.title, self)
        sub.setObjectName("subheading")
        titles.addWidget(heading)
        titles.addWidget(sub)
        row.addLayout(titles)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("保存到："), self))
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("folder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setMaximumWidth(520)
        row.addWidget(self.folder_label)
        change = QPushButton(self.tr("更改…"), self)
        self.folder_label.setFixedHeight(change.sizeHint().height())
        change.clicked.connect(self.choose_folder)
        row.addWidget(change)
        opener = QPushButton(self.tr("打开文件夹"), self)
        opener.clicked.connect(self.open_folder)
        row.addWidget(opener)
        self._show_folder()
        return row

    def _build_list(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        self.tree = tree
        tree.setColumnCount(4)
        tree.setHeaderLabels([self.tr("打印件"), self.tr("选项"), self.tr("状态"), self.tr("操作")])
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setIndentation(0)
        tree.setUniformRowHeights(False)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        group_font = QFont(tree.font())
        group_font.setBold(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for item in printouts.PRINTOUTS:
            group = groups.get(item.group)
            if group is None:
                group = QTreeWidgetItem(tree, [self._tr_text(item.group)])
                group.setFirstColumnSpanned(True)
                group.setFont(0, group_font)
                group.setForeground(0, QBrush(QColor("#455a64")))
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setExpanded(True)
                groups[item.group] = group
            row = QTreeWidgetItem(group, [self._tr_text(item.label), "", self.tr("读取中…"), ""])
            row.setData(0, Qt.ItemDataRole.UserRole, item.key)
            row.setSizeHint(0, QSize(0, 30))
            suffix = {".pdf": "PDF", ".docx": "Word", ".xlsx": "Excel"}[item.suffix]
            hint = self.tr("%1　%2").replace("%1", self._tr_text(item.hint)).replace("%2", suffix)
            row.setToolTip(0, hint if item.hint else suffix)
            self.items[item.key] = row
            tree.setItemWidget(row, 1, self._options_widget(item))
            tree.setItemWidget(row, 3, self._actions_widget(item))
        tree.expandAll()
        widest = max(tree.fontMetrics().horizontalAdvance(self._tr_text(p.label)) for p in printouts.PRINTOUTS)
        header.resizeSection(0, widest + 28)
        tree.currentItemChanged.connect(lambda current, _previous: self._selected(current))
        return tree

    def _options_widget(self, item: printouts.Printout) -> QWidget:
        box = QWidget(self.tree)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 1, 6, 1)
        layout.setSpacing(4)
        self.combos[item.key] = {}
        for option in item.options:
            combo = QComboBox(box)
            for value, label in option.choices:
                combo.addItem(self._tr_text(label), value)
            combo.setToolTip(self._tr_text(option.label))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(combo)
            self.combos[item.key][option.key] = combo
        if not item.options:
            none = QLabel("—", box)
            none.setStyleSheet("color: #b0bec5;")
            layout.addWidget(none)
        layout.addStretch(1)
        return box

    def _actions_widget(self, item: printouts.Printout) -> QWidget:
        box = QWidget(self.tree)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(0)
        pdf = item.suffix == ".pdf"
        actions: list[tuple[str, str, Callable[[str], None], bool]] = [
            ("write", self.tr("写出"), self.write, True),
            ("open", self.tr("打开"), self.open_file, True),
            ("folder", self.tr("文件夹"), lambda _key: self.open_folder(), True),
            ("preview", self.tr("预览"), self.preview, pdf),
            ("print", self.tr("打印"), self.ask_and_print, pdf),
        ]
        self.buttons[item.key] = {}
        for name, text, slot, enabled in actions:
            button = QToolButton(box)
            button.setText(text)
            button.setProperty("link", True)
            button.setAutoRaise(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setEnabled(enabled)
            if not enabled:
                button.setToolTip(self.tr("Word、Excel 文件请写出后用“打开”查看和打印"))
            button.clicked.connect(partial(slot, item.key))
            layout.addWidget(button)
            self.buttons[item.key][name] = button
        return box

    def _build_preview(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("previewPanel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 8, 10, 8)
        self.preview_title = QLabel(self.tr("预览"), panel)
        self.preview_title.setStyleSheet("font-weight: bold; color: #37474f;")
        layout.addWidget(self.preview_title)
        self.page_label = QLabel(panel)
        self.page_label.setObjectName("previewPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 1.2))
        self.page_label.setText(self.tr("选中一项，点“预览”查看第 1 页"))
        self.page_label.setStyleSheet("color: #90a4ae;")
        scroll = QScrollArea(panel)
        scroll.setWidget(self.page_label)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("‹ 上一页"), panel)
        self.next_button = QPushButton(self.tr("下一页 ›"), panel)
        self.page_number = QLabel(panel)
        self.page_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button.clicked.connect(lambda: self.show_page(-1))
        self.next_button.clicked.connect(lambda: self.show_page(+1))
        nav.addWidget(self.previous_button)
        nav.addWidget(self.page_number, 1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self._update_navigation()
        return panel

    def _build_footer(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet("color: #546e7a;")
        row.addWidget(self.progress)
        row.addWidget(self.state_label, 1)
        self.all_button = QPushButton(self.tr("全部写出"), self)
        self.all_button.setDefault(True)
        self.all_button.setToolTip(self.tr("把所有打印件写到保存位置（桌签写全部）"))
        self.all_button.clicked.connect(self.write_all)
        refresh = QPushButton(self.tr("刷新状态 (F5)"), self)
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        for button in (self.all_button, refresh, close):
            row.addWidget(button)
        return row

    @staticmethod
    def _tr_text(text: str) -> str:
        """Registry labels are data from the services; they go through the translator under their own context."""
        return QCoreApplication.translate("Printouts", text)

    # --- status -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read every printout's status again (off the GUI thread)."""
        workspace, meeting_id = self.context.workspace, self.meeting_id
        run_in_background(
            self, lambda: printouts.printout_statuses(workspace, meeting_id), self._show_statuses, self._status_failed
        )

    def _show_statuses(self, result: object) -> None:
        assert isinstance(result, dict)
        self.statuses = result
        for key, status in self.statuses.items():
            row = self.items[key]
            text = status_text(status)
            row.setText(2, text)
            row.setForeground(2, QBrush(QColor(STATE_COLOURS[status.state])))
            if status.options:
                text += "\n" + self.tr("选项：%1").replace("%1", options_text(status.options))
            tip = text
            path = self.path_for(key)
            if path.exists():
                tip += "\n" + str(path)
            row.setToolTip(2, tip)
            for name in ("write", "preview", "print"):
                button = self.buttons[key][name]
                pdf = printouts.BY_KEY[key].suffix == ".pdf"
                button.setEnabled(status.state is not printouts.State.UNAVAILABLE and (name == "write" or pdf))
        self.statuses_shown.emit()

    def _status_failed(self, message: str) -> None:
        self.state_label.setText(message)

    # --- files ------------------------------------------------------------------------------------

    def options_for(self, key: str) -> dict[str, str]:
        """The options chosen in ``key``'s row."""
        return {name: str(combo.currentData()) for name, combo in self.combos[key].items()}

    def set_option(self, key: str, option: str, value: str) -> None:
        """Choose ``value`` for ``option`` in ``key``'s row."""
        combo = self.combos[key][option]
        combo.setCurrentIndex(combo.findData(value))

    def path_for(self, key: str) -> Path:
        """Where ``key`` is written: ``<folder>/<会议名>-<打印件><suffix>``."""
        return printouts.BY_KEY[key].file_for(self.folder, self.title)

    def _show_folder(self) -> None:
        text = str(self.folder)
        metrics = self.folder_label.fontMetrics()
        self.folder_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 500))
        self.folder_label.setToolTip(text)

    def set_folder(self, folder: Path) -> None:
        """Write to ``folder`` from now on (remembered for the meeting)."""
        self.folder = folder
        remember_folder(self.context, self.meeting_id, folder)
        self._show_folder()
        self.refresh()

    def choose_folder(self) -> None:
        """Ask for another folder (e.g. a USB stick)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("保存到哪个文件夹？"), str(self.folder))
        if chosen:
            self.set_folder(Path(chosen))

    def open_folder(self) -> None:
        """Show the folder in the file manager."""
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    def open_file(self, key: str) -> None:
        """Open the written file in its program (PDF viewer, WPS/Word, Excel)."""
        path = self.path_for(key)
        if not path.exists():
            self.state_label.setText(self.tr("“%1”还没有写出，请先点“写出”").replace("%1", path.name))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # --- background work, one at a time -----------------------------------------------------------

    def _start(self, what: str, work: Callable[[], object], done: Callable[[object], None]) -> bool:
        if self.busy:
            self.state_label.setText(self.tr("请等“%1”完成").replace("%1", self.busy))
            return False
        self.busy = what
        self.all_button.setEnabled(False)
        self.state_label.setText(what)
        if not self._queue:
            self.progress.setRange(0, 0)
            self.progress.show()
        run_in_background(self, work, partial(self._finished, done), self._failed)
        return True

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self.busy = ""
        done(result)
        if not self.busy:
            self._idle()

    def _failed(self, message: str) -> None:
        self.busy = ""
        if self._queue or self._batch[1]:
            self._batch[2].append(message)
            self._next_in_batch()
            return
        self._idle()
        self.state_label.setText(self.tr("未完成：%1").replace("%1", message.splitlines()[0]))
        self.context.messages.error(self.tr("打印/导出"), message)

    def _idle(self) -> None:
        self.progress.hide()
        self.all_button.setEnabled(True)

    def _write_work(self, key: str, path: Path, record: bool = True) -> Callable[[], object]:
        workspace, meeting_id, options = self.context.workspace, self.meeting_id, self.options_for(key)

        def work() -> object:
            path.parent.mkdir(parents=True, exist_ok=True)
            return printouts.write_printout(workspace, meeting_id, key, path, options, record=record)

        return work

    def write(self, key: str) -> None:
        """写出: write ``key`` into the folder with its chosen options."""
        label = self._tr_text(printouts.BY_KEY[key].label)
        self._start(
            self.tr("正在写出 %1…").replace("%1", label), self._write_work(key, self.path_for(key)), self._wrote
        )

    def _wrote(self, result: object) -> None:
        assert isinstance(result, printouts.Written)
        if self._queue or self._batch[1]:
            self._batch = (self._batch[0] + 1, self._batch[1], self._batch[2])
            self.written.emit(str(result.path))
            self._next_in_batch()
            return
        self.state_label.setText(self.tr("已写出：%1").replace("%1", str(result.path)))
        self.context.messages.info(self.tr("已写出 %1").replace("%1", result.path.name))
        self.written.emit(str(result.path))
        self.refresh()

    def write_all(self) -> None:
        """全部写出: every printout (all cards, not only the changed ones) one after another, with progress."""
        if self.busy:
            return
        keys = [item.key for item in printouts.PRINTOUTS if item.key != "table-cards-changed"]
        keys = [
            k for k in keys if self.statuses.get(k) is None or self.statuses[k].state is not printouts.State.UNAVAILABLE
        ]
        self._queue = keys
        self._batch = (0, len(keys), [])
        self.progress.setRange(0, len(keys))
        self.progress.setValue(0)
        self.progress.show()
        self._next_in_batch()

    def _next_in_batch(self) -> None:
        written, total, failures = self._batch
        self.progress.setValue(total - len(self._queue))
        if not self._queue:
            self._batch = (0, 0, [])
            self._idle()
            text = self.tr("已写出 %1 个文件到 %2").replace("%1", str(written)).replace("%2", str(self.folder))
            if failures:
                text += self.tr("；%1 项未能生成").replace("%1", str(len(failures)))
                self.context.messages.error(self.tr("部分打印件未能生成"), "\n".join(failures))
            self.state_label.setText(text)
            self.context.messages.info(text)
            self.all_written.emit(written, len(failures))
            self.refresh()
            return
        key = self._queue.pop(0)
        label = self._tr_text(printouts.BY_KEY[key].label)
        self.progress.setFormat("%v/%m")
        what = self.tr("正在写出 %1/%2：%3").replace("%1", str(total - len(self._queue))).replace("%2", str(total))
        self._start(what.replace("%3", label), self._write_work(key, self.path_for(key)), self._wrote)

    # --- preview ----------------------------------------------------------------------------------

    def preview(self, key: str, page: int = 0) -> None:
        """预览: render page ``page`` (0-based) of ``key`` as it would be written now (not recorded as printed)."""
        path = Path(self._temporary.path()) / f"{key}.pdf"
        write = self._write_work(key, path, record=False)
        width = PREVIEW_WIDTH * max(1, round(self.devicePixelRatioF()))

        def work() -> object:
            from meeting_planner.ui.pdf_pages import render_page

            write()
            return render_page(path, page, width)

        label = self._tr_text(printouts.BY_KEY[key].label)
        self._preview = (key, path, page, 0)
        self._start(self.tr("正在生成预览：%1…").replace("%1", label), work, self._previewed)

    def show_page(self, step: int) -> None:
        """Show the previous (-1) or next (+1) page of the preview."""
        if self._preview is None or self.busy:
            return
        key, path, page, count = self._preview
        target = max(0, min(count - 1, page + step))
        if target == page:
            return
        width = PREVIEW_WIDTH * max(1, round(self.devicePixelRatioF()))

        def work() -> object:
            from meeting_planner.ui.pdf_pages import render_page

            return render_page(path, target, width)

        self._preview = (key, path, target, count)
        self._start(self.tr("正在显示第 %1 页…").replace("%1", str(target + 1)), work, self._previewed)

    def _previewed(self, result: object) -> None:
        assert isinstance(result, tuple) and self._preview is not None
        image, count = result
        key, path, page, _count = self._preview
        self._preview = (key, path, page, count)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(max(1, round(self.devicePixelRatioF())))
        self.page_label.setStyleSheet("")
        self.page_label.setMinimumSize(0, 0)
        self.page_label.setPixmap(pixmap)
        self.page_label.adjustSize()
        label = self._tr_text(printouts.BY_KEY[key].label)
        self.preview_title.setText(self.tr("预览：%1").replace("%1", label))
        self.state_label.setText(self.tr("预览 %1，共 %2 页").replace("%1", label).replace("%2", str(count)))
        self._update_navigation()
        self.preview_shown.emit(page + 1, count)

    def _update_navigation(self) -> None:
        page, count = (self._preview[2], self._preview[3]) if self._preview else (0, 0)
        self.page_number.setText(
            self.tr("第 %1 / %2 页").replace("%1", str(page + 1)).replace("%2", str(count)) if count else ""
        )
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)

    def _selected(self, current: QTreeWidgetItem | None) -> None:
        key = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if key:
            status = self.statuses.get(str(key))
            self.state_label.setText(status_text(status) if status else "")

    # --- printing ---------------------------------------------------------------------------------

    def ask_and_print(self, key: str) -> None:
        """打印: the system print dialog, then ``print_to``."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印 %1").replace("%1", self._tr_text(printouts.BY_KEY[key].label)))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(key, printer)

    def print_to(self, key: str, printer: Any) -> bool:
        """Write ``key`` into the folder (recorded as printed) and paint its pages onto ``printer``."""
        write = self._write_work(key, self.path_for(key))

        def work() -> object:
            from meeting_planner.ui.pdf_pages import print_pdf

            written = write()
            assert isinstance(written, printouts.Written)
            return key, print_pdf(written.path, printer)

        label = self._tr_text(printouts.BY_KEY[key].label)
        self._printer = printer  # kept alive until the pages are painted
        return self._start(self.tr("正在打印 %1…").replace("%1", label), work, self._printed)

    def _printed(self, result: object) -> None:
        assert isinstance(result, tuple)
        key, pages = result
        label = self._tr_text(printouts.BY_KEY[key].label)
        self.state_label.setText(self.tr("已送打印：%1，%2 页").replace("%1", label).replace("%2", str(pages)))
        self.printed.emit(key, pages)
        self.refresh()


# Registry labels (services data) marked for lupdate; shown through ``_tr_text``.
_MARKED = (
    QT_TRANSLATE_NOOP("Printouts", "座次"),
    QT_TRANSLATE_NOOP("Printouts", "座次图"),
    QT_TRANSLATE_NOOP("Printouts", "纸张"),
    QT_TRANSLATE_NOOP("Printouts", "视角"),
    QT_TRANSLATE_NOOP("Printouts", "自动（A4/A3）"),
    QT_TRANSLATE_NOOP("Printouts", "A4 拼贴"),
    QT_TRANSLATE_NOOP("Printouts", "面向主席台"),
    QT_TRANSLATE_NOOP("Printouts", "主席台视角"),
    QT_TRANSLATE_NOOP("Printouts", "座次表"),
    QT_TRANSLATE_NOOP("Printouts", "引导员用：姓名 → 区、排、座号"),
    QT_TRANSLATE_NOOP("Printouts", "排序"),
    QT_TRANSLATE_NOOP("Printouts", "按单位"),
    QT_TRANSLATE_NOOP("Printouts", "按姓名拼音"),
    QT_TRANSLATE_NOOP("Printouts", "桌签"),
    QT_TRANSLATE_NOOP("Printouts", "桌签（全部）"),
    QT_TRANSLATE_NOOP("Printouts", "桌签附加行"),
    QT_TRANSLATE_NOOP("Printouts", "只印姓名"),
    QT_TRANSLATE_NOOP("Printouts", "加印职务"),
    QT_TRANSLATE_NOOP("Printouts", "加印单位"),
    QT_TRANSLATE_NOOP("Printouts", "桌签（仅变化的）"),
    QT_TRANSLATE_NOOP("Printouts", "自上次打印以来新增或内容有变化的桌签"),
    QT_TRANSLATE_NOOP("Printouts", "桌签（主席台）"),
    QT_TRANSLATE_NOOP("Printouts", "主席台就座人员的桌签"),
    QT_TRANSLATE_NOOP("Printouts", "签到"),
    QT_TRANSLATE_NOOP("Printouts", "签到表（按单位）"),
    QT_TRANSLATE_NOOP("Printouts", "签到码"),
    QT_TRANSLATE_NOOP("Printouts", "不印二维码"),
    QT_TRANSLATE_NOOP("Printouts", "印二维码"),
    QT_TRANSLATE_NOOP("Printouts", "签到表（按姓氏笔画）"),
    QT_TRANSLATE_NOOP("Printouts", "签到表（按笔画，单名在前）"),
    QT_TRANSLATE_NOOP("Printouts", "签到表（按拼音）"),
    QT_TRANSLATE_NOOP("Printouts", "签到表（按排序号）"),
    QT_TRANSLATE_NOOP("Printouts", "通知"),
    QT_TRANSLATE_NOOP("Printouts", "会议通知（PDF）"),
    QT_TRANSLATE_NOOP("Printouts", "GB/T 9704 版式，附回执"),
    QT_TRANSLATE_NOOP("Printouts", "会议通知（Word）"),
    QT_TRANSLATE_NOOP("Printouts", "可在 WPS 中修改"),
    QT_TRANSLATE_NOOP("Printouts", "报表"),
    QT_TRANSLATE_NOOP("Printouts", "会务清单"),
    QT_TRANSLATE_NOOP("Printouts", "各步骤的完成情况、经办人和时间"),
    QT_TRANSLATE_NOOP("Printouts", "签到统计"),
    QT_TRANSLATE_NOOP("Printouts", "签到明细与分单位统计（Excel）"),
)
