"""Backing up and restoring the SQLite workspace: the use cases behind ``backup``/``restore`` and
文件 → 从备份恢复…"""

from __future__ import annotations

import os
from pathlib import Path

from meeting_planner.domain.backups import BackupInfo
from meeting_planner.errors import Phrase
from meeting_planner.storage.backups import describe_backup, list_backups
from meeting_planner.storage.workspace import (
    WorkspaceError,
    backup_now,
    database_url,
    restore_workspace,
    sqlite_path,
)

__all__ = [
    "BackupInfo",
    "backup_now",
    "backups_of",
    "describe_backup",
    "restore_workspace",
    "workspace_file",
]


def backups_of(value: str | os.PathLike[str] | None) -> list[BackupInfo]:
    """Every finished backup of the workspace named by ``value``, newest first, with what it holds.

    Works on a damaged workspace too (nothing is opened but the backups).
    """
    path = sqlite_path(database_url(value))
    if path is None:
        raise WorkspaceError(Phrase("只有 SQLite 工作区文件有备份。"))
    return [describe_backup(backup) for backup in reversed(list_backups(path))]


def workspace_file(value: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file named by ``value`` (``None`` for a database server)."""
    return sqlite_path(database_url(value))
