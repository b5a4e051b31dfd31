"""Use cases for a meeting's attendees and the people directory (常用人员库), and the attendance export.

Each function is one user action in one transaction; errors meant for people are ``AttendeeInputError``,
``MeetingNotFound`` or ``AttendanceExportError`` with a Chinese message.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from meeting_planner.domain import protocol
from meeting_planner.domain.attendance import tally
from meeting_planner.domain.attendee import Attendee, Person, ReplyStatus, Unit
from meeting_planner.domain.limits import ATTENDEE_LIMITS, clean_text, field_problems
from meeting_planner.domain.names import normalise_name
from meeting_planner.domain.seating import SeatState
from meeting_planner.errors import InputError, NotFound, Phrase
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.services.pinyin import pinyin_key
from meeting_planner.services.units import unit_order
from meeting_planner.storage import attendees as repo
from meeting_planner.storage import directory
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.meetings import load_meeting, lock_meeting
from meeting_planner.storage.workspace import Connection, Workspace


class AttendeeInputError(InputError):
    """An attendee or directory entry cannot be saved as given; the message is for people."""


class AttendeeNotFound(NotFound):
    """The attendee does not exist (any more)."""


def require_meeting(connection: Connection, meeting_id: int, *, lock: bool = False) -> None:
    """Raise ``MeetingNotFound`` unless the meeting exists. ``lock``: in a write, take the meeting's lock first
    (``lock_meeting``), so what is read next is not changed by another desk before this transaction ends."""
    if lock:
        lock_meeting(connection, meeting_id)
    if load_meeting(connection, meeting_id) is None:
        raise MeetingNotFound(meeting_id)


def _clean(attendee: Attendee) -> Attendee:
    text = {name: clean_text(getattr(attendee, name)) for name in _TEXT_FIELDS}
    name = normalise_name(text["name"])
    if not name:
        raise AttendeeInputError(Phrase("姓名不能为空"))
    if attendee.reply is ReplyStatus.SUBSTITUTE and not normalise_name(text["substitute_name"]):
        raise AttendeeInputError(Phrase.of("“{name}”设为代会时，须填写代会人姓名", name=name))
    cleaned = replace(
        attendee,
        name=name,
        name_original=(text["name_original"] or text["name"])[:200],
        unit=normalise_name(text["unit"]),
        title=normalise_name(text["title"]),
        substitute_name=normalise_name(text["substitute_name"]),
        substitute_title=normalise_name(text["substitute_title"]),
        leave_reason=text["leave_reason"].strip() if attendee.reply is ReplyStatus.LEAVE else "",
        phone=text["phone"].strip(),
        gender=text["gender"].strip(),
        notes=text["notes"].strip(),
        code=text["code"].strip(),
    )
    problems = field_problems(cleaned, ATTENDEE_LIMITS)
    if problems:
        raise AttendeeInputError(_too_long(name, [sentence for _, sentence in problems]))
    return cleaned


_TEXT_FIELDS = (
    "name",
    "name_original",
    "unit",
    "title",
    "phone",
    "gender",
    "notes",
    "leave_reason",
    "substitute_name",
    "substitute_title",
    "code",
)


def _plain(text: str) -> str:
    """``text`` without control characters (tabs and line breaks become spaces): they break exports."""
    return clean_text(text)


def checked_attendee(attendee: Attendee) -> Attendee:
    """``attendee`` with its name and unit normalised; ``AttendeeInputError`` when it cannot be saved."""
    return _clean(attendee)


def list_meeting_attendees(workspace: Workspace, meeting_id: int) -> list[Attendee]:
    """Every attendee of the meeting in list order."""
    with workspace.reading() as connection:
        require_meeting(connection, meeting_id)
        return repo.list_attendees(connection, meeting_id)


def count_meeting_attendees(workspace: Workspace, meeting_id: int) -> int:
    """How many attendees the meeting has (one quick query; pages use it to decide to load in the background)."""
    with workspace.reading() as connection:
        return repo.count_attendees(connection, meeting_id)


def add_attendees(workspace: Workspace, meeting_id: int, people: Sequence[Attendee]) -> list[Attendee]:
    """Append people to the meeting; returns them with ids and check-in codes."""
    cleaned = [_clean(person) for person in people]
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        return repo.add_attendees(connection, meeting_id, cleaned)


def add_from_directory(workspace: Workspace, meeting_id: int, person_ids: Iterable[int]) -> list[Attendee]:
    """Add directory entries to the meeting (those already in it are skipped); returns the new attendees."""
    wanted = list(dict.fromkeys(person_ids))
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        present = {a.person_id for a in repo.list_attendees(connection, meeting_id) if a.person_id is not None}
        new = []
        for person_id in wanted:
            person = directory.get_person(connection, person_id)
            if person is None or person_id in present:
                continue
            new.append(
                Attendee(
                    name=person.name,
                    name_original=person.name,
                    unit=person.unit,
                    title=person.title,
                    phone=person.phone,
                    gender=person.gender,
                    rank=person.rank,
                    person_id=person.id,
                )
            )
        return repo.add_attendees(connection, meeting_id, new)


def get_attendee(workspace: Workspace, attendee_id: int) -> Attendee:
    """One attendee; ``AttendeeNotFound`` if it was removed."""
    with workspace.reading() as connection:
        found = repo.get_attendee(connection, attendee_id)
    if found is None:
        raise AttendeeNotFound(Phrase.of("该参会人员（编号 {attendee_id}）已不存在", attendee_id=attendee_id))
    return found


def update_attendee(workspace: Workspace, attendee: Attendee, *, restore_seat: SeatState | None = None) -> Attendee:
    """Save every field of an attendee (name normalised, substitute needs a name); returns what was saved.

    Marking someone 请假 frees their seat unless it is locked (a locked seat is kept and flagged by the
    readiness check). ``restore_seat`` puts a freed seat back when it is still empty (undo). One transaction.
    """
    if attendee.id is None:
        raise AttendeeNotFound(Phrase("该参会人员尚未保存"))
    cleaned = _clean(attendee)
    with workspace.transaction() as connection:
        before = repo.get_attendee(connection, attendee.id)
        if before is None:
            raise AttendeeNotFound(Phrase.of("该参会人员（{name}）已不存在", name=cleaned.name))
        meeting_id = before.meeting_id or 0
        lock_meeting(connection, meeting_id)
        repo.update_attendee(connection, cleaned)
        if cleaned.reply is ReplyStatus.LEAVE and before.reply is not ReplyStatus.LEAVE:
            seat = _seat_of(connection, meeting_id, attendee.id)
            if seat is not None and not seat.locked:
                seat_repo.apply_changes(connection, meeting_id, [SeatState(seat.seat_id, None)])
        if restore_seat is not None and restore_seat.attendee_id == attendee.id:
            current = seat_repo.list_assignments(connection, meeting_id).get(restore_seat.seat_id)
            if current is None or (current.attendee_id is None and not current.locked):
                seat_repo.apply_changes(connection, meeting_id, [restore_seat])
    return cleaned


def _seat_of(connection: Connection, meeting_id: int, attendee_id: int) -> SeatState | None:
    assignments = seat_repo.list_assignments(connection, meeting_id).values()
    return next((a for a in assignments if a.attendee_id == attendee_id), None)


def seat_of(workspace: Workspace, meeting_id: int, attendee_id: int) -> SeatState | None:
    """The seat the attendee holds, or None (the GUI keeps it to undo a 请假 that freed it)."""
    with workspace.reading() as connection:
        return _seat_of(connection, meeting_id, attendee_id)


class NamesNotFound(AttendeeNotFound):
    """Names that match nobody in the meeting (``names``, as given)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        super().__init__(Phrase.of("本次会议没有这些人员：{names}", names="、".join(self.names)))


class AmbiguousNames(AttendeeInputError):
    """Names that match several people: ``candidates`` maps each such name (as given) to the people it matches,
    named in the message with their units and check-in codes, so the user can give the code instead."""

    def __init__(self, candidates: Mapping[str, Sequence[Attendee]]) -> None:
        self.candidates = {name: tuple(people) for name, people in candidates.items()}
        listed = "；".join(
            f"{name}（{'、'.join(_unit_and_code(a) for a in people)}）" for name, people in self.candidates.items()
        )
        super().__init__(Phrase.of("这些姓名对应多人，请改用签到码：{listed}", listed=listed))


def _too_long(name: str, sentences: Sequence[str]) -> Phrase:
    """``“张三”的单位“…”过长：…；备注…。`` (each sentence stays a ``Phrase``)."""
    return Phrase.of("“{name}”的{problems}。", name=name[:20], problems=Phrase.joined("；", sentences))


def _unit_and_code(attendee: Attendee) -> str:
    return f"{attendee.unit or '无单位'} {attendee.code}".strip()


def resolve_names(people: Sequence[Attendee], names: Sequence[str]) -> list[Attendee]:
    """The people ``names`` stand for, in the order given: each name is compared, normalised
    (``normalise_name``: padding, full-width letters, spacing), with every person's name, substitute's name
    (a 代会 attends under that name) and check-in code, exactly otherwise.

    ``NamesNotFound`` names every name that matches nobody; ``AmbiguousNames`` every name that matches several
    people, with their units and codes. Nothing is returned unless every name matches exactly one person."""
    found: list[Attendee] = []
    unknown: list[str] = []
    ambiguous: dict[str, list[Attendee]] = {}
    for wanted in names:
        key = normalise_name(wanted)
        matches = [
            a for a in people if key and (key in (a.name, a.code) or (a.substitute_name and key == a.substitute_name))
        ]
        if not matches:
            unknown.append(wanted)
        elif len(matches) > 1:
            ambiguous[wanted] = matches
        else:
            found.append(matches[0])
    if unknown:
        raise NamesNotFound(unknown)
    if ambiguous:
        raise AmbiguousNames(ambiguous)
    return found


def find_by_names(workspace: Workspace, meeting_id: int, names: Sequence[str]) -> list[Attendee]:
    """The meeting's attendees named (name, substitute's name, or check-in code), in the order given, by the
    rule of ``resolve_names``; ``MeetingNotFound`` when there is no such meeting."""
    return resolve_names(list_meeting_attendees(workspace, meeting_id), names)


def set_on_rostrum(workspace: Workspace, meeting_id: int, attendee_ids: Iterable[int], value: bool) -> list[Attendee]:
    """Mark (上主席台) or unmark (下主席台) attendees for the rostrum in one transaction; returns the attendees
    as they were before, for undo (``update_attendees``)."""
    ids = set(attendee_ids)
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        before = [a for a in repo.list_attendees(connection, meeting_id) if a.id in ids]
        for attendee in before:
            if attendee.on_rostrum != value:
                repo.update_attendee(connection, replace(attendee, on_rostrum=value))
    return before


def update_attendees(workspace: Workspace, meeting_id: int, people: Sequence[Attendee]) -> None:
    """Write several attendees back as given, in one transaction (undo of a change to several)."""
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        for attendee in people:
            repo.update_attendee(connection, attendee)


def set_reply(
    workspace: Workspace,
    attendee_id: int,
    reply: ReplyStatus,
    *,
    leave_reason: str = "",
    substitute_name: str = "",
    substitute_title: str = "",
) -> Attendee:
    """Record the reply (回执) of one attendee: notified, confirmed, on leave (reason), or substitute (name, title)."""
    attendee = get_attendee(workspace, attendee_id)
    attendee.reply = reply
    attendee.leave_reason = leave_reason
    attendee.substitute_name = substitute_name if reply is ReplyStatus.SUBSTITUTE else ""
    attendee.substitute_title = substitute_title if reply is ReplyStatus.SUBSTITUTE else ""
    return update_attendee(workspace, attendee)


@dataclass(frozen=True)
class ReplyChange:
    """What ``set_replies`` changed: the attendees as they were and the seats a 请假 freed (for undo)."""

    before: list[Attendee]
    freed_seats: list[SeatState] = field(default_factory=list)
    kept_locked: list[str] = field(default_factory=list)


def set_replies(
    workspace: Workspace, meeting_id: int, attendee_ids: Iterable[int], reply: ReplyStatus, *, leave_reason: str = ""
) -> ReplyChange:
    """Record the same reply (回执: 已通知, 已确认 or 请假 with one reason) for several attendees in one
    transaction. 请假 frees their seats unless locked (``kept_locked`` names those people). 代会 needs a name
    per person, so it is refused here."""
    if reply is ReplyStatus.SUBSTITUTE:
        raise AttendeeInputError(Phrase("代会须逐人填写代会人姓名"))
    ids = set(attendee_ids)
    freed: list[SeatState] = []
    kept: list[str] = []
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        before = [a for a in repo.list_attendees(connection, meeting_id) if a.id in ids]
        seats = seat_repo.list_assignments(connection, meeting_id).values()
        held = {a.attendee_id: a for a in seats if a.attendee_id is not None}
        for attendee in before:
            reason = leave_reason.strip() if reply is ReplyStatus.LEAVE else ""
            after = replace(attendee, reply=reply, leave_reason=reason, substitute_name="", substitute_title="")
            repo.update_attendee(connection, after)
            seat = held.get(attendee.id or 0)
            if reply is ReplyStatus.LEAVE and attendee.reply is not ReplyStatus.LEAVE and seat is not None:
                if seat.locked:
                    kept.append(attendee.name)
                else:
                    freed.append(seat)
                    seat_repo.apply_changes(connection, meeting_id, [SeatState(seat.seat_id, None)])
    return ReplyChange(before, freed, kept)


def undo_replies(workspace: Workspace, meeting_id: int, change: ReplyChange) -> None:
    """Put back what ``set_replies`` changed: the replies as they were and each freed seat still empty."""
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        for attendee in change.before:
            repo.update_attendee(connection, attendee)
        current = seat_repo.list_assignments(connection, meeting_id)
        back = [
            seat
            for seat in change.freed_seats
            if (now := current.get(seat.seat_id)) is None or (now.attendee_id is None and not now.locked)
        ]
        if back:
            seat_repo.apply_changes(connection, meeting_id, back)


def remove_attendees(workspace: Workspace, meeting_id: int, attendee_ids: Iterable[int]) -> list[Attendee]:
    """Remove attendees from the meeting (their seats and check-ins go too); returns them for undo."""
    ids = set(attendee_ids)
    with workspace.transaction() as connection:
        lock_meeting(connection, meeting_id)
        removed = [a for a in repo.list_attendees(connection, meeting_id) if a.id in ids]
        repo.delete_attendees(connection, [a.id for a in removed if a.id is not None])
    return removed


def restore_attendees(workspace: Workspace, meeting_id: int, removed: Sequence[Attendee]) -> None:
    """Put removed attendees back with their ids, positions and codes (undo of ``remove_attendees``)."""
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        repo.restore_attendees(connection, meeting_id, removed)


# --- people directory (常用人员库) -------------------------------------------------------------------


def list_directory(workspace: Workspace) -> list[Person]:
    """Everyone in the directory, by unit order, rank and name."""
    with workspace.reading() as connection:
        return directory.list_people(connection)


def _clean_person(person: Person) -> Person:
    name = normalise_name(clean_text(person.name))
    if not name:
        raise AttendeeInputError(Phrase("姓名不能为空"))
    cleaned = replace(
        person,
        name=name,
        unit=normalise_name(clean_text(person.unit)),
        title=normalise_name(clean_text(person.title)),
        phone=clean_text(person.phone).strip(),
        gender=clean_text(person.gender).strip(),
    )
    problems = field_problems(cleaned, ATTENDEE_LIMITS)
    if problems:
        raise AttendeeInputError(_too_long(name, [sentence for _, sentence in problems]))
    return cleaned


def save_person(workspace: Workspace, person: Person) -> Person:
    """Add a directory entry (no id) or save an existing one; its unit gets an order if it had none."""
    cleaned = _clean_person(person)
    with workspace.transaction() as connection:
        directory.ensure_units(connection, [cleaned.unit])
        if cleaned.id is None:
            directory.add_people(connection, [cleaned])
        else:
            directory.update_person(connection, cleaned)
    return cleaned


def delete_people(workspace: Workspace, person_ids: Iterable[int]) -> None:
    """Remove directory entries (meetings keep their attendees)."""
    with workspace.transaction() as connection:
        directory.delete_people(connection, person_ids)


def list_units(workspace: Workspace) -> list[Unit]:
    """Units in protocol order."""
    with workspace.reading() as connection:
        return directory.list_units(connection)


def set_unit_order(workspace: Workspace, names: Sequence[str]) -> list[Unit]:
    """Make ``names`` the official unit order (an empty list clears it); returns every unit, ordered ones first."""
    with workspace.transaction() as connection:
        directory.set_unit_order(connection, [normalise_name(name) for name in names if normalise_name(name)])
        return directory.list_units(connection)


def save_attendees_to_directory(
    connection: Connection, meeting_id: int, attendees: Sequence[Attendee]
) -> tuple[int, int]:
    """Inside a caller's transaction: add or refresh directory entries for ``attendees`` (matched by name+unit),
    link each attendee to its entry, and give new units an order. Returns (added, updated)."""
    known = directory.people_by_key(connection)
    new: list[Person] = []
    updated = 0
    owners: dict[tuple[str, str], list[Attendee]] = {}
    for attendee in attendees:
        key = (attendee.name, attendee.unit)
        owners.setdefault(key, []).append(attendee)
        person = known.get(key)
        if person is None:
            person = Person(
                attendee.name, attendee.unit, attendee.title, attendee.rank, attendee.phone, attendee.gender
            )
            known[key] = person
            new.append(person)
        elif person.id is not None and (attendee.title, attendee.phone) != (person.title, person.phone):
            person.title = attendee.title or person.title
            person.phone = attendee.phone or person.phone
            person.rank = attendee.rank if attendee.rank is not None else person.rank
            directory.update_person(connection, person)
            updated += 1
    directory.add_people(connection, new)
    directory.ensure_units(connection, [a.unit for a in attendees])
    links: dict[int, int] = {}
    for key, group in owners.items():
        person_id = known[key].id
        for attendee in group:
            attendee.person_id = person_id
            if attendee.id is not None and person_id is not None:
                links[attendee.id] = person_id
    repo.link_people(connection, links)
    return len(new), updated


def save_to_directory(workspace: Workspace, meeting_id: int, attendee_ids: Iterable[int] | None = None) -> int:
    """Save the meeting's attendees (or the given ones) to the directory; returns how many entries were added."""
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        chosen = repo.list_attendees(connection, meeting_id)
        if attendee_ids is not None:
            wanted = set(attendee_ids)
            chosen = [a for a in chosen if a.id in wanted]
        added, _updated = save_attendees_to_directory(connection, meeting_id, chosen)
    return added


# --- attendance export ----------------------------------------------------------------------------------


def export_attendance(
    workspace: Workspace,
    meeting_id: int,
    path: str | os.PathLike[str],
    now: datetime | None = None,
    *,
    record: bool = True,
) -> Path:
    """Write the attendance workbook (签到表 + 统计) for the meeting to ``path``; recorded as printed unless
    ``record`` is False."""
    from meeting_planner.documents.attendance_xlsx import AttendanceData, write_attendance_workbook

    moment = now or datetime.now()
    with workspace.reading() as connection:
        meeting = load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        people = repo.list_attendees(connection, meeting_id)
        checkins = checkins_by_attendee(connection, meeting_id)
        units_in_order = unit_order(connection, [a for a in people if a.expected])
    people = protocol.order_people(
        people, "unit", name_of=lambda a: a.name, rank_of=lambda a: a.rank, unit_of=lambda a: a.unit,
        unit_order=units_in_order,
        pinyin=pinyin_key,
    )  # fmt: skip
    board = tally(people, checkins, meeting.start, moment, meeting.grace_minutes)
    data = AttendanceData(
        title=meeting.title,
        start=meeting.start,
        attendees=people,
        checkins=checkins,
        board=board,
        unit_order=units_in_order,
        generated=moment,
    )
    written = write_attendance_workbook(path, data)  # atomic: recorded only once the file is in place
    if record:
        from meeting_planner.services.printouts import record_print

        record_print(workspace, meeting_id, "attendance-xlsx")
    return written
