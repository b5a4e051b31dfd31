"""Writing output files atomically: a half-written printout or workbook never replaces a good one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _default_mode() -> int:
    """The permissions a newly created file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; when the block succeeds it is renamed over ``target``
    (with normal file permissions), when it fails it is removed and ``target`` is untouched."""
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    path = Path(temporary)
    try:
        yield path
        os.chmod(path, _default_mode())
        os.replace(path, target)
    finally:
        path.unlink(missing_ok=True)
