"""Shared fixtures. Qt runs offscreen; tests using ``qapp``/``qtbot`` are marked ``gui``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real workspace or settings from tests.
os.environ.pop("MEETING_PLANNER_DB", None)
_SETTINGS = tempfile.mkdtemp(prefix="mp-test-settings-")
os.environ["XDG_CONFIG_HOME"] = _SETTINGS
os.environ["XDG_DATA_HOME"] = _SETTINGS

from meeting_planner.storage.workspace import Workspace, open_workspace  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qapp" in fixtures or "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a fresh test workspace lives."""
    return tmp_path / "workspace.db"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A fresh, migrated workspace in a temporary folder."""
    ws = open_workspace(db_path)
    try:
        yield ws
    finally:
        ws.close()
