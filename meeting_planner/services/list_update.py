"""更新名单: compare a revised list with a meeting's attendees, apply the chosen differences, undo them.

``diff_import`` reads nothing but the workspace (the list was read by ``preview_import``); ``apply_list_update``
writes the chosen additions, changes and removals in ONE transaction and returns a ``ListUpdateResult`` that
``undo_list_update`` / ``redo_list_update`` use to put everything back (or again), each in one transaction.
A change to 请假 frees the person's seat unless it is locked, as editing the reply does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from meeting_planner.documents.importing import Field, ImportPreview
from meeting_planner.documents.importing.headers import header_key
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.list_update import ListColumn, ListDiff, NewRow, apply_columns, diff_lists
from meeting_planner.domain.seating import SeatState
from meeting_planner.services.attendees import require_meeting, save_attendees_to_directory
from meeting_planner.storage import attendees as repo
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.workspace import Connection, Workspace

__all__ = [
    "ListUpdateResult",
    "apply_list_update",
    "diff_import",
    "list_columns",
    "redo_list_update",
    "undo_list_update",
]

_COLUMNS: dict[Field, ListColumn] = {
    Field.UNIT: ListColumn.UNIT,
    Field.TITLE: ListColumn.TITLE,
    Field.PHONE: ListColumn.PHONE,
    Field.RANK: ListColumn.RANK,
    Field.ROSTRUM: ListColumn.ROSTRUM,
    Field.REPLY: ListColumn.REPLY,
    Field.NOTES: ListColumn.REPLY,  # 备注 can say 请假 or 代会
    Field.SUBSTITUTE: ListColumn.REPLY,
}


#: Rank headers that are only running row numbers: a revised list renumbers them when someone drops out.
ROW_NUMBER_HEADERS = frozenset(["序号", "编号", "no", "no."])


def list_columns(preview: ImportPreview) -> set[ListColumn]:
    """The attendee fields the new list has a column for (a 序号 column is a row number, not a rank)."""
    mapping = preview.mapping
    columns = {_COLUMNS[fld] for fld in mapping if fld in _COLUMNS}
    rank = mapping.get(Field.RANK)
    if rank is not None and header_key(rank.header) in ROW_NUMBER_HEADERS:
        columns.discard(ListColumn.RANK)
    if any(row.unit for row in preview.included):
        columns.add(ListColumn.UNIT)  # units from section headings (一、市财政局) count too
    return columns


def _rows(preview: ImportPreview) -> list[NewRow]:
    rows = []
    for row in preview.included:
        person = row.to_attendee()
        person.code = row.code
        rows.append(NewRow(row.source_row, person))
    return rows


def diff_import(workspace: Workspace, meeting_id: int, preview: ImportPreview) -> ListDiff:
    """What the previewed list would add, change and leave out in the meeting (writes nothing)."""
    from meeting_planner.services.importing import check_limits

    check_limits(preview)
    with workspace.reading() as connection:
        require_meeting(connection, meeting_id)
        current = repo.list_attendees(connection, meeting_id)
    return diff_lists(current, _rows(preview), list_columns(preview))


@dataclass
class ListUpdateResult:
    """What ``apply_list_update`` wrote, with everything needed to undo and redo it."""

    added: list[Attendee] = field(default_factory=list)
    changed_before: list[Attendee] = field(default_factory=list)
    changed_after: list[Attendee] = field(default_factory=list)
    removed: list[Attendee] = field(default_factory=list)
    freed_seats: list[SeatState] = field(default_factory=list)
    removed_seats: list[SeatState] = field(default_factory=list)
    kept_locked: list[str] = field(default_factory=list)
    directory_added: int = 0

    @property
    def empty(self) -> bool:
        """Nothing was written."""
        return not (self.added or self.changed_after or self.removed)

    def sentence(self) -> str:
        """``名单已更新：新增 1 人，变更 2 人，移除 0 人``."""
        text = f"名单已更新：新增 {len(self.added)} 人，变更 {len(self.changed_after)} 人，移除 {len(self.removed)} 人"
        if self.kept_locked:
            text += f"；{'、'.join(self.kept_locked)}已请假，但座位已锁定，仍保留"
        if self.directory_added:
            text += f"；常用人员库新增 {self.directory_added} 人"
        return text


def _seats_by_attendee(connection: Connection, meeting_id: int) -> dict[int, SeatState]:
    return {a.attendee_id: a for a in seat_repo.list_assignments(connection, meeting_id).values() if a.attendee_id}


def apply_list_update(
    workspace: Workspace,
    meeting_id: int,
    diff: ListDiff,
    *,
    add: Iterable[int] | None = None,
    change: Iterable[int] | None = None,
    remove: Iterable[int] = (),
    save_to_directory: bool = False,
) -> ListUpdateResult:
    """Apply the chosen part of ``diff`` in one transaction.

    ``add``: source rows of the 新增 people to add (``None`` = all); ``change``: attendee ids of the 变更 people
    to change (``None`` = all); ``remove``: attendee ids of 不在新名单中 people to remove (none by default).
    Changes are applied to the attendees as they are now (an edit made since the diff is kept where the list
    does not touch it); attendees removed since are skipped.
    """
    wanted_rows = None if add is None else set(add)
    wanted_changes = None if change is None else set(change)
    wanted_removals = set(remove) & {p.id for p in diff.missing if p.id is not None}
    result = ListUpdateResult()
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        current = {a.id: a for a in repo.list_attendees(connection, meeting_id)}
        seats = _seats_by_attendee(connection, meeting_id)
        for person_change in diff.changed:
            attendee_id = person_change.attendee_id
            now = current.get(attendee_id)
            if now is None or (wanted_changes is not None and attendee_id not in wanted_changes):
                continue
            # Only the fields the diff found changed are written (the rest stays as it is now).
            keys = {c.key for c in person_change.changes}
            after = replace(now)
            source = person_change.after
            if keys & {"reply", "leave_reason", "substitute"}:
                after = apply_columns(after, replace(source), {ListColumn.REPLY})
            for key in ("title", "unit", "phone", "rank", "on_rostrum"):
                if key in keys:
                    setattr(after, key, getattr(source, key))
            if after == now:
                continue
            repo.update_attendee(connection, after)
            result.changed_before.append(now)
            result.changed_after.append(after)
            if after.reply is ReplyStatus.LEAVE and now.reply is not ReplyStatus.LEAVE:
                seat = seats.get(attendee_id)
                if seat is not None and seat.locked:
                    result.kept_locked.append(after.name)
                elif seat is not None:
                    result.freed_seats.append(seat)
                    seat_repo.apply_changes(connection, meeting_id, [SeatState(seat.seat_id, None)])
        removed = [current[i] for i in sorted(wanted_removals, key=lambda i: current[i].position) if i in current]
        result.removed_seats = [seats[a.id] for a in removed if a.id in seats]
        repo.delete_attendees(connection, [a.id for a in removed if a.id is not None])
        result.removed = removed
        new = [
            replace(row.person, code="") for row in diff.added if wanted_rows is None or row.source_row in wanted_rows
        ]
        result.added = repo.add_attendees(connection, meeting_id, new)
        if save_to_directory and result.added:
            result.directory_added, _updated = save_attendees_to_directory(connection, meeting_id, result.added)
    return result


def _put_seats_back(connection: Connection, meeting_id: int, holds: Iterable[SeatState]) -> None:
    assignments = seat_repo.list_assignments(connection, meeting_id)
    back = []
    for hold in holds:
        now = assignments.get(hold.seat_id)
        if now is None or (now.attendee_id is None and not now.locked):
            back.append(hold)
    if back:
        seat_repo.apply_changes(connection, meeting_id, back)


def undo_list_update(workspace: Workspace, meeting_id: int, result: ListUpdateResult) -> None:
    """Put the meeting back as it was before ``apply_list_update`` (one transaction): the added people go, the
    changed ones get their old values, the removed ones come back with ids, codes, positions and free seats."""
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        repo.delete_attendees(connection, [a.id for a in result.added if a.id is not None])
        for attendee in result.changed_before:
            repo.update_attendee(connection, attendee)
        repo.restore_attendees(connection, meeting_id, result.removed)
        _put_seats_back(connection, meeting_id, [*result.freed_seats, *result.removed_seats])


def redo_list_update(workspace: Workspace, meeting_id: int, result: ListUpdateResult) -> None:
    """Write the same update again after ``undo_list_update`` (one transaction)."""
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        repo.restore_attendees(connection, meeting_id, result.added)
        for attendee in result.changed_after:
            repo.update_attendee(connection, attendee)
        assignments = seat_repo.list_assignments(connection, meeting_id)
        release = []
        for hold in result.freed_seats:
            now = assignments.get(hold.seat_id)
            if now is not None and now.attendee_id == hold.attendee_id and not now.locked:
                release.append(SeatState(hold.seat_id, None))
        seat_repo.apply_changes(connection, meeting_id, release)
        repo.delete_attendees(connection, [a.id for a in result.removed if a.id is not None])
