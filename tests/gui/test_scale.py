"""A 10,000-person meeting in the real window: filter, sort and check-in give the right answers (the speed of
each is measured by ``make bench``, not here)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services.checkin import board
from meeting_planner.services.meetings import create_meeting
from meeting_planner.services.pinyin import pinyin_initials, pinyin_key
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.models.attendee_model import Column

PEOPLE = 10_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红"


def _name(i: int) -> str:
    surname = SURNAMES[i % len(SURNAMES)]
    first = GIVEN[(i // len(SURNAMES)) % len(GIVEN)]
    return surname + first + GIVEN[(i // (len(SURNAMES) * len(GIVEN))) % len(GIVEN)]


@pytest.fixture
def window(qtbot, workspace: Workspace) -> Iterator[tuple[MainWindow, list[Attendee]]]:  # type: ignore[no-untyped-def]
    start = datetime.now().replace(microsecond=0) + timedelta(hours=2)
    meeting = create_meeting(workspace, "万人大会", start, "plenary")
    assert meeting.id is not None
    people = [
        Attendee(
            _name(i),
            unit=f"第{i % 60 + 1:02d}代表团",
            title="代表",
            reply=ReplyStatus.LEAVE if i % 97 == 0 else ReplyStatus.CONFIRMED,
        )
        for i in range(PEOPLE)
    ]
    with workspace.transaction() as connection:  # one transaction for all 10,000
        saved = add_attendees(connection, meeting.id, people)
    main = MainWindow(workspace, first_run=False)
    main.messages.show_dialogs = False
    qtbot.addWidget(main)
    main.show()
    main.open_meeting(meeting.id)
    yield main, saved
    main.meeting_page.attendance.set_meeting(None)
    QThreadPool.globalInstance().waitForDone()


def _column(window: MainWindow, column: Column) -> list[str]:
    proxy = window.meeting_page.attendees.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_filter_sort_and_check_in_at_ten_thousand(qtbot, window: tuple[MainWindow, list[Attendee]]) -> None:  # type: ignore[no-untyped-def]
    main, people = window
    page = main.meeting_page.attendees
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        main.meeting_page.show_page("attendees")
    assert page.proxy.rowCount() == PEOPLE

    # Filter: a name part, pinyin initials, a unit, growing and shrinking the query.
    page.filter_edit.setText("王")
    assert sorted(_column(main, Column.NAME)) == sorted(p.name for p in people if "王" in p.name)
    page.filter_edit.setText("王建")
    assert sorted(_column(main, Column.NAME)) == sorted(p.name for p in people if "王建" in p.name)
    page.filter_edit.setText("wj")
    expected = sorted(p.name for p in people if "wj" in pinyin_initials(p.name))
    assert expected and sorted(_column(main, Column.NAME)) == expected
    page.filter_edit.setText("第07代表团")
    assert page.proxy.rowCount() == sum(1 for p in people if p.unit == "第07代表团")
    page.status_combo.setCurrentIndex(page.status_combo.findData(ReplyStatus.LEAVE.value))
    leave = [p for p in people if p.unit == "第07代表团" and p.reply is ReplyStatus.LEAVE]
    assert sorted(_column(main, Column.NAME)) == sorted(p.name for p in leave)
    page.status_combo.setCurrentIndex(0)
    page.filter_edit.clear()
    assert page.proxy.rowCount() == PEOPLE

    # Sort: names by pinyin both ways, the list order back, rank, with a selection kept across sorts.
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    by_pinyin = sorted(people, key=lambda p: " ".join(pinyin_key(p.name)))
    assert _column(main, Column.NAME) == [p.name for p in by_pinyin]
    page.table.selectRow(0)
    chosen = page.selected_ids()
    assert chosen == [by_pinyin[0].id]
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert _column(main, Column.NAME)[0] == by_pinyin[-1].name
    assert page.selected_ids() == chosen
    page.table.sortByColumn(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    assert _column(main, Column.NAME) == [p.name for p in people]
    assert _column(main, Column.NUMBER)[:3] == ["1", "2", "3"]
    page.table.selectAll()
    assert len(page.selected_ids()) == PEOPLE

    # Check-in by name and by code at the desk; the board (read in the background) follows.
    desk = main.meeting_page.show_page("attendance")
    assert desk.large
    qtbot.waitUntil(lambda: desk.tiles["expected"].number.text() != "0", timeout=20_000)
    someone, other = people[1], people[-2]
    for text in (someone.name, other.code):
        with qtbot.waitSignal(desk.board_refreshed, timeout=20_000):
            desk.search.setText(text)
            desk.submit()
    assert someone.name in desk.recent_model.item(1).attendee.name
    assert desk.recent_model.item(0).attendee.id == other.id
    present = board(main.context.workspace, someone.meeting_id).total.present
    assert present == 2 and desk.tiles["present"].number.text() == "2"
