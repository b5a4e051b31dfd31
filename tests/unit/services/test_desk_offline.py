"""The check-in desk keeps working when the server or the LAN is gone, and replays its journal exactly once.

The outage test stops a real PostgreSQL server ("immediate": as when its machine loses power) in the middle
of a burst of check-ins at two desks with overlapping people, then starts it again.
"""

from __future__ import annotations

import json
import random
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pg_cluster as pg
import pytest
from sqlalchemy import func, select

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.desk_journal import Outcome
from meeting_planner.services.checkin import Outcome as DeskOutcome
from meeting_planner.services.desk import (
    CheckInDesk,
    JournalError,
    export_journal,
    list_conflicts,
    merge_journal,
    replay,
)
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.desk_journal import DeskJournal
from meeting_planner.storage.tables import checkins, journal_applied
from meeting_planner.storage.workspace import ServerUnreachable, Workspace, open_workspace

START = datetime(2026, 12, 1, 9, 0)
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "建国伟娜强军平华明丽静敏勇杰磊洋艳涛超霞刚燕"


def names(count: int) -> list[str]:
    found = [s + a + b for s in SURNAMES for a in GIVEN for b in GIVEN]
    return random.Random(3).sample(found, count)


def make_meeting(workspace: Workspace, count: int) -> tuple[int, list[Attendee]]:
    meeting = create_meeting(workspace, "全市工作会议", START, "work")
    assert meeting.id is not None
    people = [Attendee(name, unit=f"单位{i % 7}") for i, name in enumerate(names(count))]
    with workspace.transaction() as connection:
        added = add_attendees(connection, meeting.id, people)
    return meeting.id, added


def saved_checkins(url: str, meeting_id: int) -> dict[int, tuple[datetime, str]]:
    with open_workspace(url, backup=False) as workspace, workspace.reading() as connection:
        rows = connection.execute(select(checkins).where(checkins.c.meeting_id == meeting_id)).mappings().all()
    found = {row["attendee_id"]: (row["at"], row["desk"]) for row in rows}
    assert len(found) == len(rows)
    return found


@pytest.mark.postgres
def test_two_desks_check_in_through_a_server_outage_and_replay_exactly_once(
    pg_cluster: pg.PgCluster, pg_url: str, tmp_path: Path
) -> None:
    with open_workspace(pg_url, backup=False) as setup:
        meeting_id, people = make_meeting(setup, 200)
    ids = [p.id for p in people if p.id is not None]
    # Desk A takes people 0..119, desk B 80..199: 40 people come to both desks (e.g. a name given twice).
    queues = {"签到台A": ids[:120], "签到台B": ids[80:]}
    clock = random.Random(11)
    times = {
        (desk, aid): START - timedelta(minutes=60) + timedelta(seconds=clock.randrange(3600))
        for desk in queues
        for aid in ids
    }
    claims: dict[int, dict[str, datetime]] = {}
    lock = threading.Lock()
    stop_now = threading.Event()
    desks = {}
    for desk in queues:
        workspace = open_workspace(pg_url, backup=False)
        desks[desk] = CheckInDesk(workspace, meeting_id, DeskJournal(tmp_path / f"{desk}.db"), desk)
        desks[desk].load()
    codes = {p.id: p.code for p in people}
    errors: list[BaseException] = []

    def burst(desk: str) -> None:
        try:
            for number, attendee_id in enumerate(queues[desk]):
                if number == 50:
                    stop_now.set()
                at = times[(desk, attendee_id)]
                result = desks[desk].check_in(codes[attendee_id], at=at)
                if result.outcome is DeskOutcome.CHECKED_IN:
                    with lock:
                        claims.setdefault(attendee_id, {})[desk] = at
                else:
                    assert result.outcome is DeskOutcome.ALREADY, result.message
        except BaseException as error:  # reported by the main thread
            errors.append(error)

    threads = [threading.Thread(target=burst, args=(desk,)) for desk in queues]
    for thread in threads:
        thread.start()
    assert stop_now.wait(60)
    pg_cluster.stop("immediate")
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    assert all(desk.offline for desk in desks.values())
    pending = {name: desk.pending() for name, desk in desks.items()}
    assert all(count > 0 for count in pending.values())
    with pytest.raises(ServerUnreachable):
        desks["签到台A"].load()

    pg_cluster.start()
    reports = {name: desk.sync() for name, desk in desks.items()}
    for name, desk in desks.items():
        report = reports[name]
        assert report is not None and not desk.offline and desk.pending() == 0
        assert report.not_found == [] and report.other_workspace == 0
        assert report.total == pending[name]  # every journalled entry was looked at: nothing lost

    saved = saved_checkins(pg_url, meeting_id)
    assert set(saved) == set(claims) == set(ids)  # everyone who came is in, exactly once (one row each)
    for attendee_id, made in claims.items():
        earliest_desk = min(made, key=lambda d: made[d])
        assert saved[attendee_id] == (made[earliest_desk], earliest_desk)
    doubled = {aid for aid, made in claims.items() if len(made) == 2}
    assert doubled  # the overlap produced check-ins at both desks
    with open_workspace(pg_url, backup=False) as check:
        conflicts = list_conflicts(check, meeting_id)
    assert {c.attendee_id for c in conflicts} == doubled
    assert all(c.kept_at <= c.other_at for c in conflicts)

    # Replaying everything again (both journals, in full) changes nothing.
    for desk in desks.values():
        again = replay(desk.workspace, desk.journal.entries())
        assert again.applied == 0 and again.already == again.total
    assert saved_checkins(pg_url, meeting_id) == saved
    with open_workspace(pg_url, backup=False) as check:
        assert len(list_conflicts(check, meeting_id)) == len(conflicts)
    for desk in desks.values():
        desk.workspace.close()
        desk.journal.close()


# --- offline behaviour without a server (the desk is put offline by hand) ------------------------------


@pytest.fixture
def desk_pair(tmp_path: Path, workspace: Workspace) -> tuple[CheckInDesk, CheckInDesk, list[Attendee]]:
    meeting_id, people = make_meeting(workspace, 30)
    first = CheckInDesk(workspace, meeting_id, DeskJournal(tmp_path / "a.db"), "一号台")
    second = CheckInDesk(workspace, meeting_id, DeskJournal(tmp_path / "b.db"), "二号台")
    for desk in (first, second):
        desk.load()
        desk.offline = True
    return first, second, people


def test_offline_desk_finds_people_refuses_doubles_and_counts_pending(
    desk_pair: tuple[CheckInDesk, CheckInDesk, list[Attendee]],
) -> None:
    desk, _, people = desk_pair
    person = people[0]
    result = desk.check_in(person.name, at=START)
    assert result.done and "离线" in result.message
    assert desk.pending() == 1
    again = desk.check_in(person.code)
    assert again.outcome is DeskOutcome.ALREADY
    assert desk.check_in("没有这个人").outcome is DeskOutcome.NOT_FOUND
    assert desk.pending() == 1
    with desk.workspace.reading() as connection:
        assert checkins_by_attendee(connection, desk.meeting_id) == {}  # nothing reached the workspace yet


def test_undo_while_offline_and_replaying_twice_is_idempotent(
    desk_pair: tuple[CheckInDesk, CheckInDesk, list[Attendee]],
) -> None:
    desk, _, people = desk_pair
    kept, undone = people[0], people[1]
    desk.check_in(kept.code, at=START)
    made = desk.check_in(undone.code, at=START)
    assert made.checkin is not None
    assert desk.undo(made.checkin) is not None
    assert desk.pending() == 3
    desk.offline = False
    report = desk.sync()
    assert report is not None and report.applied == 3 and desk.pending() == 0
    with desk.workspace.reading() as connection:
        assert set(checkins_by_attendee(connection, desk.meeting_id)) == {kept.id}
        applied_count = connection.execute(select(func.count()).select_from(journal_applied)).scalar()
    again = replay(desk.workspace, desk.journal.entries())
    assert again.already == 3 and again.applied == 0
    with desk.workspace.reading() as connection:
        assert set(checkins_by_attendee(connection, desk.meeting_id)) == {kept.id}
        assert connection.execute(select(func.count()).select_from(journal_applied)).scalar() == applied_count


def test_both_desks_checked_in_the_same_person_earliest_kept_and_undo_of_it_reinstates_the_other(
    desk_pair: tuple[CheckInDesk, CheckInDesk, list[Attendee]],
) -> None:
    first, second, people = desk_pair
    person = people[5]
    first.check_in(person.code, at=START - timedelta(minutes=5))
    early = second.check_in(person.code, at=START - timedelta(minutes=20))
    assert early.checkin is not None
    for desk in (first, second):
        desk.offline = False
        desk.sync()
    conflicts = list_conflicts(first.workspace, first.meeting_id)
    assert [(c.name, c.kept_desk, c.other_desk) for c in conflicts] == [(person.name, "二号台", "一号台")]
    with first.workspace.reading() as connection:
        row = checkins_by_attendee(connection, first.meeting_id)[person.id or 0]
    assert (row.at, row.desk) == (START - timedelta(minutes=20), "二号台")
    # The second desk takes its check-in back (it was a mistake): the first desk's one stands instead.
    second.undo(row)
    with first.workspace.reading() as connection:
        row = checkins_by_attendee(connection, first.meeting_id)[person.id or 0]
    assert (row.at, row.desk) == (START - timedelta(minutes=5), "一号台")
    assert list_conflicts(first.workspace, first.meeting_id) == []


def test_journal_goes_by_usb_to_another_desk_and_merges_once(
    desk_pair: tuple[CheckInDesk, CheckInDesk, list[Attendee]], tmp_path: Path
) -> None:
    desk, _, people = desk_pair
    for person in people[:4]:
        desk.check_in(person.code, at=START)
    stick = tmp_path / "usb" / "一号台签到.json"
    stick.parent.mkdir()
    assert export_journal(desk.journal, stick, desk.desk) == 4
    url = desk.workspace.url
    with open_workspace(url) as other_desk:
        report = merge_journal(other_desk, stick)
        assert (report.applied, report.already) == (4, 0)
        again = merge_journal(other_desk, stick)
        assert (again.applied, again.already) == (0, 4)
    # The desk itself replays later: the entries merged by USB are not written twice.
    desk.offline = False
    report = desk.sync()
    assert report is not None and report.already == 4 and report.applied == 0
    with desk.workspace.reading() as connection:
        assert set(checkins_by_attendee(connection, desk.meeting_id)) == {p.id for p in people[:4]}


def test_a_journal_file_cut_short_or_edited_is_refused_with_a_clear_message(
    desk_pair: tuple[CheckInDesk, CheckInDesk, list[Attendee]], tmp_path: Path
) -> None:
    desk, _, people = desk_pair
    desk.check_in(people[0].code, at=START)
    good = tmp_path / "journal.json"
    export_journal(desk.journal, good, desk.desk)
    cut = tmp_path / "cut.json"
    cut.write_bytes(good.read_bytes()[:-40])
    with pytest.raises(JournalError, match=r"不是有效的签到日志文件.*内容不完整或已损坏"):
        merge_journal(desk.workspace, cut)
    edited = tmp_path / "edited.json"
    document = json.loads(good.read_text(encoding="utf-8"))
    document["entries"][0]["at"] = "昨天"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(JournalError, match="第 1 条记录不完整或已损坏"):
        merge_journal(desk.workspace, edited)
    other = tmp_path / "list.xlsx"
    other.write_bytes(b"PK\x03\x04 not a journal")
    with pytest.raises(JournalError, match="不是"):
        merge_journal(desk.workspace, other)
    with desk.workspace.reading() as connection:
        assert checkins_by_attendee(connection, desk.meeting_id) == {}


def test_a_damaged_local_journal_is_named_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "desk-journal.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = path.read_bytes()
    with pytest.raises(JournalError, match=r"签到日志 .*desk-journal\.db 无法读取"):
        DeskJournal(path)
    assert path.read_bytes() == before


def test_offline_check_in_of_someone_on_leave_asks_first(workspace: Workspace, tmp_path: Path) -> None:
    meeting = create_meeting(workspace, "座谈会", START, "work")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee("李娜", reply=ReplyStatus.LEAVE)])
    desk = CheckInDesk(workspace, meeting.id, DeskJournal(tmp_path / "j.db"), "一号台")
    desk.load()
    desk.offline = True
    assert desk.check_in("李娜").outcome is DeskOutcome.ON_LEAVE
    assert desk.pending() == 0
    assert desk.check_in("李娜", confirm_leave=True).done
    desk.offline = False
    report = desk.sync()
    assert report is not None and report.outcomes and set(report.outcomes.values()) == {Outcome.APPLIED.value}


@pytest.mark.postgres
def test_a_stopped_server_is_told_as_unreachable_in_one_sentence(
    pg_cluster: pg.PgCluster, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from meeting_planner.cli import run
    from meeting_planner.services.meetings import list_meetings

    workspace = open_workspace(pg_url, backup=False)
    list_meetings(workspace)  # a pooled connection that the crash will cut
    pg_cluster.stop("immediate")
    try:
        with pytest.raises(ServerUnreachable, match=r"无法连接工作区所在的数据库服务器.*服务器或网络中断"):
            list_meetings(workspace)
        with pytest.raises(ServerUnreachable):
            create_meeting(workspace, "全市工作会议", START, "work")
    finally:
        workspace.close()
    assert run(["--db", pg_url, "journal", "merge", "nothing.json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_offline_board_counts_what_this_desk_knows(
    desk_pair: tuple[CheckInDesk, CheckInDesk, list[Attendee]],
) -> None:
    desk, _, people = desk_pair
    desk.check_in(people[0].code, at=START - timedelta(minutes=10))
    made = desk.check_in(people[1].code, at=START - timedelta(minutes=5))
    assert made.checkin is not None
    desk.undo(made.checkin)
    desk.check_in(people[2].code, at=START - timedelta(minutes=1))
    view, recent = desk.offline_board(START)
    assert (view.total.expected, view.total.present) == (30, 2)
    assert [item.attendee.name for item in recent] == [people[2].name, people[0].name]
    assert len(view.missing) == 28
