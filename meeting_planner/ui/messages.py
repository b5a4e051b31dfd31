"""The one bridge for status and error messages, so pages never call statusBar() or QMessageBox directly."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


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
        #: Tests set this to False so errors do not open modal dialogs.
        self.show_dialogs = True

    def info(self, text: str) -> None:
        """A short status-bar message."""
        self.status_shown.emit(text)

    def error(self, title: str, text: str) -> None:
        """An error the user must see."""
        self.error_shown.emit(title, text)
        if self.show_dialogs:
            QMessageBox.warning(self._parent, title, text)
