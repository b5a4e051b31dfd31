"""Released migrations are never edited: each one's resulting schema is pinned here.

Add a line for a new revision once it is released; never change an existing line.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from meeting_planner.storage.workspace import Workspace, create_workspace_engine, database_url, upgrade_schema

#: Revision -> SHA-256 of the schema (sqlite_master rows, sorted) right after upgrading to it.
PINNED = {
    "0001": "a4b3349f66d880cd3173c8850e41270e60a9163f9f60e53092ea89d74d0033fd",
    "0002": "3b77ecca798698676f0ca30cc0d38ce645f1dfb2d096145537f9724922f533c1",
}


def schema_digest(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"
        ).fetchall()
    finally:
        connection.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


@pytest.mark.parametrize("revision", sorted(PINNED))
def test_released_migration_schema_is_unchanged(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "pinned.db"
    url = database_url(path)
    workspace = Workspace(create_workspace_engine(url), url)
    try:
        upgrade_schema(workspace, revision)
    finally:
        workspace.close()
    assert schema_digest(path) == PINNED[revision], f"migration {revision} was edited after its release"
