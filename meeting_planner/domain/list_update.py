"""更新名单: what a units' revised list changes in a meeting that already has people.

Pure Python. ``diff_lists`` compares the meeting's attendees with the people of a newly read list and returns
新增 (people not in the meeting), 变更 (people whose fields differ, field by field) and 不在新名单中 (attendees
the new list no longer names). People are matched by check-in code, then by name and unit, then by name alone
when exactly one attendee and one row carry it (a unit change).

Only fields the new list has a column for are compared, and a blank cell never blanks a value (a list without
a phone column, or with a missing phone, keeps the phones already known). The reply (回执) changes only when
the row states one (请假、代会、确认 …). A 主席台 column decides both ways: a blank there means not on the rostrum.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from meeting_planner.domain.attendee import Attendee, ReplyStatus


class ListColumn(StrEnum):
    """Columns of the new list that can change an attendee."""

    UNIT = "unit"
    TITLE = "title"
    PHONE = "phone"
    RANK = "rank"
    ROSTRUM = "rostrum"
    REPLY = "reply"


def reply_note(attendee: Attendee) -> str:
    """What goes with the reply: the leave reason (请假), or the substitute's name and title (代会)."""
    if attendee.reply is ReplyStatus.LEAVE:
        return attendee.leave_reason
    if attendee.reply is ReplyStatus.SUBSTITUTE:
        return " ".join(part for part in (attendee.substitute_name, attendee.substitute_title) if part)
    return ""


@dataclass(frozen=True)
class FieldChange:
    """One field that the new list changes: ``key`` (reply, leave_reason, substitute, title, unit, phone, rank,
    on_rostrum), the old and new value as text: for ``reply`` the ``ReplyStatus`` value with ``*_note``
    (``reply_note``), for ``on_rostrum`` ``"yes"`` or ``""``. Worded by ``cli/wording.py`` and ``ui/wording.py``."""

    key: str
    before: str
    after: str
    before_note: str = ""
    after_note: str = ""


@dataclass
class NewRow:
    """One person of the new list: the data as an ``Attendee`` (``code`` set when the list has 签到码)."""

    source_row: int
    person: Attendee


@dataclass
class PersonChange:
    """A matched attendee whose fields differ; ``after`` is ``before`` with the new list's values."""

    before: Attendee
    after: Attendee
    changes: list[FieldChange]
    source_row: int
    matched_by: str  # "code", "name_unit" or "name"

    @property
    def attendee_id(self) -> int:
        """The attendee's id (diffs are made against saved attendees)."""
        return self.before.id or 0


@dataclass
class ListDiff:
    """新增 / 变更 / 不在新名单中, plus how many matched people are unchanged."""

    added: list[NewRow] = field(default_factory=list)
    changed: list[PersonChange] = field(default_factory=list)
    missing: list[Attendee] = field(default_factory=list)
    unchanged: int = 0

    @property
    def empty(self) -> bool:
        """Nothing to add, change or remove."""
        return not (self.added or self.changed or self.missing)


def apply_columns(current: Attendee, new: Attendee, columns: Iterable[ListColumn]) -> Attendee:
    """``current`` with the values of ``new`` for the list's columns (blank cells and unstated replies kept)."""
    chosen = set(columns)
    result = replace(current)
    if ListColumn.UNIT in chosen and new.unit:
        result.unit = new.unit
    if ListColumn.TITLE in chosen and new.title:
        result.title = new.title
    if ListColumn.PHONE in chosen and new.phone:
        result.phone = new.phone
    if ListColumn.RANK in chosen and new.rank is not None:
        result.rank = new.rank
    if ListColumn.ROSTRUM in chosen:
        result.on_rostrum = new.on_rostrum
    if ListColumn.REPLY in chosen and new.reply is not ReplyStatus.NOT_NOTIFIED:
        result.reply = new.reply
        result.leave_reason = new.leave_reason if new.reply is ReplyStatus.LEAVE else ""
        substitute = new.reply is ReplyStatus.SUBSTITUTE
        result.substitute_name = new.substitute_name if substitute else ""
        result.substitute_title = new.substitute_title if substitute else ""
    return result


def field_changes(before: Attendee, after: Attendee) -> list[FieldChange]:
    """What differs between two versions of one attendee, in the fields a list can change."""
    changes: list[FieldChange] = []
    if before.reply is not after.reply:
        changes.append(
            FieldChange("reply", before.reply.value, after.reply.value, reply_note(before), reply_note(after))
        )
    elif before.reply is ReplyStatus.LEAVE and before.leave_reason != after.leave_reason:
        changes.append(FieldChange("leave_reason", before.leave_reason, after.leave_reason))
    elif before.reply is ReplyStatus.SUBSTITUTE and (before.substitute_name, before.substitute_title) != (
        after.substitute_name,
        after.substitute_title,
    ):
        changes.append(
            FieldChange(
                "substitute",
                " ".join(p for p in (before.substitute_name, before.substitute_title) if p),
                " ".join(p for p in (after.substitute_name, after.substitute_title) if p),
            )
        )
    for key in ("title", "unit", "phone"):
        if getattr(before, key) != getattr(after, key):
            changes.append(FieldChange(key, getattr(before, key), getattr(after, key)))
    if before.rank != after.rank:
        changes.append(FieldChange("rank", _text(before.rank), _text(after.rank)))
    if before.on_rostrum != after.on_rostrum:
        changes.append(FieldChange("on_rostrum", _yes(before.on_rostrum), _yes(after.on_rostrum)))
    return changes


def _yes(value: bool) -> str:
    return "yes" if value else ""


def _text(rank: int | None) -> str:
    return "" if rank is None else str(rank)


def diff_lists(current: Sequence[Attendee], rows: Sequence[NewRow], columns: Iterable[ListColumn]) -> ListDiff:
    """Compare the meeting's attendees with the new list (see module docstring)."""
    chosen = frozenset(columns)
    unmatched = {id(person): person for person in current}
    matches: dict[int, tuple[Attendee, str]] = {}  # row index -> (attendee, how)
    by_code = {person.code: person for person in current if person.code}
    for index, row in enumerate(rows):
        found = by_code.get(row.person.code) if row.person.code else None
        if found is not None and id(found) in unmatched:
            matches[index] = (found, "code")
            del unmatched[id(found)]
    by_key: dict[tuple[str, str], list[Attendee]] = {}
    for person in current:
        by_key.setdefault((person.name, person.unit), []).append(person)
    for index, row in enumerate(rows):
        if index in matches:
            continue
        candidates = [p for p in by_key.get((row.person.name, row.person.unit), []) if id(p) in unmatched]
        if candidates:
            matches[index] = (candidates[0], "name_unit")
            del unmatched[id(candidates[0])]
    open_names = Counter(rows[i].person.name for i in range(len(rows)) if i not in matches)
    for index, row in enumerate(rows):
        if index in matches or open_names[row.person.name] != 1:
            continue
        candidates = [p for p in unmatched.values() if p.name == row.person.name]
        if len(candidates) == 1:
            matches[index] = (candidates[0], "name")
            del unmatched[id(candidates[0])]
    diff = ListDiff()
    changed: dict[int, PersonChange] = {}
    for index, row in enumerate(rows):
        if index not in matches:
            diff.added.append(row)
            continue
        person, how = matches[index]
        after = apply_columns(person, row.person, chosen)
        changes = field_changes(person, after)
        if changes:
            changed[id(person)] = PersonChange(replace(person), after, changes, row.source_row, how)
        else:
            diff.unchanged += 1
    diff.changed = [changed[id(person)] for person in current if id(person) in changed]
    diff.missing = [person for person in current if id(person) in unmatched]
    return diff
