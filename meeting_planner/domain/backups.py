"""A backup of the workspace as the user sees it (the backups themselves are taken by ``storage/backups.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class BackupInfo:
    """One backup as shown to the user: when it was taken and what it holds."""

    path: Path
    taken_at: datetime
    meetings: int | None
    attendees: int | None
    people: int | None
    problem: str = ""
