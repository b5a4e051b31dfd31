"""Meeting files: export-meeting then import-meeting reproduces the meeting exactly; hostile files change nothing."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from meeting_planner.cli import run
from meeting_planner.cli.wording import imported_text
from meeting_planner.domain.attendee import ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import checkin as checkin_service
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services import seating
from meeting_planner.services.day_printouts import get_notice_settings
from meeting_planner.services.example import build_example
from meeting_planner.services.meeting_file import (
    FORMAT,
    Conflict,
    MeetingAlreadyThere,
    MeetingFileError,
    export_meeting,
    import_meeting,
)
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.venues import meeting_seating_rules
from meeting_planner.storage.workspace import Workspace, open_workspace

NOW = datetime(2026, 11, 30, 18, 0)


def _edit(
    workspace: Workspace, meeting_id: int, plan: Callable[..., seating.SeatChange], *args: Any
) -> seating.SeatChange:
    """One seat edit as the editor does it: plan over the current seats, then apply."""
    change = plan(seating.seat_states(workspace, meeting_id), *args)
    seating.apply_seat_change(workspace, meeting_id, change)
    return change


def busy_meeting(workspace: Workspace, tmp_path: Path) -> int:
    """The example meeting with everything a meeting file must carry: replies, rostrum, locked and hand-placed
    seats, check-ins (live, substitute, 补录), step states, notes, printed cards and chart."""
    summary = build_example(workspace, 60, now=NOW)
    meeting_id = summary.meeting_id
    people = attendee_service.list_meeting_attendees(workspace, meeting_id)
    meeting = meeting_service.get_meeting(workspace, meeting_id)
    seats = seating.seat_states(workspace, meeting_id)
    taken = next(a for a in seats.values() if a.attendee_id is not None)
    _edit(workspace, meeting_id, seating.plan_lock, taken.seat_id, True)
    free = next(
        seat.id
        for zone in seating.meeting_venue(workspace, meeting_id).zones
        for seat in zone.seats
        if seat.id not in seats and not seat.blocked
    )
    unseated = next(p for p in people if p.id is not None and all(a.attendee_id != p.id for a in seats.values()))
    assert unseated.id is not None
    _edit(workspace, meeting_id, seating.plan_move, unseated.id, free)
    start = meeting.start
    with workspace.reading() as connection:
        already = set(checkins_by_attendee(connection, meeting_id))
    waiting = [p for p in people if p.id not in already and p.reply is not ReplyStatus.LEAVE]
    earlier = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=2)
    for index, person in enumerate(waiting[:12]):
        assert person.id is not None
        result = checkin_service.check_in(
            workspace,
            meeting_id,
            attendee_id=person.id,
            at=earlier + timedelta(minutes=index) if index % 4 == 0 else start - timedelta(minutes=30 - index),
            substitute=True if index == 3 else None,
            substitute_name="钱多多" if index == 3 else "",
            backfill=index % 4 == 0,
        )
        assert result.done
    meeting_service.set_step_status(workspace, meeting_id, meeting.steps[-1].key, StepStatus.BLOCKED, by="王晓")
    person = replace(people[5], notes="=1+1 靠过道", gender="女", name_original="王　伟")
    attendee_service.update_attendee(workspace, person)
    seating.export_table_cards(workspace, meeting_id, tmp_path / "cards.pdf")
    seating.export_seating_chart(workspace, meeting_id, tmp_path / "chart.pdf")
    return meeting_id


def snapshot(workspace: Workspace, meeting_id: int) -> dict[str, Any]:
    """Everything about the meeting read through the ordinary services, ids replaced by people's positions."""
    meeting = meeting_service.get_meeting(workspace, meeting_id)
    people = attendee_service.list_meeting_attendees(workspace, meeting_id)
    position = {p.id: p.position for p in people}
    meeting_fields = asdict(meeting)
    meeting_fields.pop("id")
    meeting_fields.pop("version")  # this workspace's edit counter (stale-copy check), not the meeting's data
    for step in meeting_fields["steps"]:
        step.pop("id")
        step.pop("version")
    with workspace.reading() as connection:
        checkins = checkins_by_attendee(connection, meeting_id)
        records = seat_repo.list_print_records(connection, meeting_id)
        rules = meeting_seating_rules(connection, meeting_id)
    venue = seating.meeting_venue(workspace, meeting_id)
    return {
        "meeting": meeting_fields,
        "notice": asdict(get_notice_settings(workspace, meeting_id)),
        "rules": rules,
        "people": [{k: v for k, v in asdict(p).items() if k not in ("id", "meeting_id", "person_id")} for p in people],
        "seats": {
            sid: (position.get(a.attendee_id), a.locked, a.manual)
            for sid, a in seating.seat_states(workspace, meeting_id).items()
        },
        "checkins": {
            position[aid]: {k: v for k, v in asdict(c).items() if k not in ("id", "attendee_id")}
            for aid, c in checkins.items()
        },
        "records": sorted(
            (
                r.document,
                str(position[int(r.item_key)]) if r.document == "table-cards" else r.item_key,
                r.content_hash,
                r.printed_at,
            )
            for r in records
        ),
        "venue": dict(venue.spec) if venue else None,
        "units": [(u.name, u.order) for u in attendee_service.list_units(workspace)],
    }


def workspace_dump(workspace: Workspace) -> list[str]:
    """Every row of every table of the workspace (either back end), to show that a refused import changed
    nothing at all."""
    from sqlalchemy import select

    from meeting_planner.storage.tables import metadata

    rows: list[str] = []
    with workspace.reading() as connection:
        for table in metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows += [f"{table.name}: {tuple(row)!r}" for row in connection.execute(select(table).order_by(*order))]
    return rows


def test_export_then_import_into_an_empty_workspace_reproduces_the_meeting(
    any_workspace: Workspace, tmp_path: Path
) -> None:
    """Exported from a SQLite workspace, imported into an empty one on each back end (SQLite, PostgreSQL)."""
    file = tmp_path / "会议.mpz"
    with open_workspace(tmp_path / "source" / "workspace.db") as source:
        meeting_id = busy_meeting(source, tmp_path)
        before = snapshot(source, meeting_id)
        exported = export_meeting(source, meeting_id, file)
    assert any(c["entered_at"] for c in before["checkins"].values()), "a 补录 check-in travels too"
    assert any(c["substitute"] for c in before["checkins"].values())
    assert any(locked for _, locked, _ in before["seats"].values())
    assert any(manual for _, _, manual in before["seats"].values())
    documents = {record[0] for record in before["records"]}
    assert {"table-cards", "seating-chart"} <= documents
    assert exported.counts["attendees"] == 60 and exported.counts["checkins"] == len(before["checkins"])
    with zipfile.ZipFile(file) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == FORMAT and manifest["version"] == 1

    result = import_meeting(any_workspace, file)
    after = snapshot(any_workspace, result.meeting_id)
    assert after == before
    assert "60 人" in imported_text(result) and f"{len(before['checkins'])} 条签到" in imported_text(result)


def test_the_same_meeting_twice_is_refused_then_copied_or_replaced(workspace: Workspace, tmp_path: Path) -> None:
    meeting = meeting_service.create_meeting(workspace, "小型座谈会", datetime(2026, 12, 1, 9), "talks")
    assert meeting.id is not None
    file = tmp_path / "m.mpz"
    export_meeting(workspace, meeting.id, file)
    dump = workspace_dump(workspace)
    with pytest.raises(MeetingAlreadyThere, match="本工作区已有") as caught:
        import_meeting(workspace, file)
    assert caught.value.existing_id == meeting.id
    assert workspace_dump(workspace) == dump

    copy = import_meeting(workspace, file, conflict=Conflict.COPY)
    copied = meeting_service.get_meeting(workspace, copy.meeting_id)
    assert copied.title == "小型座谈会（副本）" and copied.uid != meeting.uid

    replaced = import_meeting(workspace, file, conflict=Conflict.REPLACE)
    assert "回收站" in imported_text(replaced)
    live = {m.id for m in meeting_service.list_meetings(workspace)}
    assert live == {copy.meeting_id, replaced.meeting_id}
    assert meeting_service.get_meeting(workspace, replaced.meeting_id).uid == meeting.uid
    binned = meeting_service.list_deleted_meetings(workspace)
    assert [m.id for m in binned] == [meeting.id]
    # Restoring the replaced meeting from the bin never gives two meetings one identity.
    meeting_service.restore_meeting(workspace, meeting.id)
    uids = [meeting_service.get_meeting(workspace, m.id).uid for m in meeting_service.list_meetings(workspace)]
    assert len(set(uids)) == 3


def test_a_different_venue_under_the_same_key_is_kept_apart(workspace: Workspace, tmp_path: Path) -> None:
    from meeting_planner.domain.venue import venue_from_spec

    source = open_workspace(tmp_path / "a" / "workspace.db")
    try:
        meeting = meeting_service.create_meeting(source, "会谈", datetime(2026, 12, 1, 9), "talks")
        assert meeting.id is not None
        hall = venue_from_spec(
            {
                "key": "my-room",
                "name": "小会议室",
                "zones": [{"key": "room", "kind": "auditorium", "name": "场下", "rows": 2, "seats_per_row": 4}],
            }
        )
        seating.set_meeting_venue(source, meeting.id, hall)
        export_meeting(source, meeting.id, tmp_path / "m.mpz")
    finally:
        source.close()
    other = venue_from_spec(
        {
            "key": "my-room",
            "name": "另一间",
            "zones": [{"key": "room", "kind": "auditorium", "name": "场下", "rows": 3, "seats_per_row": 5}],
        }
    )
    seating.save_venue(workspace, other)
    result = import_meeting(workspace, tmp_path / "m.mpz")
    venue = seating.meeting_venue(workspace, result.meeting_id)
    assert venue is not None and venue.key != "my-room" and venue.name == "小会议室" and venue.capacity == 8
    assert seating.meeting_venue(workspace, result.meeting_id) != other
    assert "另存为" in imported_text(result)


# --- hostile files ------------------------------------------------------------------------------------


def write_package(path: Path, data: Any, manifest: dict[str, Any] | None = None) -> Path:
    """A meeting file around ``data`` with a matching checksum (so the content checks are what refuse it)."""
    raw = json.dumps(data, ensure_ascii=False).encode()
    head = {"format": FORMAT, "version": 1, "data": "meeting.json", "sha256": hashlib.sha256(raw).hexdigest()}
    head.update(manifest or {})
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(head))
        archive.writestr("meeting.json", raw)
    return path


@pytest.fixture
def good_file(workspace: Workspace, tmp_path: Path) -> Path:
    meeting_id = busy_meeting(workspace, tmp_path)
    return export_meeting(workspace, meeting_id, tmp_path / "good.mpz").path


def good_data(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("meeting.json"))  # type: ignore[no-any-return]


def hostile_files(good: Path, folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a part of the expected message)."""
    raw = good.read_bytes()
    files: dict[str, tuple[Path, str]] = {}
    truncated = folder / "truncated.mpz"
    truncated.write_bytes(raw[: len(raw) // 2])
    files["truncated"] = (truncated, "不完整")
    noise = folder / "noise.mpz"
    noise.write_bytes(os.urandom(5000))
    files["random bytes"] = (noise, "不是会务筹备会议文件")
    data = good_data(good)
    data["attendees"][3]["name"] = 12345
    files["wrong type"] = (write_package(folder / "types.mpz", data), "第 4 位参会人员的“name”应为文字")
    data = good_data(good)
    data["checkins"][0]["at"] = "yesterday"
    files["bad time"] = (write_package(folder / "time.mpz", data), "第 1 条签到的“at”应为时间")
    data = good_data(good)
    data["seats"][0]["attendee"] = 999_999_999
    files["dangling seat"] = (write_package(folder / "seat.mpz", data), "不是文件中的参会人员")
    data = good_data(good)
    data["attendees"][0]["role"] = "__import__('os')"
    files["unknown role"] = (write_package(folder / "role.mpz", data), "的“role”应为其中之一")
    data = good_data(good)
    data["meeting"] = ["not", "an", "object"]
    files["meeting not an object"] = (write_package(folder / "shape.mpz", data), "“meeting”应为对象")
    newer = write_package(folder / "newer.mpz", good_data(good), {"version": 2})
    files["newer version"] = (newer, "更新版本")
    foreign = folder / "foreign.mpz"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": "something-else", "version": 1}))
    files["foreign zip"] = (foreign, "不是会务筹备导出的会议文件")
    tampered = folder / "tampered.mpz"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(tampered, "w") as archive:
        archive.writestr("manifest.json", source.read("manifest.json"))
        archive.writestr("meeting.json", source.read("meeting.json").replace("王".encode(), "汪".encode()))
    files["checksum"] = (tampered, "校验值不符")
    nan = folder / "nan.mpz"
    text = json.dumps(good_data(good)).replace('"grace_minutes": 5', '"grace_minutes": NaN')
    assert "NaN" in text
    with zipfile.ZipFile(nan, "w") as archive:
        archive.writestr("meeting.json", text)
        archive.writestr(
            "manifest.json",
            json.dumps({"format": FORMAT, "version": 1, "sha256": hashlib.sha256(text.encode()).hexdigest()}),
        )
    files["NaN"] = (nan, "不是有效的 JSON")
    return files


def test_hostile_files_are_refused_naming_the_file_and_change_nothing(
    workspace: Workspace, good_file: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    before = workspace_dump(workspace)
    for name, (path, expected) in hostile_files(good_file, folder).items():
        with pytest.raises(MeetingFileError) as caught:
            import_meeting(workspace, path)
        message = str(caught.value)
        assert path.name in message, (name, message)
        assert expected in message, (name, message)
        assert workspace_dump(workspace) == before, name


def test_absurd_sizes_are_refused_before_reading(
    workspace: Workspace, good_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.services import meeting_file

    monkeypatch.setattr(meeting_file, "MAX_FILE_BYTES", 1000)
    with pytest.raises(MeetingFileError, match="太大"):
        import_meeting(workspace, good_file)
    monkeypatch.undo()
    monkeypatch.setattr(meeting_file, "MAX_DATA_BYTES", 1000)
    with pytest.raises(MeetingFileError, match="太大"):
        import_meeting(workspace, good_file)
    monkeypatch.undo()
    data = good_data(good_file)
    data["attendees"] = data["attendees"] * 900  # 54,000 people: more than any meeting file holds
    with pytest.raises(MeetingFileError, match="太多"):
        import_meeting(workspace, write_package(tmp_path / "many.mpz", data))
    data = good_data(good_file)
    data["attendees"][0]["name"] = "王" * 500
    with pytest.raises(MeetingFileError, match="太长"):
        import_meeting(workspace, write_package(tmp_path / "long.mpz", data))


def test_a_failure_while_writing_leaves_the_workspace_as_it_was(
    good_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "target.db"
    with open_workspace(target) as other:
        meeting_service.create_meeting(other, "已有的会议", datetime(2026, 12, 2, 9), "work")
        before = workspace_dump(other)

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(seat_repo, "add_print_records", broken)
    with open_workspace(target) as other:
        with pytest.raises(OSError):
            import_meeting(other, good_file)
        assert workspace_dump(other) == before


def test_export_and_import_commands(
    workspace: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_example(workspace, 30, now=NOW)
    workspace.close()
    file = tmp_path / "m.mpz"
    assert run(["--db", str(db_path), "export-meeting", "1", str(file)]) == 0
    assert "30 人" in capsys.readouterr().out
    other = str(tmp_path / "other.db")
    assert run(["--db", other, "import-meeting", str(file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("已导入会议") and "30 人" in out and "条签到" in out
    assert run(["--db", other, "import-meeting", str(file)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "--as-copy" in err and err.count("\n") == 1
    assert run(["--db", other, "import-meeting", str(file), "--as-copy"]) == 0
    assert "副本" in capsys.readouterr().out
    broken = tmp_path / "broken.mpz"
    broken.write_bytes(file.read_bytes()[:300])
    assert run(["--db", other, "import-meeting", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：broken.mpz") and "Traceback" not in err


def test_every_meeting_gets_an_identity_also_after_an_upgrade(tmp_path: Path) -> None:
    from meeting_planner.storage.workspace import Workspace as Ws
    from meeting_planner.storage.workspace import create_workspace_engine, database_url, upgrade_schema

    path = tmp_path / "old.db"
    url = database_url(path)
    old = Ws(create_workspace_engine(url), url)
    try:
        upgrade_schema(old, "0004")
        with old.engine.begin() as connection:
            for n in range(3):
                connection.exec_driver_sql(
                    "INSERT INTO meetings (title, start_at, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (f"会议{n}", "2026-12-01 09:00:00", "2026-11-01 09:00:00", "2026-11-01 09:00:00"),
                )
    finally:
        old.close()
    with open_workspace(path) as upgraded:
        uids = [meeting_service.get_meeting(upgraded, m.id).uid for m in meeting_service.list_meetings(upgraded)]
    assert len(uids) == 3 and len(set(uids)) == 3 and all(len(uid) == 36 for uid in uids)
