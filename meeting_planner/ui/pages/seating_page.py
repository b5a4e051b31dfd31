"""The seating tab: the venue drawn with names on seats, drag-and-drop editing, locks, auto-seat, exports.

The scene is built once per venue (one rectangle and one text item per seat); a refresh only changes
the texts and brushes of seats whose occupant or lock changed, so an 800-seat hall stays smooth.
Every change is a QUndoCommand on the window's undo stack; each command's redo/undo is one
transaction in the services.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDrag,
    QFont,
    QKeySequence,
    QPainter,
    QPen,
    QResizeEvent,
    QUndoCommand,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyleOptionGraphicsItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.attendee import Attendee, ReplyStatus, Role
from meeting_planner.domain.seating import SeatState, rostrum_row_offsets
from meeting_planner.domain.venue import Seat, Venue, Zone, ZoneKind
from meeting_planner.services import seating
from meeting_planner.services.attendees import count_meeting_attendees
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.venue_editor import VenueEditor
from meeting_planner.ui.error_text import error_text
from meeting_planner.ui.output_paths import ask_save_path
from meeting_planner.ui.venue_drawing import add_furniture
from meeting_planner.ui.wording import auto_seat_text
from meeting_planner.ui.workers import BackgroundTask, run_in_background

MIME_ATTENDEE = "application/x-meeting-planner-attendee"
#: Scene units per metre of the venue.
SCALE = 100.0

_EMPTY = QColor("#ffffff")
_TAKEN = QColor("#e8f0fe")
_LOCKED = QColor("#fde7c8")
_RESERVED = QColor("#eeeeee")
_BLOCKED = QColor("#bbbbbb")
_SELECTED_PEN = QPen(QColor("#d93025"), 3)
_PEN = QPen(QColor("#555555"), 1)
_BRUSHES = {colour.name(): QBrush(colour) for colour in (_EMPTY, _TAKEN, _LOCKED, _RESERVED, _BLOCKED)}


def _attendee_mime(attendee_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_ATTENDEE, str(attendee_id).encode())
    return mime


def _mime_attendee(mime: QMimeData) -> int | None:
    if not mime.hasFormat(MIME_ATTENDEE):
        return None
    try:
        return int(bytes(mime.data(MIME_ATTENDEE).data()).decode())
    except ValueError:
        return None


#: From this many attendees on, reading the seats and auto-seating run off the GUI thread.
BACKGROUND_FROM = 1500
#: Seat items built per turn of the event loop (a 3,000-seat hall takes a few turns, none of them long).
SEATS_PER_BATCH = 400
SEATS_AT_ONCE = 1500
BATCH_GAP_MS = 5


_FONTS: dict[int, QFont] = {}


_NUMBER_PEN = QPen(QColor("#777777"))


def _seat_font(pixels: int) -> QFont:
    font = _FONTS.get(pixels)
    if font is None:
        font = _FONTS[pixels] = QFont()
        font.setPixelSize(pixels)
    return font


class SeatItem(QGraphicsRectItem):
    """One seat: a rectangle with the occupant's name; accepts drops and starts drags."""

    def __init__(self, seat: Seat, page: SeatingPage) -> None:
        w, h = seat.width * SCALE, seat.depth * SCALE
        super().__init__(QRectF(-w / 2, -h / 2, w, h))
        self.seat = seat
        self.page = page
        self.width = w
        self.attendee_id: int | None = None
        self.state: tuple[str, int | None, bool] | None = None
        self.setPos(seat.x * SCALE, seat.y * SCALE)
        self.setPen(_PEN)
        self.setAcceptDrops(not seat.blocked)
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setToolTip(f"{seat.row_label} {seat.label}号")
        self.text = QGraphicsSimpleTextItem("", self)
        self.text.setFont(_seat_font(max(8, int(min(w / 3.3, h * 0.5)))))  # one shared font per size
        self.number_font = _seat_font(max(6, int(h * 0.22)))
        self.show_state("", None, False)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """The box, then the chair number small in the top-right corner once it is large enough to read
        (painted, not an item of its own, so a 3,000-seat hall builds as fast as before)."""
        super().paint(painter, option, widget)
        if option.levelOfDetailFromTransform(painter.worldTransform()) * self.number_font.pixelSize() < 5:
            return
        painter.setFont(self.number_font)
        painter.setPen(_NUMBER_PEN)
        painter.drawText(self.rect().adjusted(2, 1, -2, -1), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight,
                         self.seat.label)  # fmt: skip

    def show_state(self, name: str, attendee_id: int | None, locked: bool) -> None:
        """Update the name and colour; does nothing when nothing changed."""
        if self.state == (name, attendee_id, locked):
            return
        self.state = (name, attendee_id, locked)
        self.attendee_id = attendee_id
        if self.seat.blocked:
            colour = _BLOCKED
        elif locked:
            colour = _LOCKED
        elif attendee_id is not None:
            colour = _TAKEN
        elif self.seat.reserved:
            colour = _RESERVED
        else:
            colour = _EMPTY
        self.setBrush(_BRUSHES[colour.name()])
        shown = name + ("🔒" if locked and not name else "")
        self.text.setText(shown)
        if not shown:
            return
        bounds = self.text.boundingRect()
        if bounds.width() > self.width * 0.95 and bounds.width() > 0:
            self.text.setScale(self.width * 0.95 / bounds.width())
        else:
            self.text.setScale(1.0)
        scaled_w = bounds.width() * self.text.scale()
        scaled_h = bounds.height() * self.text.scale()
        self.text.setPos(-scaled_w / 2, -scaled_h / 2)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.page.select_seat(self.seat.id)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.attendee_id is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return
        distance = (event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)).manhattanLength()
        if distance < 6:
            return
        view = self.page.view
        drag = QDrag(view)
        drag.setMimeData(_attendee_mime(self.attendee_id))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(_mime_attendee(event.mimeData()) is not None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        attendee_id = _mime_attendee(event.mimeData())
        if attendee_id is not None:
            self.page.drop_attendee_on_seat(attendee_id, self.seat.id)
            event.acceptProposedAction()


class VenueView(QGraphicsView):
    """The venue: Ctrl+wheel zooms, dragging the background pans."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        #: Keep the whole venue in view on resize until the user zooms.
        self.auto_fit = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (kept between 5% and 800%)."""
        self.auto_fit = False
        current = self.transform().m11()
        factor = max(0.05 / current, min(8.0 / current, factor))
        self.scale(factor, factor)

    def fit(self) -> None:
        """Show the whole venue (and keep it fitted on resize)."""
        self.auto_fit = True
        if self.scene() is not None:
            self.fitInView(self.scene().itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)


class UnseatedList(QListWidget):
    """People without a seat; drag one onto a seat."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        attendee_id = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return _attendee_mime(int(attendee_id)) if attendee_id is not None else QMimeData()

    def mimeTypes(self) -> list[str]:
        return [MIME_ATTENDEE]


class SeatChangeCommand(QUndoCommand):
    """One seat change (an edit, or a whole auto-seat already done when pushed): redo applies it, undo applies
    it reversed, both through ``seating.apply_seat_change``."""

    def __init__(
        self, page: SeatingPage, text: str, change: seating.SeatChange, meeting_id: int, *, done: bool = False
    ) -> None:
        super().__init__(text)
        self.page = page
        self.change = change
        self.meeting_id = meeting_id
        self._skip = done

    def _apply(self, change: seating.SeatChange) -> None:
        try:
            seating.apply_seat_change(self.page.context.workspace, self.meeting_id, change)
        except seating.SeatingError as error:
            # Another desk changed these seats since they were shown: nothing written, the page reloads.
            self.setObsolete(True)
            self.page.context.messages.error(self.text(), self.page.conflict_text(error))
        self.page.changed(self.meeting_id)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            self.page.changed(self.meeting_id)
        else:
            self._apply(self.change)

    def undo(self) -> None:
        self._apply(self.change.reversed())


class SeatingPage(QWidget):
    """Tab page; ``set_meeting`` is called when the shown meeting changes.

    For a big meeting (``large``) the seats and people are read, and auto-seating runs, off the GUI thread.

    Signals:
        refreshed(): the seats and the unseated list show the workspace as saved.
        auto_seated(object): an auto-seat run finished (its ``SeatingResult``).
    """

    refreshed = Signal()
    auto_seated = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.venue: Venue | None = None
        self.items: dict[str, SeatItem] = {}
        self.selected_seat: str | None = None
        self.assignments: dict[str, SeatState] = {}
        self.attendees: dict[int, Attendee] = {}
        self._tasks: list[BackgroundTask[object]] = []
        self._emitting = False
        self._pending_seats: list[Seat] = []
        self.large = False
        self._generation = 0  # the newest refresh asked for; older answers are dropped
        self._build()
        context.attendees_changed.connect(self._on_attendees_changed)
        context.seating_changed.connect(self._on_seating_changed)

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.view = VenueView(self)
        self.scene = QGraphicsScene(self)
        self.view.setScene(self.scene)
        bar = QToolBar(self)
        self.venue_combo = QComboBox(self)
        self.venue_combo.setMinimumWidth(180)
        self.venue_combo.setPlaceholderText(self.tr("请先选择场地"))
        self.honour_combo = QComboBox(self)
        self.honour_combo.addItem(self.tr("左为上"), "left")
        self.honour_combo.addItem(self.tr("右为上"), "right")
        self.even_combo = QComboBox(self)
        self.even_combo.addItem(self.tr("偶数：2号在1号上位侧"), "standard")
        self.even_combo.addItem(self.tr("偶数：1号在中心上位侧"), "mirrored")
        self.even_combo.setToolTip(self.tr("主席台一排人数为偶数时，1号、2号同居中间两席；两种常见排法任选"))
        self.method_combo = QComboBox(self)
        self.method_combo.addItem(self.tr("横排"), "rows")
        self.method_combo.addItem(self.tr("竖排"), "columns")
        self.method_combo.addItem(self.tr("左右排列"), "centre")
        bar.addWidget(QLabel(self.tr("场地："), self))
        bar.addWidget(self.venue_combo)
        self._action(bar, self.tr("编辑场地…"), None, self.edit_venues)
        bar.addWidget(self.honour_combo)
        bar.addWidget(self.even_combo)
        bar.addWidget(self.method_combo)
        self.auto_action = self._action(bar, self.tr("自动排座"), "Ctrl+Shift+A", self.auto_seat)
        self.lock_action = self._action(bar, self.tr("锁定/解锁"), "Ctrl+L", self.toggle_lock)
        self.unseat_action = self._action(bar, self.tr("移出座位"), "Delete", self.unseat_selected)
        bar.addSeparator()
        self._action(bar, self.tr("放大"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom(1.25))
        self._action(bar, self.tr("缩小"), QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom(0.8))
        self._action(bar, self.tr("全图"), "Ctrl+0", self.view.fit)
        bar.addSeparator()
        self._action(bar, self.tr("导出座次图"), None, lambda: self.export("chart"))
        self._action(bar, self.tr("导出座次图（A4 拼贴）"), None, lambda: self.export("chart-a4"))
        self._action(bar, self.tr("导出座次表"), None, lambda: self.export("list"))
        self._action(bar, self.tr("导出桌签"), None, lambda: self.export("cards"))
        self._action(bar, self.tr("导出变化的桌签"), None, lambda: self.export("cards-changed"))
        layout.addWidget(bar)

        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.unseated_label = QLabel(self.tr("未排座"), left)
        self.unseated = UnseatedList(left)
        left_layout.addWidget(self.unseated_label)
        left_layout.addWidget(self.unseated)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 4)
        layout.addWidget(splitter, 1)
        self.status = QLabel("", self)
        row = QHBoxLayout()
        row.addWidget(self.status)
        layout.addLayout(row)
        self.no_venue_hint = QLabel(
            self.tr("请先选择场地：在上方“场地”中选一个会场，再自动排座或拖人入座。"), self.view
        )
        self.no_venue_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_venue_hint.setWordWrap(True)
        self.no_venue_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.no_venue_hint.setStyleSheet("color: #757575; font-size: 16pt;")
        self.no_venue_hint.hide()
        self.view.installEventFilter(self)
        self.venue_combo.activated.connect(self._on_venue_chosen)
        self._fill_venues()
        self._set_enabled(False)

    def _action(
        self, bar: QToolBar, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        self.addAction(action)
        return action

    def edit_venues(self) -> VenueEditor:
        """Open the venue editor on the meeting's venue (a built-in one is copied first); once a venue is
        saved, the venue list is refreshed."""
        editor = VenueEditor(self.context, self.venue, self)
        editor.saved.connect(self._venue_saved)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def _venue_saved(self, key: str) -> None:
        current = self.venue_combo.currentData()
        self._fill_venues()
        self.venue_combo.setCurrentIndex(self.venue_combo.findData(current if current else key))
        if self.venue is not None and self.venue.key == key and self.meeting_id is not None:
            self.venue = None  # rebuild the scene from the saved venue
            self._show_venue(seating.meeting_venue(self.context.workspace, self.meeting_id))
            self.refresh()

    def _fill_venues(self) -> None:
        self.venue_combo.clear()
        for venue, builtin in seating.list_venues(self.context.workspace):
            suffix = self.tr("（内置）") if builtin else ""
            self.venue_combo.addItem(f"{venue.name}{suffix} · {venue.capacity}", venue.key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.no_venue_hint.setGeometry(self.view.rect())
        return super().eventFilter(watched, event)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.venue_combo,
            self.honour_combo,
            self.even_combo,
            self.method_combo,
            self.view,
            self.unseated,
        ):
            widget.setEnabled(enabled)
        for action in self.actions():
            action.setEnabled(enabled)

    # --- meeting and venue ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the given meeting (None clears the page)."""
        self.meeting_id = meeting_id
        self._set_enabled(meeting_id is not None)
        if meeting_id is None:
            self._show_venue(None)
            return
        try:
            self.large = count_meeting_attendees(self.context.workspace, meeting_id) >= BACKGROUND_FROM
        except LookupError:
            self.large = False
        self.attendees, self.assignments = {}, {}  # the previous meeting's, until this one's are read
        try:
            venue = seating.meeting_venue(self.context.workspace, meeting_id)
        except seating.SeatingError as error:  # a damaged saved venue: say so, show none
            self.context.messages.error(self.tr("场地有误"), error)
            venue = None
        # A meeting without a venue shows none (never the previous meeting's) and asks for one.
        self.venue_combo.setCurrentIndex(self.venue_combo.findData(venue.key) if venue is not None else -1)
        self._show_venue(venue)
        self.refresh()

    def _on_venue_chosen(self, _index: int) -> None:
        if self.meeting_id is None:
            return
        key = self.venue_combo.currentData()
        try:
            venue = seating.set_meeting_venue(self.context.workspace, self.meeting_id, key)
        except seating.SeatingError as error:
            self.context.messages.error(self.tr("场地"), error)
            return
        self._show_venue(venue)
        self.refresh()

    def _show_venue(self, venue: Venue | None) -> None:
        """Build the scene once for ``venue``: seats, furniture and zone labels."""
        if venue is not None and self.venue is not None and venue.key == self.venue.key and self.items:
            return
        self.scene.clear()
        self.items = {}
        self._pending_seats = []
        self.selected_seat = None
        self.venue = venue
        self.no_venue_hint.setGeometry(self.view.rect())
        self.no_venue_hint.setVisible(venue is None and self.meeting_id is not None)
        for action in (self.auto_action, self.lock_action, self.unseat_action):
            action.setEnabled(venue is not None and self.meeting_id is not None)
        if venue is None:
            self.scene.setSceneRect(QRectF(0, 0, 1, 1))  # no scroll bars left over from another venue
            return
        pen = QPen(QColor("#888888"), 1)
        for zone in venue.zones:
            for item in zone.furniture:
                rect = add_furniture(self.scene, item, pen, SCALE).boundingRect()
                label = self.scene.addSimpleText(item.label)
                label.setPos(rect.center() - label.boundingRect().center())
            left, top, _right, _bottom = zone.bounds()
            title = self.scene.addSimpleText(zone.name)
            title.setPos(left * SCALE, top * SCALE - 28)
            self._pending_seats.extend(zone.seats)
            if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM):
                self._add_row_labels(zone)
        left, top, right, bottom = venue.bounds()
        self.scene.setSceneRect(
            QRectF(left * SCALE, top * SCALE, (right - left) * SCALE, (bottom - top) * SCALE).adjusted(-90, -90, 90, 40)
        )
        self.view.resetTransform()
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.view.auto_fit = True
        self._add_seats(all_now=len(self._pending_seats) <= SEATS_AT_ONCE)

    def _add_seats(self, all_now: bool = False) -> None:
        """Add the next batch of seat items (all of a small venue at once); a big hall is built over a few
        turns of the event loop so the window never stalls, and seats added late get their state at once."""
        size = len(self._pending_seats) if all_now else SEATS_PER_BATCH
        batch, self._pending_seats = self._pending_seats[:size], self._pending_seats[size:]
        for seat in batch:
            seat_item = SeatItem(seat, self)
            self.scene.addItem(seat_item)
            self.items[seat.id] = seat_item
        if self._pending_seats:
            QTimer.singleShot(BATCH_GAP_MS, self._add_seats)  # a gap for input and painting
        elif batch and self.attendees:
            self._show_assignments()

    def _add_row_labels(self, zone: Zone) -> None:
        """Row labels (第N排) at both ends of every row and section names over the front row, so a big
        hall zoomed in still says where one is."""
        font = QFont()
        font.setPixelSize(int(SCALE * 0.28))
        grey = QBrush(QColor("#555555"))
        for row in zone.rows():
            for seat, outward in ((row[0], -1), (row[-1], 1)):
                label = self.scene.addSimpleText(seat.row_label, font)
                label.setBrush(grey)
                bounds = label.boundingRect()
                edge = (seat.x + outward * (seat.width / 2 + 0.1)) * SCALE
                label.setPos(edge - (bounds.width() if outward < 0 else 0), seat.y * SCALE - bounds.height() / 2)
        sections = list(dict.fromkeys(seat.section for seat in zone.seats if seat.section))
        if len(sections) < 2:
            return
        bold = QFont(font)
        bold.setBold(True)
        for section in sections:
            seats = [seat for seat in zone.seats if seat.section == section]
            front = min(seat.row for seat in seats)
            first = [seat for seat in seats if seat.row == front]
            label = self.scene.addSimpleText(section, bold)
            bounds = label.boundingRect()
            x = sum(seat.x for seat in first) / len(first) * SCALE - bounds.width() / 2
            label.setPos(x, (first[0].y - first[0].depth / 2) * SCALE - bounds.height() - 4)

    # --- refreshing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload assignments and attendees; update only the seats that changed."""
        if self.meeting_id is None or self.venue is None:
            self.unseated.clear()
            self.attendees = {}
            self.assignments = {}
            self.unseated_label.setText(self.tr("未排座"))
            self.status.setText(self.tr("请先选择场地") if self.meeting_id is not None else "")
            return
        self._generation += 1
        workspace, meeting_id, generation = self.context.workspace, self.meeting_id, self._generation

        def read() -> tuple[int, int, list[Attendee], dict[str, SeatState]]:
            people, states = seating.people_and_seats(workspace, meeting_id)
            return generation, meeting_id, people, states

        if self.large:
            run_in_background(self, read, self._read_done, label=self.tr("排座"))
        else:
            self._read_done(read())

    def _read_done(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation, meeting_id, people, assignments = result
        if generation != self._generation or meeting_id != self.meeting_id or self.venue is None:
            return
        self.attendees = {a.id: a for a in people if a.id is not None}
        self.assignments = assignments
        self._show_assignments()
        self._fill_unseated()
        self.refreshed.emit()

    def _show_assignments(self) -> None:
        """Show who sits where on the seat items built so far."""
        assert self.venue is not None
        for seat_id, item in self.items.items():
            assignment = self.assignments.get(seat_id)
            attendee_id = assignment.attendee_id if assignment else None
            locked = bool(assignment and assignment.locked)
            person = self.attendees.get(attendee_id) if attendee_id is not None else None
            name = person.display_name if person else ""
            item.show_state(name, attendee_id, locked)
        occupied = {sid for sid, a in self.assignments.items() if a.attendee_id is not None}
        offsets = rostrum_row_offsets(self.venue, occupied)
        for zone in self.venue.zones:
            if zone.kind is ZoneKind.ROSTRUM:
                for seat in zone.seats:
                    placed = self.items.get(seat.id)
                    if placed is not None:
                        placed.setPos((seat.x + offsets.get(seat.id, 0.0)) * SCALE, seat.y * SCALE)

    def _fill_unseated(self) -> None:
        seated = {a.attendee_id for a in self.assignments.values() if a.attendee_id is not None}
        self.unseated.clear()
        waiting = [
            a
            for a in self.attendees.values()
            if a.id not in seated and a.role is not Role.STAFF and a.reply is not ReplyStatus.LEAVE
        ]
        for person in sorted(waiting, key=lambda a: (a.rank is None, a.rank or 0, a.position)):
            item = QListWidgetItem(f"{person.display_name}　{person.unit}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.unseated.addItem(item)
        self.unseated_label.setText(self.tr("未排座（%n 人）", "", len(waiting)))
        seated_count = len(seated & set(self.attendees))
        empty = sum(1 for s in self.items.values() if s.attendee_id is None and not s.seat.blocked)
        self.status.setText(
            self.tr("已排座 %1 人，空座 %2 个").replace("%1", str(seated_count)).replace("%2", str(empty))
        )

    def changed(self, meeting_id: int) -> None:
        """After a command ran: refresh and tell the other pages."""
        self.refresh()
        self._emitting = True
        try:
            self.context.seating_changed.emit(meeting_id)
        finally:
            self._emitting = False

    def _on_attendees_changed(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id:
            self.refresh()

    def _on_seating_changed(self, meeting_id: int) -> None:
        # Our own commands already refreshed; a change made elsewhere needs a reload.
        if meeting_id == self.meeting_id and not self._emitting:
            self.refresh()

    # --- editing ----------------------------------------------------------------------------------

    def select_seat(self, seat_id: str | None) -> None:
        """Mark one seat as selected (for lock/unseat)."""
        if self.selected_seat in self.items:
            self.items[self.selected_seat].setPen(_PEN)
        self.selected_seat = seat_id
        if seat_id in self.items:
            self.items[seat_id].setPen(_SELECTED_PEN)

    def conflict_text(self, error: BaseException) -> str:
        """The message of a seat change another desk got in first, in the UI language."""
        if str(error) == seating.SEAT_CONFLICT:
            return self.tr("座位已被其他工作台修改，已刷新")
        return error_text(error)

    def drop_attendee_on_seat(self, attendee_id: int, seat_id: str) -> bool:
        """Put a person on a seat; an occupied seat swaps. Pushes an undoable command."""
        if self.meeting_id is None:
            return False
        try:
            change = seating.plan_move(self.assignments, attendee_id, seat_id)
        except seating.SeatingError as error:
            self.context.messages.error(self.tr("调整座位"), error)
            return False
        if not change.after:
            return False
        name = self.attendees[attendee_id].display_name if attendee_id in self.attendees else ""
        self.context.stack_for(self.meeting_id).push(
            SeatChangeCommand(self, self.tr("调整座位：") + name, change, self.meeting_id)
        )
        return True

    def toggle_lock(self, seat_id: str | None = None) -> None:
        """Lock the selected seat, or unlock it if locked."""
        seat_id = seat_id or self.selected_seat
        if self.meeting_id is None or seat_id is None:
            self.context.messages.info(self.tr("请先点选一个座位"))
            return
        locked = seat_id in self.assignments and self.assignments[seat_id].locked
        text = self.tr("解锁座位") if locked else self.tr("锁定座位")
        change = seating.plan_lock(self.assignments, seat_id, not locked)
        self.context.stack_for(self.meeting_id).push(SeatChangeCommand(self, text, change, self.meeting_id))

    def unseat_selected(self) -> None:
        """Take the person on the selected seat back to the unseated list."""
        if self.meeting_id is None or self.selected_seat is None:
            return
        current = self.assignments.get(self.selected_seat)
        if current is None or current.attendee_id is None:
            return
        if current.locked:
            self.context.messages.error(self.tr("移出座位"), self.tr("座位已锁定，请先解锁"))
            return
        change = seating.plan_unseat(self.assignments, current.attendee_id)
        self.context.stack_for(self.meeting_id).push(
            SeatChangeCommand(self, self.tr("移出座位"), change, self.meeting_id)
        )

    def _ask_rostrum_count(self, venue_key: str) -> tuple[bool, int | None]:
        """``(go on, rostrum_count)``: when nobody is marked 主席台, ask how many of the best-ranked to seat there."""
        assert self.meeting_id is not None
        workspace = self.context.workspace
        if seating.count_marked_for_rostrum(workspace, self.meeting_id):
            return True, None
        venue = next((v for v, _builtin in seating.list_venues(workspace) if v.key == venue_key), None)
        capacity = sum(len(z.seats) for z in venue.zones if z.kind is ZoneKind.ROSTRUM) if venue else 0
        if not capacity:
            return True, None
        text = self.tr("还没有人标记为“主席台”。主席台安排排序前几位？（0 = 主席台暂不安排）")
        count = self.context.messages.ask_number(self.tr("主席台安排前 N 位？"), text, default=0, maximum=capacity)
        return count is not None, count

    def _ask_keep_manual(self) -> tuple[bool, bool]:
        """``(go on, redo everything)``: when seats were placed by hand, keep them or redo all."""
        if not any(a.manual for a in self.assignments.values()):
            return True, False
        choice = self.context.messages.choose(
            self.tr("自动排座"),
            self.tr("有手动调整过的座位。保留这些调整，只排其余的人吗？（锁定的座位始终不动）"),
            [self.tr("保留手动调整"), self.tr("全部重新排")],
        )
        return choice is not None, choice == 1

    def auto_seat(self) -> seating.SeatingResult | None:
        """Run automatic seating with the chosen venue, honour and method (locked seats stay); asks how many
        go on the rostrum when nobody is marked, and whether to keep seats placed by hand."""
        if self.meeting_id is None:
            return None
        key = self.venue_combo.currentData()
        if key is None:
            self.context.messages.info(self.tr("请先选择场地"))
            return None
        go_on, rostrum_count = self._ask_rostrum_count(key)
        if not go_on:
            return None
        go_on, redo_all = self._ask_keep_manual()
        if not go_on:
            return None
        workspace, meeting_id = self.context.workspace, self.meeting_id
        honour, method, even_rule = (
            self.honour_combo.currentData(),
            self.method_combo.currentData(),
            self.even_combo.currentData(),
        )

        def work() -> seating.SeatingResult:
            return seating.auto_seat(
                workspace,
                meeting_id,
                key,
                honour,
                method,
                rostrum_count=rostrum_count,
                even_rule=even_rule,
                redo_all=redo_all,
            )

        if self.large:  # seconds for thousands: off the GUI thread, with a word in the status line meanwhile
            self.auto_action.setEnabled(False)
            self.status.setText(self.tr("正在自动排座…"))
            run_in_background(self, work, self._auto_seat_done, self._auto_seat_failed)
            return None
        try:
            result = work()
        except seating.SeatingError as error:
            self.context.messages.error(self.tr("自动排座"), error)
            return None
        self._auto_seat_done(result)
        return result

    def _auto_seat_failed(self, message: str) -> None:
        self.auto_action.setEnabled(self.venue is not None and self.meeting_id is not None)
        self.context.messages.error(self.tr("自动排座"), message)

    def _auto_seat_done(self, result: object) -> None:
        assert isinstance(result, seating.SeatingResult)
        self.auto_action.setEnabled(True)
        if self.meeting_id is None:
            return
        self._show_venue(result.venue)
        command = SeatChangeCommand(self, self.tr("自动排座"), result.change, self.meeting_id, done=True)
        self.context.stack_for(self.meeting_id).push(command)
        self.context.messages.info(auto_seat_text(result))
        self.auto_seated.emit(result)

    # --- exports ----------------------------------------------------------------------------------

    def export(self, kind: str, path: Path | None = None) -> None:
        """Ask for a file name and write the PDF off the GUI thread."""
        if self.meeting_id is None:
            return
        if path is None:
            names = {
                "chart": self.tr("座次图"),
                "chart-a4": self.tr("座次图（A4 拼贴）"),
                "list": self.tr("座次表"),
                "cards": self.tr("桌签"),
                "cards-changed": self.tr("桌签（变化的）"),
            }
            path = ask_save_path(self, self.context, self.meeting_id, names[kind], ".pdf", "PDF (*.pdf)")
            if path is None:
                return
        workspace, meeting_id = self.context.workspace, self.meeting_id
        work: dict[str, Callable[[], object]] = {
            "chart": lambda: seating.export_seating_chart(workspace, meeting_id, path),
            "chart-a4": lambda: seating.export_seating_chart(workspace, meeting_id, path, paper="a4"),
            "list": lambda: seating.export_seat_list(workspace, meeting_id, path),
            "cards": lambda: seating.export_table_cards(workspace, meeting_id, path),
            "cards-changed": lambda: seating.export_table_cards(workspace, meeting_id, path, only_changed=True),
        }
        self._tasks.append(
            run_in_background(
                self,
                work[kind],
                lambda result: self._task_done(self._export_message(result, path)),
                self._task_failed,
            )
        )

    def _export_message(self, result: object, path: Path) -> str:
        if isinstance(result, seating.CardsResult) and result.written == 0:
            return self.tr("自上次打印以来没有内容变化的桌签，未生成文件")
        if isinstance(result, seating.CardsResult) and result.unchanged:
            return self.tr("已导出 %1 张桌签（%2 张未变化）：").replace("%1", str(result.written)).replace(
                "%2", str(result.unchanged)
            ) + str(path)
        return self.tr("已导出：") + str(path)

    def _task_done(self, message: str) -> None:
        self._tasks = [task for task in self._tasks if task.running]
        self.context.messages.info(message)

    def _task_failed(self, message: str) -> None:
        self._tasks = [task for task in self._tasks if task.running]
        self.context.messages.error(self.tr("导出失败"), message)
