"""Make the README's screenshots: the real window, offscreen, on the example meeting (``make screenshots``)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meeting_planner.app import create_application, install_translators  # noqa: E402
from meeting_planner.services.example import build_example  # noqa: E402
from meeting_planner.storage.workspace import open_workspace  # noqa: E402


def main(out: Path) -> int:
    """Write one PNG per tab of the example meeting into ``out``."""
    from PySide6.QtWidgets import QApplication

    from meeting_planner.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as folder, open_workspace(Path(folder) / "w.db", backup=False) as workspace:
        summary = build_example(workspace)
        window = MainWindow(workspace, first_run=False)
        window.resize(1280, 800)
        window.show()
        window.open_meeting(summary.meeting_id)
        tabs = window.meeting_page
        for name in ("checklist", "overview", "attendees", "seating", "attendance"):
            tabs.show_page(name)
            for _ in range(5):
                QApplication.processEvents()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
