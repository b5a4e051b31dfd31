"""The meeting day: 3,000 check-ins by code and by name with 3,000 attendees; sign-in sheets for 3,000.

Targets (issue 5): a check-in by code <= 20 ms, by name query <= 50 ms, sign-in sheets for 3,000 <= 5 s.
Baseline for check-ins: the bare durable write (one sqlite3 INSERT + COMMIT with synchronous=FULL in WAL
mode), i.e. what any check-in that survives a crash must cost at least.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from harness import Report, best_of

from meeting_planner.domain.attendee import Attendee
from meeting_planner.services.checkin import check_in, search_attendees
from meeting_planner.services.day_printouts import export_signin_pdf
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace, open_workspace

PEOPLE = 3000
START = datetime(2026, 12, 1, 9, 0)
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉鹏飞志红玉珍春梅海波宇浩晨"


def roster() -> list[Attendee]:
    """3,000 people with distinct three-character names across 60 units."""
    people = []
    for i in range(PEOPLE):
        rest, surname = divmod(i, len(SURNAMES))
        second, first = divmod(rest, len(GIVEN))
        name = SURNAMES[surname] + GIVEN[first] + GIVEN[(first + 1 + second) % len(GIVEN)]
        people.append(Attendee(name, unit=f"第{i % 60 + 1}单位", title="处长", phone=f"139{i:08d}", rank=i + 1))
    return people


def _meeting(workspace: Workspace, title: str) -> tuple[int, list[Attendee]]:
    meeting = create_meeting(workspace, title, START, "plenary", venue="大礼堂")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        added = add_attendees(connection, meeting.id, roster())
    return meeting.id, added


def _baseline(folder: Path, count: int) -> float:
    connection = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("CREATE TABLE checkins (id INTEGER PRIMARY KEY, attendee_id INTEGER UNIQUE, at TEXT)")
    started = time.perf_counter()
    for number in range(count):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO checkins (attendee_id, at) VALUES (?, ?)", (number, "2026-12-01 08:00:00"))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed / count


def run(report: Report) -> None:
    """Add the day's figures to ``report``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workspace = open_workspace(folder / "bench.db", backup=False)
        try:
            baseline = _baseline(folder, PEOPLE)
            _check_ins(report, workspace, baseline)
            meeting_id, _ = _meeting(workspace, "签到表")
            plain = best_of(lambda: export_signin_pdf(workspace, meeting_id, folder / "signin.pdf"), repeat=3)
            report.add("sign-in sheet PDF, 3,000 people", plain, target=5.0)
            seconds = best_of(lambda: export_signin_pdf(workspace, meeting_id, folder / "q.pdf", qr=True), repeat=3)
            report.add(
                "sign-in sheet PDF with QR codes, 3,000",
                seconds,
                baseline=plain,
                baseline_name="plain sheet, same run",
                max_ratio=2.0,
                note="optional QR",
            )
        finally:
            workspace.close()


def _check_ins(report: Report, workspace: Workspace, baseline: float) -> None:
    by_code, people = _meeting(workspace, "按签到码")
    started = time.perf_counter()
    for number, person in enumerate(people):
        result = check_in(workspace, by_code, person.code, at=START - timedelta(seconds=number))
        assert result.done, result.message
    per_code = (time.perf_counter() - started) / len(people)
    report.add(
        "check-in by code (3,000 attendees), each",
        per_code,
        baseline=baseline,
        baseline_name="bare durable INSERT+COMMIT",
        target=0.020,
    )

    by_name, people = _meeting(workspace, "按姓名")
    slowest = 0.0
    started = time.perf_counter()
    for number, person in enumerate(people):
        began = time.perf_counter()
        result = check_in(workspace, by_name, person.name, at=START - timedelta(seconds=number))
        slowest = max(slowest, time.perf_counter() - began)
        assert result.done, result.message
    per_name = (time.perf_counter() - started) / len(people)
    report.add(
        "check-in by full name (3,000 attendees), each",
        per_name,
        baseline=baseline,
        baseline_name="bare durable INSERT+COMMIT",
        target=0.050,
        note=f"slowest {slowest * 1000:.1f} ms (first builds the index)",
    )
    queries = ["wfj", "张", "lwm", "zhang"]
    seconds = best_of(lambda: [search_attendees(workspace, by_name, q) for q in queries], repeat=5) / len(queries)
    report.add("name search (initials / part), each", seconds, target=0.050)
