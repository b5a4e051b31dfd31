"""The seating page: drag onto an occupied seat swaps, undo restores, a locked seat survives auto-seat."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meeting_planner.domain.attendee import Attendee
from meeting_planner.services import seating
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.pages.seating_page import SeatingPage, _attendee_mime


def _page(qtbot: QtBot, workspace: Workspace, count: int = 12, venue: str = "meeting-room-20") -> SeatingPage:
    meeting = create_meeting(workspace, "办公会", datetime(2026, 12, 1, 9), "work")
    assert meeting.id is not None
    people = [
        Attendee(name=f"人员{i:02d}", unit=f"单位{i % 3}", rank=i + 1 if i < 6 else None, on_rostrum=i < 6)
        for i in range(count)
    ]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    seating.set_meeting_venue(workspace, meeting.id, venue)
    messages = Messages()
    messages.show_dialogs = False
    page = SeatingPage(AppContext(workspace, messages))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.set_meeting(meeting.id)
    return page


def _occupant(page: SeatingPage, seat_id: str) -> str:
    return page.items[seat_id].text.text()


def _drop_through_the_view(qtbot: QtBot, page: SeatingPage, attendee_id: int, seat_id: str) -> None:
    """Deliver real drag-enter/move/drop events to the view's viewport at the seat's position."""
    page.show()
    qtbot.waitExposed(page)
    point = page.view.mapFromScene(page.items[seat_id].sceneBoundingRect().center())
    mime = _attendee_mime(attendee_id)
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = page.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, *args))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), *args))


def test_drag_swap_undo_lock_and_auto_seat(qtbot: QtBot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    page.honour_combo.setCurrentIndex(0)
    result = page.auto_seat()
    assert result is not None
    seated = {a.seat_id: a.attendee_id for a in seating.seat_states(workspace, page.meeting_id or 0).values()}
    seat_a, seat_b = "room:A:1:1", "room:A:1:2"
    name_a, name_b = _occupant(page, seat_a), _occupant(page, seat_b)
    assert name_a and name_b
    mover = seated[seat_a]
    assert mover is not None

    with qtbot.waitSignal(page.context.seating_changed):
        _drop_through_the_view(qtbot, page, mover, seat_b)
    assert (_occupant(page, seat_a), _occupant(page, seat_b)) == (name_b, name_a)
    stored = seating.seat_states(workspace, page.meeting_id or 0)
    assert stored[seat_b].attendee_id == mover

    page.context.stack_for(page.meeting_id).undo()
    assert (_occupant(page, seat_a), _occupant(page, seat_b)) == (name_a, name_b)
    page.context.stack_for(page.meeting_id).redo()
    assert _occupant(page, seat_b) == name_a
    page.context.stack_for(page.meeting_id).undo()

    # Put someone unusual on a seat, lock it, and re-run auto-seat: the locked seat keeps its person.
    far = "room:A:2:7"
    assert page.drop_attendee_on_seat(mover, far)
    page.select_seat(far)
    page.toggle_lock()
    assert seating.seat_states(workspace, page.meeting_id or 0)[far].locked
    page.method_combo.setCurrentIndex(2)
    page.auto_seat()
    after = seating.seat_states(workspace, page.meeting_id or 0)
    assert after[far].attendee_id == mover and after[far].locked
    assert _occupant(page, far) == name_a

    # Dropping onto the locked seat is refused with a message, nothing changes.
    other = next(a.attendee_id for a in after.values() if a.attendee_id not in (None, mover))
    with qtbot.waitSignal(page.context.messages.error_shown):
        assert not page.drop_attendee_on_seat(other or 0, far)


def test_unseated_list_and_big_hall(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    page = _page(qtbot, workspace, count=30, venue="meeting-room-20")
    page.auto_seat()
    assert page.unseated.count() == 10  # 20 seats, 30 people
    hall = _page(qtbot, workspace, count=700, venue="hall-800")
    assert len(hall.items) == 824
    hall.auto_seat()
    assert hall.unseated.count() == 0
    hall.show()
    qtbot.waitExposed(hall)
    hall.grab().save(str(tmp_path / "seating.png"))
    assert (tmp_path / "seating.png").stat().st_size > 0


def test_a_meeting_without_a_venue_asks_for_one_and_shows_nothing_of_another(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    from meeting_planner.app import create_application

    create_application()  # the bundled Chinese font for the screenshot
    page = _page(qtbot, workspace)
    seated_meeting = page.meeting_id
    page.auto_seat()
    page.show()
    bare = create_meeting(workspace, "无场地的会", datetime(2026, 12, 2, 9), "work")
    assert bare.id is not None
    page.set_meeting(bare.id)
    assert page.venue_combo.currentIndex() == -1 and page.venue_combo.placeholderText() == "请先选择场地"
    assert page.no_venue_hint.isVisible() and page.no_venue_hint.text().startswith("请先选择场地")
    assert page.items == {} and page.unseated.count() == 0 and page.status.text() == "请先选择场地"
    assert not page.auto_action.isEnabled()
    page.grab().save(str(tmp_path / "no-venue.png"))
    # Choosing a venue in the picker sets it for this meeting only.
    page.venue_combo.setCurrentIndex(page.venue_combo.findData("meeting-room-20"))
    page._on_venue_chosen(page.venue_combo.currentIndex())
    assert not page.no_venue_hint.isVisible() and page.auto_action.isEnabled() and page.items
    assert seating.meeting_venue(workspace, bare.id) is not None
    page.set_meeting(seated_meeting)
    assert page.venue_combo.currentData() == "meeting-room-20" and not page.no_venue_hint.isVisible()


def test_chart_on_a4_tiles_from_the_seating_tab(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    page = _page(qtbot, workspace, 12, "hall-800")
    page.auto_seat()
    out = tmp_path / "a4.pdf"
    page.export("chart-a4", out)
    qtbot.waitUntil(lambda: out.exists() and not page._tasks, timeout=30_000)
    from pypdf import PdfReader

    reader = PdfReader(out)
    assert all(round(float(p.mediabox.width)) == 842 for p in reader.pages)  # A4 landscape only
