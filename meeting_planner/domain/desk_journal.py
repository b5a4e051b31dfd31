"""The check-in desk's journal: what a desk did while it could not reach the shared workspace.

Pure Python. Each entry has a unique id (a UUID made at the desk), the desk's name and the real time of the
check-in; it is replayed into the workspace exactly once (the workspace records every applied id).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from meeting_planner.domain.attendance import CheckIn, CheckInMethod


class EntryKind(StrEnum):
    """What the desk did."""

    CHECK_IN = "checkin"
    UNDO = "undo"


class Outcome(StrEnum):
    """What replaying an entry did in the workspace."""

    APPLIED = "applied"  # written as it was
    ALREADY = "already"  # the entry had been applied before (a second replay): nothing written
    CONFLICT = "conflict"  # the person had checked in elsewhere too: the earliest time kept, conflict listed
    NOT_FOUND = "not_found"  # the person or the meeting is gone from the workspace: listed, nothing written


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One check-in or undo made at a desk. ``target`` (undo) is the key of the check-in taken back
    (``CheckIn.key``). ``name``/``unit``/``code`` find the person again if ids differ."""

    id: str
    kind: EntryKind
    workspace: str
    meeting_id: int
    attendee_id: int
    at: datetime
    desk: str
    name: str = ""
    unit: str = ""
    code: str = ""
    method: CheckInMethod = CheckInMethod.NAME
    substitute: bool = False
    substitute_name: str = ""
    substitute_title: str = ""
    target: str = ""
    synced_at: datetime | None = None
    outcome: str = ""

    def checkin(self, attendee_id: int | None = None) -> CheckIn:
        """The check-in this entry records (for ``attendee_id`` when the person was found under another id)."""
        return CheckIn(
            attendee_id=self.attendee_id if attendee_id is None else attendee_id,
            at=self.at,
            method=self.method,
            substitute=self.substitute,
            substitute_name=self.substitute_name,
            substitute_title=self.substitute_title,
            journal_id=self.id,
            desk=self.desk,
        )


@dataclass(frozen=True, slots=True)
class CheckInConflict:
    """A person checked in at two desks while apart: ``kept`` is the earliest (it stands), ``other`` the later."""

    id: int
    meeting_id: int
    attendee_id: int
    name: str
    unit: str
    kept_at: datetime
    kept_desk: str
    kept_key: str
    other_at: datetime
    other_desk: str
    other_key: str
    other_method: str
