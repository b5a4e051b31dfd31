"""Automatic seating as a pure function: who sits where, given a venue, the attendees and locked seats.

The protocol (``domain/protocol.py``) gives each zone an order of seats from best to worst; this
module decides which people go to which zone and hands the seats out in that order:

1. Locked seats (and the people in them) never change, nor do seats placed by hand unless
   ``keep_manual`` is False (redo everything). Staff (工作人员) and people on leave (请假) are not
   seated. A substitute (代会) takes the absentee's place and rank, unless ``substitutes_keep_seat`` is
   False: then substitutes sit in the audience with their unit.
2. Ranked zones in venue order: the rostrum takes exactly the people marked 主席台 (``on_rostrum``), in
   rank order, front row first; ``rostrum_count = N`` instead takes the marked people and then the
   best-ranked others, N in all. Each rostrum row centres its people on the desk (``rostrum_row_ranks``).
   A talks table puts the host unit on the host side and the others on
   the guest side (one party only: the sides alternate by rank), interpreters beside the leads; a
   banquet takes everyone left, table by table in table rank, seats by the banquet rule.
3. Audience zones take the rest, grouped by unit in unit order (observers after attendees), in the
   fill order of the chosen method (横排/竖排/左右排列).

The result is deterministic, so running it again on its own output changes nothing (idempotent).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from meeting_planner.domain import protocol
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.venue import Seat, Venue, Zone, ZoneKind

INTERPRETER_WORDS = ("翻译", "译员")


@dataclass(frozen=True, slots=True)
class SeatState:
    """A seat's state: who sits there (None = nobody) and whether it is locked."""

    seat_id: str
    attendee_id: int | None
    locked: bool = False
    #: Placed by hand (dragged, swapped): kept by automatic seating unless everything is redone.
    manual: bool = False


@dataclass
class SeatingPlan:
    """The outcome of automatic seating."""

    placements: dict[str, SeatState]
    unseated: list[Attendee] = field(default_factory=list)
    on_leave: list[Attendee] = field(default_factory=list)
    empty_seats: list[Seat] = field(default_factory=list)
    #: People marked 主席台 who did not get a rostrum seat (too few chairs, or no rostrum in the venue).
    rostrum_overflow: list[Attendee] = field(default_factory=list)

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
    #: Where No.1 and No.2 sit in an even rostrum row (``protocol.EvenRule``).
    even_rule: str = "standard"
    #: Keep seats placed by hand; False redoes everything but locked seats.
    keep_manual: bool = True
    #: Code point -> stroke sequence; needed when ``order`` is ``"strokes"``.
    strokes: Mapping[int, str] | None = None
    single_given_first: bool = False
    #: Sort key of a name by pinyin (``services.pinyin.pinyin_key``); needed when ``order`` is ``"pinyin"``.
    pinyin: Callable[[str], Any] | None = None


def rostrum_seat_order(
    zone: Zone,
    people: int,
    honour: str = "left",
    even_rule: str = "standard",
    taken: frozenset[str] = frozenset(),
) -> list[Seat]:
    """The rostrum seats for ``people`` more people, best first: the front row is filled first, and each
    row's people (those already in ``taken`` seats included) take its central chairs by rank."""
    ordered: list[Seat] = []
    left = people
    for row in zone.rows():
        usable = [seat for seat in row if seat.usable]
        already = sum(1 for seat in usable if seat.id in taken)
        adding = min(left, len(usable) - already)
        ranks = protocol.rostrum_row_ranks(len(usable), already + adding, honour, even_rule)
        ordered.extend(usable[i] for i in protocol.seats_by_rank([r or len(usable) + 1 for r in ranks]))
        left -= adding
    return ordered


def zone_seat_order(zone: Zone, honour: str = "left", method: str = "rows", even_rule: str = "standard") -> list[Seat]:
    """Usable seats of a zone from best to worst under the protocol (talks: use ``talks_seat_orders``)."""
    if zone.kind is ZoneKind.ROSTRUM:
        return rostrum_seat_order(zone, len(zone.seats), honour, even_rule)
    if zone.kind is ZoneKind.BANQUET:
        tables: dict[int, list[Seat]] = {}
        for seat in zone.seats:
            tables.setdefault(seat.row, []).append(seat)
        ordered: list[Seat] = []
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
    existing: Mapping[str, SeatState],
    options: SeatingOptions = SeatingOptions(),
    unit_order: Sequence[str] = (),
) -> SeatingPlan:
    """Seat ``attendees`` in ``venue`` keeping every locked placement of ``existing`` unchanged."""
    unit_order = protocol.official_unit_order(attendees, lambda a: a.unit, lambda a: a.rank, unit_order)
    locked = {
        sid: p
        for sid, p in existing.items()
        if p.locked or (options.keep_manual and p.manual and p.attendee_id is not None)
    }
    fixed_people = {p.attendee_id for p in locked.values() if p.attendee_id is not None}
    on_leave = [a for a in attendees if a.reply is ReplyStatus.LEAVE and a.id not in fixed_people]
    queue = [
        a
        for a in attendees
        if a.role is not Role.STAFF and a.reply is not ReplyStatus.LEAVE and a.id not in fixed_people
    ]
    placements: dict[str, SeatState] = dict(locked)
    free = {seat.id for seat in venue.seats() if seat.id not in locked}

    def keeps_place(person: Attendee) -> bool:
        return options.substitutes_keep_seat or person.reply is not ReplyStatus.SUBSTITUTE

    def ranked(person: Attendee) -> bool:
        return person.rank is not None and person.role is Role.ATTENDEE and keeps_place(person)

    def by_rank(people: Sequence[Attendee]) -> list[Attendee]:
        return sorted(people, key=lambda a: protocol.rank_key(a.rank if ranked(a) else None, a.position))

    def take(seats: Sequence[Seat], people: Sequence[Attendee]) -> list[Attendee]:
        """Seat ``people`` in the free ones of ``seats`` in order; returns who is left."""
        next_person = 0
        for seat in seats:
            if next_person >= len(people):
                break
            if seat.id in free:
                placements[seat.id] = SeatState(seat.id, people[next_person].id)
                free.discard(seat.id)
                next_person += 1
        return list(people[next_person:])

    rostrum_budget = options.rostrum_count
    for zone in venue.zones:
        if zone.kind is ZoneKind.ROSTRUM:
            candidates = by_rank([a for a in queue if a.on_rostrum and keeps_place(a)])
            if rostrum_budget is not None:
                others = by_rank([a for a in queue if ranked(a) and not a.on_rostrum])
                candidates = (candidates + others)[: max(rostrum_budget, 0)]
            taken = frozenset(sid for sid in locked if sid in {seat.id for seat in zone.seats})
            seats = rostrum_seat_order(zone, len(candidates), options.honour, options.even_rule, taken)
            left = take(seats, candidates)
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
    on_rostrum = {
        p.attendee_id for zone in venue.zones if zone.kind is ZoneKind.ROSTRUM for s in zone.seats
        if (p := placements.get(s.id)) is not None
    }  # fmt: skip
    overflow = [
        a
        for a in attendees
        if a.on_rostrum and a.role is not Role.STAFF and a.reply is not ReplyStatus.LEAVE and keeps_place(a)
        and a.id not in fixed_people and a.id not in on_rostrum
    ]  # fmt: skip
    return SeatingPlan(placements, unseated, on_leave, empty, overflow)


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
            strokes=options.strokes,
            single_given_first=options.single_given_first,
            pinyin=options.pinyin,
        )
        return protocol.group_runs(inside, lambda a: a.unit, list(unit_order))

    attendees = [a for a in queue if a.role is not Role.OBSERVER]
    observers = [a for a in queue if a.role is Role.OBSERVER]
    return ordered(attendees) + ordered(observers)


def _occupant(placements: Mapping[str, SeatState], seat_id: str) -> int | None:
    placement = placements.get(seat_id)
    return placement.attendee_id if placement else None


def rostrum_row_offsets(venue: Venue, occupied: Collection[str]) -> dict[str, float]:
    """How far (metres along x) each rostrum seat is set out so that every rostrum row's people are centred
    on the desk (``protocol.rostrum_row_shift``): half a chair where the people and chairs of a row differ
    in parity, else nothing. Charts and the editor draw seats at ``seat.x + offset``."""
    offsets: dict[str, float] = {}
    for zone in venue.zones:
        if zone.kind is not ZoneKind.ROSTRUM:
            continue
        for row in zone.rows():
            usable = sorted((seat for seat in row if seat.usable), key=lambda seat: seat.x)
            if len(usable) < 2:
                continue
            taken = [index for index, seat in enumerate(usable) if seat.id in occupied]
            shift = protocol.rostrum_row_shift(len(usable), taken)
            if shift:
                pitch = (usable[-1].x - usable[0].x) / (len(usable) - 1)
                offsets.update({seat.id: shift * pitch for seat in row})
    return offsets
