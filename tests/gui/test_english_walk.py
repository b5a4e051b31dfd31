"""With the English UI, no widget of any tab shows Chinese text except the user's own data.

The walk opens the example meeting (people, seats, check-ins, a half-done checklist), shows every tab and reads
every visible text: labels, buttons, group boxes, tabs, placeholders, combo items, menus and toolbars, table
headers and table cells. The user's data (meeting fields, step titles and owners, names, units, titles, notes,
venue and zone names) is taken out first; whatever Chinese is left was made by the app and missed translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from meeting_planner.app import create_application, install_translators
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.services.example import build_example
from meeting_planner.services.meetings import get_meeting
from meeting_planner.services.seating import list_venues
from meeting_planner.services.templates import list_templates
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.main_window import MainWindow

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]")
TABS = ("checklist", "overview", "attendees", "seating", "attendance")


def user_data(workspace: Workspace, meeting_id: int) -> list[str]:
    meeting = get_meeting(workspace, meeting_id)
    texts = [meeting.title, meeting.kind, meeting.venue, meeting.organiser, meeting.location, meeting.agenda]
    texts += [meeting.bring, meeting.contact]
    for step in meeting.steps:
        texts += [step.title, step.role, step.note, step.done_by, step.quantity, *step.subitems]
    for person in list_meeting_attendees(workspace, meeting_id):
        texts += [person.name, person.unit, person.title, person.notes, person.leave_reason]
        texts += [person.substitute_name, person.substitute_title, person.name_original, person.gender]
    for venue, _builtin in list_venues(workspace):
        texts += [venue.name, *(zone.name for zone in venue.zones)]
    # Checklist templates are data too (the built-in ones ship in Chinese; users save their own).
    texts += [template.name for template in list_templates()]
    return sorted({t.strip() for t in texts if t and t.strip()}, key=len, reverse=True)


def model_texts(model: QAbstractItemModel, parent: QModelIndex, limit: int = 60) -> Iterator[str]:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models keep columnCount private: one column
        columns = 1
    for column in range(columns):
        if not parent.isValid():
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(parent), limit)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            if column == 0 and columns > 1 and model.rowCount(index) > 0:
                yield from model_texts(model, index, limit)


def menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        yield action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield kind, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            yield from ((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from ((kind, text) for text in model_texts(widget.model(), QModelIndex()))
        yield from ((kind + " tooltip", widget.toolTip()),)
        for action in widget.actions():
            yield kind + " action", action.text()


def leftovers(texts: Iterator[tuple[str, str]], data: list[str]) -> set[str]:
    found: set[str] = set()
    for kind, text in texts:
        rest = text
        for item in data:
            if item in rest:
                rest = rest.replace(item, "")
        if CJK.search(rest):
            found.add(f"{kind}: {text}")
    return found


@pytest.fixture
def english(qtbot):  # type: ignore[no-untyped-def]
    app = create_application()
    translators = install_translators(app, "en")
    yield app
    for translator in translators:
        QApplication.removeTranslator(translator)
    install_translators(app, "zh_CN")


def test_every_tab_in_english_shows_no_chinese_but_user_data(qtbot, english, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    summary = build_example(workspace, attendees=40)
    window = MainWindow(workspace, first_run=False)
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    window.show()
    window.reload_meetings()
    window.open_meeting(summary.meeting_id)
    data = user_data(workspace, summary.meeting_id)
    found: set[str] = set()
    # Each language is offered in its own name (简体中文 / English), as every desktop does.
    languages = [*data, "简体中文"]
    for menu in window.menuBar().findChildren(QMenu):
        found |= leftovers((("menu", t) for t in menu_texts(menu)), languages)
    for name in TABS:
        window.meeting_page.show_page(name)
        qtbot.wait(50)
        found |= {f"[{name}] {item}" for item in leftovers(widget_texts(window), data)}
    assert sorted(found) == [], "\n".join(sorted(found))
