"""The checklist report (会务工作清单) as a PDF: every step with status, who, when and notes.

Open steps come first — overdue ones at the very top, then by due time — and closed steps (done, not
applicable) follow, so the page answers "what is still open?" at a glance. A summary line gives progress
per phase. An appendix lists every attendee with their reply (回执), the basis of the
"回执统计、确定名单" step, so the report shows who is still unconfirmed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from meeting_planner.documents.flowing import build_flowing_pdf, paragraph_styles, text
from meeting_planner.documents.fonts import FONT, check_glyphs
from meeting_planner.documents.notice_pdf import meeting_place
from meeting_planner.documents.pdf_base import MM, STYLES
from meeting_planner.domain.attendee import REPLY_LABELS, Attendee, ReplyStatus
from meeting_planner.domain.checklist import (
    CATEGORY_LABELS,
    PHASE_LABELS,
    STATUS_LABELS,
    DueState,
    Meeting,
    Step,
    due_state,
    progress,
    progress_by_phase,
)
from meeting_planner.domain.dates import chinese_datetime
from meeting_planner.domain.quantity import QuantityError, parse_quantity

_STATE_ORDER = {DueState.OVERDUE: 0, DueState.DUE_SOON: 1, DueState.LATER: 2, DueState.CLOSED: 3}
_STATE_LABELS = {DueState.OVERDUE: "已逾期", DueState.DUE_SOON: "即将到期", DueState.LATER: "", DueState.CLOSED: ""}


def report_order(steps: Sequence[Step], now: datetime) -> list[Step]:
    """Open and overdue steps first (overdue, due soon, later; each by due time), then closed ones."""
    return sorted(steps, key=lambda s: (_STATE_ORDER[due_state(s, now)], s.due_at, s.position))


def write_checklist_pdf(
    path: Path,
    meeting: Meeting,
    now: datetime,
    attendee_count: int | None = None,
    attendees: Sequence[Attendee] = (),
) -> None:
    """Write the checklist report of ``meeting`` as it stands at ``now``; quantity rules are worked out for
    ``attendee_count`` people when given; ``attendees`` (in list order) make the replies appendix."""
    items = [("会议名称", meeting.title)]
    for person in attendees:
        items += [(person.name, person.name), (person.name, person.unit), (person.name, person.title)]
        items += [(person.name, person.substitute_name), (person.name, person.leave_reason)]
    for step in meeting.steps:
        items += [(step.title, step.title), (step.title, step.role), (step.title, step.done_by)]
        items.append((step.title, step.note))
    check_glyphs(items)
    check_glyphs([("会议名称", meeting.title)], bold=True)
    style = STYLES["checklist"]
    styles = paragraph_styles(style)
    story = _story(meeting, now, styles, style.content_mm[0], attendee_count)
    if attendees:
        story += _replies_appendix(attendees, styles, style.content_mm[0])
    build_flowing_pdf(path, style, f"{meeting.title} 会务工作清单", story)


def _summary(meeting: Meeting, now: datetime) -> str:
    steps = meeting.steps
    overdue = sum(1 for s in steps if due_state(s, now) is DueState.OVERDUE)
    phases = "，".join(f"{PHASE_LABELS[p]} {pr}" for p, pr in progress_by_phase(steps).items())
    return f"截至 {now:%Y-%m-%d %H:%M}：完成 {progress(steps)}，逾期 {overdue} 项。{phases}"


def quantity_text(rule: str, attendee_count: int | None) -> str:
    """``数量：70（人数 + 10）`` when the rule can be worked out, else the rule as written."""
    label = re.sub(r"attendees", "人数", rule, flags=re.IGNORECASE)
    if attendee_count is None:
        return f"数量：{label}"
    try:
        amount = parse_quantity(rule).amount(attendee_count)
    except QuantityError:
        return f"数量：{label}"
    return f"数量：{amount}（{label}）"


def _story(
    meeting: Meeting, now: datetime, styles: dict[str, Any], width_mm: float, attendee_count: int | None
) -> list[Any]:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer

    place = meeting_place(meeting)
    story: list[Any] = [Paragraph(text(f"{meeting.title}会务工作清单"), styles["title"])]
    info = f"会议时间：{chinese_datetime(meeting.start)}" + (f"　　地点：{place}" if place else "")
    story.append(Paragraph(text(info), styles["plain"]))
    story.append(Paragraph(text(_summary(meeting, now)), styles["plain"]))
    story.append(Spacer(1, 3 * MM))
    from reportlab.lib.styles import ParagraphStyle

    cell, bold = styles["cell"], styles["cell-bold"]
    red = ParagraphStyle("overdue", parent=bold, textColor=colors.Color(0.75, 0, 0))
    grey = ParagraphStyle("closed", parent=cell, textColor=colors.Color(0.35, 0.35, 0.35))
    header = ["序号", "步骤", "到期", "状态", "负责", "完成人/时间", "备注"]
    rows: list[list[Any]] = [[Paragraph(h, bold) for h in header]]
    commands: list[tuple[Any, ...]] = []
    for number, step in enumerate(report_order(meeting.steps, now), start=1):
        state = due_state(step, now)
        look = grey if state is DueState.CLOSED else cell
        status = STATUS_LABELS[step.status] + (f"<br/>{_STATE_LABELS[state]}" if _STATE_LABELS[state] else "")
        done = [text(step.done_by)] if step.done_by else []
        if step.done_at is not None:
            done.append(f"{step.done_at:%m-%d %H:%M}")
        kind = f"{PHASE_LABELS[step.phase]}·{CATEGORY_LABELS[step.category]}"
        notes = "<br/>".join(
            part
            for part in (text(quantity_text(step.quantity, attendee_count)) if step.quantity else "", text(step.note))
            if part
        )
        rows.append(
            [
                Paragraph(str(number), look),
                Paragraph(f"{text(step.title)}<br/><font size='7'>{text(kind)}</font>", look),
                Paragraph(f"{step.due_at:%m-%d %H:%M}<br/><font size='7'>{text(step.offset.label())}</font>", look),
                Paragraph(status, red if state is DueState.OVERDUE else look),
                Paragraph(text(step.role), look),
                Paragraph("<br/>".join(done), look),
                Paragraph(notes, look),
            ]
        )
        if state is DueState.OVERDUE:
            commands.append(("BACKGROUND", (0, number), (-1, number), colors.Color(1, 0.93, 0.93)))
    story.append(_grid_table(rows, (0.05, 0.26, 0.14, 0.09, 0.12, 0.15, 0.19), width_mm, commands))
    return story


def _reply_note(person: Attendee) -> str:
    if person.reply is ReplyStatus.LEAVE:
        return person.leave_reason
    if person.reply is ReplyStatus.SUBSTITUTE:
        return " ".join(part for part in (person.substitute_name, person.substitute_title) if part)
    return ""


def _replies_appendix(attendees: Sequence[Attendee], styles: dict[str, Any], width_mm: float) -> list[Any]:
    """附：参会人员回执情况 — everyone in list order, with counts per reply status."""
    from reportlab.platypus import Paragraph, Spacer

    counts = {status: sum(1 for p in attendees if p.reply is status) for status in ReplyStatus}
    summary = "，".join(f"{REPLY_LABELS[s]} {n} 人" for s, n in counts.items() if n)
    cell, bold = styles["cell"], styles["cell-bold"]
    rows: list[list[Any]] = [[Paragraph(h, bold) for h in ("序号", "单位", "姓名", "职务", "回执", "说明")]]
    for number, person in enumerate(attendees, start=1):
        values = (str(number), person.unit, person.name, person.title, REPLY_LABELS[person.reply], _reply_note(person))
        rows.append([Paragraph(text(value), cell) for value in values])
    table = _grid_table(rows, (0.07, 0.28, 0.14, 0.2, 0.1, 0.21), width_mm)
    heading = f"附：参会人员回执情况（共 {len(attendees)} 人：{summary}）"
    return [Spacer(1, 6 * MM), Paragraph(text(heading), styles["plain"]), Spacer(1, 2 * MM), table]


def _grid_table(
    rows: list[list[Any]], fractions: Sequence[float], width_mm: float, extra: Sequence[tuple[Any, ...]] = ()
) -> Any:
    """A ruled table with a grey repeated header row; columns take ``fractions`` of the width."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=[width_mm * MM * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # plain-string cells, else reportlab uses Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table
