"""Seating benchmarks: auto-seat 3,000 people into a 3,000-seat hall, the chart of that hall, and
3,000 table cards; each beside a plain script doing the same work in the same run."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from harness import Report, best_of

from meeting_planner.documents.fonts import FONT, FONT_BOLD, register_fonts
from meeting_planner.documents.venue_toml import venue_from_toml
from meeting_planner.domain.attendee import Attendee
from meeting_planner.services import seating
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import open_workspace

PEOPLE = 3000
HALL = """
key = "hall-3000"
name = "万人礼堂（3000座）"

[[zones]]
key = "hall"
kind = "auditorium"
name = "场下"
rows = 50
sections = [{ key = "L", seats = 15 }, { key = "C", seats = 30 }, { key = "R", seats = 15 }]
"""
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"


def _name(i: int) -> str:
    return (
        SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)] + ("" if i % 3 == 0 else GIVEN[(i // 7) % len(GIVEN)])
    )


def _setup(folder: Path) -> tuple[object, int]:
    workspace = open_workspace(folder / "bench.db", backup=False)
    meeting = create_meeting(workspace, "全体大会", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    people = [Attendee(name=_name(i), unit=f"第{i % 30 + 1:02d}单位", title="代表") for i in range(PEOPLE)]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    seating.save_venue(workspace, venue_from_toml(HALL, "bench"))
    return workspace, meeting.id


def _plain_seat(db: Path, meeting_id: int, seat_ids: list[str]) -> None:
    """Baseline: read the seats (to keep locked ones) and the people sorted by unit, then delete and
    insert one row per seat with sqlite3 (seats filled in row order, no protocol)."""
    connection = sqlite3.connect(db)
    try:
        locked = {
            row[0]
            for row in connection.execute(
                "SELECT seat_id, attendee_id, locked FROM seat_assignments WHERE meeting_id = ?", (meeting_id,)
            )
            if row[2]
        }
        seat_ids = [seat_id for seat_id in seat_ids if seat_id not in locked]
        rows = connection.execute(
            "SELECT id FROM attendees WHERE meeting_id = ? AND reply != 'leave' ORDER BY unit, position", (meeting_id,)
        ).fetchall()
        with connection:
            connection.execute("DELETE FROM seat_assignments WHERE meeting_id = ?", (meeting_id,))
            connection.executemany(
                "INSERT INTO seat_assignments (meeting_id, seat_id, attendee_id, locked) VALUES (?, ?, ?, 0)",
                [(meeting_id, seat_id, row[0]) for seat_id, row in zip(seat_ids, rows, strict=False)],
            )
    finally:
        connection.close()


def _plain_chart(path: Path, boxes: list[tuple[float, float, float, float, str]], pages: int) -> None:
    """Baseline: what the chart draws per seat, with bare reportlab and no layout work: a tinted rectangle
    (unit colour), the name and the chair number, split into as many A3 pages."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(str(path), pagesize=landscape(A3), invariant=1, pageCompression=1)
    per_page = len(boxes) // pages + 1
    for start in range(0, len(boxes), per_page):
        canvas.setFont(FONT_BOLD, 18)
        canvas.drawCentredString(595, 800, "座次图")
        canvas.setFont(FONT, 7)
        canvas.setLineWidth(0.4)
        for index, (x, y, w, h, name) in enumerate(boxes[start : start + per_page]):
            canvas.setFillColorRGB(0.9, 0.95 - (index % 7) * 0.02, 1.0)
            canvas.rect(x, y, w, h, fill=1, stroke=1)
            canvas.setFillGray(0)
            canvas.drawCentredString(x + w / 2, y + h / 2 - 2.5, name)
            canvas.drawRightString(x + w - 1, y + h - 3, str(index % 40 + 1))
        canvas.showPage()
    canvas.save()


def _plain_cards(path: Path, names: list[str]) -> None:
    """Baseline: one A4 page per name, the name twice (one upside down), bare reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    for name in names:
        canvas.setDash(3, 3)
        canvas.line(0, height / 2, width, height / 2)
        canvas.setDash()
        canvas.setFont(FONT_BOLD, 150)
        canvas.drawCentredString(width / 2, height / 4, name)
        canvas.saveState()
        canvas.translate(width, height)
        canvas.rotate(180)
        canvas.drawCentredString(width / 2, height / 4, name)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()


def run(report: Report) -> None:
    """Add the seating figures to ``report``."""
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        workspace, meeting_id = _setup(folder)
        venue = venue_from_toml(HALL, "bench")
        seat_ids = [s.id for s in venue.seats()]

        def cleared(work: Callable[[], object]) -> Callable[[], object]:
            # Each timed run starts from an unseated meeting (a re-run would write nothing).
            return lambda: (
                seating.apply_seat_change(
                    workspace, meeting_id, seating.plan_clear(seating.seat_states(workspace, meeting_id))
                ),
                timed(work),
            )  # type: ignore[arg-type]

        timings: dict[str, list[float]] = {"auto": [], "plain": []}

        def timed(work: Callable[[], object]) -> None:
            started = time.perf_counter()
            work()
            timings[getattr(work, "__name__", "")].append(time.perf_counter() - started)

        def auto() -> None:
            seating.auto_seat(workspace, meeting_id, "hall-3000")  # type: ignore[arg-type]

        def plain() -> None:
            _plain_seat(folder / "bench.db", meeting_id, seat_ids)

        for _ in range(5):
            cleared(auto)()
            cleared(plain)()
        auto()
        report.add(
            "auto-seat 3,000 people, 3,000-seat hall", min(timings["auto"]), baseline=min(timings["plain"]),
            baseline_name="plain sqlite3, no protocol", target=0.2,
            note="ratio informational: no reportlab drawing here",
        )  # fmt: skip

        chart = folder / "chart.pdf"
        pages = seating.export_seating_chart(workspace, meeting_id, chart)  # type: ignore[arg-type]
        # The drawing against plain reportlab; recording the print (for the 打印/导出 statuses) is timed apart below.
        chart_time = best_of(lambda: seating.export_seating_chart(workspace, meeting_id, chart, record=False), 3)  # type: ignore[arg-type]
        names = [_name(i) for i in range(PEOPLE)]
        boxes = [(20 + (i % 60) * 19.0, 40 + (i // 60 % 25) * 30.0, 18.0, 14.0, names[i]) for i in range(PEOPLE)]
        plain_chart = best_of(lambda: _plain_chart(folder / "plain-chart.pdf", boxes, pages), 3)
        report.add(
            "seating chart, 3,000-seat hall", chart_time, baseline=plain_chart, baseline_name="plain reportlab",
            target=3.0, max_ratio=2.0, note=f"{pages} A3 pages",
        )  # fmt: skip

        cards = folder / "cards.pdf"
        cards_time = best_of(lambda: seating.export_table_cards(workspace, meeting_id, cards, record=False), 1)  # type: ignore[arg-type]
        plain_cards = best_of(lambda: _plain_cards(folder / "plain-cards.pdf", names), 1)
        report.add(
            "table cards, 3,000 people", cards_time, baseline=plain_cards, baseline_name="plain reportlab",
            target=10.0, max_ratio=2.0,
        )  # fmt: skip

        from meeting_planner.services.printouts import record_print

        record_time = best_of(lambda: record_print(workspace, meeting_id, "seating-chart", "bench"), 3)  # type: ignore[arg-type]
        report.add(
            "record a printed chart, 3,000 people (hashes per person)", record_time, target=0.15,
            note="what 打印/导出 adds after writing: the statuses compare these",
        )  # fmt: skip
        workspace.close()  # type: ignore[attr-defined]
