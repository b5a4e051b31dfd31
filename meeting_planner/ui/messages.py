"""The one bridge for status and error messages, so pages never call statusBar() or QMessageBox directly."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from meeting_planner.ui.error_text import error_text, translated


class Messages(QObject):
    """Shows information in the status bar and errors in a dialog.

    Signals:
        status_shown(str): a transient status message was shown.
        error_shown(str, str): an error (title, text) was shown.
    """

    status_shown = Signal(str)
    error_shown = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        #: Tests set this to False so errors do not open modal dialogs; questions are then answered from
        #: ``answers`` (first in, first out; the default when empty) and recorded in ``questions``.
        self.show_dialogs = True
        self.answers: list[object] = []
        self.questions: list[str] = []

    def info(self, text: str) -> None:
        """A short status-bar message."""
        self.status_shown.emit(text)

    def error(self, title: str, text: str | BaseException) -> None:
        """An error the user must see: a sentence or an exception, shown in the UI language
        (``ui/error_text.py``: an error's ``Phrase`` is translated, its values kept)."""
        text = error_text(text) if isinstance(text, BaseException) else translated(text)
        self.error_shown.emit(title, text)
        if self.show_dialogs:
            QMessageBox.warning(self._parent, title, text)

    def _scripted(self, text: str, default: object) -> object:
        self.questions.append(text)
        return self.answers.pop(0) if self.answers else default

    def confirm(self, title: str, text: str, *, default: bool = False) -> bool:
        """A yes/no question; True for 是."""
        if not self.show_dialogs:
            return bool(self._scripted(text, default))
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, title: str, text: str, options: list[str], *, default: int = 0) -> int | None:
        """One of ``options`` as buttons (plus 取消); the index chosen, or None when cancelled."""
        if not self.show_dialogs:
            answer = self._scripted(text, default)
            return None if answer is None else int(str(answer))
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[default])
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    def ask_text(self, title: str, text: str, *, default: str = "") -> str | None:
        """A line of text (e.g. a leave reason, may be empty); None when cancelled."""
        if not self.show_dialogs:
            answer = self._scripted(text, default)
            return None if answer is None else str(answer)
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextValue(default)
        dialog.resize(max(dialog.sizeHint().width(), 380), dialog.sizeHint().height())
        return dialog.textValue() if dialog.exec() else None

    def ask_number(self, title: str, text: str, *, default: int = 0, maximum: int = 999) -> int | None:
        """A whole number from 0 to ``maximum``; None when cancelled."""
        if not self.show_dialogs:
            answer = self._scripted(text, default)
            return None if answer is None else int(str(answer))
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, maximum)
        dialog.setIntValue(min(max(default, 0), maximum))
        return dialog.intValue() if dialog.exec() else None
