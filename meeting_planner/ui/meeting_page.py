"""The tabs of one meeting (清单, 概况与通知, 参会人员, 座次, 签到) as typed factories.

Each tab is a ``Tab``: its name, its label and a factory that imports the page's module and builds the page, so a
page's code (and what it imports) is loaded only when its tab is first shown: opening the window costs only the
first tab. ``MeetingPage`` offers each page with its own type (``meeting_page.seating`` is a ``SeatingPage``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Literal, Protocol, TypeVar, cast, overload

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget, QVBoxLayout, QWidget

from meeting_planner.ui.context import AppContext

if TYPE_CHECKING:  # the pages are imported by their tab's factory, when first shown
    from meeting_planner.ui.pages.attendance_page import AttendancePage
    from meeting_planner.ui.pages.attendees_page import AttendeesPage
    from meeting_planner.ui.pages.checklist_page import ChecklistPage
    from meeting_planner.ui.pages.overview_page import OverviewPage
    from meeting_planner.ui.pages.seating_page import SeatingPage


class TabPage(Protocol):
    """What every tab page offers the window (each one is a ``QWidget`` built with ``(context, parent)``)."""

    @property
    def meeting_id(self) -> int | None:
        """The meeting shown (``None``: none)."""

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` (``None`` clears the page)."""


P_co = TypeVar("P_co", bound=TabPage, covariant=True)
P = TypeVar("P", bound=TabPage)


@dataclass(frozen=True)
class Tab(Generic[P_co]):
    """A tab of a meeting: ``name`` (for ``show_page``), ``label`` (translated under ``MeetingPage`` when shown)
    and ``build(context, parent)``, which imports the page's module and makes the page."""

    name: str
    label: str
    build: Callable[[AppContext, QWidget], P_co]


def _checklist(context: AppContext, parent: QWidget) -> ChecklistPage:
    from meeting_planner.ui.pages.checklist_page import ChecklistPage

    return ChecklistPage(context, parent)


def _overview(context: AppContext, parent: QWidget) -> OverviewPage:
    from meeting_planner.ui.pages.overview_page import OverviewPage

    return OverviewPage(context, parent)


def _attendees(context: AppContext, parent: QWidget) -> AttendeesPage:
    from meeting_planner.ui.pages.attendees_page import AttendeesPage

    return AttendeesPage(context, parent)


def _seating(context: AppContext, parent: QWidget) -> SeatingPage:
    from meeting_planner.ui.pages.seating_page import SeatingPage

    return SeatingPage(context, parent)


def _attendance(context: AppContext, parent: QWidget) -> AttendancePage:
    from meeting_planner.ui.pages.attendance_page import AttendancePage

    return AttendancePage(context, parent)


CHECKLIST = Tab("checklist", str(QT_TRANSLATE_NOOP("MeetingPage", "清单(&1)")), _checklist)
OVERVIEW = Tab("overview", str(QT_TRANSLATE_NOOP("MeetingPage", "概况与通知(&2)")), _overview)
ATTENDEES = Tab("attendees", str(QT_TRANSLATE_NOOP("MeetingPage", "参会人员(&3)")), _attendees)
SEATING = Tab("seating", str(QT_TRANSLATE_NOOP("MeetingPage", "座次(&4)")), _seating)
ATTENDANCE = Tab("attendance", str(QT_TRANSLATE_NOOP("MeetingPage", "签到(&5)")), _attendance)
#: The tabs in their order (Alt+1..5).
TABS: tuple[Tab[TabPage], ...] = (CHECKLIST, OVERVIEW, ATTENDEES, SEATING, ATTENDANCE)


class _PageSlot(QWidget):
    """A tab's place holder; the page inside is built on first use."""

    def __init__(self, tab: Tab[TabPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab = tab
        self.page: TabPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_page(self, context: AppContext) -> TabPage:
        """The page, built now if it was not yet."""
        if self.page is None:
            page = self.tab.build(context, self)
            assert isinstance(page, QWidget)
            self._layout.addWidget(page)
            self.page = page
        return self.page


class MeetingPage(QTabWidget):
    """The tabs of one meeting: checklist, overview, attendees, seating, attendance.

    Only the visible tab loads the meeting; the others are built and loaded when first shown.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._slots: dict[str, _PageSlot] = {}
        for tab in TABS:
            slot = _PageSlot(tab, self)
            self._slots[tab.name] = slot
            self.addTab(slot, QCoreApplication.translate("MeetingPage", tab.label))
        self.meeting_id: int | None = None
        self._stale: set[str] = set()
        self.currentChanged.connect(self._load_current)

    def page(self, tab: Tab[P]) -> P:
        """The page of ``tab`` (built if needed)."""
        slot = self._slots[tab.name]
        assert slot.tab is tab
        built = slot.page is not None
        page = cast(P, slot.ensure_page(self._context))  # the slot's page was made by tab.build
        if not built and tab is OVERVIEW:
            self._follow_modified(self.overview)
        return page

    def _follow_modified(self, overview: OverviewPage) -> None:
        """The overview's tab label gets a ``*`` while it has unsaved edits."""
        index = self.indexOf(self._slots[OVERVIEW.name])
        label = self.tabText(index)
        overview.modified_changed.connect(lambda dirty: self.setTabText(index, f"{label} *" if dirty else label))

    @overload
    def show_page(self, name: Literal["checklist"]) -> ChecklistPage: ...
    @overload
    def show_page(self, name: Literal["overview"]) -> OverviewPage: ...
    @overload
    def show_page(self, name: Literal["attendees"]) -> AttendeesPage: ...
    @overload
    def show_page(self, name: Literal["seating"]) -> SeatingPage: ...
    @overload
    def show_page(self, name: Literal["attendance"]) -> AttendancePage: ...
    @overload
    def show_page(self, name: str) -> TabPage: ...

    def show_page(self, name: str) -> TabPage:
        """Switch to tab ``name`` and return its page (loaded with the current meeting)."""
        slot = self._slots[name]
        self.setCurrentWidget(slot)
        self._load_current()
        return self.page(slot.tab)

    @property
    def checklist(self) -> ChecklistPage:
        """The checklist page."""
        return self.page(CHECKLIST)

    @property
    def overview(self) -> OverviewPage:
        """The overview page."""
        return self.page(OVERVIEW)

    @property
    def attendees(self) -> AttendeesPage:
        """The attendees page."""
        return self.page(ATTENDEES)

    @property
    def seating(self) -> SeatingPage:
        """The seating page."""
        return self.page(SEATING)

    @property
    def attendance(self) -> AttendancePage:
        """The attendance page."""
        return self.page(ATTENDANCE)

    def built(self, tab: Tab[TabPage]) -> bool:
        """Whether the page of ``tab`` was built (shown at least once)."""
        return self._slots[tab.name].page is not None

    def busy(self, names: set[str] | None = None) -> bool:
        """Whether the user is in the middle of an edit a reload of the pages ``names`` (default: all) would
        disturb: an open cell editor, a drag, an open menu or dialog, or typed but unsaved fields (the overview)."""
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return True
        if QWidget.mouseGrabber() is not None:
            return True
        editing = (QAbstractItemView.State.EditingState, QAbstractItemView.State.DraggingState)
        for name, slot in self._slots.items():
            if (names is not None and name not in names) or slot.page is None:
                continue
            if slot.tab is OVERVIEW and self.overview.dirty:
                return True
            if any(view.state() in editing for view in slot.findChildren(QAbstractItemView)):
                return True
        return False

    def commit_pending(self) -> None:
        """Save edits typed into a form but not yet saved (the overview), so nothing typed is lost."""
        if self.built(OVERVIEW):
            self.overview.commit_pending()

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show ``meeting_id``: the visible tab loads now, the others when first shown. Pending edits of
        the previous meeting are saved first."""
        if meeting_id != self.meeting_id:
            self.commit_pending()
        self.meeting_id = meeting_id
        self._stale = set(self._slots)
        self._load_current()

    def _load_current(self) -> None:
        slot = self.currentWidget()
        if isinstance(slot, _PageSlot) and slot.tab.name in self._stale:
            self._stale.discard(slot.tab.name)
            self.page(slot.tab).set_meeting(self.meeting_id)
