"""Writing output files atomically: a half-written printout or workbook never replaces a good one."""

from __future__ import annotations

import os
import re
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
    """A temporary path beside ``target``; when the block succeeds it is fsynced and renamed over
    ``target`` (with normal file permissions), when it fails it is removed and ``target`` is untouched.

    An ``OSError`` (disk full, no permission, ...) is raised again naming ``target``, the user's file,
    never the temporary one.
    """
    try:
        handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=target.suffix, dir=target.parent)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error
    os.close(handle)
    path = Path(temporary)
    try:
        yield path
        with path.open("r+b") as written:
            os.fsync(written.fileno())
        os.chmod(path, _default_mode())
        os.replace(path, target)
        _fsync_folder(target.parent)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(target)) from error
    finally:
        path.unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


#: Characters no Windows or Linux file name may hold, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def safe_file_name(text: str, limit: int = 80) -> str:
    """``text`` usable as (part of) a file name on Windows and Linux: unsafe characters become ``_``."""
    cleaned = _UNSAFE.sub("_", text).strip(" .") or "会议"
    return cleaned[:limit]
