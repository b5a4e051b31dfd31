"""The one official unit order (单位排序) that every list, printout, board and seating run uses.

The office may set an order (``attendees.set_unit_order``: GUI drag or paste, CLI ``units --order``);
units without one follow by the best rank of their people, so the leaders' units come first
(``protocol.official_unit_order``).
"""

from __future__ import annotations

from collections.abc import Iterable

from meeting_planner.domain import protocol
from meeting_planner.domain.attendee import Attendee
from meeting_planner.storage.directory import explicit_unit_orders
from meeting_planner.storage.workspace import Connection


def unit_order(connection: Connection, people: Iterable[Attendee]) -> list[str]:
    """The units of ``people`` in the official order."""
    return protocol.official_unit_order(people, lambda a: a.unit, lambda a: a.rank, explicit_unit_orders(connection))
