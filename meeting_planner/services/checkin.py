"""The meeting day: check people in at the door, undo mistakes, and the live 应到/实到/请假/缺席 board.

A check-in is found by scanned code (``12-0042``), full name, pinyin initials (``zjg`` for 周建国) or part
of the name. Exactly one match checks in at once; several matches return the candidates so the desk asks;
none is reported. Every check-in is one transaction, committed before the call returns (SQLite runs with
``synchronous=FULL``), so a reported check-in survives a crash of the laptop at the door.

The name index per meeting (normalised names, pinyin initials and syllables) is kept between calls and
rebuilt when the meeting's attendees change.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from meeting_planner.domain.attendance import (
    BACKFILL_LABEL,
    AttendanceStatus,
    CheckIn,
    CheckInMethod,
    DeskRow,
    Tally,
    backfill_time,
    is_late,
    tally,
)
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import Meeting
from meeting_planner.domain.names import normalise_name
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.services.pinyin import pinyin_syllables
from meeting_planner.services.units import unit_order
from meeting_planner.storage import checkins as repo
from meeting_planner.storage import desk_sync
from meeting_planner.storage.attendees import get_attendee, list_attendees
from meeting_planner.storage.errors import ConstraintError
from meeting_planner.storage.meetings import load_meeting
from meeting_planner.storage.workspace import Connection, Workspace

#: What a scanned or typed check-in code looks like (``12-0042``); never a name or pinyin.
CODE_PATTERN = re.compile(r"^\d+-\d+$")
#: At most this many candidates are returned for an ambiguous query.
MAX_CANDIDATES = 30


class Outcome(StrEnum):
    """What happened at the desk."""

    CHECKED_IN = "checked_in"
    ALREADY = "already"
    AMBIGUOUS = "ambiguous"
    NOT_FOUND = "not_found"
    #: The person is on leave (请假): nothing written; the desk asks and checks in with ``confirm_leave``.
    ON_LEAVE = "on_leave"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One of several people a query matched, for the desk to choose from."""

    attendee_id: int
    name: str
    unit: str
    title: str
    code: str
    checked_in: bool

    def label(self) -> str:
        """``周建国（市发改委 主任）12-0042``, with ``已签到`` when they are already in."""
        detail = " ".join(part for part in (self.unit, self.title) if part)
        text = f"{self.name}（{detail}）" if detail else self.name
        text += f" {self.code}" if self.code else ""
        return text + (" 已签到" if self.checked_in else "")


@dataclass(slots=True)
class CheckInResult:
    """The answer to one check-in attempt; ``message`` is the sentence to show at the desk."""

    outcome: Outcome
    query: str
    message: str
    attendee: Attendee | None = None
    checkin: CheckIn | None = None
    late: bool = False
    candidates: list[Candidate] = field(default_factory=list)
    #: How the query was read (code or name), for NOT_FOUND and AMBIGUOUS.
    method: CheckInMethod | None = None
    #: How many people the query found (AMBIGUOUS lists at most ``MAX_CANDIDATES`` of them).
    found: int = 0
    #: The attendee id asked for that is not in this meeting (NOT_FOUND).
    missing_id: int | None = None
    #: Recorded in the offline desk's journal, to be synchronised.
    offline: bool = False
    #: Someone not on the list, added at the door (临时增加).
    walk_in: bool = False

    @property
    def done(self) -> bool:
        """Whether this call recorded a new check-in."""
        return self.outcome is Outcome.CHECKED_IN


# --- the name index -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    row: DeskRow
    key: str  # name without spaces, lowercase
    initials: str
    pinyin: str  # joined toneless pinyin


def _entry(row: DeskRow, name: str) -> _Entry:
    syllables = pinyin_syllables(name)
    return _Entry(
        row=row,
        key=normalise_name(name).replace(" ", "").lower(),
        initials="".join(s[0] for s in syllables if s and s[0].isalnum()),
        pinyin="".join(syllables),
    )


def _entries(row: DeskRow) -> list[_Entry]:
    """The row under the attendee's name and, for a 代会 reply, under the substitute's own name too."""
    found = [_entry(row, row.name)]
    if row.reply == ReplyStatus.SUBSTITUTE.value and row.substitute_name:
        found.append(_entry(row, row.substitute_name))
    return found


class _NameIndex:
    """Search structures for one meeting's attendees, built from the rows they were made from."""

    def __init__(self, rows: list[DeskRow], fingerprint: str | None) -> None:
        self.rows = rows
        self.fingerprint = fingerprint
        self.entries = [entry for row in rows for entry in _entries(row)]
        self.by_code = {row.code.upper(): row for row in rows if row.code}

    def search(self, query: str) -> tuple[list[DeskRow], CheckInMethod]:
        """Rows matching ``query`` by the first rule that finds any, and how they were found."""
        rows, method = self._search(query)
        return list({row.id: row for row in rows}.values()), method

    def _search(self, query: str) -> tuple[list[DeskRow], CheckInMethod]:
        wanted = normalise_name(query).replace(" ", "")
        if not wanted:
            return [], CheckInMethod.NAME
        if CODE_PATTERN.match(wanted) or wanted.upper() in self.by_code:
            row = self.by_code.get(wanted.upper())
            return ([row] if row else []), CheckInMethod.CODE
        low = wanted.lower()
        exact = [e.row for e in self.entries if e.key == low]
        if exact:
            return exact, CheckInMethod.NAME
        if low.isascii() and low.isalpha():
            rules: tuple[Callable[[_Entry], bool], ...] = (
                lambda e: e.initials == low,
                lambda e: e.initials.startswith(low) or e.pinyin.startswith(low) or low in e.key,
                lambda e: low in e.initials or low in e.pinyin,
            )
            for rule in rules:
                found = [e.row for e in self.entries if rule(e)]
                if found:
                    return found, CheckInMethod.NAME
            return [], CheckInMethod.NAME
        return [e.row for e in self.entries if low in e.key], CheckInMethod.NAME


_INDEXES: dict[tuple[str, int], _NameIndex] = {}
_INDEX_LOCK = threading.Lock()


def _index(workspace: Workspace, connection: Connection, meeting_id: int) -> _NameIndex:
    """The meeting's name index, rebuilt only when its attendees changed since it was built."""
    key = (workspace.url, meeting_id)
    fingerprint = repo.attendees_fingerprint(connection, meeting_id)
    with _INDEX_LOCK:
        cached = _INDEXES.get(key)
    if cached is not None and fingerprint is not None and cached.fingerprint == fingerprint:
        return cached
    rows = repo.desk_rows(connection, meeting_id)
    if cached is not None and cached.rows == rows:
        cached.fingerprint = fingerprint
        return cached
    index = _NameIndex(rows, fingerprint)
    with _INDEX_LOCK:
        _INDEXES[key] = index
    return index


def warm_index(workspace: Workspace, meeting_id: int) -> None:
    """Build the meeting's name index ahead of the first query (e.g. when the desk opens the tab)."""
    with workspace.reading() as connection:
        _index(workspace, connection, meeting_id)


# --- finding people ----------------------------------------------------------------------------


def _meeting(connection: Connection, meeting_id: int) -> Meeting:
    meeting = load_meeting(connection, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    return meeting


def _clock(connection: Connection, meeting_id: int) -> tuple[datetime, int]:
    clock = repo.meeting_clock(connection, meeting_id)
    if clock is None:
        raise MeetingNotFound(meeting_id)
    return clock


def _find(
    workspace: Workspace, connection: Connection, meeting_id: int, query: str
) -> tuple[list[DeskRow], CheckInMethod]:
    """A scanned code goes straight to the database (indexed); anything else through the name index."""
    wanted = normalise_name(query).replace(" ", "")
    if CODE_PATTERN.match(wanted):
        found = repo.attendee_id_by_code(connection, meeting_id, wanted)
        if found is None:
            return [], CheckInMethod.CODE
        return [DeskRow(found, "", "", "", wanted, "", "")], CheckInMethod.CODE
    return _index(workspace, connection, meeting_id).search(query)


def _candidates(rows: list[DeskRow], checked_in: set[int]) -> list[Candidate]:
    return [
        Candidate(row.id, row.name, row.unit, row.title, row.code, row.id in checked_in)
        for row in rows[:MAX_CANDIDATES]
    ]


def search_attendees(workspace: Workspace, meeting_id: int, query: str) -> list[Candidate]:
    """Everyone ``query`` finds (code, full name, pinyin initials or part of the name), for a live list."""
    with workspace.reading() as connection:
        _meeting(connection, meeting_id)
        rows, _ = _index(workspace, connection, meeting_id).search(query)
        checked_in = set(repo.checkins_by_attendee(connection, meeting_id))
    return _candidates(rows, checked_in)


def _describe(attendee: Attendee) -> str:
    return f"{attendee.name}（{attendee.unit}）" if attendee.unit else attendee.name


# --- checking in ---------------------------------------------------------------------------------


def check_in(
    workspace: Workspace,
    meeting_id: int,
    query: str = "",
    *,
    attendee_id: int | None = None,
    at: datetime | None = None,
    substitute: bool | None = None,
    substitute_name: str = "",
    substitute_title: str = "",
    confirm_leave: bool = False,
    desk: str = "",
    journal_id: str = "",
    backfill: bool = False,
) -> CheckInResult:
    """Check in the one person ``query`` finds, or the attendee chosen by ``attendee_id``.

    ``desk`` names the check-in desk; ``journal_id`` is the desk's id for this check-in (a UUID): recorded as
    applied with it, so the same check-in replayed later from the desk's journal is never written twice.

    Someone on leave (请假) is not checked in unless ``confirm_leave``: the result is ``ON_LEAVE`` and
    the desk asks first.

    ``at`` defaults to now. With ``backfill`` (keying in a paper sign-in sheet after a power or network cut),
    an ``at`` well before now is stored as 补录 with the time it was keyed in (``CheckIn.entered_at``).
    ``substitute=None`` follows the reply slip (a reply of 代会 means the substitute came); ``True``/``False``
    is the desk's explicit choice.
    Several matches -> ``AMBIGUOUS`` with candidates and nothing written; someone already checked in ->
    ``ALREADY`` (nothing written).
    """
    moment = datetime.now().replace(microsecond=0)
    when = (at or moment).replace(microsecond=0)
    entered = backfill_time(when, moment) if backfill and at is not None else None
    try:
        with workspace.transaction() as connection:
            start, grace = _clock(connection, meeting_id)
            method = CheckInMethod.MANUAL
            if attendee_id is None:
                rows, method = _find(workspace, connection, meeting_id, query)
                if len(rows) != 1:
                    return _unresolved(connection, meeting_id, query, rows, method)
                attendee_id = rows[0].id
            attendee = get_attendee(connection, attendee_id)
            if attendee is None or attendee.meeting_id != meeting_id:
                return missing_attendee(query, attendee_id)
            existing = repo.get_checkin(connection, attendee_id)
            if existing is not None:
                return _already(query, attendee, existing)
            if attendee.reply is ReplyStatus.LEAVE and not confirm_leave:
                return _on_leave(query, attendee)
            checkin = repo.add_checkin(
                connection,
                meeting_id,
                _new_checkin(
                    attendee,
                    when,
                    method,
                    substitute=substitute,
                    substitute_name=substitute_name,
                    substitute_title=substitute_title,
                    desk=desk,
                    journal_id=journal_id,
                    entered_at=entered,
                ),
            )
            if journal_id:
                applied_at = datetime.now().replace(microsecond=0)
                desk_sync.mark_applied(connection, journal_id, meeting_id, "checkin", desk, "applied", applied_at)
    except ConstraintError:
        # Another desk checked the same person in between our look-up and our insert.
        with workspace.reading() as connection:
            attendee = get_attendee(connection, attendee_id) if attendee_id is not None else None
            existing = repo.get_checkin(connection, attendee_id) if attendee_id is not None else None
        if attendee is None or existing is None:
            raise
        return _already(query, attendee, existing)
    late = not checkin.substitute and is_late(checkin, start, grace)
    return CheckInResult(Outcome.CHECKED_IN, query, _done_message(attendee, checkin, late), attendee, checkin, late)


#: The note on a person added at the door (临时增加); lists and printouts show it.
WALK_IN_NOTE = "临时增加"


def check_in_walk_in(
    workspace: Workspace, meeting_id: int, person: Attendee, at: datetime | None = None, *, backfill: bool = False
) -> CheckInResult:
    """Someone not on the list arrives: add them to the meeting (confirmed, notes 临时增加) and check them in,
    in one transaction (``backfill`` as for ``check_in``). ``AttendeeInputError`` for an empty name."""
    from meeting_planner.services.attendees import checked_attendee
    from meeting_planner.storage.attendees import add_attendees

    notes = person.notes if WALK_IN_NOTE in person.notes else "；".join(filter(None, [WALK_IN_NOTE, person.notes]))
    cleaned = checked_attendee(replace(person, reply=ReplyStatus.CONFIRMED, notes=notes, id=None, meeting_id=None))
    moment = datetime.now().replace(microsecond=0)
    when = (at or moment).replace(microsecond=0)
    entered = backfill_time(when, moment) if backfill and at is not None else None
    with workspace.transaction() as connection:
        start, grace = _clock(connection, meeting_id)
        (attendee,) = add_attendees(connection, meeting_id, [cleaned])
        checkin = repo.add_checkin(
            connection,
            meeting_id,
            _new_checkin(
                attendee,
                when,
                CheckInMethod.MANUAL,
                substitute=False,
                substitute_name="",
                substitute_title="",
                entered_at=entered,
            ),
        )
    late = is_late(checkin, start, grace)
    message = _done_message(attendee, checkin, late) + "（临时增加）"
    return CheckInResult(Outcome.CHECKED_IN, attendee.name, message, attendee, checkin, late, walk_in=True)


def _new_checkin(
    attendee: Attendee,
    when: datetime,
    method: CheckInMethod,
    *,
    substitute: bool | None,
    substitute_name: str,
    substitute_title: str,
    desk: str = "",
    journal_id: str = "",
    entered_at: datetime | None = None,
) -> CheckIn:
    assert attendee.id is not None
    by_reply = attendee.reply is ReplyStatus.SUBSTITUTE
    is_substitute = by_reply if substitute is None else substitute
    name = normalise_name(substitute_name) or (attendee.substitute_name if by_reply else "")
    title = substitute_title.strip() or (attendee.substitute_title if by_reply else "")
    return CheckIn(
        attendee_id=attendee.id,
        at=when,
        method=method,
        substitute=is_substitute,
        substitute_name=name if is_substitute else "",
        substitute_title=title if is_substitute else "",
        journal_id=journal_id,
        desk=desk,
        entered_at=entered_at,
    )


def _done_message(attendee: Attendee, checkin: CheckIn, late: bool) -> str:
    text = f"{_describe(attendee)} 已签到 {checkin.at:%H:%M}"
    if checkin.backfilled:
        text += f"（{BACKFILL_LABEL}）"
    if checkin.substitute:
        who = checkin.substitute_name or "代会人员"
        text += f"（{who}代会）"
    elif late:
        text += "（迟到）"
    return text


def _already(query: str, attendee: Attendee, existing: CheckIn) -> CheckInResult:
    message = f"{_describe(attendee)} 已于 {existing.at:%H:%M} 签到，未重复登记"
    return CheckInResult(Outcome.ALREADY, query, message, attendee, existing)


def _on_leave(query: str, attendee: Attendee) -> CheckInResult:
    reason = f"（{attendee.leave_reason}）" if attendee.leave_reason else ""
    message = f"{_describe(attendee)} 已请假{reason}，确认本人到会并签到吗？"
    return CheckInResult(Outcome.ON_LEAVE, query, message, attendee)


def _unresolved(
    connection: Connection, meeting_id: int, query: str, rows: list[DeskRow], method: CheckInMethod
) -> CheckInResult:
    checked_in = set(repo.checkins_by_attendee(connection, meeting_id)) if rows else set()
    return unresolved_result(query, rows, method, checked_in)


def unresolved_result(query: str, rows: list[DeskRow], method: CheckInMethod, checked_in: set[int]) -> CheckInResult:
    """The answer when ``query`` found nobody or several people (``checked_in``: who is in already)."""
    if not rows:
        what = "签到码" if method is CheckInMethod.CODE else "姓名"
        message = f"没有找到{what}为“{query.strip()}”的参会人员"
        return CheckInResult(Outcome.NOT_FOUND, query, message, method=method)
    candidates = _candidates(rows, checked_in)
    more = f"（仅列出前 {MAX_CANDIDATES} 位）" if len(rows) > MAX_CANDIDATES else ""
    message = f"“{query.strip()}”找到 {len(rows)} 位参会人员{more}，请选择"
    return CheckInResult(Outcome.AMBIGUOUS, query, message, candidates=candidates, method=method, found=len(rows))


def missing_attendee(query: str, attendee_id: int) -> CheckInResult:
    """The answer when the attendee chosen by id is not (any more) in the meeting."""
    message = f"本次会议没有编号为 {attendee_id} 的参会人员"
    return CheckInResult(Outcome.NOT_FOUND, query, message, missing_id=attendee_id)


def undo_check_in(workspace: Workspace, meeting_id: int, attendee_id: int) -> CheckIn | None:
    """Remove the attendee's check-in (a mistake at the desk); returns it (for redo), or ``None`` if none.

    A check-in is one row and changes nothing else, so removing it restores the state before it exactly.
    When another desk had checked the same person in too (a listed conflict), that check-in stands instead.
    """
    with workspace.transaction() as connection:
        _meeting(connection, meeting_id)
        if not _belongs(connection, meeting_id, attendee_id):
            return None
        return take_back_claim(connection, meeting_id, attendee_id, None)


def take_back_claim(connection: Connection, meeting_id: int, attendee_id: int, key: str | None) -> CheckIn | None:
    """Take back one check-in of the attendee: the one named ``key`` (``CheckIn.key``), or whichever stands
    (``None``). Returns the removed check-in row, or ``None`` when the claim taken back was not the standing one.

    When the standing check-in goes and another desk had checked the person in too (a conflict), the earliest
    other check-in takes its place; a claim taken back no longer counts as a conflict.
    """
    existing = repo.get_checkin(connection, attendee_id)
    conflicts = desk_sync.list_conflicts(connection, meeting_id, attendee_id)
    if existing is None or (key is not None and existing.key != key):
        desk_sync.delete_conflicts(connection, [c.id for c in conflicts if c.other_key == key])
        return None
    repo.delete_checkin(connection, attendee_id)
    standing = sorted((c for c in conflicts if c.kept_key == existing.key), key=lambda c: c.other_at)
    desk_sync.delete_conflicts(connection, [c.id for c in standing])
    if standing:
        first, *rest = standing
        back = repo.add_checkin(
            connection,
            meeting_id,
            CheckIn(
                attendee_id=attendee_id,
                at=first.other_at,
                method=CheckInMethod(first.other_method),
                journal_id="" if first.other_key.startswith("id:") else first.other_key,
                desk=first.other_desk,
            ),
        )
        now = datetime.now().replace(microsecond=0)
        for other in rest:
            claim = CheckIn(
                attendee_id,
                other.other_at,
                CheckInMethod(other.other_method),
                journal_id="" if other.other_key.startswith("id:") else other.other_key,
                desk=other.other_desk,
            )
            desk_sync.add_conflict(connection, meeting_id, attendee_id, back, claim, now)
    return existing


def restore_check_in(workspace: Workspace, meeting_id: int, checkin: CheckIn) -> CheckIn:
    """Put back a check-in removed by ``undo_check_in`` exactly as it was (same id, time and method).

    If the person has checked in again meanwhile, that check-in stays and is returned.
    """
    with workspace.transaction() as connection:
        _clock(connection, meeting_id)
        existing = repo.get_checkin(connection, checkin.attendee_id)
        if existing is not None:
            return existing
        return repo.add_checkin(connection, meeting_id, checkin)


def _belongs(connection: Connection, meeting_id: int, attendee_id: int) -> bool:
    attendee = get_attendee(connection, attendee_id)
    return attendee is not None and attendee.meeting_id == meeting_id


def find_checked_in(workspace: Workspace, meeting_id: int, query: str) -> list[Candidate]:
    """Checked-in people ``query`` finds (for undoing by name or code); falls back to everyone it finds."""
    found = search_attendees(workspace, meeting_id, query)
    checked = [c for c in found if c.checked_in]
    return checked or found


@dataclass(frozen=True, slots=True)
class RecentCheckIn:
    """A check-in with the person, for the desk's "last check-ins" list."""

    attendee: Attendee
    checkin: CheckIn
    late: bool


def recent_check_ins(workspace: Workspace, meeting_id: int, limit: int = 20) -> list[RecentCheckIn]:
    """The latest check-ins, newest first."""
    with workspace.reading() as connection:
        meeting = _meeting(connection, meeting_id)
        found = sorted(repo.checkins_by_attendee(connection, meeting_id).values(), key=lambda c: (c.at, c.id or 0))
        recent = []
        for checkin in reversed(found[-limit:] if limit else found):
            attendee = get_attendee(connection, checkin.attendee_id)
            if attendee is not None:
                late = not checkin.substitute and is_late(checkin, meeting.start, meeting.grace_minutes)
                recent.append(RecentCheckIn(attendee, checkin, late))
    return recent


# --- the board ------------------------------------------------------------------------------------


#: The statuses the board lists as still missing.
MISSING_STATES = (AttendanceStatus.ABSENT, AttendanceStatus.PENDING)


@dataclass(slots=True)
class UnitBoard:
    """One unit's tally and who of it is still missing (not checked in, not on leave)."""

    unit: str
    tally: Tally
    missing: list[Attendee]


@dataclass(slots=True)
class DayBoard:
    """The live board: totals, per unit in unit order, everyone's status; ``sentence`` is for the chair."""

    meeting: Meeting
    now: datetime
    total: Tally
    units: list[UnitBoard]
    statuses: dict[int, AttendanceStatus]
    checkins: dict[int, CheckIn]

    @property
    def sentence(self) -> str:
        """``应到120人，实到115人，请假3人，缺席2人``."""
        return self.total.sentence()

    @property
    def started(self) -> bool:
        """Whether the meeting has started (from then on, the missing count as absent)."""
        return self.now >= self.meeting.start

    @property
    def missing(self) -> list[Attendee]:
        """Everyone still missing, unit by unit."""
        return [attendee for unit in self.units for attendee in unit.missing]


def board(workspace: Workspace, meeting_id: int, now: datetime | None = None) -> DayBoard:
    """应到/实到/请假/缺席 in total and per unit at ``now`` (default: now), with who is still missing."""
    moment = now or datetime.now()
    with workspace.reading() as connection:
        meeting = _meeting(connection, meeting_id)
        people = list_attendees(connection, meeting_id)
        checkins = repo.checkins_by_attendee(connection, meeting_id)
        units_in_order = unit_order(connection, [a for a in people if a.expected])
    result = tally(people, checkins, meeting.start, moment, meeting.grace_minutes)
    expected = [a for a in people if a.expected and a.id is not None]
    missing: dict[str, list[Attendee]] = {}
    for attendee in expected:
        if result.statuses[attendee.id or 0] in MISSING_STATES:
            missing.setdefault(attendee.unit, []).append(attendee)
    units = [UnitBoard(unit, result.units[unit], missing.get(unit, [])) for unit in units_in_order]
    return DayBoard(meeting, moment, result.total, units, result.statuses, checkins)
