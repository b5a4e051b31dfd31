"""The check-in desk that keeps working when the shared workspace cannot be reached (断网、服务器停机).

While the server answers, a check-in goes straight into the workspace, as ``services.checkin`` does, under an
id made at the desk. When the server or the network does not answer (``ServerUnreachable``), the desk goes on
from the meeting it last loaded: people are found in its snapshot of the list, and each check-in or undo is
written to the desk's local journal (an SQLite file beside the settings) with a unique id, the desk's name and
the real time. ``sync`` replays the journal when the server is back; replaying is idempotent: the workspace
keeps every applied entry id, so an entry replayed twice (or merged from a USB copy as well) never doubles.
A person checked in at two desks while they were apart keeps the earliest time; the other check-in is listed
as a conflict on the board.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from meeting_planner.domain.attendance import CheckIn, CheckInMethod, DeskRow, is_late, tally
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import Meeting
from meeting_planner.domain.desk_journal import CheckInConflict, EntryKind, JournalEntry, Outcome
from meeting_planner.errors import Phrase
from meeting_planner.services import checkin as service
from meeting_planner.services.checkin import CheckInResult
from meeting_planner.services.checkin import Outcome as DeskOutcome
from meeting_planner.storage import checkins as repo
from meeting_planner.storage import desk_sync
from meeting_planner.storage.attendees import get_attendee
from meeting_planner.storage.desk_journal import DeskJournal, JournalError, read_export, write_export
from meeting_planner.storage.errors import ConstraintError, ServerUnreachable, WorkspaceError
from meeting_planner.storage.workspace import Connection, Workspace

__all__ = [
    "CheckInDesk",
    "DeskJournal",
    "JournalError",
    "ReplayReport",
    "ServerUnreachable",
    "export_journal",
    "list_conflicts",
    "merge_journal",
    "replay",
    "sync_journal",
    "workspace_id",
]

#: Entries replayed per transaction (a failure falls back to one entry per transaction).
REPLAY_BATCH = 200
OFFLINE_NOTE = "（离线，待同步）"


def open_journal(path: Path | None = None) -> DeskJournal:
    """This desk's offline journal: ``path``, or the default file in the user's settings folder."""
    return DeskJournal(path)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- replaying ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class ReplayReport:
    """What a replay did: entries applied, already there, conflicts (earliest kept), people not found."""

    applied: int = 0
    already: int = 0
    conflicts: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)
    other_workspace: int = 0
    seconds: float = 0.0
    outcomes: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Entries looked at (of this workspace)."""
        return len(self.outcomes)

    def sentence(self) -> str:
        """One sentence for the desk or the command line."""
        text = f"已同步 {self.total} 条签到记录：写入 {self.applied} 条"
        if self.conflicts:
            text += f"，两台重复签到 {len(self.conflicts)} 人（保留最早时间，见签到页“重复签到”）"
        if self.already:
            text += f"，{self.already} 条此前已同步（未重复登记）"
        if self.not_found:
            text += f"；{len(self.not_found)} 条找不到人员或会议：" + "、".join(self.not_found[:10])
        if self.other_workspace:
            text += f"；{self.other_workspace} 条属于其他工作区，未合并"
        return text + "。"


def _find_attendee(connection: Connection, entry: JournalEntry) -> Attendee | None:
    """The attendee the entry means: by id when the name still matches, else by code, else a unique name+unit."""
    attendee = get_attendee(connection, entry.attendee_id)
    same_name = attendee is not None and (not entry.name or attendee.name == entry.name)
    if attendee is not None and attendee.meeting_id == entry.meeting_id and same_name:
        return attendee
    rows = repo.desk_rows(connection, entry.meeting_id)
    if entry.code:
        found = [row for row in rows if row.code == entry.code and (not entry.name or row.name == entry.name)]
        if len(found) == 1:
            return get_attendee(connection, found[0].id)
    if entry.name:
        found = [row for row in rows if row.name == entry.name and row.unit == entry.unit]
        if len(found) == 1:
            return get_attendee(connection, found[0].id)
    return None


def _apply(connection: Connection, entry: JournalEntry, applied: set[str]) -> str:
    """Apply one entry inside the caller's transaction; returns its outcome."""
    if entry.id in applied:
        return Outcome.ALREADY.value
    now = _now()
    attendee = _find_attendee(connection, entry) if repo.meeting_clock(connection, entry.meeting_id) else None
    if attendee is None or attendee.id is None:
        outcome = Outcome.NOT_FOUND
    elif entry.kind is EntryKind.UNDO:
        service.take_back_claim(connection, entry.meeting_id, attendee.id, entry.target)
        outcome = Outcome.APPLIED
    else:
        claim = entry.checkin(attendee.id)
        existing = repo.get_checkin(connection, attendee.id)
        if existing is None:
            repo.add_checkin(connection, entry.meeting_id, claim)
            outcome = Outcome.APPLIED
        else:
            if existing.at <= claim.at:
                desk_sync.add_conflict(connection, entry.meeting_id, attendee.id, existing, claim, now)
            else:
                desk_sync.replace_checkin(connection, attendee.id, claim)
                desk_sync.add_conflict(connection, entry.meeting_id, attendee.id, claim, existing, now)
            outcome = Outcome.CONFLICT
    desk_sync.mark_applied(connection, entry.id, entry.meeting_id, entry.kind.value, entry.desk, outcome.value, now)
    applied.add(entry.id)
    return outcome.value


def replay(
    workspace: Workspace,
    entries: list[JournalEntry],
    progress: Callable[[int, int], None] | None = None,
) -> ReplayReport:
    """Apply ``entries`` (in their order) to the workspace exactly once each; entries of another workspace are
    counted and left out. ``ServerUnreachable`` when the server is still gone (what was committed stays)."""
    started = time.perf_counter()
    report = ReplayReport()
    with workspace.reading() as connection:
        own = desk_sync.workspace_uuid(connection)
    mine = [entry for entry in entries if entry.workspace == own]
    report.other_workspace = len(entries) - len(mine)
    for start in range(0, len(mine), REPLAY_BATCH):
        chunk = mine[start : start + REPLAY_BATCH]
        try:
            report.outcomes.update(_replay_chunk(workspace, chunk))
        except ConstraintError:
            # Another desk wrote the same person or replayed the same entry meanwhile: one at a time.
            for entry in chunk:
                report.outcomes.update(_replay_one(workspace, entry))
        if progress is not None:
            progress(min(start + REPLAY_BATCH, len(mine)), len(mine))
    _count(report)
    _details(report, mine)
    report.seconds = time.perf_counter() - started
    return report


def _count(report: ReplayReport) -> None:
    values = list(report.outcomes.values())
    report.applied = sum(v in (Outcome.APPLIED, Outcome.CONFLICT) for v in values)
    report.already = values.count(Outcome.ALREADY.value)


def _replay_chunk(workspace: Workspace, chunk: list[JournalEntry]) -> dict[str, str]:
    with workspace.transaction() as connection:
        applied = desk_sync.applied_entries(connection, [entry.id for entry in chunk])
        outcomes = {entry.id: _apply(connection, entry, applied) for entry in chunk}
    return outcomes


def _replay_one(workspace: Workspace, entry: JournalEntry) -> dict[str, str]:
    for _attempt in range(3):
        try:
            return _replay_chunk(workspace, [entry])
        except ConstraintError:
            continue
    return {entry.id: Outcome.ALREADY.value}


def _details(report: ReplayReport, entries: list[JournalEntry]) -> None:
    """Fill the report's lists: who was checked in at two desks, and whom the workspace no longer has."""
    by_id = {entry.id: entry for entry in entries}
    for entry_id, outcome in report.outcomes.items():
        entry = by_id[entry_id]
        if outcome == Outcome.NOT_FOUND.value:
            report.not_found.append(entry.name or f"#{entry.attendee_id}")
        elif outcome == Outcome.CONFLICT.value:
            report.conflicts.append(entry.name or f"#{entry.attendee_id}")


def workspace_id(workspace: Workspace) -> str:
    """The workspace's identity, which journal entries carry."""
    with workspace.reading() as connection:
        return desk_sync.workspace_uuid(connection)


def sync_journal(workspace: Workspace, journal: DeskJournal) -> ReplayReport:
    """Replay the journal's pending entries of ``workspace`` and mark them replayed (``journal sync``)."""
    entries = journal.pending(workspace_id(workspace))
    report = replay(workspace, entries)
    journal.mark_synced(report.outcomes, _now())
    return report


def list_conflicts(workspace: Workspace, meeting_id: int) -> list[CheckInConflict]:
    """People checked in at two desks while apart (the earliest time stands), oldest first."""
    with workspace.reading() as connection:
        return desk_sync.list_conflicts(connection, meeting_id)


# --- the USB path ---------------------------------------------------------------------------------------


def export_journal(journal: DeskJournal, path: Path, desk: str) -> int:
    """Write every entry of this desk's journal to ``path`` (JSON) for another desk to merge; returns how many."""
    entries = journal.entries()
    write_export(path, entries, desk, _now())
    return len(entries)


def merge_journal(workspace: Workspace, path: Path) -> ReplayReport:
    """Apply a journal file brought from another desk: each entry exactly once (entries already applied, from
    this file before or from the desk itself, are left as they are)."""
    entries = read_export(path)
    return replay(workspace, entries)


# --- the desk -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Snapshot:
    """What the desk last loaded of its meeting: enough to find people and tell who is in while offline."""

    workspace: str
    meeting_id: int
    start: datetime
    grace: int
    rows: dict[int, DeskRow]
    checkins: dict[int, CheckIn]
    index: service._NameIndex
    taken_at: datetime


def _attendee(row: DeskRow, meeting_id: int) -> Attendee:
    return Attendee(
        name=row.name,
        unit=row.unit,
        title=row.title,
        code=row.code,
        role=Role(row.role),
        reply=ReplyStatus(row.reply),
        substitute_name=row.substitute_name,
        meeting_id=meeting_id,
        id=row.id,
    )


class CheckInDesk:
    """One meeting's check-in desk: online through the workspace, offline through the journal.

    ``offline`` says which; ``pending()`` counts journal entries waiting for ``sync()``.
    """

    def __init__(self, workspace: Workspace, meeting_id: int, journal: DeskJournal, desk: str) -> None:
        self.workspace = workspace
        self.meeting_id = meeting_id
        self.journal = journal
        self.desk = desk
        self.offline = False
        self.snapshot: Snapshot | None = None
        self.last_report: ReplayReport | None = None

    # --- loading ---------------------------------------------------------------------------------

    def load(self) -> Snapshot:
        """Read the meeting's list and check-ins from the workspace (``ServerUnreachable`` when it is gone)."""
        with self.workspace.reading() as connection:
            clock = service._clock(connection, self.meeting_id)
            own = desk_sync.workspace_uuid(connection)
            index = service._index(self.workspace, connection, self.meeting_id)  # shared with online look-ups
            checkins = repo.checkins_by_attendee(connection, self.meeting_id)
        self.snapshot = Snapshot(
            workspace=own,
            meeting_id=self.meeting_id,
            start=clock[0],
            grace=clock[1],
            rows={row.id: row for row in index.rows},
            checkins=checkins,
            index=index,
            taken_at=_now(),
        )
        return self.snapshot

    @property
    def workspace_id(self) -> str:
        """The identity of the workspace the desk works on (known once loaded)."""
        return self.snapshot.workspace if self.snapshot is not None else ""

    def pending(self) -> int:
        """Journal entries of this workspace not yet replayed."""
        if not self.workspace_id:
            return 0
        return self.journal.pending_count(self.workspace_id)

    def _direct(self) -> bool:
        return not self.offline and self.pending() == 0

    def _went_offline(self) -> None:
        self.offline = True
        if self.snapshot is None:
            raise ServerUnreachable(
                Phrase("无法连接数据库服务器，本签到台尚未载入本次会议的名单，暂时无法离线签到，请用纸质签到表。")
            )

    # --- who is in ---------------------------------------------------------------------------------

    def checked_in(self) -> dict[int, CheckIn]:
        """Who is in as far as this desk knows: the snapshot plus the journal entries not yet replayed."""
        assert self.snapshot is not None
        state = dict(self.snapshot.checkins)
        for entry in self.journal.pending(self.workspace_id, self.meeting_id):
            if entry.kind is EntryKind.CHECK_IN:
                state[entry.attendee_id] = entry.checkin()
            else:
                current = state.get(entry.attendee_id)
                if current is not None and current.key == entry.target:
                    del state[entry.attendee_id]
        return state

    def offline_board(
        self, now: datetime | None = None, recent: int = 30
    ) -> tuple[service.DayBoard, list[service.RecentCheckIn]]:
        """The board and the latest check-ins as this desk knows them (its snapshot plus its journal), for the
        chair's figures while the server is gone; units in list order."""
        snapshot = self.snapshot
        assert snapshot is not None
        moment = now or datetime.now()
        people = [_attendee(row, self.meeting_id) for row in snapshot.rows.values()]
        checkins = self.checked_in()
        result = tally(people, checkins, snapshot.start, moment, snapshot.grace)
        missing: dict[str, list[Attendee]] = {}
        for person in people:
            if person.expected and result.statuses.get(person.id or 0) in service.MISSING_STATES:
                missing.setdefault(person.unit, []).append(person)
        units = list(dict.fromkeys(p.unit for p in people if p.expected))
        meeting = Meeting(title="", kind="", start=snapshot.start, grace_minutes=snapshot.grace, id=self.meeting_id)
        board = service.DayBoard(
            meeting,
            moment,
            result.total,
            [service.UnitBoard(unit, result.units[unit], missing.get(unit, [])) for unit in units],
            result.statuses,
            checkins,
        )
        by_id = {p.id: p for p in people}
        ordered = sorted(enumerate(checkins.values()), key=lambda pair: (pair[1].at, pair[0]), reverse=True)
        latest = [checkin for _, checkin in ordered[:recent]]  # the same second: the later entry first
        items = [
            service.RecentCheckIn(
                by_id[c.attendee_id],
                c,
                not c.substitute and is_late(c, snapshot.start, snapshot.grace),
            )
            for c in latest
            if c.attendee_id in by_id
        ]
        return board, items

    # --- checking in -------------------------------------------------------------------------------

    def check_in(
        self,
        query: str = "",
        *,
        attendee_id: int | None = None,
        at: datetime | None = None,
        substitute: bool | None = None,
        substitute_name: str = "",
        substitute_title: str = "",
        confirm_leave: bool = False,
        backfill: bool = False,
    ) -> CheckInResult:
        """As ``services.checkin.check_in``; offline the check-in goes to the journal (the message says so).
        ``backfill`` (补录, keyed in from a paper sheet) holds online; offline the journal keeps the sheet's time."""
        entry_id = str(uuid.uuid4())
        when = (at or datetime.now()).replace(microsecond=0)
        if self._direct():
            try:
                result = service.check_in(
                    self.workspace,
                    self.meeting_id,
                    query,
                    attendee_id=attendee_id,
                    at=when,
                    substitute=substitute,
                    substitute_name=substitute_name,
                    substitute_title=substitute_title,
                    confirm_leave=confirm_leave,
                    desk=self.desk,
                    journal_id=entry_id,
                    backfill=backfill and at is not None,
                )
            except ServerUnreachable:
                self._went_offline()  # the same entry id: if the server did commit it, the replay is a no-op
            else:
                if result.done and result.checkin is not None and self.snapshot is not None:
                    self.snapshot.checkins[result.checkin.attendee_id] = result.checkin
                return result
        return self._offline_check_in(
            entry_id, query, attendee_id, when, substitute, substitute_name, substitute_title, confirm_leave
        )

    def _offline_check_in(
        self,
        entry_id: str,
        query: str,
        attendee_id: int | None,
        when: datetime,
        substitute: bool | None,
        substitute_name: str,
        substitute_title: str,
        confirm_leave: bool,
    ) -> CheckInResult:
        snapshot = self.snapshot
        assert snapshot is not None
        state = self.checked_in()
        method = CheckInMethod.MANUAL
        if attendee_id is None:
            rows, method = snapshot.index.search(query)
            if len(rows) != 1:
                return service.unresolved_result(query, rows, method, set(state))
            attendee_id = rows[0].id
        row = snapshot.rows.get(attendee_id)
        if row is None:
            return service.missing_attendee(query, attendee_id)
        attendee = _attendee(row, self.meeting_id)
        existing = state.get(attendee_id)
        if existing is not None:
            return service._already(query, attendee, existing)
        if attendee.reply is ReplyStatus.LEAVE and not confirm_leave:
            return service._on_leave(query, attendee)
        claim = service._new_checkin(
            attendee,
            when,
            method,
            substitute=substitute,
            substitute_name=substitute_name,
            substitute_title=substitute_title,
            desk=self.desk,
            journal_id=entry_id,
        )
        self.journal.add(
            JournalEntry(
                id=entry_id,
                kind=EntryKind.CHECK_IN,
                workspace=snapshot.workspace,
                meeting_id=self.meeting_id,
                attendee_id=attendee_id,
                at=when,
                desk=self.desk,
                name=row.name,
                unit=row.unit,
                code=row.code,
                method=claim.method,
                substitute=claim.substitute,
                substitute_name=claim.substitute_name,
                substitute_title=claim.substitute_title,
            )
        )
        late = not claim.substitute and is_late(claim, snapshot.start, snapshot.grace)
        message = service._done_message(attendee, claim, late) + OFFLINE_NOTE
        return CheckInResult(DeskOutcome.CHECKED_IN, query, message, attendee, claim, late, offline=True)

    def undo(self, checkin: CheckIn) -> CheckIn | None:
        """Take back ``checkin`` (made at this desk or seen in the list); offline as a journal entry."""
        if self._direct():
            try:
                removed = service.undo_check_in(self.workspace, self.meeting_id, checkin.attendee_id)
            except ServerUnreachable:
                self._went_offline()
            else:
                if self.snapshot is not None:
                    self.snapshot.checkins.pop(checkin.attendee_id, None)
                return removed
        snapshot = self.snapshot
        assert snapshot is not None
        row = snapshot.rows.get(checkin.attendee_id)
        current = self.checked_in().get(checkin.attendee_id)
        if current is None:
            return None
        self.journal.add(
            JournalEntry(
                id=str(uuid.uuid4()),
                kind=EntryKind.UNDO,
                workspace=snapshot.workspace,
                meeting_id=self.meeting_id,
                attendee_id=checkin.attendee_id,
                at=_now(),
                desk=self.desk,
                name=row.name if row else "",
                unit=row.unit if row else "",
                code=row.code if row else "",
                target=current.key,
            )
        )
        return current

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put back a check-in taken back by ``undo`` (redo), with its time; offline as a new journal entry."""
        if self._direct():
            try:
                back = service.restore_check_in(self.workspace, self.meeting_id, checkin)
            except ServerUnreachable:
                self._went_offline()
            else:
                if self.snapshot is not None:
                    self.snapshot.checkins[back.attendee_id] = back
                return back
        result = self._offline_check_in(
            str(uuid.uuid4()),
            "",
            checkin.attendee_id,
            checkin.at,
            checkin.substitute,
            checkin.substitute_name,
            checkin.substitute_title,
            True,
        )
        return result.checkin or checkin

    # --- the USB path -------------------------------------------------------------------------------

    def merge_file(self, path: Path) -> tuple[ReplayReport | None, int]:
        """Merge another desk's journal file: straight into the workspace when it answers (the report), else
        into this desk's journal, replayed with its own entries when the server is back (how many were new)."""
        entries = read_export(path)
        if not self.offline:
            try:
                return replay(self.workspace, entries), 0
            except ServerUnreachable:
                self._went_offline()
        own = [entry for entry in entries if entry.workspace == self.workspace_id]
        if entries and not own:
            raise JournalError(Phrase.of("{path} 中的签到记录属于其他工作区，未合并。", path=path))
        return None, self.journal.add_many(own)

    # --- back online -------------------------------------------------------------------------------

    def sync(self) -> ReplayReport | None:
        """Replay the journal when the server answers again and reload the meeting; ``None`` when it still does
        not (the desk stays offline). Safe to call at any time: without pending entries it only checks the server."""
        workspace_id = self.workspace_id
        entries = self.journal.pending(workspace_id) if workspace_id else []
        try:
            report = replay(self.workspace, entries) if entries else None
        except ServerUnreachable:
            self.offline = True
            return None
        if report is not None:
            # Until the meeting is read again, the desk still knows who the replayed entries checked in.
            known = self.checked_in() if self.snapshot is not None else None
            self.journal.mark_synced(report.outcomes, _now())
            if self.snapshot is not None and known is not None:
                self.snapshot.checkins = known
            self.last_report = report
        try:
            self.load()
        except ServerUnreachable:
            self.offline = True
            return report
        except WorkspaceError:
            raise
        self.offline = False
        return report
