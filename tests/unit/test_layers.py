"""The layering rule: domain <- storage, documents <- services <- ui, cli; Qt only in ui/ and app.py."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "meeting_planner"

#: What each layer may import from the package.
ALLOWED = {
    "domain": {"domain", "errors"},
    "storage": {"domain", "storage", "errors"},
    "documents": {"domain", "documents", "resources", "errors"},
    "services": {"domain", "storage", "documents", "services", "resources", "errors", "crash"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layers_import_only_downwards() -> None:
    problems = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imports_of(path):
                if name.startswith("PySide6"):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
                if name.startswith("meeting_planner."):
                    target = name.split(".")[1]
                    if target not in allowed:
                        problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_qt_only_in_ui_and_app() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.parts[len(PACKAGE.parts)] not in ("ui", "app.py")
        and any(name.startswith("PySide6") for name in imports_of(path))
    ]
    assert offenders == []


#: What starts threads; in the GUI only ``ui/workers.py`` may use it (``run_in_background``).
THREAD_MODULES = {"threading", "_thread", "concurrent.futures", "multiprocessing", "asyncio"}
THREAD_NAMES = {"QRunnable", "QThreadPool", "QThread", "Thread", "ThreadPoolExecutor", "QtConcurrent"}


def test_only_workers_runs_work_off_the_gui_thread() -> None:
    problems = []
    paths = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]
    for path in paths:
        if path == PACKAGE / "ui" / "workers.py":
            continue
        where = path.relative_to(PACKAGE)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                problems += [f"{where} imports {a.name}" for a in node.names if a.name.split(".")[0] in THREAD_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in THREAD_MODULES or node.module in THREAD_MODULES:
                    problems.append(f"{where} imports {node.module}")
                problems += [f"{where} imports {a.name}" for a in node.names if a.name in THREAD_NAMES]
            elif isinstance(node, ast.Attribute) and node.attr in THREAD_NAMES:
                problems.append(f"{where} uses {node.attr}")
            elif isinstance(node, ast.Name) and node.id in THREAD_NAMES:
                problems.append(f"{where} uses {node.id}")
    assert problems == []


def test_the_window_loads_no_page_and_no_heavy_library() -> None:
    """Start-up stays close to bare Qt: tab pages load when first shown, heavy libraries when first used."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, meeting_planner.app, meeting_planner.ui.main_window\n"
        "heavy = ('sqlalchemy', 'openpyxl', 'reportlab', 'alembic', 'pypinyin', 'xlrd', 'pypdfium2',\n"
        "         'meeting_planner.ui.pages', 'meeting_planner.storage.workspace')\n"
        "print(sorted({m for m in sys.modules for h in heavy if m == h or m.startswith(h + '.')}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"
