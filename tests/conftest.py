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

import pg_cluster as pg  # noqa: E402

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


@pytest.fixture(scope="session")
def pg_cluster_session() -> Iterator[pg.PgCluster]:
    """A throwaway PostgreSQL server for the whole run, with a migrated template database ``mp_template``.

    Where no server can be started the PostgreSQL tests are skipped with the reason, except under CI, where
    that is an error: CI must test both back ends.
    """
    try:
        cluster = pg.start_cluster()
    except pg.Unavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is needed under CI: {error}")
        pytest.skip(f"PostgreSQL not available: {error}")
    try:
        cluster.execute('DROP DATABASE IF EXISTS "mp_template"')
        cluster.execute('CREATE DATABASE "mp_template"')
        open_workspace(cluster.url("mp_template"), backup=False).close()
        yield cluster
    finally:
        pg.remove_cluster(cluster)


@pytest.fixture
def pg_cluster(pg_cluster_session: pg.PgCluster) -> Iterator[pg.PgCluster]:
    """The test server, started again if a test stopped it."""
    yield pg_cluster_session
    if not isinstance(pg_cluster_session, pg.ExternalServer):
        probe = pg_cluster_session._run("pg_ctl", "-D", str(pg_cluster_session.data), "status")
        if probe.returncode != 0:
            pg_cluster_session.start()


@pytest.fixture
def pg_url(pg_cluster: pg.PgCluster) -> str:
    """The URL of a new, migrated, empty workspace database on the test server."""
    return pg_cluster.new_database(template="mp_template")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_workspace_url(request: pytest.FixtureRequest, db_path: Path) -> str:
    """A fresh workspace location on each back end: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(db_path)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def any_workspace(any_workspace_url: str) -> Iterator[Workspace]:
    """A fresh, migrated workspace on each back end (SQLite and PostgreSQL)."""
    ws = open_workspace(any_workspace_url)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(autouse=True)
def check_item_models(request: pytest.FixtureRequest) -> Iterator[None]:
    """After every GUI test, each of the app's item models and proxies still alive passes pytest-qt's
    ``qtmodeltester`` in the state the test left it (rows, columns, parents, headers, data roles)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qtbot")  # set up first, so torn down after this check
    # Earlier tests' Qt garbage is collected here, on the GUI thread, before this test starts background tasks:
    # a collection one of them happened to trigger would destroy those widgets on its worker thread and crash Qt
    # (the window runs ui/gc_guard.GuiThreadCollector for the same reason).
    import gc

    gc.collect()
    yield
    from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
    from PySide6.QtWidgets import QApplication
    from pytestqt.modeltest import ModelTester

    models: dict[int, QAbstractItemModel] = {}
    for window in QApplication.topLevelWidgets():
        for model in window.findChildren(QAbstractItemModel):
            ours = type(model).__module__.startswith("meeting_planner")
            if ours or isinstance(model, QSortFilterProxyModel):
                models[id(model)] = model
    for model in models.values():
        ModelTester(request.config).check(model, force_py=True)
