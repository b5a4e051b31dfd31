"""Where printouts and exports are saved: one folder per meeting, remembered, and file names that start
with the meeting's name, so two meetings never overwrite each other's 桌签.pdf.

Default folder: ``<Documents>/会务筹备/<meeting title>/``; the folder last chosen for a meeting is
remembered (QSettings, per workspace and meeting).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from meeting_planner.services.meetings import get_meeting
from meeting_planner.services.printouts import file_name_part
from meeting_planner.ui.context import AppContext


def _key(context: AppContext, meeting_id: int) -> str:
    return f"output/{file_name_part(context.workspace.describe(), 200)}/{meeting_id}"


def meeting_folder(context: AppContext, meeting_id: int, title: str) -> Path:
    """The folder the meeting's files go to: the one last used, else Documents/会务筹备/<title>."""
    remembered = QSettings().value(_key(context, meeting_id), "")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "会务筹备" / file_name_part(title)


def ask_save_path(
    parent: QWidget, context: AppContext, meeting_id: int, document: str, suffix: str, file_filter: str
) -> Path | None:
    """A save dialog in the meeting's folder with ``<meeting title>-<document><suffix>`` proposed; the
    folder chosen is remembered for the meeting. None when cancelled."""
    title = get_meeting(context.workspace, meeting_id).title
    folder = meeting_folder(context, meeting_id, title)
    folder.mkdir(parents=True, exist_ok=True)
    suggested = folder / f"{file_name_part(title)}-{file_name_part(document)}{suffix}"
    chosen, _ = QFileDialog.getSaveFileName(parent, document, str(suggested), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    QSettings().setValue(_key(context, meeting_id), str(path.parent))
    return path


def remember_folder(context: AppContext, meeting_id: int, folder: Path) -> None:
    """Use ``folder`` for the meeting's files from now on."""
    QSettings().setValue(_key(context, meeting_id), str(folder))
