"""Seating use cases: choose a venue, seat a meeting automatically, and the editor's small changes.

Every function is one user action = one transaction. Seat edits are pure ``plan_*`` functions over the
current ``SeatState``s returning a ``SeatChange`` (before, after), and one ``apply_seat_change`` that writes it
when ``before`` still holds; undo applies the change reversed. ``auto_seat`` returns its ``SeatChange`` too.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from meeting_planner.documents import venue_toml
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.seating import SeatingOptions, SeatingPlan, SeatState, plan_seating, rostrum_row_offsets
from meeting_planner.domain.venue import Seat, Venue, VenueError
from meeting_planner.errors import InputError, Phrase, wording
from meeting_planner.services.pinyin import pinyin_key
from meeting_planner.services.units import unit_order
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage import venues as venue_repo
from meeting_planner.storage.attendees import list_attendees
from meeting_planner.storage.errors import ConflictError
from meeting_planner.storage.meetings import lock_meeting
from meeting_planner.storage.workspace import Connection, Workspace

if TYPE_CHECKING:
    from meeting_planner.documents.venue_grid import GridHall


class SeatingError(InputError):
    """A seating action cannot be done; the message is for users."""


#: What a desk is told when a seat change lost a race with another desk (nothing was written).
SEAT_CONFLICT = seat_repo.SEAT_CONFLICT


@contextmanager
def _seat_transaction(workspace: Workspace, meeting_id: int) -> Iterator[Connection]:
    """One seating action: a transaction holding the meeting's lock (``lock_meeting``) before anything is read,
    so two desks seating one meeting take turns and each checks its preconditions against the other's result.
    A write that still lost a race is a ``SeatingError`` (座位已被其他工作台修改，已刷新)."""
    try:
        with workspace.transaction() as connection:
            lock_meeting(connection, meeting_id)
            yield connection
    except ConflictError as error:
        raise SeatingError(wording(error)) from error


@dataclass(frozen=True, slots=True)
class SeatChange:
    """States of some seats before and after one edit (``apply_seat_change`` writes it; undo applies it
    ``reversed``). ``whole``: the states are the meeting's whole seating (auto-seat, clear): seats missing
    from ``after`` end free, and a seat taken meanwhile outside ``before`` is a conflict."""

    before: tuple[SeatState, ...]
    after: tuple[SeatState, ...]
    whole: bool = False

    def reversed(self) -> SeatChange:
        """The change that undoes this one."""
        return SeatChange(self.after, self.before, self.whole)


@dataclass
class SeatingResult:
    """What ``auto_seat`` did: the plan (seated, unseated, on leave, rostrum overflow, empty seats) plus the
    states before and after (for undo); worded by ``cli/wording.py`` and ``ui/wording.py``."""

    venue: Venue
    plan: SeatingPlan
    change: SeatChange


# --- venues -----------------------------------------------------------------------------------------


def builtin_venue_dir() -> Path:
    """Where the built-in venue files live (``resources/venues``)."""
    from meeting_planner.resources import resource_path

    return resource_path("venues")


def builtin_venues() -> list[Venue]:
    """Every built-in venue, by key."""
    found = [venue_toml.load_venue_file(path) for path in sorted(builtin_venue_dir().glob("*.toml"))]
    return sorted(found, key=lambda venue: venue.key)


def _all_venues(connection: Connection) -> list[tuple[Venue, bool]]:
    """Every venue the user can choose, as ``(venue, builtin)``; saved ones shadow built-ins."""
    saved = {venue.key: venue for venue in _saved_venues(connection)}
    listed = [(venue, False) for venue in saved.values()]
    listed += [(venue, True) for venue in builtin_venues() if venue.key not in saved]
    return sorted(listed, key=lambda pair: pair[0].key)


def _saved_venues(connection: Connection) -> list[Venue]:
    """Venues saved in the workspace, by key. One saved by an older version that today's bounds refuse (e.g. a
    NaN) is left out of the lists instead of breaking every one; choosing it by key names the field."""
    found: list[Venue] = []
    for key, text in venue_repo.saved_venue_texts(connection):
        try:
            found.append(venue_toml.venue_from_saved_text(text, key))
        except VenueError:
            continue
    return found


def store_venue(connection: Connection, venue: Venue) -> None:
    """Save (insert or replace) ``venue`` in the workspace, in the caller's transaction."""
    venue_repo.save_venue_text(connection, venue.key, venue.name, venue_toml.venue_to_toml(venue))


def _find_venue(connection: Connection, key: str) -> Venue | None:
    """The saved venue with ``key``, else the built-in one, else None. A saved venue that today's checks
    refuse (e.g. a NaN saved by an older version) is a SeatingError naming the field, never a crash."""
    try:
        text = venue_repo.saved_venue_text(connection, key)
        saved = venue_toml.venue_from_saved_text(text, key) if text is not None else None
    except VenueError as error:
        raise SeatingError(Phrase.of("{error}。请在“编辑场地”中修改后保存，或重新导入该场地", error=error)) from error
    if saved is not None:
        return saved
    path = builtin_venue_dir() / f"{key}.toml"
    if path.is_file():
        return venue_toml.load_venue_file(path)
    return next((venue for venue in builtin_venues() if venue.key == key), None)


def resolve_venue(connection: Connection, venue: str | Path | Venue) -> Venue:
    """A Venue from a Venue, a saved/built-in key, or a TOML file path (saved into the workspace)."""
    if isinstance(venue, Venue):
        return venue
    text = str(venue)
    if text.endswith(".toml") or Path(text).is_file():
        loaded = venue_toml.load_venue_file(Path(text))
        store_venue(connection, loaded)
        return loaded
    found = _find_venue(connection, text)
    if found is None:
        known = "、".join(v.key for v, _ in _all_venues(connection))
        raise SeatingError(Phrase.of("没有名为“{text}”的场地（可用：{known}）", text=text, known=known))
    return found


def list_venues(workspace: Workspace) -> list[tuple[Venue, bool]]:
    """Built-in and saved venues as ``(venue, builtin)``."""
    with workspace.reading() as connection:
        return _all_venues(connection)


def save_venue(workspace: Workspace, venue: Venue) -> None:
    """Store a venue in the workspace."""
    with workspace.transaction() as connection:
        store_venue(connection, venue)


def read_venue_file(path: Path) -> Venue:
    """Load a venue TOML file without saving it (VenueError names the file and the field)."""
    return venue_toml.load_venue_file(path)


def import_venue_file(workspace: Workspace, path: Path) -> Venue:
    """Load a venue TOML file and save it in the workspace."""
    with workspace.transaction() as connection:
        venue = venue_toml.load_venue_file(path)
        store_venue(connection, venue)
        return venue


def venue_key_for(name: str, taken: set[str], stem: str = "") -> str:
    """A key for a new venue: the file's stem when it is plain ASCII, else ``hall-`` and a short hash of
    the name; ``-2``, ``-3`` ... appended while it is ``taken``."""
    base = stem if stem and re.fullmatch(r"[A-Za-z0-9_-]{1,60}", stem) else ""
    base = base or "hall-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def read_venue_grid(path: Path, name: str | None = None, taken: set[str] | None = None) -> tuple[Venue, GridHall]:
    """A venue read from an Excel seat map (nothing saved): the venue and what was read (rows, notes).
    VenueError (GridProblem) names the file and every cell not understood."""
    from meeting_planner.documents.venue_grid import read_grid_hall
    from meeting_planner.domain.venue import venue_from_spec

    hall = read_grid_hall(path)
    title = (name or path.stem).strip() or path.stem
    key = venue_key_for(title, taken or set(), path.stem)
    return venue_from_spec(hall.spec(key, title), str(path)), hall


def import_venue_grid(workspace: Workspace, path: Path, name: str | None = None) -> tuple[Venue, GridHall]:
    """Read an Excel seat map and save it as a new venue in the workspace (one transaction)."""
    with workspace.transaction() as connection:
        taken = {venue.key for venue, _ in _all_venues(connection)}
        venue, hall = read_venue_grid(path, name, taken)
        store_venue(connection, venue)
        return venue, hall


def seats_lost_by_change(workspace: Workspace, venue: Venue) -> int:
    """How many people, over all meetings held in ``venue.key``, sit on seats the changed ``venue`` no longer
    has (they would become unseated); 0 for a new venue."""
    with workspace.reading() as connection:
        seated = venue_repo.seated_ids_for_venue(connection, venue.key)
    known = venue.seat_index()
    return sum(1 for seat_id in seated if seat_id not in known)


def export_venue_file(venue: Venue, path: Path) -> None:
    """Write the venue as a TOML file (loadable by ``read_venue_file`` / ``venues --import``)."""
    from meeting_planner.documents.files import atomic_output

    with atomic_output(path) as temporary:
        venue_toml.save_venue_file(venue, temporary)


def meeting_venue(workspace: Workspace, meeting_id: int) -> Venue | None:
    """The meeting's chosen venue, or None."""
    with workspace.reading() as connection:
        key = venue_repo.meeting_venue_key(connection, meeting_id)
        return _find_venue(connection, key) if key else None


def set_meeting_venue(workspace: Workspace, meeting_id: int, venue: str | Path | Venue) -> Venue:
    """Choose the meeting's venue (a file is saved into the workspace first)."""
    with workspace.transaction() as connection:
        resolved = resolve_venue(connection, venue)
        if isinstance(venue, Venue):
            store_venue(connection, venue)
        venue_repo.set_meeting_venue_key(connection, meeting_id, resolved.key)
        return resolved


# --- automatic seating ---------------------------------------------------------------------------------


def _strokes() -> Mapping[int, str]:
    from meeting_planner.documents.strokes import stroke_sequences

    return stroke_sequences()


@dataclass(frozen=True, slots=True)
class SeatingRules:
    """The protocol settings of a meeting's last automatic seating, printed in the chart's legend."""

    honour: str = "left"
    even_rule: str = "standard"

    def legend(self, orientation: str = "audience") -> str:
        """``主席台 左为上 · 偶数时2号在1号上位侧 · 面向主席台``."""
        from meeting_planner.domain import protocol

        honour = protocol.HONOUR_LABELS[protocol.parse_honour(self.honour)]
        even = protocol.EVEN_RULE_LABELS[protocol.parse_even_rule(self.even_rule)]
        view = "面向主席台" if orientation == "audience" else "主席台视角"
        return f"主席台 {honour} · {even} · {view}"


def meeting_seating_rules(workspace: Workspace, meeting_id: int) -> SeatingRules:
    """The rules the meeting was last seated with (defaults when never seated)."""
    with workspace.reading() as connection:
        stored = venue_repo.meeting_seating_rules(connection, meeting_id)
    return SeatingRules(stored.get("honour", "left"), stored.get("even_rule", "standard"))


def count_marked_for_rostrum(workspace: Workspace, meeting_id: int) -> int:
    """How many attendees are marked 主席台 (the GUI asks how many to seat there when none are)."""
    from meeting_planner.storage.attendees import count_on_rostrum

    with workspace.reading() as connection:
        return count_on_rostrum(connection, meeting_id)


def auto_seat(
    workspace: Workspace,
    meeting_id: int,
    venue: str | Path | Venue | None = None,
    honour: str = "left",
    method: str = "rows",
    *,
    order: str = "rank",
    rostrum_count: int | None = None,
    substitutes_keep_seat: bool = True,
    even_rule: str = "standard",
    redo_all: bool = False,
) -> SeatingResult:
    """Seat the meeting's attendees by protocol; locked seats never move; idempotent.

    The rostrum takes exactly the people marked 主席台, unless ``rostrum_count`` says how many (the marked
    ones first, then by rank). Seats placed by hand are kept unless ``redo_all``. ``venue`` may be a key,
    a TOML file or a Venue; None uses the meeting's venue. The chosen venue and the rules used become the
    meeting's.
    """
    from meeting_planner.domain import protocol

    try:
        protocol.parse_honour(honour)
        protocol.parse_even_rule(even_rule)
    except ValueError as error:
        raise SeatingError(wording(error)) from error
    options = SeatingOptions(
        honour=honour,
        method=method,
        order=order,
        rostrum_count=rostrum_count,
        substitutes_keep_seat=substitutes_keep_seat,
        even_rule=even_rule,
        keep_manual=not redo_all,
        strokes=_strokes() if order == "strokes" else None,
        pinyin=pinyin_key,
    )
    try:
        with _seat_transaction(workspace, meeting_id) as connection:
            if venue is None:
                key = venue_repo.meeting_venue_key(connection, meeting_id)
                if not key:
                    raise SeatingError(Phrase("该会议还没有选定场地，请先选择场地"))
                venue = key
            resolved = resolve_venue(connection, venue)
            venue_repo.set_meeting_venue_key(connection, meeting_id, resolved.key)
            existing = seat_repo.list_assignments(connection, meeting_id)
            people = list_attendees(connection, meeting_id)
            plan = plan_seating(resolved, people, existing, options, unit_order(connection, people))
            after = list(plan.placements.values())
            venue_repo.set_meeting_seating_rules(connection, meeting_id, {"honour": honour, "even_rule": even_rule})
            seat_repo.replace_assignments(connection, meeting_id, after, existing)
    except VenueError as error:
        raise SeatingError(wording(error)) from error
    except ValueError as error:
        if isinstance(error, SeatingError):
            raise
        raise SeatingError(wording(error)) from error
    return SeatingResult(resolved, plan, SeatChange(tuple(existing.values()), tuple(after), whole=True))


# --- editor operations: pure plans over the seat states, one apply ------------------------------------------


def seat_states(workspace: Workspace, meeting_id: int) -> dict[str, SeatState]:
    """The meeting's taken or locked seats by seat id (a seat not listed is free)."""
    with workspace.reading() as connection:
        return seat_repo.list_assignments(connection, meeting_id)


def people_and_seats(workspace: Workspace, meeting_id: int) -> tuple[list[Attendee], dict[str, SeatState]]:
    """The meeting's attendees (in list order) and its seat states, read together (what the editor shows)."""
    with workspace.reading() as connection:
        return list_attendees(connection, meeting_id), seat_repo.list_assignments(connection, meeting_id)


def _state_of(states: Mapping[str, SeatState], seat_id: str) -> SeatState:
    return states.get(seat_id, SeatState(seat_id, None))


def plan_move(states: Mapping[str, SeatState], attendee_id: int, seat_id: str) -> SeatChange:
    """The change that puts ``attendee_id`` on ``seat_id``; a person already there swaps into the
    mover's old seat (or becomes unseated). Locked seats refuse."""
    target = _state_of(states, seat_id)
    source = next((a for a in states.values() if a.attendee_id == attendee_id), None)
    if source is not None and source.seat_id == seat_id:
        return SeatChange((), ())
    if target.locked:
        raise SeatingError(Phrase("目标座位已锁定，请先解锁"))
    if source is not None and source.locked:
        raise SeatingError(Phrase("此人的座位已锁定，请先解锁"))
    before = [target] + ([source] if source else [])
    after = [SeatState(seat_id, attendee_id, False, manual=True)]
    if source is not None:
        after.append(SeatState(source.seat_id, target.attendee_id, False, manual=True))
    return SeatChange(tuple(before), tuple(after))


def plan_swap(states: Mapping[str, SeatState], seat_a: str, seat_b: str) -> SeatChange:
    """The change that exchanges the people of two seats (either may be empty); locked seats refuse."""
    a, b = _state_of(states, seat_a), _state_of(states, seat_b)
    if seat_a == seat_b:
        return SeatChange((), ())
    if a.locked or b.locked:
        raise SeatingError(Phrase("锁定的座位不能交换，请先解锁"))
    after = (SeatState(seat_a, b.attendee_id, manual=True), SeatState(seat_b, a.attendee_id, manual=True))
    return SeatChange((a, b), after)


def plan_unseat(states: Mapping[str, SeatState], attendee_id: int) -> SeatChange:
    """The change that takes a person off their seat (back to the unseated list); nothing when unseated."""
    source = next((a for a in states.values() if a.attendee_id == attendee_id), None)
    if source is None:
        return SeatChange((), ())
    if source.locked:
        raise SeatingError(Phrase("此人的座位已锁定，请先解锁"))
    return SeatChange((source,), (SeatState(source.seat_id, None),))


def plan_lock(states: Mapping[str, SeatState], seat_id: str, locked: bool) -> SeatChange:
    """The change that locks or unlocks a seat (an empty seat can be locked to keep it free)."""
    current = _state_of(states, seat_id)
    return SeatChange((current,), (SeatState(seat_id, current.attendee_id, locked, current.manual),))


def plan_clear(states: Mapping[str, SeatState], keep_locked: bool = True) -> SeatChange:
    """The change that empties every seat (but the locked ones with ``keep_locked``): a whole-seating change."""
    after = tuple(a for a in states.values() if a.locked and keep_locked)
    return SeatChange(tuple(states.values()), after, whole=True)


def _state(seat: SeatState) -> tuple[int | None, bool, bool]:
    return (seat.attendee_id, seat.locked, seat.manual and seat.attendee_id is not None)


def _still_holds(current: Mapping[str, SeatState], change: SeatChange) -> bool:
    """Whether ``change`` can be applied as planned: the seats of ``before`` are in those states now (for a
    whole-seating change: the seating is exactly ``before``), and every person ``after`` seats who is not
    among ``before`` holds no seat now."""
    if change.whole:
        wanted = {a.seat_id: a for a in change.before if a.attendee_id is not None or a.locked}
        if set(current) != set(wanted):
            return False
    for seat in change.before:
        if _state(_state_of(current, seat.seat_id)) != _state(seat):
            return False
    known = {a.attendee_id for a in change.before if a.attendee_id is not None}
    seated = {a.attendee_id for a in current.values() if a.attendee_id is not None}
    return all(a.attendee_id in known or a.attendee_id not in seated for a in change.after if a.attendee_id is not None)


def apply_seat_change(workspace: Workspace, meeting_id: int, change: SeatChange) -> None:
    """Write ``change`` (a plan, an auto-seat, or either reversed for undo) in one transaction under the
    meeting's lock. When another desk has changed those seats or seated one of the people since ``before``
    was read, nothing is written: ``SeatingError`` (座位已被其他工作台修改，已刷新)."""
    if not change.before and not change.after:
        return
    with _seat_transaction(workspace, meeting_id) as connection:
        current = seat_repo.list_assignments(connection, meeting_id)
        if not _still_holds(current, change):
            raise SeatingError(SEAT_CONFLICT)
        _check_people(connection, meeting_id, change.after)
        if change.whole:
            seat_repo.replace_assignments(connection, meeting_id, change.after, current)
        else:
            written = {a.seat_id for a in change.after}
            freed = [SeatState(a.seat_id, None) for a in change.before if a.seat_id not in written]
            seat_repo.apply_changes(connection, meeting_id, [*change.after, *freed])


def _check_people(connection: Connection, meeting_id: int, states: Sequence[SeatState]) -> None:
    """Everyone to be seated is (still) in the meeting's list."""
    from meeting_planner.storage.attendees import attendee_ids

    wanted = {a.attendee_id for a in states if a.attendee_id is not None}
    if wanted and not wanted <= attendee_ids(connection, meeting_id, wanted):
        raise SeatingError(Phrase("要安排的人员已被其他工作台移出名单，已刷新"))


# --- views for printouts and the editor -------------------------------------------------------------------


@dataclass
class SeatingView:
    """Everything a chart, a list or the editor shows: venue, attendees and who sits where."""

    meeting_id: int
    title: str
    date_text: str
    venue: Venue
    attendees: list[Attendee]
    assignments: dict[str, SeatState]

    def occupant(self, seat_id: str) -> Attendee | None:
        """Who sits on ``seat_id``."""
        assignment = self.assignments.get(seat_id)
        if assignment is None or assignment.attendee_id is None:
            return None
        return self.by_id().get(assignment.attendee_id)

    def by_id(self) -> dict[int, Attendee]:
        """Attendees by id."""
        return {a.id: a for a in self.attendees if a.id is not None}

    def seat_of(self) -> dict[int, Seat]:
        """Each seated attendee's seat."""
        seats = self.venue.seat_index()
        return {
            a.attendee_id: seats[a.seat_id]
            for a in self.assignments.values()
            if a.attendee_id is not None and a.seat_id in seats
        }


def seating_view(workspace: Workspace, meeting_id: int, venue: str | Venue | None = None) -> SeatingView:
    """The meeting's seating for printing or showing; SeatingError if no venue is chosen."""
    from meeting_planner.services.meetings import get_meeting

    meeting = get_meeting(workspace, meeting_id)
    with workspace.reading() as connection:
        if venue is None:
            key = venue_repo.meeting_venue_key(connection, meeting_id)
            if not key:
                raise SeatingError(
                    Phrase.of("会议“{title}”还没有选定场地，请先排座（seat --venue ...）", title=meeting.title)
                )
            venue = key
        resolved = venue if isinstance(venue, Venue) else _find_venue(connection, venue)
        if resolved is None:
            raise SeatingError(Phrase.of("找不到场地“{venue}”", venue=venue))
        people = list_attendees(connection, meeting_id)
        assignments = seat_repo.list_assignments(connection, meeting_id)
    return SeatingView(meeting_id, meeting.title, _date_text(meeting.start, meeting.end), resolved, people, assignments)


def _date_text(start: datetime, end: datetime | None = None) -> str:
    """The one date style of every printout: ``2026年12月1日（星期二）上午9:00—11:30``."""
    from meeting_planner.domain.dates import chinese_period

    return chinese_period(start, end)


# --- printouts ------------------------------------------------------------------------------------------

CARD_LINES = ("none", "title", "unit")


def printable_people(view: SeatingView) -> list[Attendee]:
    """Who gets a card: everyone but staff and people on leave; seated people in seat order first."""
    order = {seat.id: index for index, seat in enumerate(view.venue.seats())}
    seat_of = {a.attendee_id: a.seat_id for a in view.assignments.values() if a.attendee_id is not None}
    people = [a for a in view.attendees if a.role is not Role.STAFF and a.reply is not ReplyStatus.LEAVE]
    return sorted(
        people,
        key=lambda a: (order.get(seat_of.get(a.id or -1, ""), len(order)), a.rank is None, a.rank or 0, a.position),
    )


def chart_names(view: SeatingView) -> dict[str, str]:
    """What the chart prints: seat id -> the name on it."""
    people = view.by_id()
    return {
        sid: people[a.attendee_id].display_name
        for sid, a in view.assignments.items()
        if a.attendee_id is not None and a.attendee_id in people
    }


def cards_out_of_date(people: Sequence[Attendee], printed: Mapping[str, str]) -> list[Attendee]:
    """Those of ``people`` whose card was never printed or no longer matches them (``printed``: the table-card
    print records, person id -> card hash; a card printed with or without its title/unit line counts)."""
    from meeting_planner.documents.table_cards_pdf import Card, card_hash

    stale = []
    for person in people:
        variants = {card_hash(Card(person.display_name, text)) for text in ("", person.display_title, person.unit)}
        if printed.get(str(person.id)) not in variants:
            stale.append(person)
    return stale


def stale_cards(workspace: Workspace, meeting_id: int) -> list[Attendee]:
    """People whose table card was never printed or no longer matches them (name, title or unit changed,
    a substitute now attends), in card order."""
    view = seating_view(workspace, meeting_id)
    with workspace.reading() as connection:
        printed = seat_repo.print_hashes(connection, meeting_id, "table-cards")
    return cards_out_of_date(printable_people(view), printed)


def export_seating_chart(
    workspace: Workspace,
    meeting_id: int,
    path: Path,
    orientation: str = "audience",
    show_rank: bool = False,
    *,
    paper: str = "auto",
    all_rows: bool = False,
    record: bool = True,
    options: str = "",
) -> int:
    """Write the seating chart PDF of the meeting; returns the page count. ``paper="a4"`` tiles a big hall
    on A4 with overlap and crop marks; ``all_rows`` prints the empty rows behind the last one in use too.
    Recorded as printed (with the ``options`` text) once the file is in place, unless ``record`` is False."""
    from meeting_planner.documents.seating_pdf import write_seating_chart

    view = seating_view(workspace, meeting_id)
    people = view.by_id()
    names = chart_names(view)
    ranks = (
        {sid: people[a.attendee_id].rank for sid, a in view.assignments.items() if a.attendee_id in people}
        if show_rank
        else None
    )
    from meeting_planner.documents.files import atomic_output

    with atomic_output(path) as temporary:
        pages = write_seating_chart(
            temporary,
            view.venue,
            names,
            title=view.title,
            date_text=view.date_text,
            orientation=orientation,
            ranks={k: v for k, v in (ranks or {}).items() if v is not None} or None,
            legend=meeting_seating_rules(workspace, meeting_id).legend(orientation),
            offsets=rostrum_row_offsets(view.venue, set(names)),
            all_rows=all_rows,
            paper=paper,
            units={
                sid: people[a.attendee_id].unit
                for sid, a in view.assignments.items()
                if a.attendee_id in people and people[a.attendee_id].unit
            },
        )
    if record:
        from meeting_planner.services.printouts import record_print

        record_print(workspace, meeting_id, "seating-chart", options)
    return pages


def export_seat_list(
    workspace: Workspace, meeting_id: int, path: Path, sort: str = "unit", *, record: bool = True, options: str = ""
) -> int:
    """Write the ushers' seat list sorted by ``unit`` (unit order, then rank) or ``name`` (pinyin); recorded as
    printed unless ``record`` is False."""
    from meeting_planner.documents.seat_list_pdf import SeatListRow, write_seat_list
    from meeting_planner.domain import protocol

    if sort not in ("unit", "name"):
        raise SeatingError(Phrase.of("排序方式“{sort}”无效，应为 unit（按单位）或 name（按姓名）", sort=sort))
    view = seating_view(workspace, meeting_id)
    people = [a for a in view.attendees if a.reply is not ReplyStatus.LEAVE and a.role is not Role.STAFF]
    with workspace.reading() as connection:
        units = unit_order(connection, people)
    seat_of = view.seat_of()
    zones = {zone.key: zone.name for zone in view.venue.zones}
    ordered = protocol.order_people(
        people,
        "unit" if sort == "unit" else "pinyin",
        name_of=lambda a: a.display_name,
        rank_of=lambda a: a.rank,
        unit_of=lambda a: a.unit,
        unit_order=units,
        pinyin=pinyin_key,
    )
    if sort == "unit":
        ordered = protocol.group_runs(ordered, lambda a: a.unit, units)
    rows = []
    for person in ordered:
        seat = seat_of.get(person.id or -1)
        rows.append(
            SeatListRow(
                person.display_name,
                person.unit,
                zones.get(seat.zone, "") if seat else "",
                seat.row_label if seat else "",
                f"{seat.label}号" if seat else "",
            )
        )
    subtitle = f"{view.date_text}　{view.venue.name}　{'按单位' if sort == 'unit' else '按姓名拼音'}排列"
    from meeting_planner.documents.files import atomic_output

    with atomic_output(path) as temporary:
        pages = write_seat_list(temporary, rows, title=view.title, subtitle=subtitle)
    if record:
        from meeting_planner.services.printouts import record_print

        record_print(workspace, meeting_id, "seat-list", options)
    return pages


@dataclass
class CardsResult:
    """How many cards were written and how many were left out as unchanged."""

    written: int
    unchanged: int


def export_table_cards(
    workspace: Workspace,
    meeting_id: int,
    path: Path,
    *,
    attendee_ids: Sequence[int] | None = None,
    only_changed: bool = False,
    line: str = "none",
    fixed_line: str = "",
    record: bool = True,
) -> CardsResult:
    """Write table cards: all, a selection (``attendee_ids``), or only those whose content changed
    since the last print. ``line`` adds the person's ``title`` or ``unit`` above the name (or
    ``fixed_line`` on every card). Records what was printed."""
    from meeting_planner.documents.table_cards_pdf import Card, card_hash, write_table_cards

    if line not in CARD_LINES:
        raise SeatingError(Phrase.of("桌签附加行“{line}”无效，应为 none、title 或 unit", line=line))
    view = seating_view(workspace, meeting_id)
    people = printable_people(view)
    if attendee_ids is not None:
        wanted = set(attendee_ids)
        people = [a for a in people if a.id in wanted]

    def card_for(person: Attendee) -> Card:
        text = fixed_line or {"none": "", "title": person.display_title, "unit": person.unit}[line]
        return Card(person.display_name, text)

    cards = [(person, card_for(person)) for person in people]
    with workspace.reading() as connection:
        printed = seat_repo.print_hashes(connection, meeting_id, "table-cards")
    unchanged = 0
    if only_changed:
        before = len(cards)
        cards = [(p, c) for p, c in cards if printed.get(str(p.id)) != card_hash(c)]
        unchanged = before - len(cards)
    if not cards:
        return CardsResult(0, unchanged)
    from meeting_planner.documents.files import atomic_output
    from meeting_planner.services.fonts import apply_font_choice

    apply_font_choice(workspace)  # 桌签 names in the chosen (default: 黑体/宋体 when installed) face
    with atomic_output(path) as temporary:
        write_table_cards(temporary, [card for _, card in cards], title=f"桌签 {view.title}")
    # Recorded only once the file is in place: a failed write never marks cards as printed.
    if not record:
        return CardsResult(len(cards), unchanged)
    with workspace.transaction() as connection:
        seat_repo.record_printed(connection, meeting_id, "table-cards", {str(p.id): card_hash(c) for p, c in cards})
    return CardsResult(len(cards), unchanged)
