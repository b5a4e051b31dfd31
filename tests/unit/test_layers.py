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
