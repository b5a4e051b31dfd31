"""A throwaway PostgreSQL cluster for the tests: ``initdb`` + ``pg_ctl`` in a temporary folder on a free port.

Tests that need PostgreSQL take the ``pg_cluster`` fixture (tests/conftest.py) or a ``workspace`` parametrised with
``postgresql``. The cluster runs with fsync off (it is thrown away) and trusts local connections. As root the
server runs as the ``postgres`` system user (PostgreSQL refuses to run as root).

``MP_TEST_PG_URL=postgresql+psycopg://user@host:port/db`` points the tests at a server of your own instead; each
test then gets a database of its own there (the user must be allowed to create databases).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

#: The Debian package that provides initdb and pg_ctl (make test installs it as root).
PACKAGE = "postgresql"
USER = "mp"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Unavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says what to install."""


class PgCluster:
    """A running throwaway server. ``url(name)`` addresses a database; ``new_database()`` makes an empty one."""

    def __init__(self, folder: Path, port: int, bin_dir: Path, owner: str | None) -> None:
        self.folder = folder
        self.port = port
        self.bin_dir = bin_dir
        self.owner = owner
        self._names = itertools.count(1)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.owner is not None:
            command = ["runuser", "-u", self.owner, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    def _checked(self, *args: str) -> None:
        result = self._run(*args)
        if result.returncode != 0:
            raise Unavailable(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def init(self) -> None:
        self._checked("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale")

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = str(self.folder / "server.log")
        self._checked("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate`` is a crash, as when the server's machine loses power)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={USER} dbname=postgres", autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        """The URL of a new empty database (a copy of ``template`` when given)."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


class ExternalServer(PgCluster):
    """A server the developer runs (``MP_TEST_PG_URL``); it is never started or stopped by the tests."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self._url = make_url(url)
        super().__init__(Path(tempfile.gettempdir()), self._url.port or 5432, Path("."), None)

    def url(self, database: str = "postgres") -> str:
        return self._url.set(database=database).render_as_string(hide_password=False)

    def execute(self, sql: str) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url(self._url.database or "postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()

    def start(self) -> None:
        raise Unavailable("an external server (MP_TEST_PG_URL) is not started by the tests")

    stop = start  # type: ignore[assignment]


def start_cluster() -> PgCluster:
    """Start a throwaway cluster, or raise ``Unavailable`` naming what is missing."""
    external = os.environ.get("MP_TEST_PG_URL")
    if external:
        return ExternalServer(external)
    try:
        import psycopg  # noqa: F401
    except ImportError as error:
        raise Unavailable("the psycopg driver is not installed (pip install '.[postgres]')") from error
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise Unavailable(f"PostgreSQL server programs not found; install the Debian package '{PACKAGE}'")
    owner: str | None = None
    if os.geteuid() == 0:
        owner = "postgres"
        try:
            account = pwd.getpwnam(owner)
        except KeyError as error:
            raise Unavailable("running as root but there is no 'postgres' user to run the server") from error
    folder = Path(tempfile.mkdtemp(prefix="mp-pg-"))
    if owner is not None:
        os.chown(folder, account.pw_uid, account.pw_gid)
    cluster = PgCluster(folder, _free_port(), bin_dir, owner)
    try:
        cluster.init()
        cluster.start()
    except (Unavailable, OSError, subprocess.SubprocessError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(str(error)) from error
    return cluster


def remove_cluster(cluster: PgCluster) -> None:
    if isinstance(cluster, ExternalServer):
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        cluster.stop("immediate")
    shutil.rmtree(cluster.folder, ignore_errors=True)
