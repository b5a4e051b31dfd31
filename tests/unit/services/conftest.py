"""The service tests run on both back ends: every test taking ``workspace`` runs on a SQLite file and on the
throwaway PostgreSQL server (tests/pg_cluster.py). A test that also takes ``db_path`` works on the SQLite file
itself (reopens it by path, reads it with sqlite3, passes it to the CLI), so it runs on SQLite only: its
PostgreSQL variant is deselected."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from meeting_planner.storage.workspace import Workspace, open_workspace


def _sqlite_only(item: pytest.Item) -> bool:
    function = getattr(item, "function", None)
    callspec = getattr(item, "callspec", None)
    if function is None or callspec is None or callspec.params.get("workspace") != "postgresql":
        return False
    return "db_path" in inspect.signature(function).parameters


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    dropped = [item for item in items if _sqlite_only(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if not _sqlite_only(item)]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def workspace(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Workspace]:
    """A fresh, migrated workspace: a SQLite file, then a PostgreSQL database."""
    url = str(db_path) if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    ws = open_workspace(url)
    try:
        yield ws
    finally:
        ws.close()
