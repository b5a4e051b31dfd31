"""What the meeting notice (会议通知) says, independent of PDF or Word.

``notice_document`` turns a meeting, its attendees and the notice's own fields into blocks (title lines,
addressee, paragraphs with their heading level, attachment note, signature, 成文日期, reply slips, 版记);
``notice_pdf`` and ``notice_docx`` only lay those blocks out, so both files say the same thing.

Privacy: the reply slip is blank by default (one form each unit fills in); pre-filled, each unit's slip
lists only that unit's own people and never anybody's phone number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.domain.checklist import Meeting
from meeting_planner.domain.dates import chinese_clock, chinese_date, chinese_datetime, chinese_period
from meeting_planner.domain.notice import (
    BLANK_REPLY_ROWS,
    DEFAULT_ADDRESSEE,
    DEFAULT_REPLY_METHOD,
    DEFAULT_SCOPE,
    NoticeSettings,
    break_title,
    heading_number,
    strip_numbering,
)

#: Columns of the reply slip (回执).
REPLY_COLUMNS = ("姓名", "性别", "职务", "联系电话", "是否参会", "替会人姓名及职务", "备注")
#: Spare rows under a pre-filled slip, for people the list does not know yet.
SPARE_REPLY_ROWS = 3
#: Characters of 2号 (22 pt) type on one line of the 156 mm text block.
TITLE_CHARS = 20
ATTACHMENT_TITLE = "会议回执"


@dataclass(frozen=True, slots=True)
class NoticeContent:
    """Everything the notice prints; ``units`` is the unit order; ``issued`` the 成文日期 to print."""

    meeting: Meeting
    attendees: Sequence[Attendee]
    units: Sequence[str]
    issued: date
    settings: NoticeSettings = field(default_factory=NoticeSettings)
    reply_by: datetime | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph: ``level`` 0 is body text, 1..4 a heading of that level (一、 （一） 1. （1））."""

    text: str
    level: int = 0


@dataclass(frozen=True, slots=True)
class ReplySlip:
    """One reply slip: ``unit`` empty for the blank form; ``rows`` pre-filled cells, then ``blank_rows``."""

    unit: str
    rows: list[tuple[str, ...]]
    blank_rows: int


@dataclass(frozen=True, slots=True)
class NoticeDocument:
    """The notice as blocks, in reading order."""

    doc_number: str
    title: str
    title_lines: list[str]
    addressee: str
    blocks: list[Block]
    attachment_note: str
    signer: str
    date_text: str
    slip_title: str
    slip_meeting: str
    slips: list[ReplySlip]
    slip_notes: list[str]
    copy_to: str
    printed_by: str
    printed_date: str

    def strings(self) -> list[tuple[str, str]]:
        """Every printed string with what it is, for the glyph check."""
        items = [("发文字号", self.doc_number), ("通知标题", self.title), ("主送机关", self.addressee)]
        items += [("正文", block.text) for block in self.blocks]
        items += [("发文机关", self.signer), ("回执", self.slip_meeting)]
        for slip in self.slips:
            items.append(("回执单位", slip.unit))
            items += [(row[0], cell) for row in slip.rows for cell in row]
        items += [("回执说明", note) for note in self.slip_notes]
        items += [("抄送", self.copy_to), ("印发机关", self.printed_by)]
        return [(owner, text) for owner, text in items if text]


def notice_title(meeting: Meeting) -> str:
    """``关于召开X的通知`` unless the meeting title is already a notice title."""
    title = meeting.title.strip()
    if title.endswith("通知"):
        return title
    return f"关于召开{title}的通知"


def meeting_place(meeting: Meeting) -> str:
    """Venue and room as one phrase, without repeating the venue when the room already names it."""
    venue, room = meeting.venue.strip(), meeting.location.strip()
    if not room or room == venue:
        return venue
    if not venue or venue in room:
        return room
    return f"{venue}{room}"


def _by_unit(people: Sequence[Attendee], units: Sequence[str]) -> list[tuple[str, list[Attendee]]]:
    groups: dict[str, list[Attendee]] = {}
    for person in people:
        groups.setdefault(person.unit, []).append(person)
    ordered = [unit for unit in units if unit in groups] + [unit for unit in groups if unit not in units]
    return [(unit, groups[unit]) for unit in ordered]


def _by_rank(people: Sequence[Attendee], units: Sequence[str] = ()) -> list[Attendee]:
    """Leaders first: by rank (people without one last); the same rank (or none) by the official unit order
    ``units``, then list order."""
    position = {unit: index for index, unit in enumerate(units)}
    indexed = list(enumerate(people))
    indexed.sort(
        key=lambda pair: (
            pair[1].rank is None,
            pair[1].rank or 0,
            position.get(pair[1].unit, len(position)),
            pair[0],
        )
    )
    return [person for _, person in indexed]


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _who_attends(invited: Sequence[Attendee], settings: NoticeSettings, units: Sequence[str] = ()) -> list[Block]:
    """参会范围 as text (default), or the names leaders first: ``（一）出席人员`` then one line of names."""
    if not settings.list_names:
        return [Block(_sentence(settings.scope.strip() or DEFAULT_SCOPE))]
    blocks: list[Block] = []
    groups = [(label, [a for a in invited if a.role is role]) for label, role in _ROLE_LABELS]
    groups = [(label, people) for label, people in groups if people]
    for number, (label, people) in enumerate(groups, start=1):
        names = "、".join(_person(a) for a in _by_rank(people, units))
        if len(groups) > 1:
            blocks.append(Block(f"{heading_number(2, number)}{label}人员", level=2))
        blocks.append(Block(_sentence(names)))
    if settings.scope.strip():
        blocks.insert(0, Block(_sentence(settings.scope.strip())))
    return blocks or [Block("（名单另行通知）")]


_ROLE_LABELS = (("出席", Role.ATTENDEE), ("列席", Role.OBSERVER))


def _person(attendee: Attendee) -> str:
    described = f"{attendee.unit}{attendee.title}"
    return f"{described}{attendee.name}" if described else attendee.name


def _sentence(value: str) -> str:
    value = value.strip()
    return value if value.endswith(("。", "！", "？", "：", "；")) else f"{value}。"


def _numbered(items: Sequence[str], level: int = 2) -> list[Block]:
    if len(items) == 1:
        return [Block(_sentence(items[0]))]
    return [Block(f"{heading_number(level, n)}{_sentence(item)}") for n, item in enumerate(items, start=1)]


def _requirements(meeting: Meeting, reply_by: datetime | None) -> list[str]:
    items = []
    bring = "；".join(_lines(meeting.bring))
    if bring:
        items.append(f"请参会人员携带{bring.rstrip('。')}。")
    if meeting.checkin_opens is not None:
        if meeting.checkin_opens.date() == meeting.start.date():
            opens = chinese_clock(meeting.checkin_opens)
        else:
            opens = chinese_datetime(meeting.checkin_opens)
        items.append(f"{opens}开始签到，请提前到场签到，于会前就座。")
    else:
        items.append("请提前到场签到，于会前就座。")
    deadline = f"于{chinese_datetime(reply_by)}前" if reply_by else "及时"
    items.append(
        f"请各单位认真填写回执（见附件），{deadline}报送会务组；因故不能参会的，请注明请假事由；"
        "确需他人替会的，请注明替会人姓名和职务。"
    )
    return items


def notice_document(content: NoticeContent, title_chars: int = TITLE_CHARS) -> NoticeDocument:
    """The notice's blocks for ``content`` (see the module docstring)."""
    meeting, settings = content.meeting, content.settings
    place = meeting_place(meeting)
    invited = [a for a in content.attendees if a.role is not Role.STAFF]
    title = notice_title(meeting)
    where = f"在{place}" if place else ""
    blocks = [
        Block(
            f"经研究，定于{chinese_datetime(meeting.start)}{where}召开{meeting.title.strip()}。现将有关事项通知如下："
        )
    ]
    sections: list[tuple[str, list[Block]]] = [
        ("会议时间", [Block(_sentence(chinese_period(meeting.start, meeting.end)))])
    ]
    if place:
        sections.append(("会议地点", [Block(_sentence(place))]))
    sections.append(("参会人员", _who_attends(invited, settings, content.units)))
    agenda = [strip_numbering(line) for line in _lines(meeting.agenda)]
    agenda = [item for item in agenda if item]
    if agenda:
        sections.append(("会议议程", _numbered(agenda)))
    sections.append(("有关要求", _numbered(_requirements(meeting, content.reply_by))))
    if meeting.contact.strip():
        sections.append(("联系方式", [Block(line) for line in _lines(meeting.contact)]))
    for number, (heading, body) in enumerate(sections, start=1):
        blocks.append(Block(f"{heading_number(1, number)}{heading}", level=1))
        blocks.extend(body)

    slips = [ReplySlip("", [], BLANK_REPLY_ROWS)]
    if settings.reply_prefilled:
        slips = [
            ReplySlip(unit, [(a.name, a.gender, a.title, "", "", "", "") for a in _by_rank(people)], SPARE_REPLY_ROWS)
            for unit, people in _by_unit(invited, content.units)
        ] or slips
    method = settings.reply_method.strip() or DEFAULT_REPLY_METHOD
    receiver = settings.reply_to.strip() or "会务组"
    deadline = f"请于{chinese_datetime(content.reply_by)}前" if content.reply_by else "请尽快"
    notes = [
        f"{deadline}将回执通过{method}报送{receiver}。",
        "“是否参会”一栏填“参会”“请假”或“替会”；请假的请在备注栏注明事由，替会的请填写替会人姓名及职务。",
    ]
    issued = chinese_date(content.issued)
    return NoticeDocument(
        doc_number=settings.doc_number.strip(),
        title=title,
        title_lines=break_title(title, title_chars),
        addressee=(settings.addressee.strip() or DEFAULT_ADDRESSEE).rstrip("：:") + "：",
        blocks=blocks,
        attachment_note=f"附件：{ATTACHMENT_TITLE}",
        signer=meeting.organiser.strip(),
        date_text=issued,
        slip_title=ATTACHMENT_TITLE,
        slip_meeting=f"会议名称：{meeting.title.strip()}",
        slips=slips,
        slip_notes=notes,
        copy_to=settings.copy_to.strip(),
        printed_by=settings.printed_by.strip(),
        printed_date=issued,
    )
