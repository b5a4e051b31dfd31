"""Automatic seating as a pure function: who sits where, given a venue, the attendees and locked seats.

The protocol (``domain/protocol.py``) gives each zone an order of seats from best to worst; this
module decides which people go to which zone and hands the seats out in that order:

1. Locked seats (and the people in them) never change. Staff (工作人员) and people on leave (请假)
   are not seated. A substitute (代会) takes the absentee's place and rank, unless
   ``substitutes_keep_seat`` is False: then substitutes sit in the audience with their unit.
2. Ranked zones in venue order: the rostrum takes the best-ranked attendees (all ranked ones that
   fit, or ``rostrum_count``); a talks table puts the host unit on the host side and the others on
   the guest side (one party only: the sides alternate by rank), interpreters beside the leads; a
   banquet takes everyone left, table by table in table rank, seats by the banquet rule.
3. Audience zones take the rest, grouped by unit in unit order (observers after attendees), in the
   fill order of the chosen method (横排/竖排/左右排列).

The result is deterministic, so running it again on its own output changes nothing (idempotent).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from meeting_planner.domain import protocol
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.venue import Seat, Venue, Zone, ZoneKind

INTERPRETER_WORDS = ("翻译", "译员")


@dataclass(frozen=True, slots=True)
class Placement:
    """A seat's state: who sits there (None = nobody) and whether it is locked."""

    seat_id: str
    attendee_id: int | None
    locked: bool = False


@dataclass
class SeatingPlan:
    """The outcome of automatic seating."""

    placements: dict[str, Placement]
    unseated: list[Attendee] = field(default_factory=list)
    on_leave: list[Attendee] = field(default_factory=list)
    empty_seats: list[Seat] = field(default_factory=list)

    @property
    def seated_count(self) -> int:
        """How many seats have a person."""
        return sum(1 for p in self.placements.values() if p.attendee_id is not None)


@dataclass(frozen=True, slots=True)
class SeatingOptions:
    """The switchable settings of a seating run."""

    honour: str = "left"
    method: str = "rows"
    order: str = "rank"
    rostrum_count: int | None = None
    substitutes_keep_seat: bool = True
    talks_honour: str = "right"
    #: Code point -> total strokes; needed when ``order`` is ``"strokes"``.
    stroke_counts: Mapping[int, int] | None = None


def zone_seat_order(zone: Zone, honour: str = "left", method: str = "rows") -> list[Seat]:
    """Usable seats of a zone from best to worst under the protocol (talks: use ``talks_seat_orders``)."""
    if zone.kind is ZoneKind.ROSTRUM:
        rows = [[s for s in row if s.usable] for row in zone.rows()]
        ordered: list[Seat] = []
        for row in rows:
            ranks = protocol.rostrum_order(len(row), honour)
            ordered.extend(row[i] for i in protocol.seats_by_rank(ranks))
        return ordered
    if zone.kind is ZoneKind.BANQUET:
        tables: dict[int, list[Seat]] = {}
        for seat in zone.seats:
            tables.setdefault(seat.row, []).append(seat)
        ordered = []
        for number in sorted(tables):
            seats = sorted(tables[number], key=lambda s: s.index)
            ranks = protocol.banquet_seat_order(len(seats))
            ordered.extend(seats[i] for i in protocol.seats_by_rank(ranks) if seats[i].usable)
        return ordered
    if zone.kind is ZoneKind.TALKS:
        orders = talks_seat_orders(zone, honour)
        return [seat for pair in zip(orders["host"], orders["guest"], strict=False) for seat in pair]
    rows = [[s for s in row if s.usable] for row in zone.rows()]
    return protocol.audience_fill_order(rows, method, honour)


def talks_seat_orders(zone: Zone, honour: str = "right") -> dict[str, list[Seat]]:
    """Each side's seats of a talks table from the lead outward, the interpreter seat (if any) last."""
    result: dict[str, list[Seat]] = {}
    interpreter = bool(zone.options.get("interpreter", False))
    for side in ("guest", "host"):
        seats = sorted((s for s in zone.seats if s.side == side), key=lambda s: s.x)
        ranks = protocol.talks_table_layout(len(seats), honour, interpreter)[side]
        people_seats = [seats[i] for i in protocol.seats_by_rank(ranks) if ranks[i] != protocol.INTERPRETER]
        interpreter_seats = [seats[i] for i, r in enumerate(ranks) if r == protocol.INTERPRETER]
        result[side] = [s for s in people_seats + interpreter_seats if s.usable]
    return result


def _is_interpreter(person: Attendee) -> bool:
    return any(word in person.display_title for word in INTERPRETER_WORDS)


def plan_seating(
    venue: Venue,
    attendees: Sequence[Attendee],
    existing: Mapping[str, Placement],
    options: SeatingOptions = SeatingOptions(),
    unit_order: Sequence[str] = (),
) -> SeatingPlan:
    """Seat ``attendees`` in ``venue`` keeping every locked placement of ``existing`` unchanged."""
    unit_order = list(unit_order) + [u for u in units_by_precedence(attendees) if u not in set(unit_order)]
    locked = {sid: p for sid, p in existing.items() if p.locked}
    fixed_people = {p.attendee_id for p in locked.values() if p.attendee_id is not None}
    on_leave = [a for a in attendees if a.reply is ReplyStatus.LEAVE and a.id not in fixed_people]
    queue = [
        a
        for a in attendees
        if a.role is not Role.STAFF and a.reply is not ReplyStatus.LEAVE and a.id not in fixed_people
    ]
    placements: dict[str, Placement] = dict(locked)
    free = {seat.id for seat in venue.seats() if seat.id not in locked}

    def ranked(person: Attendee) -> bool:
        if person.rank is None or person.role is not Role.ATTENDEE:
            return False
        return options.substitutes_keep_seat or person.reply is not ReplyStatus.SUBSTITUTE

    def by_rank(people: Sequence[Attendee]) -> list[Attendee]:
        return sorted(people, key=lambda a: protocol.rank_key(a.rank if ranked(a) else None, a.position))

    def take(seats: Sequence[Seat], people: Sequence[Attendee]) -> list[Attendee]:
        """Seat ``people`` in the free ones of ``seats`` in order; returns who is left."""
        next_person = 0
        for seat in seats:
            if next_person >= len(people):
                break
            if seat.id in free:
                placements[seat.id] = Placement(seat.id, people[next_person].id)
                free.discard(seat.id)
                next_person += 1
        return list(people[next_person:])

    rostrum_budget = options.rostrum_count
    for zone in venue.zones:
        if zone.kind is ZoneKind.ROSTRUM:
            candidates = by_rank([a for a in queue if ranked(a)])
            if rostrum_budget is not None:
                candidates = candidates[: max(rostrum_budget, 0)]
            left = take(zone_seat_order(zone, options.honour), candidates)
            seated_ids = {a.id for a in candidates} - {a.id for a in left}
            if rostrum_budget is not None:
                rostrum_budget -= len(seated_ids)
            queue = [a for a in queue if a.id not in seated_ids]
        elif zone.kind is ZoneKind.TALKS:
            queue = _seat_talks(zone, queue, options, by_rank, take)
        elif zone.kind is ZoneKind.BANQUET:
            left_ids = {a.id for a in take(zone_seat_order(zone), by_rank(queue))}
            queue = [a for a in queue if a.id in left_ids]
    audience_people = _audience_queue(queue, options, unit_order, ranked)
    for zone in venue.zones:
        if zone.kind is ZoneKind.AUDITORIUM:
            audience_people = take(zone_seat_order(zone, options.honour, options.method), audience_people)
    seated = {p.attendee_id for p in placements.values()}
    unseated = [a for a in queue if a.id not in seated]
    empty = [s for s in venue.seats() if not s.blocked and _occupant(placements, s.id) is None]
    return SeatingPlan(placements, unseated, on_leave, empty)


def _seat_talks(
    zone: Zone,
    queue: list[Attendee],
    options: SeatingOptions,
    by_rank: Callable[[Sequence[Attendee]], list[Attendee]],
    take: Callable[[Sequence[Seat], Sequence[Attendee]], list[Attendee]],
) -> list[Attendee]:
    """Host unit on the host side, others on the guest side; one party alternates sides by rank."""
    orders = talks_seat_orders(zone, options.talks_honour)
    interpreters = [a for a in queue if _is_interpreter(a)]
    people = by_rank([a for a in queue if not _is_interpreter(a)])
    if not people:
        return queue
    host_unit = people[0].unit
    guests = [a for a in people if a.unit != host_unit]
    if guests:
        hosts = [a for a in people if a.unit == host_unit]
    else:
        hosts, guests = people[0::2], people[1::2]
    interpreter_slots = 1 if zone.options.get("interpreter") else 0
    n_host = len(orders["host"]) - interpreter_slots
    n_guest = len(orders["guest"]) - interpreter_slots
    left = take(orders["host"][:n_host], hosts) + take(orders["guest"][:n_guest], guests)
    if interpreter_slots:
        left += take(orders["host"][n_host:] + orders["guest"][n_guest:], interpreters)
    else:
        left += interpreters
    seated_ids = {a.id for a in queue} - {a.id for a in left}
    return [a for a in queue if a.id not in seated_ids]


def _audience_queue(
    queue: Sequence[Attendee],
    options: SeatingOptions,
    unit_order: Sequence[str],
    ranked: Callable[[Attendee], bool],
) -> list[Attendee]:
    """Attendees grouped by unit (unit order), then observers grouped the same way; the chosen order
    inside each unit (rank by default)."""

    def rank_of(person: Attendee) -> int | None:
        return person.rank if ranked(person) else None

    def ordered(people: Sequence[Attendee]) -> list[Attendee]:
        inside = protocol.order_people(
            people,
            options.order if options.order != "unit" else "rank",
            name_of=lambda a: a.display_name,
            rank_of=rank_of,
            unit_of=lambda a: a.unit,
            unit_order=unit_order,
            stroke_counts=options.stroke_counts,
        )
        return protocol.group_runs(inside, lambda a: a.unit, list(unit_order))

    attendees = [a for a in queue if a.role is not Role.OBSERVER]
    observers = [a for a in queue if a.role is Role.OBSERVER]
    return ordered(attendees) + ordered(observers)


def _occupant(placements: Mapping[str, Placement], seat_id: str) -> int | None:
    placement = placements.get(seat_id)
    return placement.attendee_id if placement else None


def units_by_precedence(attendees: Sequence[Attendee]) -> list[str]:
    """Units ordered by their best-ranked member, then by first appearance in the list: the unit
    order used when the directory keeps none."""
    best: dict[str, tuple[tuple[int, int, int], int]] = {}
    for index, person in enumerate(attendees):
        key = (protocol.rank_key(person.rank, person.position), index)
        if person.unit not in best or key < best[person.unit]:
            best[person.unit] = key
    return sorted(best, key=best.__getitem__)
