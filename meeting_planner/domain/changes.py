"""Change counters: one per area of a meeting, bumped by every write (database triggers), compared by the window
to follow other desks."""

from __future__ import annotations

from dataclasses import dataclass

#: The areas counted, in the order of the counters.
CHANGE_AREAS = ("meeting", "checklist", "attendees", "seating", "checkins")
#: The row that counts workspace-wide changes (the unit order), which every meeting's lists show.
WORKSPACE_ROW = 0


@dataclass(frozen=True, slots=True)
class Changes:
    """The counters of one meeting (or of the workspace row 0)."""

    meeting: int = 0
    checklist: int = 0
    attendees: int = 0
    seating: int = 0
    checkins: int = 0

    def moved(self, before: Changes) -> set[str]:
        """The areas whose counter differs from ``before``."""
        return {area for area in CHANGE_AREAS if getattr(self, area) != getattr(before, area)}
