"""GUI start-up: the QApplication, the bundled font, translators and the main window.

The one place that knows every part of the GUI. Heavy libraries (openpyxl, reportlab, alembic,
pypinyin) are not imported here; pages import them when they first need them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from meeting_planner.errors import UserError
from meeting_planner.resources import FONT_FAMILY, font_path, resource_path
from meeting_planner.ui.gc_guard import GuiThreadCollector
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.messages import Messages

if TYPE_CHECKING:  # the storage layer (SQLAlchemy) loads in the background after the window shows
    from meeting_planner.services.workspace import Workspace

ORGANISATION = "MeetingPlanner"
APPLICATION = "meeting-planner"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def parse_gui_args(argv: Sequence[str]) -> argparse.Namespace:
    """Options the GUI understands: ``--db URL``, ``--lang zh_CN|en``."""
    parser = argparse.ArgumentParser(prog="meeting-planner", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=sorted(LANGUAGES))
    parser.add_argument("--self-test", action="store_true")
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def register_bundled_font(app: QApplication) -> str | None:
    """Make the bundled Chinese font known to Qt and a fallback of the UI font.

    The machine's own UI font stays first (it looks native); the bundled font fills in any Chinese
    character the machine lacks, so labels are right even on a system with no Chinese fonts.
    """
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else FONT_FAMILY
    font = QFont(app.font())
    font.setFamilies([app.font().family(), family])
    app.setFont(font)
    return family


def chosen_language(requested: str | None) -> str:
    """``--lang`` if given, else the saved preference, else Simplified Chinese."""
    if requested:
        return requested
    saved = QSettings().value("ui/language", "zh_CN")
    return str(saved) if str(saved) in LANGUAGES else "zh_CN"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the app's .qm for ``language`` (Chinese is the source language) and Qt's own strings."""
    translators: list[QTranslator] = []
    if language != "zh_CN":
        own = QTranslator(app)
        if own.load(str(resource_path("i18n", f"meeting_planner_{language}.qm"))):
            app.installTranslator(own)
            translators.append(own)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        translators.append(qt)
    QLocale.setDefault(QLocale(language))
    return translators


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (reused if one exists, as in tests) with font and names set."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "会务筹备"))
    icon = resource_path("icons", "meeting-planner.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_bundled_font(app)
    return app


def open_main_window(workspace: Workspace | None = None, db: str | None = None) -> MainWindow:
    """Build and show the main window: on ``workspace`` if given, else opening ``db`` in the background
    (the window shows at once; the storage layer loads, checks, migrates and backs up off the GUI thread)."""
    window = MainWindow(workspace)
    window.show()
    if workspace is None:
        window.open_workspace_in_background(db)
    return window


def install_error_hook(messages: Messages) -> Callable[..., None]:
    """The one error path for what escaped a page: a ``UserError`` (the server went away under a click, a full
    disk) is its own sentence in a message; anything else is a defect, written to a crash report that the message
    names (``crash.py``). Never a traceback, and the window keeps running."""

    def hook(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, traceback)
            return
        if isinstance(value, UserError):
            messages.error(QCoreApplication.translate("app", "操作未完成"), value)
            return
        messages.error(QCoreApplication.translate("app", "出错了"), value.with_traceback(traceback))

    sys.excepthook = hook
    return hook


def run_self_test() -> int:
    """``--self-test``: load Qt and the main window without showing it, then in a temporary workspace
    create a meeting with attendees, render a PDF and a workbook, and check them. Exit 0 when all is well.
    """
    import os
    import tempfile
    import zipfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()
    from meeting_planner.services.attendees import export_attendance
    from meeting_planner.services.day_printouts import export_signin_pdf
    from meeting_planner.services.example import build_example
    from meeting_planner.services.workspace import open_workspace

    with tempfile.TemporaryDirectory(prefix="meeting-planner-self-test-") as folder:
        root = Path(folder)
        with open_workspace(root / "workspace.db", backup=False) as workspace:
            summary = build_example(workspace, attendees=30)
            window = MainWindow(workspace, first_run=False)
            pages = [window.meeting_page.show_page(name) for name in ("overview", "attendees", "seating", "attendance")]
            pages.append(window.meeting_page.show_page("checklist"))
            window.close()
            pdf = root / "sign-in.pdf"
            export_signin_pdf(workspace, summary.meeting_id, pdf)
            workbook = export_attendance(workspace, summary.meeting_id, root / "attendance.xlsx")
            from meeting_planner.ui.pdf_pages import render_page

            preview, page_total = render_page(pdf, 0, 300)
            checks = {
                "meeting created": summary.attendees == 30 and summary.steps_done > 0,
                "window built": window.meeting_model.rowCount() == 1 and all(p.meeting_id for p in pages),
                "PDF written": pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000,
                "workbook written": zipfile.is_zipfile(workbook),
                "PDF page rendered (PDFium)": page_total > 0 and preview.width() == 300,
            }
    for name, ok in checks.items():
        print(f"{'OK  ' if ok else 'FAIL'} {name}")
    return 0 if all(checks.values()) else 1


def run_gui(argv: Sequence[str]) -> int:
    """Open the GUI; returns the exit status."""
    args = parse_gui_args(argv)
    if args.self_test:
        return run_self_test()
    app = create_application(argv)
    install_translators(app, chosen_language(args.lang))
    window = open_main_window(db=args.db)
    install_error_hook(window.messages)
    collector = GuiThreadCollector(app)  # Qt objects in garbage are destroyed on the GUI thread, never a worker's
    try:
        status = app.exec()
    finally:
        collector.stop()
        if window.context.has_workspace:
            window.context.workspace.close()
    return status if window.context.has_workspace else 1
