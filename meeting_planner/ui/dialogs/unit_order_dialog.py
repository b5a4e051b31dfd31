"""单位排序: the one official unit order every list, printout, board and seating run uses.

Drag units into order (or Alt+↑/↓), paste a list from Word/Excel (one unit per line, or separated by
commas or 、), or clear the order so lists follow each unit's best rank (the leaders' units first).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_SEPARATORS = re.compile(r"[\r\n\t,，、;；]+")


def units_from_text(text: str) -> list[str]:
    """Unit names from pasted text: one per line, or separated by commas, 、 or semicolons; duplicates once."""
    return list(dict.fromkeys(part.strip() for part in _SEPARATORS.split(text) if part.strip()))


class UnitOrderDialog(QDialog):
    """Edit the order of ``units``; ``ordered_units()`` is the result (empty after 清除排序)."""

    def __init__(self, units: list[str], has_order: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("单位排序"))
        self.resize(460, 560)
        self.cleared = False
        hint = QLabel(
            self.tr("拖动调整顺序（或 Alt+↑/↓）。签到表、座次表、通知、统计和场下座次都按此顺序。")
            if has_order
            else self.tr("尚未设定单位排序：目前按各单位最高排序号排列（领导所在单位在前）。调整后确定即设定。"),
            self,
        )
        hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.addItems(units)
        paste = QPushButton(self.tr("粘贴单位列表"), self)
        paste.clicked.connect(self.paste)
        up = QPushButton(self.tr("上移"), self)
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("下移"), self)
        down.clicked.connect(lambda: self.move_selected(1))
        clear = QPushButton(self.tr("清除排序"), self)
        clear.clicked.connect(self.clear_order)
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_selected(1))
        QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        for button in (up, down, paste, clear):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

    def ordered_units(self) -> list[str]:
        """The units in the order shown (empty when the order was cleared)."""
        if self.cleared:
            return []
        return [self.list.item(row).text() for row in range(self.list.count())]

    def move_selected(self, step: int) -> None:
        """Move the selected unit up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def paste(self, text: str | None = None) -> None:
        """Put the pasted units first, in the pasted order (new ones added); the others follow."""
        names = units_from_text(text if text is not None else QGuiApplication.clipboard().text())
        if not names:
            return
        rest = [name for name in self.ordered_units() if name not in names]
        self.cleared = False
        self.list.clear()
        self.list.addItems(names + rest)

    def clear_order(self) -> None:
        """Forget the official order: lists follow each unit's best rank again."""
        self.cleared = True
        self.accept()
