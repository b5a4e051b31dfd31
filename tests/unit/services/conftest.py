"""The service tests run on both back ends: every test taking ``workspace`` runs on a SQLite file and on the
throwaway PostgreSQL server (tests/pg_cluster.py). A test that also takes ``db_path`` works on the SQLite file
itself (reopens it by path, reads it with sqlite3, passes it to the CLI), so it runs on SQLite only."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

from meeting_planner.storage.workspace import Workspace, open_workspace


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def workspace(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Workspace]:
    """A fresh, migrated workspace: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        url = str(db_path)
    elif "db_path" in inspect.signature(request.function).parameters:
        pytest.skip("works on the SQLite file itself")
    else:
        url = str(request.getfixturevalue("pg_url"))
    ws = open_workspace(url)
    try:
        yield ws
    finally:
        ws.close()
