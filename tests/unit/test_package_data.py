"""Every resource the app reads ships in the wheel (pyproject's package-data) and is found as package data."""

from __future__ import annotations

import tomllib
from pathlib import Path

from meeting_planner.resources import font_path, resource_path, resources_root

ROOT = Path(__file__).resolve().parents[2]


def _shipped_suffixes() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["meeting_planner.resources"]
    assert all(pattern.startswith("**/*.") for pattern in patterns), patterns
    return {pattern.removeprefix("**/*") for pattern in patterns}


def test_every_resource_file_is_declared_as_package_data() -> None:
    shipped = _shipped_suffixes()
    files = [
        path
        for path in resources_root().rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".ts", ".pyc"}
    ]
    assert len(files) > 15
    missing = [str(path.relative_to(resources_root())) for path in files if path.suffix not in shipped]
    assert missing == []
    # .ts sources are compiled to .qm by setup.py, which the wheel then ships.
    assert ".qm" in shipped


def test_resources_live_inside_the_package() -> None:
    package = ROOT / "meeting_planner"
    assert resources_root() == package / "resources"
    assert font_path().is_file() and font_path().stat().st_size > 1_000_000
    assert (resource_path("templates") / "plenary.toml").is_file()
    assert not (ROOT / "resources").exists()
