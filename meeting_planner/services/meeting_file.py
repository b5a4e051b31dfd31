"""Moving a meeting between workspaces (内网/外网, by USB): one meeting file out, one meeting in.

The file (``.mpz``) is a zip with two members:

- ``manifest.json``: ``{"format": "meeting-planner.meeting", "version": 1, "exported_at", "title", "uid",
  "counts": {...}, "data": "meeting.json", "sha256": <hex of meeting.json>, "size": <bytes>}``
- ``meeting.json``: the meeting (fields, notice fields, seating rules, checklist steps with their states), its
  units in the official order, attendees (every field; ``ref`` is the attendee's id in the exporting
  workspace, used only to tie seats, check-ins and card print records to people), the venue definition
  (TOML text), seats, check-ins (times, method, substitutes, 补录) and print records.

Reading never evaluates anything: JSON only (NaN/Infinity refused), every value checked for its type and
length, sizes bounded before anything is read, the data's SHA-256 compared with the manifest. A meeting file
from a newer format version is refused with a message to upgrade. Importing is one transaction: a file that
fails any check changes nothing. Every meeting has a stable ``uid``; importing a meeting the workspace already
holds (the same uid) is refused unless the caller asks for a copy (new uid) or to replace it (the meeting in
the workspace goes to the 回收站, from where it can be restored).
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from meeting_planner.documents.venue_toml import venue_from_toml, venue_to_toml
from meeting_planner.domain.attendance import CheckIn, CheckInMethod
from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.checklist import Category, Meeting, Offset, OffsetError, Phase, Step, StepStatus
from meeting_planner.domain.notice import NoticeSettings
from meeting_planner.domain.printing import PrintRecordRow
from meeting_planner.domain.seating import SeatState
from meeting_planner.domain.venue import Venue, VenueError
from meeting_planner.errors import InputError, Phrase, wording
from meeting_planner.services.meetings import MeetingNotFound
from meeting_planner.storage import attendees as attendee_repo
from meeting_planner.storage import checkins as checkin_repo
from meeting_planner.storage import directory as directory_repo
from meeting_planner.storage import meetings as meeting_repo
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage import venues as venue_repo
from meeting_planner.storage.tables import text_limit
from meeting_planner.storage.workspace import Connection, Workspace

Progress = Callable[[int, int], None]

FORMAT = "meeting-planner.meeting"
#: The format version this version writes; files of a higher version are refused.
FORMAT_VERSION = 1
SUFFIX = ".mpz"
MANIFEST = "manifest.json"
DATA = "meeting.json"

#: Bounds: a real meeting file is a few MB (10,000 attendees ≈ 4 MB of JSON, far less zipped).
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_DATA_BYTES = 160 * 1024 * 1024
MAX_MEMBERS = 8
MAX_ATTENDEES = 50_000
MAX_STEPS = 2_000
MAX_SEATS = 60_000
MAX_PRINT_RECORDS = 200_000
MAX_UNITS = 20_000
MAX_SUBITEMS = 200
#: The longest value of an unlimited text column read from a file.
MAX_TEXT = 100_000
#: Print-record documents whose item keys are attendee ids (remapped to the new ids on import).
ATTENDEE_KEYED_DOCUMENTS = frozenset({"table-cards"})
#: What "from the rostrum" and the like in seating rules may hold (short text values).
MAX_RULES = 50


class MeetingFileError(InputError):
    """A meeting file that cannot be read or imported; the message names the file and says what is wrong."""


class MeetingAlreadyThere(MeetingFileError):
    """The workspace already holds the meeting in the file (same uid); nothing was imported."""

    def __init__(self, message: str, existing_id: int, title: str, in_bin: bool) -> None:
        super().__init__(message)
        self.existing_id = existing_id
        self.title = title
        self.in_bin = in_bin


class Conflict(StrEnum):
    """What to do when the workspace already holds the meeting being imported."""

    REFUSE = "refuse"
    #: Import it as a new meeting with its own identity (title marked 副本).
    COPY = "copy"
    #: Put the workspace's meeting in the 回收站 and import the file's in its place.
    REPLACE = "replace"


# --- the data ------------------------------------------------------------------------------------------


@dataclass
class MeetingPackage:
    """A meeting as read from a file (or from a workspace), with everything that belongs to it."""

    meeting: Meeting
    notice: NoticeSettings
    seating_rules: dict[str, str]
    #: The meeting's units in the official order, each with its explicit order (0: none set).
    units: list[tuple[str, int]]
    #: ``(ref, attendee)``: the ref ties seats, check-ins and card records to the person.
    attendees: list[tuple[int, Attendee]]
    venue: Venue | None
    seats: list[SeatState]
    checkins: list[CheckIn]
    print_records: list[PrintRecordRow]
    exported_at: datetime | None = None

    def counts(self) -> dict[str, int]:
        """How many of each the package holds."""
        return {
            "attendees": len(self.attendees),
            "seats": sum(1 for seat in self.seats if seat.attendee_id is not None),
            "checkins": len(self.checkins),
            "steps": len(self.meeting.steps),
            "print_records": len(self.print_records),
        }


#: What ``counts()`` counts, worded for the 应急包's manifest and the command line (the window has its own).
COUNT_LABELS = {
    "attendees": "{} 人",
    "seats": "{} 个座位",
    "checkins": "{} 条签到",
    "steps": "{} 个清单步骤",
    "print_records": "{} 条打印记录",
}


def describe_counts(counts: Mapping[str, int]) -> str:
    """``120 人，118 个座位，95 条签到，30 个清单步骤，45 条打印记录``."""
    return "，".join(label.format(counts.get(key, 0)) for key, label in COUNT_LABELS.items())


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _attendee_json(ref: int, person: Attendee) -> dict[str, Any]:
    return {
        "ref": ref,
        "position": person.position,
        "name": person.name,
        "name_original": person.name_original,
        "unit": person.unit,
        "title": person.title,
        "phone": person.phone,
        "gender": person.gender,
        "rank": person.rank,
        "role": person.role.value,
        "reply": person.reply.value,
        "leave_reason": person.leave_reason,
        "substitute_name": person.substitute_name,
        "substitute_title": person.substitute_title,
        "notes": person.notes,
        "code": person.code,
        "on_rostrum": person.on_rostrum,
    }


def _step_json(step: Step) -> dict[str, Any]:
    return {
        "key": step.key,
        "position": step.position,
        "title": step.title,
        "phase": step.phase.value,
        "category": step.category.value,
        "offset": str(step.offset),
        "due_at": _iso(step.due_at),
        "due_manual": step.due_manual,
        "role": step.role,
        "quantity": step.quantity,
        "subitems": list(step.subitems),
        "note": step.note,
        "status": step.status.value,
        "done_by": step.done_by,
        "done_at": _iso(step.done_at),
    }


def package_to_json(package: MeetingPackage) -> dict[str, Any]:
    """The JSON object written as ``meeting.json`` (without the export time, so equal meetings give equal
    data and the same SHA-256)."""
    meeting = package.meeting
    return {
        "meeting": {
            "uid": meeting.uid,
            "title": meeting.title,
            "kind": meeting.kind,
            "start": _iso(meeting.start),
            "end": _iso(meeting.end),
            "venue": meeting.venue,
            "organiser": meeting.organiser,
            "template_key": meeting.template_key,
            "location": meeting.location,
            "agenda": meeting.agenda,
            "bring": meeting.bring,
            "contact": meeting.contact,
            "checkin_opens": _iso(meeting.checkin_opens),
            "grace_minutes": meeting.grace_minutes,
            "venue_key": meeting.venue_key,
            "notice": json.loads(package.notice.to_json()),
            "seating_rules": dict(sorted(package.seating_rules.items())),
        },
        "steps": [_step_json(step) for step in meeting.steps],
        "units": [{"name": name, "order": order} for name, order in package.units],
        "attendees": [_attendee_json(ref, person) for ref, person in package.attendees],
        "venue": (
            {"key": package.venue.key, "name": package.venue.name, "toml": venue_to_toml(package.venue)}
            if package.venue is not None
            else None
        ),
        "seats": [
            {"seat": seat.seat_id, "attendee": seat.attendee_id, "locked": seat.locked, "manual": seat.manual}
            for seat in sorted(package.seats, key=lambda s: s.seat_id)
        ],
        "checkins": [
            {
                "attendee": c.attendee_id,
                "at": _iso(c.at),
                "method": c.method.value,
                "substitute": c.substitute,
                "substitute_name": c.substitute_name,
                "substitute_title": c.substitute_title,
                "entered_at": _iso(c.entered_at),
            }
            for c in sorted(package.checkins, key=lambda c: (c.at, c.attendee_id))
        ],
        "print_records": [
            {"document": r.document, "item": r.item_key, "hash": r.content_hash, "printed_at": _iso(r.printed_at)}
            for r in package.print_records
        ],
    }


def _canonical(data: Mapping[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def read_package(connection: Connection, meeting_id: int) -> MeetingPackage:
    """Everything of one meeting from the workspace (refs are the attendee ids)."""
    from meeting_planner.services.seating import _find_venue
    from meeting_planner.services.units import unit_order

    meeting = meeting_repo.load_meeting(connection, meeting_id)
    if meeting is None:
        raise MeetingNotFound(meeting_id)
    people = attendee_repo.list_attendees(connection, meeting_id)
    explicit = directory_repo.explicit_unit_orders(connection)
    units = [(name, explicit.get(name, 0)) for name in unit_order(connection, people)]
    venue = _find_venue(connection, meeting.venue_key) if meeting.venue_key else None
    return MeetingPackage(
        meeting=meeting,
        notice=meeting_repo.load_notice_settings(connection, meeting_id),
        seating_rules=venue_repo.meeting_seating_rules(connection, meeting_id),
        units=units,
        attendees=[(person.id or 0, person) for person in people],
        venue=venue,
        seats=list(seat_repo.list_assignments(connection, meeting_id).values()),
        checkins=list(checkin_repo.checkins_by_attendee(connection, meeting_id).values()),
        print_records=seat_repo.list_print_records(connection, meeting_id),
    )


def meeting_digest(workspace: Workspace, meeting_id: int) -> tuple[str, dict[str, int]]:
    """The SHA-256 of the meeting's data (what a meeting file would hold, print records left out: printing
    does not change the meeting) and its counts; the 应急包 manifest names the data it was made from by it."""
    with workspace.reading() as connection:
        package = read_package(connection, meeting_id)
    data = package_to_json(package)
    data.pop("print_records")
    return hashlib.sha256(_canonical(data)).hexdigest(), package.counts()


# --- export --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportedMeeting:
    """What ``export_meeting`` wrote."""

    path: Path
    title: str
    counts: dict[str, int]


def export_meeting(
    workspace: Workspace,
    meeting_id: int,
    path: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExportedMeeting:
    """Write the meeting file (atomically: a temporary file renamed at the end)."""
    from meeting_planner.documents.files import atomic_output

    total = 3
    with workspace.reading() as connection:
        package = read_package(connection, meeting_id)
    if progress is not None:
        progress(1, total)
    data = _canonical(package_to_json(package))
    counts = package.counts()
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app": "会务筹备",
        "exported_at": (now or datetime.now()).replace(microsecond=0).isoformat(),
        "title": package.meeting.title,
        "uid": package.meeting.uid,
        "counts": counts,
        "data": DATA,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    if progress is not None:
        progress(2, total)
    with atomic_output(path) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        archive.writestr(DATA, data)
    if progress is not None:
        progress(3, total)
    return ExportedMeeting(path, package.meeting.title, counts)


# --- reading a file ------------------------------------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(Phrase.of("不允许的数值 {name}", name=name))


def _load_json(raw: bytes, what: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ValueError(Phrase.of("{what} 不是有效的 JSON", what=what)) from error


def _read_member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise ValueError(
            Phrase.of(
                "{name} 太大（{file_size} 字节，最多 {limit} 字节）", name=name, file_size=info.file_size, limit=limit
            )
        )
    with archive.open(info) as member:
        raw = member.read(limit + 1)
    if len(raw) > limit:
        raise ValueError(Phrase.of("{name} 太大（超过 {limit} 字节）", name=name, limit=limit))
    return raw


def _open_file(path: Path) -> tuple[dict[str, Any], bytes]:
    """The manifest and the data bytes, checked for format, version, size and checksum."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as error:
        raise MeetingFileError(
            Phrase.of("无法读取会议文件 {path}：{value}。", path=path, value=error.strerror or error)
        ) from error
    if size > MAX_FILE_BYTES:
        raise MeetingFileError(
            Phrase.of(
                "{name} 太大（{value} MB），不像会议文件（最大 {value2} MB）。",
                name=name,
                value=size // (1024 * 1024),
                value2=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.namelist()
            if len(members) > MAX_MEMBERS or MANIFEST not in members:
                raise MeetingFileError(
                    Phrase.of("{name} 不是会务筹备导出的会议文件（缺少 {MANIFEST}）。", name=name, MANIFEST=MANIFEST)
                )
            manifest = _load_json(_read_member(archive, MANIFEST, MAX_MANIFEST_BYTES), MANIFEST)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise MeetingFileError(Phrase.of("{name} 不是会务筹备导出的会议文件。", name=name))
            version = manifest.get("version")
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise MeetingFileError(
                    Phrase.of("{name} 的格式版本无法识别（{shown}）。", name=name, shown=_shown(version))
                )
            if version > FORMAT_VERSION:
                raise MeetingFileError(
                    Phrase.of(
                        "{name} 由更新版本的会务筹备导出（格式版本 {version}，"
                        "本软件支持到 {FORMAT_VERSION}），请升级本软件后再导入。",
                        name=name,
                        version=version,
                        FORMAT_VERSION=FORMAT_VERSION,
                    )
                )
            if DATA not in members:
                raise MeetingFileError(Phrase.of("{name} 不完整：缺少 {DATA}。", name=name, DATA=DATA))
            data = _read_member(archive, DATA, MAX_DATA_BYTES)
    except MeetingFileError:
        raise
    except zipfile.BadZipFile as error:
        raise MeetingFileError(
            Phrase.of("{name} 不是会务筹备会议文件，或文件不完整（可能复制时被截断）。", name=name)
        ) from error
    except (ValueError, KeyError, EOFError, NotImplementedError, RuntimeError) as error:
        # zlib/CRC errors of a damaged member surface as these (zlib.error is an Exception subclass too).
        raise MeetingFileError(Phrase.of("{name} 已损坏，无法读取（{error}）。", name=name, error=error)) from error
    except OSError as error:
        raise MeetingFileError(
            Phrase.of("无法读取会议文件 {path}：{value}。", path=path, value=error.strerror or error)
        ) from error
    except Exception as error:  # zlib.error and the like from a damaged member
        raise MeetingFileError(
            Phrase.of("{name} 已损坏，无法读取（{__name__}）。", name=name, __name__=type(error).__name__)
        ) from error
    if manifest.get("sha256") != hashlib.sha256(data).hexdigest():
        raise MeetingFileError(
            Phrase.of("{name} 已损坏：内容与校验值不符（可能复制时出错），未导入任何内容。", name=name)
        )
    return manifest, data


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_E = TypeVar("_E", bound=StrEnum)


class _Fields:
    """Typed access to one JSON object of the file; every problem is a ``ValueError`` naming where."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise ValueError(Phrase.of("{where}应为对象（不是 {shown}）", where=where, shown=_shown(value)))
        self.data = value
        self.where = where

    def _get(self, key: str, optional: bool = False) -> Any:
        if key not in self.data:
            if optional:
                return None
            raise ValueError(Phrase.of("{where}缺少“{key}”", where=self.where, key=key))
        return self.data[key]

    def _bad(self, key: str, expected: str) -> ValueError:
        return ValueError(
            Phrase.of(
                "{where}的“{key}”应为{expected}（不是 {shown}）",
                where=self.where,
                key=key,
                expected=expected,
                shown=_shown(self.data.get(key)),
            )
        )

    def text(self, key: str, limit: int | None = None, *, default: str | None = None) -> str:
        value = self._get(key, optional=default is not None)
        if value is None and default is not None:
            return default
        if not isinstance(value, str):
            raise self._bad(key, Phrase("文字"))
        if len(value) > (limit or MAX_TEXT):
            raise ValueError(
                Phrase.of(
                    "{where}的“{key}”太长（{value_count} 个字符，最多 {value} 个）",
                    where=self.where,
                    key=key,
                    value_count=len(value),
                    value=limit or MAX_TEXT,
                )
            )
        return value

    def column(self, key: str, table: str, column: str | None = None, *, default: str | None = None) -> str:
        return self.text(key, text_limit(table, column or key), default=default)

    def integer(self, key: str, low: int = -(2**31), high: int = 2**31 - 1, *, optional: bool = False) -> int | None:
        value = self._get(key, optional=optional)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._bad(key, Phrase("整数"))
        if not low <= value <= high:
            raise ValueError(
                Phrase.of(
                    "{where}的“{key}”超出范围（{value}，应在 {low} 到 {high} 之间）",
                    where=self.where,
                    key=key,
                    value=value,
                    low=low,
                    high=high,
                )
            )
        return value

    def whole(self, key: str, low: int = -(2**31), high: int = 2**31 - 1) -> int:
        value = self.integer(key, low, high)
        assert value is not None
        return value

    def flag(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise self._bad(key, Phrase("true 或 false"))
        return value

    def moment(self, key: str, *, optional: bool = False) -> datetime | None:
        value = self._get(key, optional=True)
        if value is None:
            if optional:
                return None
            raise self._bad(key, Phrase("时间"))
        if not isinstance(value, str) or len(value) > 40:
            raise self._bad(key, Phrase("时间（如 2026-12-01T09:00:00）"))
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise self._bad(key, Phrase("时间（如 2026-12-01T09:00:00）")) from None
        if parsed.tzinfo is not None:
            raise self._bad(key, Phrase("不带时区的本地时间"))
        return parsed

    def when(self, key: str) -> datetime:
        value = self.moment(key)
        assert value is not None
        return value

    def choice(self, key: str, kind: type[_E]) -> _E:
        value = self._get(key)
        try:
            return kind(value)
        except ValueError:
            allowed = "、".join(item.value for item in kind)
            raise self._bad(key, Phrase.of("其中之一：{allowed}", allowed=allowed)) from None

    def items(self, key: str, limit: int, *, optional: bool = False) -> list[Any]:
        value = self._get(key, optional=optional)
        if value is None and optional:
            return []
        if not isinstance(value, list):
            raise self._bad(key, Phrase("列表"))
        if len(value) > limit:
            raise ValueError(
                Phrase.of(
                    "{where}的“{key}”太多（{value_count} 项，最多 {limit} 项）",
                    where=self.where,
                    key=key,
                    value_count=len(value),
                    limit=limit,
                )
            )
        return value

    def object(self, key: str, *, optional: bool = False) -> dict[str, Any] | None:
        value = self._get(key, optional=optional)
        if value is None and optional:
            return None
        if not isinstance(value, dict):
            raise self._bad(key, Phrase("对象"))
        return value


def _parse_meeting(raw: object) -> tuple[Meeting, NoticeSettings, dict[str, str]]:
    f = _Fields(raw, "会议")
    table = "meetings"
    meeting = Meeting(
        title=f.column("title", table),
        kind=f.column("kind", table),
        start=f.when("start"),
        end=f.moment("end", optional=True),
        venue=f.column("venue", table),
        organiser=f.column("organiser", table),
        template_key=f.column("template_key", table),
        location=f.column("location", table),
        agenda=f.column("agenda", table),
        bring=f.column("bring", table),
        contact=f.column("contact", table),
        checkin_opens=f.moment("checkin_opens", optional=True),
        grace_minutes=f.whole("grace_minutes", 0, 24 * 60),
        venue_key=f.column("venue_key", table),
        uid=f.text("uid", 36),
    )
    if not meeting.title.strip():
        raise ValueError(Phrase("会议名称为空"))
    try:
        meeting.uid = str(uuid.UUID(meeting.uid))
    except ValueError:
        raise ValueError(Phrase.of("会议的“uid”不是有效的标识（{shown}）", shown=_shown(meeting.uid))) from None
    notice_raw = f.object("notice")
    assert notice_raw is not None
    if len(notice_raw) > MAX_RULES or any(
        not isinstance(value, str | bool | None) or (isinstance(value, str) and len(value) > MAX_TEXT)
        for value in notice_raw.values()
    ):
        raise ValueError(Phrase("会议的“notice”（通知设置）应为文字或 true/false 的取值"))
    notice = NoticeSettings.from_json(json.dumps(notice_raw, ensure_ascii=False))
    rules_raw = f.object("seating_rules")
    assert rules_raw is not None
    if len(rules_raw) > MAX_RULES or not all(isinstance(v, str) and len(v) <= 200 for v in rules_raw.values()):
        raise ValueError(Phrase("会议的“seating_rules”（排座规则）应为简短文字"))
    return meeting, notice, {str(k): str(v) for k, v in rules_raw.items()}


def _parse_step(raw: object, number: int) -> Step:
    f = _Fields(raw, Phrase.of("第 {number} 个清单步骤", number=number))
    offset_text = f.column("offset", "steps")
    try:
        offset = Offset.parse(offset_text)
    except OffsetError as error:
        raise ValueError(Phrase.of("第 {number} 个清单步骤：{error}", number=number, error=error)) from None
    subitems = f.items("subitems", MAX_SUBITEMS)
    if not all(isinstance(item, str) and len(item) <= 1000 for item in subitems):
        raise ValueError(Phrase.of("第 {number} 个清单步骤的“subitems”应为文字列表", number=number))
    return Step(
        key=f.column("key", "steps"),
        title=f.column("title", "steps"),
        phase=f.choice("phase", Phase),
        category=f.choice("category", Category),
        offset=offset,
        due_at=f.when("due_at"),
        due_manual=f.flag("due_manual"),
        role=f.column("role", "steps"),
        quantity=f.column("quantity", "steps"),
        subitems=tuple(subitems),
        note=f.column("note", "steps"),
        status=f.choice("status", StepStatus),
        done_by=f.column("done_by", "steps"),
        done_at=f.moment("done_at", optional=True),
        position=f.whole("position", 0, 10 * MAX_STEPS),
    )


def _parse_attendee(raw: object, number: int) -> tuple[int, Attendee]:
    f = _Fields(raw, Phrase.of("第 {number} 位参会人员", number=number))
    t = "attendees"
    person = Attendee(
        name=f.column("name", t),
        name_original=f.column("name_original", t),
        unit=f.column("unit", t),
        title=f.column("title", t),
        phone=f.column("phone", t),
        gender=f.column("gender", t),
        rank=f.integer("rank", -1_000_000, 1_000_000, optional=True),
        role=f.choice("role", Role),
        reply=f.choice("reply", ReplyStatus),
        leave_reason=f.column("leave_reason", t),
        substitute_name=f.column("substitute_name", t),
        substitute_title=f.column("substitute_title", t),
        notes=f.column("notes", t),
        code=f.column("code", t),
        on_rostrum=f.flag("on_rostrum"),
        position=f.whole("position", 0, 10 * MAX_ATTENDEES),
    )
    if not person.name.strip():
        raise ValueError(Phrase.of("第 {number} 位参会人员没有姓名", number=number))
    return f.whole("ref", 0, 2**62), person


def _parse_venue(raw: object, name: str) -> Venue | None:
    if raw is None:
        return None
    f = _Fields(raw, "场地")
    text = f.text("toml", 2_000_000)
    try:
        return venue_from_toml(text, Phrase.of("{name} 中的场地", name=name))
    except VenueError as error:
        raise ValueError(wording(error)) from None


def parse_package(data: Any, name: str = "会议文件") -> MeetingPackage:
    """A ``MeetingPackage`` from the parsed ``meeting.json``; ``ValueError`` naming the first problem."""
    top = _Fields(data, "文件内容")
    meeting_raw = top.object("meeting")
    meeting, notice, rules = _parse_meeting(meeting_raw)
    steps = [_parse_step(raw, n) for n, raw in enumerate(top.items("steps", MAX_STEPS), start=1)]
    keys = [step.key for step in steps]
    if len(set(keys)) != len(keys):
        raise ValueError(Phrase("清单步骤的“key”有重复"))
    meeting.steps = steps
    units: list[tuple[str, int]] = []
    unit_limit = text_limit("units", "name")
    for n, raw in enumerate(top.items("units", MAX_UNITS), start=1):
        f = _Fields(raw, Phrase.of("第 {n} 个单位", n=n))
        units.append((f.text("name", unit_limit), f.whole("order", 0, 1_000_000)))
    people = [_parse_attendee(raw, n) for n, raw in enumerate(top.items("attendees", MAX_ATTENDEES), start=1)]
    refs = {ref for ref, _ in people}
    if len(refs) != len(people):
        raise ValueError(Phrase("参会人员的“ref”有重复"))
    venue = _parse_venue(top._get("venue", optional=True), name)
    seats: list[SeatState] = []
    seat_limit = text_limit("seat_assignments", "seat_id")
    seated: set[int] = set()
    for n, raw in enumerate(top.items("seats", MAX_SEATS), start=1):
        f = _Fields(raw, Phrase.of("第 {n} 个座位", n=n))
        who = f.integer("attendee", 0, 2**62, optional=True)
        if who is not None and who not in refs:
            raise ValueError(Phrase.of("第 {n} 个座位的“attendee”（{who}）不是文件中的参会人员", n=n, who=who))
        if who is not None and who in seated:
            raise ValueError(Phrase.of("第 {n} 个座位：同一位参会人员（{who}）有两个座位", n=n, who=who))
        if who is not None:
            seated.add(who)
        seats.append(SeatState(f.text("seat", seat_limit), who, f.flag("locked"), f.flag("manual")))
    if len({seat.seat_id for seat in seats}) != len(seats):
        raise ValueError(Phrase("座位有重复"))
    checkins: list[CheckIn] = []
    for n, raw in enumerate(top.items("checkins", MAX_ATTENDEES), start=1):
        f = _Fields(raw, Phrase.of("第 {n} 条签到", n=n))
        who = f.whole("attendee", 0, 2**62)
        if who not in refs:
            raise ValueError(Phrase.of("第 {n} 条签到的“attendee”（{who}）不是文件中的参会人员", n=n, who=who))
        checkins.append(
            CheckIn(
                attendee_id=who,
                at=f.when("at"),
                method=f.choice("method", CheckInMethod),
                substitute=f.flag("substitute"),
                substitute_name=f.column("substitute_name", "checkins"),
                substitute_title=f.column("substitute_title", "checkins"),
                entered_at=f.moment("entered_at", optional=True),
            )
        )
    if len({c.attendee_id for c in checkins}) != len(checkins):
        raise ValueError(Phrase("同一位参会人员有两条签到"))
    records: list[PrintRecordRow] = []
    pr = "print_records"
    for n, raw in enumerate(top.items("print_records", MAX_PRINT_RECORDS), start=1):
        f = _Fields(raw, Phrase.of("第 {n} 条打印记录", n=n))
        records.append(
            PrintRecordRow(
                f.text("document", text_limit(pr, "document")),
                f.text("item", text_limit(pr, "item_key")),
                f.text("hash", text_limit(pr, "content_hash")),
                f.when("printed_at"),
            )
        )
    if len({(r.document, r.item_key) for r in records}) != len(records):
        raise ValueError(Phrase("打印记录有重复"))
    return MeetingPackage(meeting, notice, rules, units, people, venue, seats, checkins, records)


def read_meeting_file(path: Path) -> MeetingPackage:
    """Read and check a meeting file (nothing is written); ``MeetingFileError`` naming the file."""
    manifest, raw = _open_file(path)
    try:
        data = _load_json(raw, DATA)
        package = parse_package(data, path.name)
    except ValueError as error:
        raise MeetingFileError(
            Phrase.of("会议文件 {name} 有误：{error}。未导入任何内容。", name=path.name, error=error)
        ) from None
    exported = manifest.get("exported_at")
    if isinstance(exported, str):
        try:
            package.exported_at = datetime.fromisoformat(exported)
        except ValueError:
            package.exported_at = None
    return package


# --- import --------------------------------------------------------------------------------------------


class NoteKind(StrEnum):
    """Something an import did besides adding the meeting."""

    #: The file's venue ``name`` was added to this workspace.
    VENUE_ADDED = "venue-added"
    #: This workspace has a different venue under the key ``name``: the file's was saved as ``other``.
    VENUE_RENAMED = "venue-renamed"
    #: The workspace keeps its own unit order (different from the file's).
    UNIT_ORDER_KEPT = "unit-order-kept"
    #: The workspace had this meeting (``meeting_id``): the file's was saved as a new meeting.
    SAVED_AS_COPY = "saved-as-copy"
    #: The workspace's copy of the meeting (``meeting_id``) went to the bin.
    REPLACED = "replaced"


@dataclass(frozen=True)
class ImportNote:
    """One thing an import did besides adding the meeting (see ``NoteKind`` for what the fields hold)."""

    kind: NoteKind
    name: str = ""
    other: str = ""
    meeting_id: int = 0


@dataclass
class ImportedMeeting:
    """What ``import_meeting`` brought into the workspace: the new meeting, its counts (``COUNT_LABELS``' keys)
    and notes on what else it did."""

    meeting_id: int
    title: str
    counts: dict[str, int]
    notes: list[ImportNote] = field(default_factory=list)


def _place_venue(connection: Connection, venue: Venue, notes: list[ImportNote]) -> str:
    """The key under which the meeting's venue is found in this workspace: the same key when the workspace
    has the same venue (or none of that key: then it is saved), another key when it has a different one."""
    from meeting_planner.domain.venue import venue_from_spec
    from meeting_planner.services.seating import _all_venues, _find_venue, store_venue, venue_key_for

    try:
        existing = _find_venue(connection, venue.key)
    except ValueError:
        existing = None
    if existing is None:
        store_venue(connection, venue)
        notes.append(ImportNote(NoteKind.VENUE_ADDED, venue.name))
        return venue.key
    if dict(existing.spec) == dict(venue.spec) or venue_to_toml(existing) == venue_to_toml(venue):
        return venue.key
    taken = {v.key for v, _ in _all_venues(connection)}
    key = venue_key_for(venue.name, taken, venue.key)
    renamed = venue_from_spec({**dict(venue.spec), "key": key}, f"场地“{venue.name}”")
    store_venue(connection, renamed)
    notes.append(ImportNote(NoteKind.VENUE_RENAMED, venue.key, key))
    return key


def _place_units(connection: Connection, units: Sequence[tuple[str, int]], notes: list[ImportNote]) -> None:
    """Units the workspace lacks are added; the file's official order is taken when the workspace has none,
    otherwise the workspace keeps its own (and says so when the two differ)."""
    ordered = [name for name, order in sorted(units, key=lambda u: u[1]) if order > 0]
    directory_repo.ensure_units(connection, [name for name, _ in units])
    if not ordered:
        return
    current = directory_repo.explicit_unit_orders(connection)
    if not current:
        directory_repo.set_unit_order(connection, ordered)
        return
    mine = sorted((name for name in ordered if name in current), key=lambda name: current[name])
    theirs = [name for name in ordered if name in current]
    if mine != theirs or len(theirs) != len(ordered):
        notes.append(ImportNote(NoteKind.UNIT_ORDER_KEPT))


def import_meeting(
    workspace: Workspace,
    path: Path,
    *,
    conflict: Conflict = Conflict.REFUSE,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ImportedMeeting:
    """Bring the meeting in ``path`` into the workspace as a new meeting, in one transaction.

    The file is read and checked completely before anything is written. ``MeetingAlreadyThere`` when the
    workspace holds the same meeting (uid) and ``conflict`` is ``REFUSE``.
    """
    total = 5
    package = read_meeting_file(path)
    if progress is not None:
        progress(1, total)
    moment = (now or datetime.now()).replace(microsecond=0)
    meeting = package.meeting
    notes: list[ImportNote] = []
    with workspace.transaction() as connection:
        existing = meeting_repo.find_meeting_by_uid(connection, meeting.uid)
        if existing is not None:
            where = [Phrase.of("编号 {id}", id=existing.id)]
            if existing.title != meeting.title:
                where.append(Phrase.of("现名“{title}”", title=existing.title))
            if existing.deleted_at is not None:
                where.append(Phrase("在回收站中"))
            if conflict is Conflict.REFUSE:
                raise MeetingAlreadyThere(
                    Phrase.of(
                        "{name} 中的会议“{title}”本工作区已有（{where}），未导入任何内容。",
                        name=path.name,
                        title=meeting.title,
                        where=Phrase.joined("，", where),
                    ),
                    existing.id,
                    existing.title,
                    existing.deleted_at is not None,
                )
            if conflict is Conflict.COPY:
                meeting.uid = str(uuid.uuid4())
                meeting.title = f"{meeting.title}（副本）"[: text_limit("meetings", "title")]
                notes.append(ImportNote(NoteKind.SAVED_AS_COPY, meeting_id=existing.id))
            else:
                meeting_repo.set_meeting_uid(connection, existing.id, str(uuid.uuid4()))
                if existing.deleted_at is None:
                    meeting_repo.set_meeting_deleted(connection, existing.id, moment)
                    notes.append(ImportNote(NoteKind.REPLACED, meeting_id=existing.id))
        if package.venue is not None:
            meeting.venue_key = _place_venue(connection, package.venue, notes)
        _place_units(connection, package.units, notes)
        meeting.id = None
        meeting_repo.insert_meeting(connection, meeting, moment)
        assert meeting.id is not None
        meeting_repo.save_notice_settings(connection, meeting.id, package.notice)
        if package.seating_rules:
            venue_repo.set_meeting_seating_rules(connection, meeting.id, package.seating_rules)
        if progress is not None:
            progress(2, total)
        directory = directory_repo.people_by_key(connection)
        people = [person for _, person in package.attendees]
        for person in people:
            known = directory.get((person.name, person.unit))
            person.person_id = known.id if known is not None else None
            person.id = None
        attendee_repo.insert_attendees_as_given(connection, meeting.id, people)
        new_id = {ref: person.id for ref, person in package.attendees if person.id is not None}
        if progress is not None:
            progress(3, total)
        seat_repo.replace_assignments(
            connection,
            meeting.id,
            [
                SeatState(s.seat_id, new_id[s.attendee_id] if s.attendee_id is not None else None, s.locked, s.manual)
                for s in package.seats
            ],
        )
        checkin_repo.add_checkins(
            connection,
            meeting.id,
            [replace(checkin, attendee_id=new_id[checkin.attendee_id], id=None) for checkin in package.checkins],
        )
        if progress is not None:
            progress(4, total)
        records = []
        for record in package.print_records:
            key = record.item_key
            if record.document in ATTENDEE_KEYED_DOCUMENTS:
                ref = int(key) if key.isdigit() else None
                if ref is None or ref not in new_id:
                    continue  # a card of someone no longer in the meeting
                key = str(new_id[ref])
            records.append(PrintRecordRow(record.document, key, record.content_hash, record.printed_at))
        seat_repo.add_print_records(connection, meeting.id, records)
    if progress is not None:
        progress(5, total)
    counts = package.counts()
    counts["print_records"] = len(records)
    return ImportedMeeting(meeting.id, meeting.title, counts, notes)
