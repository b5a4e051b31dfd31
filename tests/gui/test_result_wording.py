"""The services' results as the window words them (``ui/wording.py``): the 会前检查's findings, the printouts'
statuses, the meeting file's reports, auto-seating, list updates and venues; in Chinese exactly the sentences the
command line prints (``cli/wording.py``), in English no Chinese but the user's data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from meeting_planner.app import create_application, install_translators
from meeting_planner.cli import wording as cli_wording
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.domain.list_update import FieldChange, field_changes
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services import printouts, seating
from meeting_planner.services.example import build_example
from meeting_planner.services.meeting_file import ExportedMeeting, ImportedMeeting, ImportNote, NoteKind
from meeting_planner.services.printouts import Aspect, PrintStatus, State, Subject, Why
from meeting_planner.services.readiness import Area, Finding, Kind, check_meeting
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui import wording as ui_wording

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]")
WHEN = datetime(2026, 11, 30, 14, 30)
# More people, steps and characters than are listed, so the "等 N 人" endings are worded too.
PEOPLE = tuple((f"张{'三四五六七八九十'[i % 8]}{i}", "区财政局" if i % 3 else "") for i in range(15))
SUBJECTS = tuple(Subject(name, unit) for name, unit in PEOPLE[:9])
STEPS = tuple((f"第{i}步：音视频调试", WHEN) for i in range(15))
CHARACTERS = tuple((f"王{chr(0x2A6A5 + i)}", chr(0x2A6A5 + i)) for i in range(15))
UNITS = ("区委", "", "區財政局")
TITLE = "2026年全区经济工作会议"
DATA = sorted(
    {
        TITLE,
        "大礼堂",
        "hall-2",
        "/tmp/会议.mpz",
        *(n for n, _u in PEOPLE),
        *(u for _n, u in PEOPLE if u),
        *(t for t, _d in STEPS),
        *(t for t, _c in CHARACTERS),
        "王伟",
        *UNITS,
        "区 委",
        *("出差", "开会", "张强 科长", "李明 科长", "处长", "区审计局"),
    },
    key=len,
    reverse=True,
)


def sample_statuses() -> list[PrintStatus]:
    """A status of every kind: every state, every ``Why``, every aspect."""
    return [
        PrintStatus("seating-chart", State.NEVER),
        PrintStatus("table-cards", State.NEVER, why=Why.CARDS, count=12),
        PrintStatus("seating-chart", State.PRINTED, WHEN, options="A4 拼贴、面向主席台"),
        PrintStatus("table-cards-changed", State.PRINTED, WHEN, Why.NO_CHANGED_CARDS),
        PrintStatus("seat-list", State.STALE, WHEN, Why.CHANGES, tuple(Aspect), SUBJECTS, SUBJECTS[:2], 3),
        PrintStatus("checklist", State.STALE, WHEN, Why.CHANGES, changed=(Subject(STEPS[0][0], step=True),)),
        PrintStatus("seating-chart", State.STALE, WHEN, Why.OLD_VERSION),
        PrintStatus("table-cards", State.STALE, WHEN, Why.CARDS, changed=SUBJECTS, count=9, substitutes=2),
        PrintStatus("table-cards-changed", State.STALE, WHEN, Why.CARDS_WAITING, changed=SUBJECTS[:3], count=3),
        PrintStatus("seat-list", State.UNAVAILABLE, why=Why.NO_VENUE),
        PrintStatus("table-cards-rostrum", State.UNAVAILABLE, why=Why.NO_ROSTRUM),
    ]


def sample_findings() -> list[Finding]:
    """A finding of every kind, each field filled (each kind words only its own)."""
    sheets = (
        PrintStatus("sign-in-unit", State.STALE, WHEN, Why.CHANGES, (Aspect.UNIT_ORDER,), SUBJECTS[:2]),
        PrintStatus("sign-in-pinyin", State.STALE, WHEN, Why.CHANGES, added=SUBJECTS[:1]),
    )
    chart = (PrintStatus("seating-chart", State.STALE, WHEN, Why.CHANGES, changed=SUBJECTS),)
    return [
        Finding(
            Area.NAMES,
            kind,
            PEOPLE,
            STEPS,
            chart if kind in (Kind.PRINTOUT_NEVER, Kind.PRINTOUT_STALE) else sheets,
            "王伟",
            UNITS + ("区 委",) * 12,
            15,
            CHARACTERS,
        )
        for kind in Kind
    ]


def sample_imports() -> list[ImportedMeeting]:
    """An import that did nothing else, and one that did everything an import can do."""
    counts = {"attendees": 60, "seats": 58, "checkins": 40, "steps": 30, "print_records": 12}
    notes = [
        ImportNote(NoteKind.VENUE_ADDED, "大礼堂"),
        ImportNote(NoteKind.VENUE_RENAMED, "大礼堂", "hall-2"),
        ImportNote(NoteKind.UNIT_ORDER_KEPT),
        ImportNote(NoteKind.SAVED_AS_COPY, meeting_id=3),
        ImportNote(NoteKind.REPLACED, meeting_id=3),
    ]
    assert {note.kind for note in notes} == set(NoteKind)
    return [ImportedMeeting(7, TITLE, counts), ImportedMeeting(8, TITLE, counts, notes)]


def sample_changes() -> list[FieldChange]:
    """A change of every field a list can change (the reply three ways)."""
    base = Attendee("王伟", unit="区财政局", title="处长", phone="13800000000", rank=3, reply=ReplyStatus.NOTIFIED)
    other = replace(base, unit="区审计局", title="", phone="13900000000", rank=None, on_rostrum=True)
    leave = replace(base, reply=ReplyStatus.LEAVE, leave_reason="出差")
    substitute = replace(base, reply=ReplyStatus.SUBSTITUTE, substitute_name="张强", substitute_title="科长")
    changes = field_changes(base, replace(other, reply=ReplyStatus.LEAVE, leave_reason="出差"))
    changes += field_changes(leave, replace(leave, leave_reason="开会"))
    changes += field_changes(substitute, replace(substitute, substitute_name="李明"))
    keys = {"reply", "leave_reason", "substitute", "title", "unit", "phone", "rank", "on_rostrum"}
    assert {change.key for change in changes} == keys
    return changes


def venue_data() -> list[str]:
    """The built-in venues' names, keys, zones and sections (user data once in a workspace)."""
    texts: list[str] = []
    for venue in seating.builtin_venues():
        texts += [venue.name, venue.key, *(zone.name for zone in venue.zones)]
        texts += [seat.section for zone in venue.zones for seat in zone.seats if seat.section]
    return sorted(set(texts), key=len, reverse=True)


def test_the_chinese_window_words_every_kind_as_the_command_line() -> None:
    for status in sample_statuses():
        assert ui_wording.status_text(status) == cli_wording.status_text(status)
    for finding in sample_findings():
        assert ui_wording.finding_problem(finding) == cli_wording.finding_problem(finding), finding.kind
        assert ui_wording.finding_fix(finding) == cli_wording.finding_fix(finding), finding.kind
    assert ui_wording.options_text("A4 拼贴、面向主席台") == "A4 拼贴、面向主席台"
    for imported in sample_imports():
        assert ui_wording.imported_text(imported) == cli_wording.imported_text(imported)
    exported = ExportedMeeting(Path("/tmp/会议.mpz"), TITLE, sample_imports()[0].counts)
    assert ui_wording.exported_text(exported) == cli_wording.exported_text(exported)
    for venue in seating.builtin_venues():
        assert ui_wording.venue_lines(venue) == cli_wording.venue_lines(venue)
    changes = sample_changes()
    assert ui_wording.change_list(changes) == "；".join(cli_wording.change_text(c) for c in changes)
    assert cli_wording.change_text(changes[0]) == "回执 已通知 → 请假（出差）"
    assert "主席台 否 → 是" in ui_wording.change_list(changes) and "职务 处长 → （空）" in ui_wording.change_list(
        changes
    )
    for person in (Attendee("赵六", unit="区应急局", title="局长", reply=ReplyStatus.LEAVE, leave_reason="出差"),):
        assert ui_wording.added_label(person) == cli_wording.added_label(person) == "赵六（区应急局 局长）"
        assert ui_wording.reply_label(person) == cli_wording.reply_label(person) == "请假（出差）"
    assert cli_wording.exported_text(exported) == (
        f"已导出会议“{TITLE}”到 /tmp/会议.mpz：60 人，58 个座位，40 条签到，30 个清单步骤，12 条打印记录。"
    )
    # The sentences are today's (the same as before the services stopped wording them).
    cards = sample_statuses()[7]
    assert cli_wording.status_text(cards).startswith("已过期：9 张桌签未打印或有变化：张三0、张四1（区财政局）")
    assert cli_wording.status_text(cards).endswith(" 等 9 人（其中代会 2 人）")
    assert cli_wording.status_text(sample_statuses()[1]) == "从未打印（共 12 张）"
    sign_in = next(f for f in sample_findings() if f.kind is Kind.SIGNIN_STALE)
    assert cli_wording.finding_problem(sign_in) == (
        "签到表打印后数据有变化，已过期：（按单位）单位排序有变化；张三0、张四1（区财政局）有变化；（按拼音）新增 张三0"
    )


def test_the_chinese_window_words_a_real_meeting_as_the_command_line(workspace: Workspace, tmp_path: Path) -> None:
    meeting_id = build_example(workspace, 40).meeting_id
    for key in ("seating-chart", "seat-list", "sign-in-unit", "notice-pdf", "checklist", "table-cards"):
        printouts.write_printout(workspace, meeting_id, key, tmp_path / f"{key}.pdf")
    people = attendee_service.list_meeting_attendees(workspace, meeting_id)
    confirmed = [a for a in people if a.reply is ReplyStatus.CONFIRMED and not a.on_rostrum]
    attendee_service.update_attendee(workspace, replace(confirmed[0], name="欧阳明远"))
    attendee_service.update_attendee(
        workspace, replace(confirmed[1], reply=ReplyStatus.SUBSTITUTE, substitute_name="张强")
    )
    attendee_service.add_attendees(
        workspace, meeting_id, [Attendee("劉德華", unit="区委", rank=90), Attendee("刘德华", unit="区財政局", rank=91)]
    )
    step = meeting_service.get_meeting(workspace, meeting_id).steps[-1]
    meeting_service.set_step_status(workspace, meeting_id, step.key, StepStatus.DONE, by="王晓")
    findings = check_meeting(workspace, meeting_id)
    assert {Kind.CARDS_STALE, Kind.SUBSTITUTE_CARDS, Kind.SIGNIN_STALE, Kind.PRINTOUT_STALE} <= {
        f.kind for f in findings
    }
    for finding in findings:
        assert ui_wording.finding_problem(finding) == cli_wording.finding_problem(finding)
        assert ui_wording.finding_fix(finding) == cli_wording.finding_fix(finding)
    for status in printouts.printout_statuses(workspace, meeting_id).values():
        assert ui_wording.status_text(status) == cli_wording.status_text(status)
    # Auto-seating: the window says the counts the command line lists (as it did: lines 2-4 joined by ；).
    result = seating.auto_seat(workspace, meeting_id, seating.seating_view(workspace, meeting_id).venue.key)
    assert ui_wording.auto_seat_text(result) == "；".join(cli_wording.seating_lines(result)[1:4])


@pytest.fixture
def english(qtbot) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    app = create_application()
    translators = install_translators(app, "en")
    yield app
    for translator in translators:
        QApplication.removeTranslator(translator)
    # Back to the Chinese locale, without leaving Qt's own Chinese strings behind for the next test.
    for translator in install_translators(app, "zh_CN"):
        QApplication.removeTranslator(translator)


def _left(text: str) -> str:
    for item in DATA:
        text = text.replace(item, "")
    return text


def test_the_english_window_words_every_kind_in_english(english: QApplication) -> None:
    said = [ui_wording.status_text(status) for status in sample_statuses()]
    for finding in sample_findings():
        said += [ui_wording.finding_problem(finding), ui_wording.finding_fix(finding)]
    said.append(ui_wording.options_text("A4 拼贴、面向主席台"))
    said += [ui_wording.imported_text(imported) for imported in sample_imports()]
    said.append(ui_wording.change_list(sample_changes()))
    said.append(ui_wording.exported_text(ExportedMeeting(Path("/tmp/会议.mpz"), TITLE, {"attendees": 3})))
    venues = venue_data()
    for venue in seating.builtin_venues():
        for line in ui_wording.venue_lines(venue):
            said.append(line.replace(venue.name, "").replace(venue.key, ""))
            for text in venues:
                said[-1] = said[-1].replace(text, "")
    leftovers = [text for text in said if CJK.search(_left(text)) or "%" in text]
    assert leftovers == [], "\n".join(leftovers)
    assert ui_wording.status_text(sample_statuses()[1]) == "Never printed (12 cards)"
    assert ui_wording.options_text("A4 拼贴、面向主席台") == "A4 tiles, Facing the rostrum"
