"""会前检查 (readiness): everything that could still go wrong with a meeting, each with how to fix it.

Zero findings means ready. Each finding is a kind of loose end with the people, steps or printouts concerned;
the CLI (`check ID`, exit 0 only when ready; Chinese wording in ``cli/wording.py``) and the GUI (in the UI language,
``ui/wording.py``) show the same list. Printouts are judged by the same statuses
as the 打印/导出 centre (``services.printouts``): required ones never printed, and any printed one older than the
data it shows, saying what changed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import DueState, Meeting, Step, StepStatus, due_state
from meeting_planner.domain.names import fold_key, normalise_name
from meeting_planner.services import printouts, seating
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.services.meetings import get_meeting
from meeting_planner.storage.directory import explicit_unit_orders
from meeting_planner.storage.workspace import Workspace

#: At most this many names are listed in one finding (by those who word it).
NAMES_SHOWN = 12


class Area(StrEnum):
    """Where a finding belongs (its section in the GUI and the CLI)."""

    CHECKLIST = "checklist"
    REPLIES = "replies"
    SEATING = "seating"
    NAMES = "names"
    PRINTOUTS = "printouts"


class Kind(StrEnum):
    """What a finding is about; the fields it fills are named after each."""

    OVERDUE_STEPS = "overdue-steps"  # steps
    NOTICE_NOT_ISSUED = "notice-not-issued"
    REPLIES_MISSING = "replies-missing"  # people
    ROSTRUM_UNCONFIRMED = "rostrum-unconfirmed"  # people
    NO_SEATING = "no-seating"
    SEATED_ON_LEAVE = "seated-on-leave"  # people
    UNSEATED = "unseated"  # people
    CARDS_NEVER_PRINTED = "cards-never-printed"  # count
    SUBSTITUTE_CARDS = "substitute-cards"  # people
    CARDS_STALE = "cards-stale"  # people
    SIGNIN_NEVER_PRINTED = "sign-in-never-printed"
    SIGNIN_STALE = "sign-in-stale"  # statuses (one per stale sheet)
    PRINTOUT_NEVER = "printout-never"  # statuses (the one printout)
    PRINTOUT_STALE = "printout-stale"  # statuses (the one printout)
    SAME_NAME = "same-name"  # name, texts (the units, "" for none)
    REPEATED_NAME = "repeated-name"  # name, texts (the units), count
    NEAR_DUPLICATES = "near-duplicates"  # people (names as written)
    PADDED_NAMES = "padded-names"  # texts (the names)
    UNIT_VARIANTS = "unit-variants"  # texts (the spellings)
    UNPRINTABLE = "unprintable"  # characters
    NO_UNIT_ORDER = "no-unit-order"


@dataclass(frozen=True, slots=True)
class Finding:
    """One loose end as facts: its ``kind`` and what it concerns (people as ``(name, unit)``, steps as
    ``(title, due)``, printout statuses, characters as ``(text, character)``); every list is complete."""

    area: Area
    kind: Kind
    people: tuple[tuple[str, str], ...] = ()
    steps: tuple[tuple[str, datetime], ...] = ()
    statuses: tuple[printouts.PrintStatus, ...] = ()
    name: str = ""
    texts: tuple[str, ...] = ()
    count: int = 0
    characters: tuple[tuple[str, str], ...] = ()


def _people(people: list[Attendee]) -> tuple[tuple[str, str], ...]:
    return tuple((a.display_name, a.unit) for a in people)


def check_meeting(workspace: Workspace, meeting_id: int, now: datetime | None = None) -> list[Finding]:
    """Every finding for the meeting at ``now`` (default: now); empty = ready."""
    moment = now or datetime.now()
    meeting = get_meeting(workspace, meeting_id)
    people = list_meeting_attendees(workspace, meeting_id)
    findings: list[Finding] = []
    findings += _checklist(meeting.steps, moment)
    expected = [a for a in people if a.role is not Role.STAFF]
    findings += _replies(meeting.steps, expected)
    findings += _seating(workspace, meeting_id, expected)
    findings += _printouts(workspace, meeting_id)
    findings += _duplicates(expected)
    findings += near_duplicates(expected)
    findings += unit_variants(expected)
    findings += unprintable(meeting, people)
    with workspace.reading() as connection:
        has_order = bool(explicit_unit_orders(connection))
    if len({a.unit for a in expected}) > 1 and not has_order:
        findings.append(Finding(Area.NAMES, Kind.NO_UNIT_ORDER))
    return findings


def _checklist(steps: list[Step], moment: datetime) -> list[Finding]:
    overdue = [step for step in steps if due_state(step, moment) is DueState.OVERDUE]
    if not overdue:
        return []
    return [Finding(Area.CHECKLIST, Kind.OVERDUE_STEPS, steps=tuple((s.title, s.due_at) for s in overdue))]


def _replies(steps: list[Step], expected: list[Attendee]) -> list[Finding]:
    found: list[Finding] = []
    issue = next((s for s in steps if s.key == "notice-issue"), None)
    if issue is not None and issue.status is not StepStatus.DONE:
        found.append(Finding(Area.REPLIES, Kind.NOTICE_NOT_ISSUED))
    waiting = [a for a in expected if a.reply in (ReplyStatus.NOT_NOTIFIED, ReplyStatus.NOTIFIED)]
    if waiting:
        found.append(Finding(Area.REPLIES, Kind.REPLIES_MISSING, _people(waiting)))
    rostrum = [a for a in expected if a.on_rostrum and a.reply not in (ReplyStatus.CONFIRMED, ReplyStatus.SUBSTITUTE)]
    if rostrum:
        found.append(Finding(Area.REPLIES, Kind.ROSTRUM_UNCONFIRMED, _people(rostrum)))
    return found


def _seating(workspace: Workspace, meeting_id: int, expected: list[Attendee]) -> list[Finding]:
    try:
        view = seating.seating_view(workspace, meeting_id)
    except seating.SeatingError:
        return [Finding(Area.SEATING, Kind.NO_SEATING)]
    seated = {a.attendee_id for a in view.assignments.values() if a.attendee_id is not None}
    found: list[Finding] = []
    on_leave = [a for a in expected if a.reply is ReplyStatus.LEAVE and a.id in seated]
    if on_leave:
        found.append(Finding(Area.SEATING, Kind.SEATED_ON_LEAVE, _people(on_leave)))
    unseated = [a for a in expected if a.reply is not ReplyStatus.LEAVE and a.id not in seated]
    if unseated:
        found.append(Finding(Area.SEATING, Kind.UNSEATED, _people(unseated)))
    stale = seating.stale_cards(workspace, meeting_id)
    if stale and len(stale) == len(seating.printable_people(view)):
        found.append(Finding(Area.PRINTOUTS, Kind.CARDS_NEVER_PRINTED, count=len(stale)))
        return found
    substitutes = [a for a in stale if a.reply is ReplyStatus.SUBSTITUTE]
    if substitutes:
        found.append(Finding(Area.PRINTOUTS, Kind.SUBSTITUTE_CARDS, _people(substitutes)))
    others = [a for a in stale if a.reply is not ReplyStatus.SUBSTITUTE]
    if others:
        found.append(Finding(Area.PRINTOUTS, Kind.CARDS_STALE, _people(others)))
    return found


def _printouts(workspace: Workspace, meeting_id: int) -> list[Finding]:
    """Required printouts never printed and printed ones older than their data (cards: see ``_seating``)."""
    statuses = printouts.printout_statuses(workspace, meeting_id)
    found: list[Finding] = []
    signin = [statuses[p.key] for p in printouts.PRINTOUTS if p.document in printouts.SIGNIN_DOCUMENTS]
    if all(status.state is printouts.State.NEVER for status in signin):
        found.append(Finding(Area.PRINTOUTS, Kind.SIGNIN_NEVER_PRINTED))
    stale_sheets = tuple(status for status in signin if status.state is printouts.State.STALE)
    if stale_sheets:
        found.append(Finding(Area.PRINTOUTS, Kind.SIGNIN_STALE, statuses=stale_sheets))
    for item in printouts.PRINTOUTS:
        status = statuses[item.key]
        if item.document in printouts.SIGNIN_DOCUMENTS or item.document == "table-cards":
            continue
        if item.readiness is printouts.Readiness.IGNORED:
            continue
        if status.state is printouts.State.NEVER and item.readiness is printouts.Readiness.REQUIRED:
            found.append(Finding(Area.PRINTOUTS, Kind.PRINTOUT_NEVER, statuses=(status,)))
        elif status.state is printouts.State.STALE:
            found.append(Finding(Area.PRINTOUTS, Kind.PRINTOUT_STALE, statuses=(status,)))
    return found


def _duplicates(expected: list[Attendee]) -> list[Finding]:
    by_name: dict[str, list[Attendee]] = defaultdict(list)
    for person in expected:
        by_name[person.name.replace(" ", "")].append(person)
    found: list[Finding] = []
    for name, group in by_name.items():
        if len(group) < 2:
            continue
        units = tuple(a.unit for a in group)
        if len(set(units)) == len(group):
            found.append(Finding(Area.NAMES, Kind.SAME_NAME, name=name, texts=units))
        else:
            found.append(Finding(Area.NAMES, Kind.REPEATED_NAME, name=name, texts=units, count=len(group)))
    return found


def near_duplicates(expected: list[Attendee]) -> list[Finding]:
    """Names written differently that read as one on paper (劉德华/刘德华, ``王 伟``/王伟, ＬＩ/LI), and names
    still carrying padding or full-width letters."""
    from meeting_planner.documents.variants import simplified_variants

    variants = simplified_variants()
    groups: dict[str, list[Attendee]] = defaultdict(list)
    for person in expected:
        groups[fold_key(person.name, variants)].append(person)
    found: list[Finding] = []
    for group in groups.values():
        if len({a.name.replace(" ", "") for a in group}) < 2:
            continue  # same text: ``_duplicates`` reports it
        found.append(Finding(Area.NAMES, Kind.NEAR_DUPLICATES, tuple((a.name, a.unit) for a in group)))
    padded = [a for a in expected if a.name != normalise_name(a.name)]
    if padded:
        found.append(Finding(Area.NAMES, Kind.PADDED_NAMES, texts=tuple(a.name for a in padded)))
    return found


def unit_variants(expected: list[Attendee]) -> list[Finding]:
    """Units written two ways (区财政局 / 区 财政局 / 區財政局): the unit order and the sheets split them."""
    from meeting_planner.documents.variants import simplified_variants

    variants = simplified_variants()
    groups: dict[str, set[str]] = defaultdict(set)
    for person in expected:
        if person.unit:
            groups[fold_key(person.unit, variants)].add(person.unit)
    return [
        Finding(Area.NAMES, Kind.UNIT_VARIANTS, texts=tuple(sorted(units)))
        for units in groups.values()
        if len(units) > 1
    ]


def unprintable(meeting: Meeting, people: list[Attendee]) -> list[Finding]:
    """Characters no font can print (the bundled font, the chosen official fonts' fallbacks, installed fonts)
    in the meeting's title and place and in the names, units and titles printed on cards and sheets."""
    from meeting_planner.documents.fonts import glyph_problems

    items = [("会议名称", meeting.title), ("会议地点", meeting.location or meeting.venue)]
    for person in people:
        owner = person.display_name
        items += [(owner, person.name), (owner, person.display_name), (owner, person.unit), (owner, person.title)]
        items.append((owner, person.display_title))
    problems = glyph_problems((owner, text) for owner, text in items if text)
    problems += glyph_problems(((a.display_name, a.display_name) for a in people), bold=True)
    seen: dict[tuple[str, str], str] = {}
    for problem in problems:
        seen.setdefault((problem.owner, problem.char), problem.text)
    if not seen:
        return []
    characters = tuple((text, char) for (_owner, char), text in seen.items())
    return [Finding(Area.NAMES, Kind.UNPRINTABLE, characters=characters, count=len(characters))]
