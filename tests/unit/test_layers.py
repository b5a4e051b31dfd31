"""The layering rule: domain <- storage, documents <- services <- ui, cli; Qt only in ui/ and app.py; SQLAlchemy
only in storage/; the domain on the standard library alone; the command line (cli/) has no import cycle and never
meets the window (ui/, app.py) in either direction."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "meeting_planner"

#: What each layer may import from the package (``cli`` is the ``cli*.py`` modules or the ``cli/`` package).
ALLOWED = {
    "domain": {"domain", "errors"},
    "storage": {"domain", "storage", "errors"},
    "documents": {"domain", "documents", "resources", "errors"},
    "services": {"domain", "storage", "documents", "services", "resources", "errors", "crash"},
    "ui": {"ui", "services", "domain", "errors", "resources", "crash"},
    # The CLI words what the services return; it reaches the workspace through services.workspace.
    "cli": {"cli", "services", "domain", "resources", "errors", "crash"},
}
#: Third-party libraries only the storage layer may import.
STORAGE_ONLY = ("sqlalchemy", "alembic")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def layer_of(name: str) -> str:
    """The layer a ``meeting_planner.<part>`` module belongs to (``cli_seating`` -> ``cli``)."""
    part = name.split(".", maxsplit=1)[0]
    return "cli" if part == "cli" or part.startswith("cli_") else part


def files_of(layer: str) -> list[Path]:
    if layer == "cli":
        return sorted([*PACKAGE.glob("cli*.py"), *(PACKAGE / "cli").rglob("*.py")])
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_layers_import_only_downwards() -> None:
    problems = []
    for layer, allowed in ALLOWED.items():
        paths = files_of(layer)
        assert paths, layer
        for path in paths:
            for name in imports_of(path):
                if name.startswith("PySide6") and layer != "ui":
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
                if name.startswith("meeting_planner."):
                    target = layer_of(name.removeprefix("meeting_planner."))
                    if target not in allowed:
                        problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_nothing_but_main_imports_the_cli_and_the_cli_never_the_window() -> None:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE)
        inside_cli = where.parts[0] == "cli"
        for name in imports_of(path):
            if not inside_cli and where != Path("__main__.py") and name.startswith("meeting_planner.cli"):
                problems.append(f"{where} imports {name}")
            if inside_cli and (name.startswith(("meeting_planner.ui", "meeting_planner.app")) or name == "PySide6"):
                problems.append(f"{where} imports {name}")
    assert problems == []


def cli_import_graph() -> dict[str, set[str]]:
    """Module -> the modules of meeting_planner.cli it imports (anywhere in the file, lazy imports too)."""
    modules = {
        "meeting_planner.cli" if path.name == "__init__.py" else f"meeting_planner.cli.{path.stem}": path
        for path in (PACKAGE / "cli").glob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in modules)
            elif isinstance(node, ast.ImportFrom) and node.module in modules:
                for alias in node.names:  # ``from meeting_planner.cli import demo`` imports the submodule demo
                    submodule = f"{node.module}.{alias.name}"
                    targets.add(submodule if submodule in modules else node.module)
        graph[module] = targets - {module}
    return graph


def test_the_cli_has_no_import_cycle() -> None:
    graph = cli_import_graph()
    assert {"meeting_planner.cli.parser", "meeting_planner.cli.support"} <= set(graph)
    cycles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        for target in sorted(graph[module]):
            if target in path:
                cycles.append([*path[path.index(target) :], target])
            else:
                visit(target, [*path, target])

    for module in sorted(graph):
        visit(module, [module])
    assert cycles == []


def test_sqlalchemy_and_alembic_only_in_storage() -> None:
    """SQLAlchemy types and errors never leave ``storage/`` (it maps rows to domain types and driver errors to
    ``WorkspaceError``s)."""
    problems = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.parts[len(PACKAGE.parts)] != "storage"
        for name in imports_of(path)
        if name.split(".")[0] in STORAGE_ONLY
    ]
    assert problems == []


def test_domain_uses_the_standard_library_only() -> None:
    problems = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files_of("domain")
        for name in imports_of(path)
        if name.split(".")[0] not in sys.stdlib_module_names
        and not name.startswith(("meeting_planner.domain", "meeting_planner.errors"))
        and name != "__future__"
    ]
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
