"""The English translation: complete for every tr() string, and used by the window when chosen."""

from __future__ import annotations

import importlib.util
import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from meeting_planner.app import create_application, install_translators
from meeting_planner.resources import resource_path
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("i18n", "meeting_planner_en.ts")


def sources_in_code(tmp_path: Path) -> set[str]:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(__import__("sys").executable).parent / "pyside6-lupdate")
    files = [str(p) for p in (ROOT / "meeting_planner" / "ui").rglob("*.py")] + [
        str(ROOT / "meeting_planner" / "app.py")
    ]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    return {m.findtext("source") or "" for m in ET.parse(fresh).iter("message")}


def test_every_ui_string_has_an_english_translation(tmp_path: Path) -> None:
    messages = list(ET.parse(TS).iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    in_ts = {m.findtext("source") or "" for m in messages}
    missing = sources_in_code(tmp_path) - in_ts
    assert missing == set(), "run pyside6-lupdate and translate: " + ", ".join(sorted(missing))


def _error_templates():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("error_templates", ROOT / "packaging" / "error_templates.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_error_template_has_an_english_translation() -> None:
    """Every ``Phrase`` template written in the source (what ``packaging/error_templates.py`` collects) is in the
    ``Errors`` context with a finished English text that keeps the same placeholders, and no Chinese but quoted
    words the program reads (header names, field names)."""
    templates = _error_templates().collect()
    assert len(templates) > 250
    context = next(c for c in ET.parse(TS).iter("context") if c.findtext("name") == "Errors")
    english = {m.findtext("source") or "": m.find("translation") for m in context.iter("message")}
    missing = sorted(set(templates) - set(english))
    assert missing == [], "run packaging/error_templates.py and translate: " + "; ".join(missing)
    assert set(english) == set(templates), "templates no longer in the source: run packaging/error_templates.py"
    fields = string.Formatter()
    for source, translation in english.items():
        assert translation is not None and translation.get("type") is None and (translation.text or "").strip(), source
        text = translation.text or ""
        assert {f for _, f, _, _ in fields.parse(source) if f} == {f for _, f, _, _ in fields.parse(text) if f}, text
        assert not re.search(
            r"[\u4e00-\u9fff]", re.sub(r"“[^”]*”|\{[^}]*\}|C=姓名|\[[^]]*\]|known: [^)]*", "", text)
        ), text


def test_error_templates_script_finds_the_ts_file_up_to_date() -> None:
    assert _error_templates().main(["--check"]) == 0


def test_window_in_english(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    qm = resource_path("i18n", "meeting_planner_en.qm")
    if not qm.exists():
        pytest.fail(f"{qm} is missing: `make translations` builds it from the .ts file")
    app = create_application()
    translators = install_translators(app, "en")
    try:
        window = MainWindow(workspace, first_run=False)
        qtbot.addWidget(window)
        assert window.new_action.text() == "&New meeting…"
        assert window.meeting_page.tabText(0) == "Checklist (&1)"
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
        # Back to the Chinese locale, without leaving Qt's own Chinese strings behind for the next test.
        for translator in install_translators(app, "zh_CN"):
            QApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MeetingPage", "清单(&1)") == "清单(&1)"
