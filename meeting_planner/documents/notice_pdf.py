"""The meeting notice (会议通知) with its reply slip (回执), as a PDF.

Layout follows the usual office notice: title, addressee, opening sentence, numbered sections (time, place,
who attends by unit — 出席 and 列席 —, agenda, what to bring and when to sign in, contact), the organiser and
date at the right, then the reply slip on a new page: a table 姓名/单位/职务/联系电话/是否参会/备注 with one
row per invited person (so units only tick and correct) and spare rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from meeting_planner.documents.flowing import (
    build_flowing_pdf,
    chinese_clock,
    chinese_date,
    chinese_datetime,
    chinese_period,
    paragraph_styles,
    text,
)
from meeting_planner.documents.fonts import check_glyphs
from meeting_planner.documents.pdf_base import MM, STYLES
from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.domain.checklist import Meeting

_NUMERALS = "一二三四五六七八九十"
#: Empty rows added to the reply slip for people the list does not know yet.
SPARE_REPLY_ROWS = 3


@dataclass(frozen=True, slots=True)
class NoticeContent:
    """Everything the notice prints; ``units`` is the unit order for the attendee lists."""

    meeting: Meeting
    attendees: Sequence[Attendee]
    units: Sequence[str]
    issued: date


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


def _person(attendee: Attendee) -> str:
    return f"{attendee.name}（{attendee.title}）" if attendee.title else attendee.name


def _glyph_items(content: NoticeContent) -> list[tuple[str, str]]:
    meeting = content.meeting
    items = [
        ("会议名称", meeting.title),
        ("会场", meeting_place(meeting)),
        ("主办单位", meeting.organiser),
        ("会议议程", meeting.agenda),
        ("携带材料", meeting.bring),
        ("联系方式", meeting.contact),
    ]
    for person in content.attendees:
        items += [(person.name, person.name), (person.name, person.unit), (person.name, person.title)]
        items.append((person.name, person.phone))
    return items


def write_notice_pdf(path: Path, content: NoticeContent) -> None:
    """Write the notice and reply slip to ``path``; ``MissingGlyphError`` first if some text can't print."""
    check_glyphs(_glyph_items(content))
    check_glyphs([("会议名称", notice_title(content.meeting))], bold=True)
    style = STYLES["notice"]
    styles = paragraph_styles(style)
    story = _notice_story(content, styles) + _reply_slip_story(content, styles, style.content_mm[0])
    build_flowing_pdf(path, style, notice_title(content.meeting), story)


def _notice_story(content: NoticeContent, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Spacer

    meeting = content.meeting
    place = meeting_place(meeting)
    invited = [a for a in content.attendees if a.role is not Role.STAFF]
    story: list[Any] = [Paragraph(text(notice_title(meeting)), styles["title"])]
    story.append(Paragraph("各有关单位：", styles["plain"]))
    where = f"在{place}" if place else ""
    story.append(
        Paragraph(
            text(f"经研究，定于{chinese_datetime(meeting.start)}{where}召开{meeting.title}。现将有关事项通知如下："),
            styles["body"],
        )
    )
    sections: list[tuple[str, list[str]]] = [("会议时间", [chinese_period(meeting.start, meeting.end)])]
    if place:
        sections.append(("会议地点", [place]))
    sections.append(("参会人员", _who_attends(invited, content.units)))
    agenda = [line.strip() for line in meeting.agenda.splitlines() if line.strip()]
    if agenda:
        sections.append(("会议议程", agenda))
    sections.append(("有关要求", _requirements(meeting)))
    if meeting.contact.strip():
        sections.append(("联系方式", [line.strip() for line in meeting.contact.splitlines() if line.strip()]))
    for number, (heading, lines) in enumerate(sections):
        story.append(Paragraph(text(f"{_NUMERALS[number]}、{heading}"), styles["heading"]))
        story.extend(Paragraph(text(line), styles["body"]) for line in lines)
    story.append(Spacer(1, 12 * MM))
    if meeting.organiser.strip():
        story.append(Paragraph(text(meeting.organiser.strip()), styles["right"]))
    story.append(Paragraph(text(chinese_date(content.issued)), styles["right"]))
    return story


def _who_attends(invited: Sequence[Attendee], units: Sequence[str]) -> list[str]:
    """``出席：`` / ``列席：`` each followed by one line per unit: ``市发改委：周建国（主任）、……``."""
    lines = []
    for number, (label, role) in enumerate((("出席", Role.ATTENDEE), ("列席", Role.OBSERVER)), start=1):
        people = [a for a in invited if a.role is role]
        if not people:
            continue
        lines.append(f"（{_NUMERALS[number - 1]}）{label}人员")
        lines.extend(
            f"{unit or '其他'}：{'、'.join(_person(a) for a in members)}" for unit, members in _by_unit(people, units)
        )
    return lines or ["（名单另行通知）"]


def _requirements(meeting: Meeting) -> list[str]:
    items = []
    bring = "；".join(line.strip() for line in meeting.bring.splitlines() if line.strip())
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
    items.append(
        "请各单位认真填写回执（附后），及时报送会务组；因故不能参会的，请注明请假事由；确需他人代会的，请注明代会人员姓名和职务。"
    )
    return [f"{number}. {item}" for number, item in enumerate(items, start=1)]


def _reply_slip_story(content: NoticeContent, styles: dict[str, Any], width_mm: float) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    invited = [a for a in content.attendees if a.role is not Role.STAFF]
    story: list[Any] = [PageBreak(), Paragraph("回　执", styles["title"])]
    story.append(Paragraph(text(f"会议名称：{content.meeting.title}"), styles["plain"]))
    story.append(Paragraph("填报单位（盖章）：", styles["plain"]))
    story.append(Spacer(1, 3 * MM))
    header = ["姓名", "单位", "职务", "联系电话", "是否参会", "备注"]
    rows: list[list[Any]] = [[Paragraph(h, styles["cell-bold"]) for h in header]]
    for unit, members in _by_unit(invited, content.units):
        for person in members:
            cells = [person.name, unit, person.title, person.phone]
            rows.append([Paragraph(text(cell), styles["cell"]) for cell in cells] + ["", ""])
    rows.extend([["", "", "", "", "", ""] for _ in range(SPARE_REPLY_ROWS)])
    fractions = (0.13, 0.27, 0.17, 0.2, 0.13, 0.1)
    table = Table(
        rows,
        colWidths=[width_mm * MM * f for f in fractions],
        repeatRows=1,
        rowHeights=[9 * MM] + [None] * (len(rows) - 1 - SPARE_REPLY_ROWS) + [9 * MM] * SPARE_REPLY_ROWS,
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 1.8 * MM),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1.8 * MM),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 4 * MM))
    story.append(
        Paragraph(
            "注：“是否参会”一栏填“参会”“请假”或“代会”；请假的请在备注栏注明事由，代会的请注明代会人员姓名、职务。",
            styles["small"],
        )
    )
    return story
