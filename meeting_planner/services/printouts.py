"""Every printout and export of a meeting in one registry, whether each is up to date, and writing them.

``PRINTOUTS`` lists them in the order the 打印/导出 centre shows them (the CLI's ``printouts ID`` too). Each has
options, a file name (``<会议名>-<文件名>``) and the print-record ``document`` it is tracked under.

What a printout shows is reduced to parts (``_snapshot``): one hash per person on it, plus parts for the meeting's
own fields, the unit order, the checklist steps ... When a printout is written in full, its parts are recorded in
``print_records`` (one row per part, the whole document replaced; the options under ``_options``). Its status then
compares the record with the parts of today's data, so a stale printout says what changed since
(which aspects, which people changed, who is new, how many are gone). Table cards keep their own per-card records
(``cards --changed`` prints only the cards that changed), read the same way. Statuses are structured: the CLI words
them in Chinese (``cli/wording.py``), the window in the UI language (``ui/wording.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from meeting_planner.documents.files import safe_file_name
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import Meeting
from meeting_planner.domain.notice import NoticeSettings
from meeting_planner.domain.printing import PrintRecord
from meeting_planner.domain.venue import ZoneKind
from meeting_planner.errors import InputError, Phrase, wording
from meeting_planner.services import day_printouts, seating
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.services.units import unit_order
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.attendees import list_attendees
from meeting_planner.storage.checkins import checkins_by_attendee
from meeting_planner.storage.meetings import load_meeting, load_notice_settings
from meeting_planner.storage.workspace import Workspace

Progress = Callable[[int, int], None]

#: At most this many names are listed in a status (by those who word it).
NAMES_SHOWN = 6
#: The print-record item holding the options a printout was written with (not a content hash).
OPTIONS_KEY = "_options"


def file_name_part(text: str, limit: int = 80) -> str:
    """``text`` made safe as (part of) a file name, as every printout's name is made (the GUI's too)."""
    return safe_file_name(text, limit)


class PrintoutError(InputError):
    """A printout cannot be written now (no venue, no changed cards ...); the message is for users."""


class Readiness(StrEnum):
    """How the 会前检查 treats a printout."""

    #: Must be printed before the meeting and be current.
    REQUIRED = "required"
    #: Must be current once printed (a stale copy may be in circulation).
    IF_PRINTED = "if-printed"
    #: A report of progress, out of date by nature (the checklist report, the attendance workbook).
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class Option:
    """A choice offered for a printout: ``choices`` are ``(value, label)``; the first is the default."""

    key: str
    label: str
    choices: tuple[tuple[str, str], ...]

    @property
    def default(self) -> str:
        """The value used unless another is chosen."""
        return self.choices[0][0]


@dataclass(frozen=True, slots=True)
class Printout:
    """One entry of the registry."""

    key: str
    label: str
    group: str
    file_name: str
    suffix: str
    document: str
    options: tuple[Option, ...] = ()
    readiness: Readiness = Readiness.IF_PRINTED
    hint: str = ""

    def file_for(self, folder: Path, meeting_title: str) -> Path:
        """``<folder>/<会议名>-<file name><suffix>``."""
        return folder / f"{safe_file_name(meeting_title)}-{safe_file_name(self.file_name)}{self.suffix}"

    def chosen(self, options: Mapping[str, str] | None = None) -> dict[str, str]:
        """Every option's value: the given one when valid, else the default."""
        given = options or {}
        return {
            option.key: given[option.key] if given.get(option.key) in {v for v, _ in option.choices} else option.default
            for option in self.options
        }


_CARD_LINE = Option("line", "桌签附加行", (("none", "只印姓名"), ("title", "加印职务"), ("unit", "加印单位")))
_QR = Option("qr", "签到码", (("no", "不印二维码"), ("yes", "印二维码")))

#: The registry, in the order shown.
PRINTOUTS: tuple[Printout, ...] = (
    Printout(
        "seating-chart",
        "座次图",
        "座次",
        "座次图",
        ".pdf",
        "seating-chart",
        (
            Option("paper", "纸张", (("auto", "自动（A4/A3）"), ("a4", "A4 拼贴"))),
            Option("orientation", "视角", (("audience", "面向主席台"), ("stage", "主席台视角"))),
        ),
        Readiness.REQUIRED,
    ),
    Printout(
        "seat-list",
        "座次表",
        "座次",
        "座次表",
        ".pdf",
        "seat-list",
        (Option("sort", "排序", (("unit", "按单位"), ("name", "按姓名拼音"))),),
        hint="引导员用：姓名 → 区、排、座号",
    ),
    Printout("table-cards", "桌签（全部）", "桌签", "桌签", ".pdf", "table-cards", (_CARD_LINE,), Readiness.REQUIRED),
    Printout(
        "table-cards-changed",
        "桌签（仅变化的）",
        "桌签",
        "桌签-变化的",
        ".pdf",
        "table-cards",
        (_CARD_LINE,),
        Readiness.IGNORED,
        "自上次打印以来新增或内容有变化的桌签",
    ),
    Printout(
        "table-cards-rostrum",
        "桌签（主席台）",
        "桌签",
        "桌签-主席台",
        ".pdf",
        "table-cards",
        (_CARD_LINE,),
        Readiness.IGNORED,
        "主席台就座人员的桌签",
    ),
    *(
        Printout(
            f"sign-in-{order.value}",
            f"签到表（{label}）",
            "签到",
            f"签到表（{label}）",
            ".pdf",
            f"sign-in:{order.value}",
            (_QR,),
            Readiness.IF_PRINTED,
        )
        for order, label in (
            (day_printouts.SignInOrder.UNIT, "按单位"),
            (day_printouts.SignInOrder.STROKES, "按姓氏笔画"),
            (day_printouts.SignInOrder.STROKES_SINGLE_FIRST, "按笔画，单名在前"),
            (day_printouts.SignInOrder.PINYIN, "按拼音"),
            (day_printouts.SignInOrder.RANK, "按排序号"),
        )
    ),
    Printout("notice-pdf", "会议通知（PDF）", "通知", "会议通知", ".pdf", "notice-pdf", hint="GB/T 9704 版式，附回执"),
    Printout("notice-docx", "会议通知（Word）", "通知", "会议通知", ".docx", "notice-docx", hint="可在 WPS 中修改"),
    Printout(
        "checklist",
        "会务清单",
        "报表",
        "会务清单",
        ".pdf",
        "checklist",
        readiness=Readiness.IGNORED,
        hint="各步骤的完成情况、经办人和时间",
    ),
    Printout(
        "attendance",
        "签到统计",
        "报表",
        "签到统计",
        ".xlsx",
        "attendance-xlsx",
        readiness=Readiness.IGNORED,
        hint="签到明细与分单位统计（Excel）",
    ),
)

BY_KEY: dict[str, Printout] = {printout.key: printout for printout in PRINTOUTS}
#: The sign-in sheet's print-record documents, one per order.
SIGNIN_DOCUMENTS = tuple(p.document for p in PRINTOUTS if p.document.startswith("sign-in:"))


def printout(key: str) -> Printout:
    """The registry entry ``key``; a PrintoutError names the known ones otherwise."""
    try:
        return BY_KEY[key]
    except KeyError:
        raise PrintoutError(
            Phrase.of("没有名为“{key}”的打印件（可用：{BY_KEY}）", key=key, BY_KEY="、".join(BY_KEY))
        ) from None


# --- what each printout shows ------------------------------------------------------------------------------


def _hash(*values: object) -> str:
    return hashlib.sha256("\x1f".join(str(value) for value in values).encode()).hexdigest()[:32]


class Aspect(StrEnum):
    """A part of a printout that is not a person: what changed besides people."""

    MEETING = "meeting"  # 会议名称、时间或地点
    VENUE = "venue"  # 场地
    UNIT_ORDER = "unit-order"  # 单位排序
    NOTICE_INFO = "notice-info"  # 会议信息（名称、时间、地点、议程、联系人）
    NOTICE_SETTINGS = "notice-settings"  # 通知设置（发文字号、参会范围、回执）
    UNITS = "units"  # 参会单位


@dataclass(frozen=True, slots=True)
class Subject:
    """Who or what a part of a printout shows: a person (name as printed, unit) or a checklist step (its title)."""

    name: str
    unit: str = ""
    step: bool = False


def _person(attendee: Attendee) -> Subject:
    return Subject(attendee.display_name, attendee.unit)


@dataclass
class _Data:
    """Everything the snapshots read, loaded once."""

    meeting: Meeting
    people: list[Attendee]
    units: list[str]
    settings: NoticeSettings
    view: seating.SeatingView | None
    no_view: str
    checkins: Mapping[int, tuple[object, ...]]

    @property
    def expected(self) -> list[Attendee]:
        return [a for a in self.people if a.role is not Role.STAFF]

    def meeting_part(self) -> tuple[str, Aspect]:
        m = self.meeting
        return _hash(m.title, m.start, m.end, m.venue, m.location), Aspect.MEETING


def _load(workspace: Workspace, meeting_id: int) -> _Data:
    with workspace.reading() as connection:
        meeting = load_meeting(connection, meeting_id)
        if meeting is None:
            raise MeetingNotFound(meeting_id)
        people = list_attendees(connection, meeting_id)
        units = unit_order(connection, [a for a in people if a.role is not Role.STAFF])
        settings = load_notice_settings(connection, meeting_id)
        checkins = {
            attendee_id: (c.at, c.substitute, c.substitute_name)
            for attendee_id, c in checkins_by_attendee(connection, meeting_id).items()
        }
    try:
        view: seating.SeatingView | None = seating.seating_view(workspace, meeting_id)
        no_view = ""
    except seating.SeatingError as error:
        view, no_view = None, str(error)
    return _Data(meeting, people, units, settings, view, no_view, checkins)


#: Part key -> (hash, what it shows); keys starting with ``_`` are aspects, the others people or steps.
Parts = dict[str, tuple[str, Aspect | Subject]]


def _chart_parts(data: _Data) -> Parts:
    assert data.view is not None
    view = data.view
    parts: Parts = {"_meeting": data.meeting_part(), "_venue": (_hash(view.venue.key, view.venue.name), Aspect.VENUE)}
    people = view.by_id()
    for seat_id, assignment in view.assignments.items():
        person = people.get(assignment.attendee_id or -1)
        if person is not None:
            parts[f"p{person.id}"] = (_hash(seat_id, person.display_name, person.unit), _person(person))
    return parts


def _seat_list_parts(data: _Data) -> Parts:
    assert data.view is not None
    seat_of = data.view.seat_of()
    parts: Parts = {"_meeting": data.meeting_part(), "_units": (_hash(*data.units), Aspect.UNIT_ORDER)}
    for person in data.expected:
        if person.reply is ReplyStatus.LEAVE:
            continue
        seat = seat_of.get(person.id or -1)
        parts[f"p{person.id}"] = (_hash(person.display_name, person.unit, seat.id if seat else ""), _person(person))
    return parts


def _signin_parts(data: _Data, order: str) -> Parts:
    parts: Parts = {"_meeting": data.meeting_part()}
    if order in ("unit", "rank"):
        parts["_units"] = (_hash(*data.units), Aspect.UNIT_ORDER)
    for person in data.expected:
        note = day_printouts.note_for(person)
        parts[f"p{person.id}"] = (_hash(person.name, person.unit, person.title, person.code, note), _person(person))
    return parts


def _notice_parts(data: _Data) -> Parts:
    m = data.meeting
    settings = data.settings
    parts: Parts = {
        "_meeting": (
            _hash(m.title, m.start, m.end, m.venue, m.location, m.agenda, m.bring, m.contact, m.organiser),
            Aspect.NOTICE_INFO,
        ),
        "_settings": (_hash(settings.to_json()), Aspect.NOTICE_SETTINGS),
        "_units": (_hash(*data.units), Aspect.UNITS),
    }
    if settings.list_names or settings.reply_prefilled:
        for person in data.expected:
            parts[f"p{person.id}"] = (_hash(person.name, person.unit, person.title, person.rank), _person(person))
    return parts


def _checklist_parts(data: _Data) -> Parts:
    parts: Parts = {"_meeting": data.meeting_part()}
    for step in data.meeting.steps:
        parts[f"s:{step.key}"] = (
            _hash(step.title, step.status, step.done_by, step.done_at, step.due_at, step.note),
            Subject(step.title, step=True),
        )
    return parts


def _attendance_parts(data: _Data) -> Parts:
    parts: Parts = {"_meeting": data.meeting_part()}
    for person in data.people:
        checkin = data.checkins.get(person.id or -1)
        parts[f"p{person.id}"] = (
            _hash(person.name, person.unit, person.title, person.reply, person.substitute_name, checkin),
            _person(person),
        )
    return parts


def _snapshot(document: str, data: _Data) -> Parts:
    if document == "seating-chart":
        return _chart_parts(data)
    if document == "seat-list":
        return _seat_list_parts(data)
    if document.startswith("sign-in:"):
        return _signin_parts(data, document.split(":", 1)[1])
    if document in ("notice-pdf", "notice-docx"):
        return _notice_parts(data)
    if document == "checklist":
        return _checklist_parts(data)
    if document == "attendance-xlsx":
        return _attendance_parts(data)
    raise PrintoutError(Phrase.of("打印件“{document}”没有内容记录", document=document))


def _needs_venue(item: Printout) -> bool:
    return item.document in ("seating-chart", "seat-list", "table-cards")


def record_print(
    workspace: Workspace, meeting_id: int, document: str, options: str = "", now: datetime | None = None
) -> None:
    """Remember that ``document`` was just printed in full from today's data (with ``options``, a short text)."""
    hashes = {key: value for key, (value, _label) in _snapshot(document, _load(workspace, meeting_id)).items()}
    hashes[OPTIONS_KEY] = options[:64]
    with workspace.transaction() as connection:
        seat_repo.replace_print_records(connection, meeting_id, document, hashes, now)


# --- statuses -------------------------------------------------------------------------------------------------


class State(StrEnum):
    """Where a printout stands."""

    NEVER = "never"
    PRINTED = "printed"
    STALE = "stale"
    UNAVAILABLE = "unavailable"


class Why(StrEnum):
    """What a status's facts are about."""

    NONE = ""
    #: Stale: ``aspects`` changed, ``changed`` people/steps changed, ``added`` are new, ``removed`` parts are gone.
    CHANGES = "changes"
    #: Stale: recorded by an older version (one hash for the whole chart): cannot be compared, print again.
    OLD_VERSION = "old-version"
    #: Table cards: never printed (``count`` cards in all), or stale (``changed`` cards to print, ``substitutes``).
    CARDS = "cards"
    #: The changed-cards printout: ``changed`` cards wait to be printed.
    CARDS_WAITING = "cards-waiting"
    #: The changed-cards printout, printed: no card changed since.
    NO_CHANGED_CARDS = "no-changed-cards"
    #: Unavailable: no venue chosen or nobody seated yet.
    NO_VENUE = "no-venue"
    #: Unavailable: nobody on the rostrum.
    NO_ROSTRUM = "no-rostrum"


@dataclass(frozen=True, slots=True)
class PrintStatus:
    """A printout's status as facts: ``why`` says what the other fields describe (see ``Why``); ``options`` is
    the text of the options it was written with. ``people`` are those whose part changed (e.g. cards to reprint)."""

    key: str
    state: State
    printed_at: datetime | None = None
    why: Why = Why.NONE
    aspects: tuple[Aspect, ...] = ()
    changed: tuple[Subject, ...] = ()
    added: tuple[Subject, ...] = ()
    removed: int = 0
    count: int = 0
    substitutes: int = 0
    options: str = ""

    @property
    def people(self) -> tuple[Subject, ...]:
        """Those whose part of the printout changed or is new."""
        return self.changed + self.added


def _compare(key: str, record: PrintRecord, parts: Parts) -> PrintStatus:
    recorded = record.hashes
    if OPTIONS_KEY not in recorded:  # recorded by an older version (one hash for the whole chart)
        return PrintStatus(key, State.STALE, record.printed_at, Why.OLD_VERSION)
    options = recorded.get(OPTIONS_KEY, "")
    aspects = [what for k, (h, what) in parts.items() if k.startswith("_") and recorded.get(k, h) != h]
    changed = [what for k, (h, what) in parts.items() if not k.startswith("_") and k in recorded and recorded[k] != h]
    added = [what for k, (_h, what) in parts.items() if not k.startswith("_") and k not in recorded]
    removed = [k for k in recorded if not k.startswith("_") and k not in parts]
    if not (aspects or changed or added or removed):
        return PrintStatus(key, State.PRINTED, record.printed_at, options=options)
    return PrintStatus(
        key,
        State.STALE,
        record.printed_at,
        Why.CHANGES,
        tuple(a for a in aspects if isinstance(a, Aspect)),
        tuple(c for c in changed if isinstance(c, Subject)),
        tuple(a for a in added if isinstance(a, Subject)),
        len(removed),
        options=options,
    )


def _rostrum_ids(view: seating.SeatingView) -> set[int]:
    """People on the 主席台: seated in a rostrum zone, or marked 主席台."""
    zones = {zone.key for zone in view.venue.zones if zone.kind is ZoneKind.ROSTRUM}
    seated = {pid for pid, seat in view.seat_of().items() if seat.zone in zones}
    return seated | {a.id for a in view.attendees if a.on_rostrum and a.id is not None}


def _card_status(item: Printout, data: _Data, record: PrintRecord | None) -> PrintStatus:
    assert data.view is not None
    people = seating.printable_people(data.view)
    if item.key == "table-cards-rostrum":
        rostrum = _rostrum_ids(data.view)
        people = [a for a in people if a.id in rostrum]
        if not people:
            return PrintStatus(item.key, State.UNAVAILABLE, why=Why.NO_ROSTRUM)
    stale = seating.cards_out_of_date(people, record.hashes if record is not None else {})
    cards = tuple(_person(a) for a in stale)
    if item.key == "table-cards-changed":
        if record is None:
            return PrintStatus(item.key, State.NEVER, why=Why.CARDS, count=len(people))
        if not stale:
            return PrintStatus(item.key, State.PRINTED, record.printed_at, Why.NO_CHANGED_CARDS)
        return PrintStatus(item.key, State.STALE, record.printed_at, Why.CARDS_WAITING, changed=cards, count=len(cards))
    if record is None or len(stale) == len(people):
        return PrintStatus(item.key, State.NEVER, why=Why.CARDS, count=len(people))
    if not stale:
        return PrintStatus(item.key, State.PRINTED, record.printed_at)
    substitutes = sum(1 for a in stale if a.reply is ReplyStatus.SUBSTITUTE)
    return PrintStatus(
        item.key, State.STALE, record.printed_at, Why.CARDS, changed=cards, count=len(cards), substitutes=substitutes
    )


def _status(item: Printout, data: _Data, records: Mapping[str, PrintRecord]) -> PrintStatus:
    if _needs_venue(item) and data.view is None:
        return PrintStatus(item.key, State.UNAVAILABLE, why=Why.NO_VENUE)
    record = records.get(item.document)
    if item.document == "table-cards":
        return _card_status(item, data, record)
    if record is None:
        return PrintStatus(item.key, State.NEVER)
    return _compare(item.key, record, _snapshot(item.document, data))


def printout_statuses(workspace: Workspace, meeting_id: int) -> dict[str, PrintStatus]:
    """Every printout's status by registry key (one read of the meeting's data)."""
    data = _load(workspace, meeting_id)
    with workspace.reading() as connection:
        records = seat_repo.print_records_of(connection, meeting_id)
    return {item.key: _status(item, data, records) for item in PRINTOUTS}


# --- writing ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Written:
    """A printout written: where, and a line for people (``已写出 桌签 12 张``)."""

    key: str
    path: Path
    message: str


def options_text(item: Printout, options: Mapping[str, str]) -> str:
    """The chosen options as people read them (``A4 拼贴、面向主席台``); empty when there are none."""
    chosen = item.chosen(options)
    return "、".join(dict(option.choices)[chosen[option.key]] for option in item.options)


def write_printout(
    workspace: Workspace,
    meeting_id: int,
    key: str,
    path: Path,
    options: Mapping[str, str] | None = None,
    *,
    record: bool = True,
) -> Written:
    """Write printout ``key`` to ``path`` (atomically) with ``options``; recorded as printed unless ``record``
    is False (a preview). PrintoutError says why it cannot be made; MissingGlyphError names the characters."""
    item = printout(key)
    chosen = item.chosen(options)
    label = options_text(item, chosen)
    try:
        message = _write(workspace, meeting_id, item, path, chosen, record, label)
    except seating.SeatingError as error:
        raise PrintoutError(wording(error)) from error
    return Written(key, path, message)


def _write(
    workspace: Workspace,
    meeting_id: int,
    item: Printout,
    path: Path,
    chosen: dict[str, str],
    record: bool,
    label: str,
) -> str:
    from meeting_planner.services import attendees as attendee_service

    key = item.key
    if key == "seating-chart":
        pages = seating.export_seating_chart(
            workspace, meeting_id, path, chosen["orientation"], paper=chosen["paper"], record=record, options=label
        )
        return f"{item.label} {pages} 页"
    if key == "seat-list":
        pages = seating.export_seat_list(workspace, meeting_id, path, chosen["sort"], record=record, options=label)
        return f"{item.label} {pages} 页"
    if key.startswith("table-cards"):
        ids: list[int] | None = None
        if key == "table-cards-rostrum":
            rostrum = _rostrum_ids(seating.seating_view(workspace, meeting_id))
            ids = sorted(rostrum)
            if not ids:
                raise PrintoutError(Phrase("主席台上还没有人，没有主席台桌签可打印"))
        result = seating.export_table_cards(
            workspace,
            meeting_id,
            path,
            attendee_ids=ids,
            only_changed=key == "table-cards-changed",
            line=chosen["line"],
            record=record,
        )
        if result.written == 0:
            raise PrintoutError(
                Phrase("没有需要打印的桌签：自上次打印以来内容都没有变化")
                if key == "table-cards-changed"
                else Phrase("没有可打印的桌签")
            )
        return f"{item.label} {result.written} 张"
    if key.startswith("sign-in-"):
        order = item.document.split(":", 1)[1]
        pages = day_printouts.export_signin_pdf(
            workspace, meeting_id, path, order, qr=chosen["qr"] == "yes", record=record, options=label
        )
        return f"{item.label} {pages} 页"
    if key == "notice-pdf":
        day_printouts.export_notice_pdf(workspace, meeting_id, path, record=record)
    elif key == "notice-docx":
        day_printouts.export_notice_docx(workspace, meeting_id, path, record=record)
    elif key == "checklist":
        day_printouts.export_checklist_pdf(workspace, meeting_id, path, record=record)
    elif key == "attendance":
        attendee_service.export_attendance(workspace, meeting_id, path, record=record)
    else:  # pragma: no cover - every registry key is handled above
        raise PrintoutError(Phrase.of("打印件“{key}”无法生成", key=key))
    return item.label


def write_all(
    workspace: Workspace,
    meeting_id: int,
    folder: Path,
    meeting_title: str,
    options: Mapping[str, Mapping[str, str]] | None = None,
    keys: Sequence[str] | None = None,
    progress: Progress | None = None,
) -> tuple[list[Written], list[tuple[str, str]]]:
    """Write every printout (or ``keys``) into ``folder`` with meeting-named files; returns what was written and
    ``(label, reason)`` for what could not be made (the rest is written regardless)."""
    from meeting_planner.documents.fonts import MissingGlyphError

    chosen = list(keys) if keys is not None else [p.key for p in PRINTOUTS if p.key != "table-cards-changed"]
    written: list[Written] = []
    skipped: list[tuple[str, str]] = []
    folder.mkdir(parents=True, exist_ok=True)
    for done, key in enumerate(chosen, start=1):
        item = printout(key)
        try:
            written.append(
                write_printout(
                    workspace, meeting_id, key, item.file_for(folder, meeting_title), (options or {}).get(key)
                )
            )
        except (PrintoutError, MissingGlyphError, LookupError) as error:
            skipped.append((item.label, str(error)))
        if progress is not None:
            progress(done, len(chosen))
    return written, skipped
