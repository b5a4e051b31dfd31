"""With the English UI, no widget of any tab shows Chinese text except the user's own data.

The walk opens the example meeting (people, seats, check-ins, a half-done checklist), shows every tab and reads
every visible text: labels, buttons, group boxes, tabs, placeholders, combo items, menus and toolbars, table
headers and table cells. The user's data (meeting fields, step titles and owners, names, units, titles, notes,
venue and zone names) is taken out first; whatever Chinese is left was made by the app and missed translation.
The 会前检查 dialog and the 打印/导出 centre are read the same way, with findings and out-of-date printouts to show
(their output folder and file names are data too).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

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
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.checklist import StepStatus
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services import meetings as meeting_service
from meeting_planner.services import printouts
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.services.example import build_example
from meeting_planner.services.meetings import get_meeting
from meeting_planner.services.readiness import Kind
from meeting_planner.services.seating import list_venues
from meeting_planner.services.templates import list_templates
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.main_window import MainWindow
from meeting_planner.ui.messages import Messages

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
    # Back to the Chinese locale, without leaving Qt's own Chinese strings behind for the next test.
    for translator in install_translators(app, "zh_CN"):
        QApplication.removeTranslator(translator)


def example_window(qtbot, workspace: Workspace) -> tuple[MainWindow, int]:  # type: ignore[no-untyped-def]
    """The real window, shown, on the example meeting (40 people)."""
    summary = build_example(workspace, attendees=40)
    window = MainWindow(workspace, first_run=False)
    window.messages.show_dialogs = False
    qtbot.addWidget(window)
    window.show()
    window.reload_meetings()
    window.open_meeting(summary.meeting_id)
    return window, summary.meeting_id


def test_every_tab_in_english_shows_no_chinese_but_user_data(qtbot, english, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window, meeting_id = example_window(qtbot, workspace)
    data = user_data(workspace, meeting_id)
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


def test_the_check_in_desk_speaks_english(qtbot, english, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window, meeting_id = example_window(qtbot, workspace)
    page = window.meeting_page.show_page("attendance")
    people = list_meeting_attendees(workspace, meeting_id)
    data = user_data(workspace, meeting_id)
    said: list[str] = []
    for query in (people[0].code, people[0].code, "no-such-code-9", "zzzzqx"):
        page.search.setText(query)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(page.status.text()), timeout=3000)
        said.append(page.status.text())
        page.status.setText("")
    labelled = zip(("code", "again", "code?", "name?"), said, strict=True)
    assert leftovers(((f"desk {what}", text) for what, text in labelled), data) == set()
    assert "checked in" in said[0] and "already" in said[1]


def _loose_ends(workspace: Workspace, meeting_id: int, folder: Path) -> None:
    """Printouts made, then the data changed under them; names a check finds (a 劉/刘 pair, no reply yet)."""
    folder.mkdir()
    for key in ("seating-chart", "seat-list", "sign-in-unit", "sign-in-pinyin", "notice-pdf", "checklist"):
        printouts.write_printout(workspace, meeting_id, key, printouts.BY_KEY[key].file_for(folder, "示例"))
    printouts.write_printout(workspace, meeting_id, "table-cards", folder / "cards.pdf")
    people = list_meeting_attendees(workspace, meeting_id)
    confirmed = [a for a in people if a.reply is ReplyStatus.CONFIRMED and not a.on_rostrum]
    attendee_service.update_attendee(workspace, replace(confirmed[0], name="欧阳明远"))
    attendee_service.update_attendee(
        workspace, replace(confirmed[1], reply=ReplyStatus.SUBSTITUTE, substitute_name="张强", substitute_title="科长")
    )
    attendee_service.add_attendees(
        workspace, meeting_id, [Attendee("劉德華", unit="区委", rank=90), Attendee("刘德华", unit="区財政局", rank=91)]
    )
    units = [u.name for u in attendee_service.list_units(workspace) if u.order > 0]
    attendee_service.set_unit_order(workspace, list(reversed(units)))
    step = meeting_service.get_meeting(workspace, meeting_id).steps[-1]
    meeting_service.set_step_status(workspace, meeting_id, step.key, StepStatus.DONE, by="王晓")


def test_the_readiness_check_and_print_centre_speak_english(  # type: ignore[no-untyped-def]
    qtbot, english, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from meeting_planner.ui.dialogs.print_centre import PrintCentreDialog
    from meeting_planner.ui.dialogs.readiness_dialog import ReadinessDialog

    monkeypatch.setenv("HOME", str(tmp_path))
    meeting_id = build_example(workspace, attendees=40).meeting_id
    _loose_ends(workspace, meeting_id, tmp_path / "made")
    messages = Messages()
    messages.show_dialogs = False
    context = AppContext(workspace, messages)
    data = user_data(workspace, meeting_id)

    check = ReadinessDialog(context, meeting_id)
    qtbot.addWidget(check)
    found = {f"[check] {item}" for item in leftovers(widget_texts(check), data)}
    kinds = {finding.kind for finding in check.findings}
    assert {Kind.CARDS_STALE, Kind.SUBSTITUTE_CARDS, Kind.SIGNIN_STALE, Kind.PRINTOUT_STALE} <= kinds
    assert {Kind.NEAR_DUPLICATES, Kind.UNIT_VARIANTS, Kind.REPLIES_MISSING} <= kinds
    assert check.windowTitle() == "Readiness check" and "still to fix" in check.summary.text()

    centre = PrintCentreDialog(context, meeting_id)
    qtbot.addWidget(centre)
    qtbot.waitUntil(lambda: len(centre.statuses) == len(printouts.PRINTOUTS), timeout=20_000)
    states = {status.state for status in centre.statuses.values()}
    assert {printouts.State.STALE, printouts.State.PRINTED, printouts.State.NEVER} <= states
    centre.tree.setCurrentItem(centre.items["table-cards"])  # the footer repeats the selected status
    assert centre.state_label.text().startswith("Out of date: ")
    # The folder and the files in it are the user's (the label shows the folder's path elided: its parts).
    files = [*centre.folder.parts, *(centre.path_for(item.key).name for item in printouts.PRINTOUTS)]
    texts = [*widget_texts(centre), ("window title", centre.windowTitle())]
    found |= {f"[print centre] {item}" for item in leftovers(iter(texts), sorted(files, key=len, reverse=True) + data)}
    assert sorted(found) == [], "\n".join(sorted(found))
    assert centre.items["seating-chart"].text(2).startswith("Out of date: ")
