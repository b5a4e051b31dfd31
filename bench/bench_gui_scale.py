"""GUI at scale: the real main window (offscreen) on a 3,000- and a 10,000-attendee meeting.

Each figure is the median of several runs of one UI action, measured until the event queue is empty
(so the repaint of the shown rows is included): first show of the attendees and check-in tabs, a filter
keystroke (name, pinyin initials, unit), clearing the filter, sorting each column, select-all, a check-in
by name and by code end to end, a keystroke at the check-in desk to its candidate list, a board refresh.
Targets: 100 ms per action, 50 ms for the desk keystroke. Baseline where one exists: the same action on
a bare ``QStandardItemModel`` + ``QSortFilterProxyModel`` holding the same text (what Qt itself costs).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from bench_seating import GIVEN, HALL, SURNAMES
from harness import Report

SIZES = tuple(int(n) for n in os.environ.get("BENCH_GUI_SIZES", "3000,10000").split(","))
RUNS = int(os.environ.get("BENCH_GUI_RUNS", "5"))
TARGET = 0.100
KEYSTROKE_TARGET = 0.050


def _name(i: int) -> str:
    """Three-character names are all different (up to 41,400); every fifth is a two-character one, often shared."""
    surname = SURNAMES[i % len(SURNAMES)]
    first = GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
    if i % 5 == 0:
        return surname + first
    return surname + first + GIVEN[(i // (len(SURNAMES) * len(GIVEN))) % len(GIVEN)]


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.processEvents()
    app.processEvents()


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    _settle()
    return time.perf_counter() - started


def _median(action: Callable[[], object], before: Callable[[], object] | None = None, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
            _settle()
        times.append(_timed(action))
    return statistics.median(times)


def _seed(folder: Path, size: int) -> tuple[object, int]:
    from meeting_planner.domain.attendee import Attendee
    from meeting_planner.services.meetings import create_meeting
    from meeting_planner.storage.attendees import add_attendees
    from meeting_planner.storage.workspace import open_workspace

    workspace = open_workspace(folder / f"gui{size}.db", backup=False)
    start = datetime.now().replace(microsecond=0) + timedelta(hours=2)
    meeting = create_meeting(workspace, f"{size}人大会", start, "plenary")
    assert meeting.id is not None
    people = [
        Attendee(name=_name(i), unit=f"第{i % 60 + 1:02d}代表团", title="代表", phone=f"138{i:08d}")
        for i in range(size)
    ]
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, people)
    from meeting_planner.documents.venue_toml import venue_from_toml
    from meeting_planner.services import seating

    seating.save_venue(workspace, venue_from_toml(HALL, "bench"))
    seating.set_meeting_venue(workspace, meeting.id, "hall-3000")
    return workspace, meeting.id


def _bare_table(rows: list[list[str]]) -> tuple[object, object, object]:
    """Baseline: the same text in a QStandardItemModel behind a plain QSortFilterProxyModel."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel()
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.verticalHeader().setDefaultSectionSize(26)
    view.resize(1200, 800)
    view.show()
    _settle()
    return model, proxy, view


def _first_shows(workspace: object, meeting_id: int) -> dict[str, float]:
    """The first show of each big tab, each in a fresh window (the median of ``RUNS`` windows)."""
    from PySide6.QtCore import QThreadPool

    from meeting_planner.ui.main_window import MainWindow

    times: dict[str, list[float]] = {"attendees": [], "attendance": [], "seating": []}
    for _ in range(RUNS):
        window = MainWindow(workspace)  # type: ignore[arg-type]
        window.messages.show_dialogs = False
        window.resize(1400, 900)
        window.show()
        window.open_meeting(meeting_id)
        _settle()
        for tab, seconds in times.items():
            seconds.append(_timed(lambda tab=tab, pages=window.meeting_page: pages.show_page(tab)))
            QThreadPool.globalInstance().waitForDone()
            for _turn in range(10):  # background results and batched seats
                _settle()
        window.meeting_page.attendance.set_meeting(None)
        window.close()
        window.deleteLater()
        _settle()
    names = {"attendees": "attendees", "attendance": "check-in", "seating": "seating (3,000 seats)"}
    return {names[tab]: statistics.median(seconds) for tab, seconds in times.items()}


def _measure(report: Report, size: int) -> None:
    from meeting_planner.services import checkin
    from meeting_planner.services.attendees import list_meeting_attendees
    from meeting_planner.ui.main_window import MainWindow
    from meeting_planner.ui.models.attendee_model import HEADERS, Column

    with tempfile.TemporaryDirectory() as folder:
        workspace, meeting_id = _seed(Path(folder), size)
        people = list_meeting_attendees(workspace, meeting_id)  # type: ignore[arg-type]
        window = MainWindow(workspace)  # type: ignore[arg-type]
        window.messages.show_dialogs = False
        window.resize(1400, 900)
        window.show()
        window.open_meeting(meeting_id)
        _settle()
        tag = f"[{size:,}]"

        def add(name: str, seconds: float, target: float = TARGET, **extra: object) -> None:
            report.add(f"{tag} {name}", seconds, target=target, **extra)  # type: ignore[arg-type]

        for tab, seconds in _first_shows(workspace, meeting_id).items():
            add(f"first show: {tab} tab", seconds, note=f"median of {RUNS} fresh windows")
        pages = window.meeting_page
        loaded: list[float] = []
        started = time.perf_counter()
        pages.show_page("attendees")
        page = pages.attendees
        page.loaded.connect(lambda: loaded.append(time.perf_counter()))
        while not loaded:
            _settle()
            time.sleep(0.001)
        report.add(
            f"{tag} attendees tab until the list shows", loaded[0] - started, note="no target; window stays live"
        )
        _model, bare_proxy, bare_view = _bare_table(
            [[str(i + 1), p.name, p.unit, p.title, p.phone, p.code] for i, p in enumerate(people)]
        )

        def type_filter(text: str) -> float:
            return _median(lambda: page.filter_edit.setText(text), before=page.filter_edit.clear)

        def bare_filter(text: str) -> float:
            def clear() -> None:
                bare_proxy.setFilterFixedString("")  # type: ignore[attr-defined]

            return _median(lambda: bare_proxy.setFilterFixedString(text), before=clear)  # type: ignore[attr-defined]

        for label, text in (("name", "王"), ("initials", "wj"), ("unit", "第07")):
            add(
                f"filter keystroke: {label} {text}", type_filter(text), baseline=bare_filter(text), baseline_name="bare"
            )
        add(
            "clear the filter",
            _median(page.filter_edit.clear, before=lambda: page.filter_edit.setText("wj")),
            baseline=_median(
                lambda: bare_proxy.setFilterFixedString(""), before=lambda: bare_proxy.setFilterFixedString("wj")
            ),
            baseline_name="bare proxy",
        )
        from PySide6.QtCore import Qt

        bare_columns = {
            Column.NUMBER: 0,
            Column.NAME: 1,
            Column.UNIT: 2,
            Column.TITLE: 3,
            Column.PHONE: 4,
            Column.CODE: 5,
        }
        flips = iter(range(1_000_000))

        def sorter(view: object, col: int) -> Callable[[], None]:
            def sort() -> None:
                order = Qt.SortOrder.DescendingOrder if next(flips) % 2 else Qt.SortOrder.AscendingOrder
                view.sortByColumn(col, order)  # type: ignore[attr-defined]

            return sort

        for column in Column:
            sort = sorter(page.table, column)
            seconds = _median(sort)
            bare = None
            if column in bare_columns:
                bare = _median(sorter(bare_view, bare_columns[column]))
            add(f"sort by {HEADERS[column]}", seconds, baseline=bare, baseline_name="bare proxy")
        page.table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
        add(
            "select all",
            _median(page.table.selectAll, before=page.table.clearSelection),
            baseline=_median(bare_view.selectAll, before=bare_view.clearSelection),  # type: ignore[attr-defined]
            baseline_name="bare view",
        )
        page.table.clearSelection()
        bare_view.close()  # type: ignore[attr-defined]

        pages.show_page("attendance")
        desk = pages.attendance
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        keystrokes = ["w", "wj", "王", "王建"]
        add(
            "check-in desk keystroke to candidates",
            statistics.median(
                _median(lambda q=q: checkin.search_attendees(workspace, meeting_id, q))
                for q in keystrokes  # type: ignore[arg-type]
            ),
            target=KEYSTROKE_TARGET,
        )
        unique = [p for p in people if len(p.name) == 3][: RUNS * 2]
        by_name = iter(unique[:RUNS])
        by_code = iter(people[-RUNS:])

        def check_in(text: str) -> None:
            desk.search.setText(text)
            desk.submit()

        add("check-in by name (end to end)", _median(lambda: check_in(next(by_name).name)))
        add("check-in by code (end to end)", _median(lambda: check_in(next(by_code).code)))
        add("board refresh (GUI thread)", _median(desk.refresh), note="read and counted in the background")

        def refresh_until_shown() -> None:
            shown: list[bool] = []
            desk.board_refreshed.connect(lambda: shown.append(True))
            desk.refresh()
            while not shown:
                _settle()
                time.sleep(0.001)
            desk.board_refreshed.disconnect()

        report.add(f"{tag} board refresh until shown (background)", _median(refresh_until_shown), note="no target")

        def until(signal: object, action: Callable[[], object]) -> float:
            """Seconds from ``action`` until ``signal`` (work done in the background has been shown)."""
            done: list[float] = []
            signal.connect(lambda *_args: done.append(time.perf_counter()))  # type: ignore[attr-defined]
            started = time.perf_counter()
            action()
            while not done:
                _settle()
                time.sleep(0.001)
            signal.disconnect()  # type: ignore[attr-defined]
            return done[0] - started

        seated: list[float] = []
        started = time.perf_counter()
        pages.show_page("seating")
        seats = pages.seating
        if seats.large:
            seats.refreshed.connect(lambda: seated.append(time.perf_counter()))
            while not seated:
                _settle()
                time.sleep(0.001)
            seats.refreshed.disconnect()
            report.add(f"{tag} seating tab until the seats show", seated[0] - started, note="no target")
        add("auto-seat into 3,000 seats (GUI thread)", _median(seats.auto_seat, runs=3))
        _settle()
        if seats.large:
            QThreadPool.globalInstance().waitForDone()
            _settle()
            seconds = statistics.median(until(seats.refreshed, seats.auto_seat) for _ in range(3))
            report.add(f"{tag} auto-seat until the seats show (background)", seconds, note="no target")
        add("zoom the seating chart", _median(lambda: seats.view.zoom(1.15)))
        seats.view.zoom(4)
        _settle()
        bar = seats.view.horizontalScrollBar()
        add("pan the seating chart", _median(lambda: bar.setValue(bar.value() + 60)))

        desk.set_meeting(None)  # stops its 30-second refresh before the workspace goes
        QThreadPool.globalInstance().waitForDone()
        window.close()
        window.deleteLater()
        _settle()
        workspace.close()  # type: ignore[attr-defined]


def run(report: Report) -> None:
    """Add the GUI-scale figures for each size."""
    from meeting_planner.app import create_application

    create_application()
    for size in SIZES:
        _measure(report, size)
