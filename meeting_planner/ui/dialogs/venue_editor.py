"""The venue editor: describe the office's own hall (主席台, 场下, 会谈桌, 宴会) with a live drawing.

The dialog edits the venue's spec (the data of its TOML file). Every change is a ``SpecCommand`` on
the dialog's own undo stack (Ctrl+Z / Ctrl+Y); the drawing and the validation message follow each
change. Saving stores the venue in the workspace in one transaction (``services.seating.save_venue``);
export/import write and read TOML; an Excel seat map can be read in (shown first, then applied).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.domain.venue import Venue, VenueError, ZoneKind, venue_from_spec
from meeting_planner.services import seating
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.error_text import error_text
from meeting_planner.ui.venue_drawing import add_furniture
from meeting_planner.ui.wording import venue_lines

# Scene units per metre.
SCALE = 60.0

_RESERVED = QColor("#e0e0e0")
_BLOCKED = QColor("#9e9e9e")

Spec = dict[str, Any]


def _ints(text: str) -> list[int] | str:
    """``"11, 13"`` (also ``，`` and spaces) -> [11, 13]; the text itself when it is not a list of numbers
    (the validation message then names the field)."""
    parts = [part for part in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if part]
    try:
        return [int(part) for part in parts]
    except ValueError:
        return text


def _words(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", ",").replace("、", ",").split(",") if part.strip()]


def _sections_text(sections: list[dict[str, Any]]) -> str:
    return ", ".join(
        f"{section.get('name', section.get('key', ''))}:{section.get('seats', '')}" for section in sections
    )


def _sections(text: str) -> list[dict[str, Any]] | str:
    """``"左区:8, 中区:16, 右区:8"`` -> section tables (keys A, B, C ...)."""
    result: list[dict[str, Any]] = []
    for index, part in enumerate(_words(text)):
        name, _, seats = part.replace("：", ":").rpartition(":")
        try:
            count = int(seats)
        except ValueError:
            return text
        key = chr(ord("A") + index) if index < 26 else f"S{index + 1}"
        result.append({"key": key, "name": name.strip() or f"{key}区", "seats": count})
    return result or text


def new_zone(kind: ZoneKind, taken: set[str]) -> dict[str, Any]:
    """A zone of ``kind`` with sensible defaults and a key not in ``taken``."""
    base = {ZoneKind.ROSTRUM: "rostrum", ZoneKind.AUDITORIUM: "hall", ZoneKind.TALKS: "talks"}.get(kind, "banquet")
    key, number = base, 2
    while key in taken:
        key, number = f"{base}{number}", number + 1
    if kind is ZoneKind.ROSTRUM:
        return {"key": key, "kind": "rostrum", "name": "主席台", "rows": [7]}
    if kind is ZoneKind.AUDITORIUM:
        return {
            "key": key,
            "kind": "auditorium",
            "name": "场下",
            "rows": 10,
            "numbering": "sequential",
            "sections": [
                {"key": "A", "name": "左区", "seats": 6},
                {"key": "B", "name": "中区", "seats": 10},
                {"key": "C", "name": "右区", "seats": 6},
            ],
        }
    if kind is ZoneKind.TALKS:
        return {"key": key, "kind": "talks", "name": "会谈桌", "seats_per_side": 8, "side_names": ["客方", "主方"]}
    return {"key": key, "kind": "banquet", "name": "宴会厅", "tables": 10, "seats": 10, "columns": 4}


def _grid_from_sections(zone: dict[str, Any]) -> list[str]:
    """The grid lines of a sectioned auditorium (one aisle column between sections)."""
    widths = [int(section.get("seats", 0)) for section in zone.get("sections", [])]
    if not widths and isinstance(zone.get("seats_per_row"), int):
        widths = [zone["seats_per_row"]]
    rows = zone.get("rows", 1) if isinstance(zone.get("rows"), int) else 1
    return [".".join("o" * width for width in widths) for _ in range(min(rows, 500))]


class SpecCommand(QUndoCommand):
    """One edit of the venue spec: ``before`` and ``after`` are whole specs (small), the zone shown."""

    def __init__(self, editor: VenueEditor, before: Spec, after: Spec, text: str, zone: int, merge: str = "") -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.zone = zone
        #: Edits typed into the same field one after another (the row grid) merge into one undo step.
        self.merge = merge

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SpecCommand) or other.merge != self.merge or other.zone != self.zone:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self.editor.show_spec(self.after, self.zone)

    def undo(self) -> None:
        self.editor.show_spec(self.before, self.zone)


class VenueEditor(QDialog):
    """Dialog editing one venue. Signals: ``saved(str)`` with the venue key once it is in the workspace."""

    saved = Signal(str)

    def __init__(self, context: AppContext, start: Venue | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("场地编辑"))
        self.resize(1200, 760)
        self.undo_stack = QUndoStack(self)
        self.spec: Spec = {}
        self.venue: Venue | None = None
        self.problem = ""
        self._zone_index = 0
        self._loading = False
        self._build()
        if start is not None:
            self.copy_from(start, as_copy=start.key in self._builtin_keys())
        else:
            self.show_spec(self._blank(), 0)
        self.undo_stack.clear()

    # --- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.name_edit = QLineEdit(self)
        self.key_label = QLabel(self)
        self.source_combo = QComboBox(self)
        for venue, builtin in seating.list_venues(self.context.workspace):
            suffix = self.tr("（内置）") if builtin else ""
            self.source_combo.addItem(f"{venue.name}{suffix} · {venue.capacity}", venue.key)
        copy_button = QPushButton(self.tr("复制后修改"), self)
        copy_button.clicked.connect(self._copy_chosen)
        top.addWidget(QLabel(self.tr("名称："), self))
        top.addWidget(self.name_edit, 1)
        top.addWidget(self.key_label)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("从已有场地开始："), self))
        top.addWidget(self.source_combo)
        top.addWidget(copy_button)
        layout.addLayout(top)
        self.name_edit.editingFinished.connect(self._name_edited)

        splitter = QSplitter(self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("区域（从前到后）"), left))
        self.zone_list = QListWidget(left)
        self.zone_list.currentRowChanged.connect(self._zone_chosen)
        left_layout.addWidget(self.zone_list, 1)
        self.add_combo = QComboBox(left)
        self.add_combo.addItem(self.tr("主席台"), ZoneKind.ROSTRUM.value)
        self.add_combo.addItem(self.tr("场下（观众席）"), ZoneKind.AUDITORIUM.value)
        self.add_combo.addItem(self.tr("会谈桌"), ZoneKind.TALKS.value)
        self.add_combo.addItem(self.tr("宴会"), ZoneKind.BANQUET.value)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("添加区域"), left)
        self.remove_button = QPushButton(self.tr("删除区域"), left)
        self.up_button = QPushButton(self.tr("上移"), left)
        self.down_button = QPushButton(self.tr("下移"), left)
        self.add_button.clicked.connect(self.add_zone)
        self.remove_button.clicked.connect(self.remove_zone)
        self.up_button.clicked.connect(lambda: self.move_zone(-1))
        self.down_button.clicked.connect(lambda: self.move_zone(1))
        left_layout.addWidget(self.add_combo)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        left_layout.addLayout(moves)
        splitter.addWidget(left)

        self.form_host = QWidget(splitter)
        self.form = QFormLayout(self.form_host)
        self._build_fields()
        splitter.addWidget(self.form_host)

        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene, splitter)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(2, 3)
        layout.addWidget(splitter, 1)

        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.summary_label = QLabel(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)

        bottom = QHBoxLayout()
        undo = QPushButton(self.tr("撤销"), self)
        redo = QPushButton(self.tr("重做"), self)
        undo.clicked.connect(self.undo_stack.undo)
        redo.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        undo_action = self.undo_stack.createUndoAction(self)
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo_stack.createRedoAction(self)
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo_action)
        self.addAction(redo_action)
        import_toml = QPushButton(self.tr("导入 TOML…"), self)
        export_toml = QPushButton(self.tr("导出 TOML…"), self)
        import_grid = QPushButton(self.tr("导入 Excel 座位图…"), self)
        self.save_button = QPushButton(self.tr("保存到工作区"), self)
        close = QPushButton(self.tr("关闭"), self)
        import_toml.clicked.connect(lambda _checked=False: self.import_toml())
        export_toml.clicked.connect(lambda _checked=False: self.export_toml())
        import_grid.clicked.connect(lambda _checked=False: self.import_grid())
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        for button in (undo, redo, import_toml, export_toml, import_grid):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout.addLayout(bottom)

    def _build_fields(self) -> None:
        """One set of widgets for every kind; ``_show_zone_form`` shows the rows that apply."""
        self.zone_name = QLineEdit(self.form_host)
        self.rostrum_rows = QLineEdit(self.form_host)
        self.rostrum_rows.setToolTip(self.tr("每排人数，从前排起，用逗号分开，如 11, 13"))
        self.desk = QComboBox(self.form_host)
        self.desk.addItem(self.tr("前排前面"), "front")
        self.desk.addItem(self.tr("不设桌子"), "none")
        self.hall_rows = QSpinBox(self.form_host)
        self.hall_rows.setRange(1, 500)
        self.sections = QLineEdit(self.form_host)
        self.sections.setToolTip(self.tr("分区名称和每排座位数，从左到右，如 左区:8, 中区:16, 右区:8"))
        self.use_grid = QCheckBox(self.tr("逐排画（各排长度不同）"), self.form_host)
        self.grid = QPlainTextEdit(self.form_host)
        self.grid.setToolTip(self.tr("每行一排（从前到后）：o 座位，x 不可用的座位，. 空位或过道"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.grid.setFont(font)
        self.aisle = QDoubleSpinBox(self.form_host)
        self.aisle.setRange(0.0, 20.0)
        self.aisle.setSingleStep(0.1)
        self.aisle.setSuffix(" m")
        self.numbering = QComboBox(self.form_host)
        self.numbering.addItem(self.tr("从左到右 1、2、3…"), "sequential")
        self.numbering.addItem(self.tr("单双号（1号居中）"), "odd-even")
        self.numbering.addItem(self.tr("各区分别编号"), "section")
        self.reserved = QLineEdit(self.form_host)
        self.reserved.setToolTip(self.tr("留给列席、工作人员的排号，如 1, 2"))
        self.blocked = QLineEdit(self.form_host)
        self.blocked.setToolTip(self.tr("不可用的座位（柱子、机位）：排-座号，如 25-31, 25-32"))
        self.seats_per_side = QSpinBox(self.form_host)
        self.seats_per_side.setRange(1, 100)
        self.side_names = QLineEdit(self.form_host)
        self.side_names.setToolTip(self.tr("客方、主方的名称，如 客方, 主方"))
        self.tables = QSpinBox(self.form_host)
        self.tables.setRange(1, 500)
        self.table_seats = QSpinBox(self.form_host)
        self.table_seats.setRange(2, 40)
        self.main_seats = QSpinBox(self.form_host)
        self.main_seats.setRange(2, 40)
        self.columns = QSpinBox(self.form_host)
        self.columns.setRange(1, 50)
        self.rows_of: dict[str, list[QWidget]] = {}
        fields: list[tuple[str, QWidget, str, list[str]]] = [
            (self.tr("区域名称"), self.zone_name, "name", ["rostrum", "auditorium", "talks", "banquet"]),
            (self.tr("每排人数"), self.rostrum_rows, "rows", ["rostrum"]),
            (self.tr("桌子"), self.desk, "desk", ["rostrum"]),
            (self.tr("排数"), self.hall_rows, "rows", ["auditorium"]),
            (self.tr("分区"), self.sections, "sections", ["auditorium"]),
            ("", self.use_grid, "grid?", ["auditorium"]),
            (self.tr("逐排座位"), self.grid, "grid", ["auditorium"]),
            (self.tr("过道宽"), self.aisle, "aisle", ["auditorium"]),
            (self.tr("座号"), self.numbering, "numbering", ["auditorium"]),
            (self.tr("预留排"), self.reserved, "reserved_rows", ["auditorium"]),
            (self.tr("不可用座位"), self.blocked, "blocked", ["rostrum", "auditorium"]),
            (self.tr("每侧人数"), self.seats_per_side, "seats_per_side", ["talks"]),
            (self.tr("两侧名称"), self.side_names, "side_names", ["talks"]),
            (self.tr("桌数"), self.tables, "tables", ["banquet"]),
            (self.tr("每桌人数"), self.table_seats, "seats", ["banquet"]),
            (self.tr("主桌人数"), self.main_seats, "main_seats", ["banquet"]),
            (self.tr("每行桌数"), self.columns, "columns", ["banquet"]),
        ]
        self._fields = fields
        for label, widget, _field, _kinds in fields:
            self.form.addRow(label, widget)
        for widget in (self.zone_name, self.rostrum_rows, self.sections, self.reserved, self.blocked, self.side_names):
            widget.editingFinished.connect(self._form_edited)
        for spin in (self.hall_rows, self.seats_per_side, self.tables, self.table_seats, self.main_seats, self.columns):
            spin.valueChanged.connect(self._form_edited)
        self.aisle.valueChanged.connect(self._form_edited)
        self.numbering.currentIndexChanged.connect(self._form_edited)
        self.desk.currentIndexChanged.connect(self._form_edited)
        self.use_grid.toggled.connect(self._form_edited)
        self.grid.textChanged.connect(lambda: self._form_edited(merge="grid"))

    # --- the spec -------------------------------------------------------------------------------------

    def _builtin_keys(self) -> set[str]:
        return {venue.key for venue, builtin in seating.list_venues(self.context.workspace) if builtin}

    def _taken_keys(self) -> set[str]:
        return {venue.key for venue, _ in seating.list_venues(self.context.workspace)}

    def _blank(self) -> Spec:
        name = self.tr("本单位会场")
        key = seating.venue_key_for(name, self._taken_keys())
        zones = [new_zone(ZoneKind.ROSTRUM, set()), new_zone(ZoneKind.AUDITORIUM, set())]
        return {"key": key, "name": name, "zones": zones}

    def change(self, after: Spec, text: str, zone: int | None = None, merge: str = "") -> None:
        """Push an edit (no-op when nothing changed); edits with the same ``merge`` key in a row are one step."""
        if after == self.spec:
            return
        shown = self._zone_index if zone is None else zone
        self.undo_stack.push(SpecCommand(self, copy.deepcopy(self.spec), after, text, shown, merge))

    def show_spec(self, spec: Spec, zone: int) -> None:
        """Show ``spec``: fields, zone list, drawing and validation message."""
        self.spec = copy.deepcopy(spec)
        zones = self.spec.get("zones", [])
        self._zone_index = max(0, min(zone, len(zones) - 1))
        self._loading = True
        try:
            self.name_edit.setText(str(self.spec.get("name", "")))
            self.key_label.setText(self.tr("键：%1").replace("%1", str(self.spec.get("key", ""))))
            self.zone_list.clear()
            for item in zones:
                kind = item.get("kind", "")
                label = {
                    "rostrum": self.tr("主席台"),
                    "auditorium": self.tr("场下"),
                    "talks": self.tr("会谈桌"),
                    "banquet": self.tr("宴会"),
                }.get(kind, kind)
                self.zone_list.addItem(f"{item.get('name', '')}（{label}）")
            if zones:
                self.zone_list.setCurrentRow(self._zone_index)
            self._show_zone_form()
        finally:
            self._loading = False
        self._validate_and_draw()

    def _zone(self) -> dict[str, Any] | None:
        zones = self.spec.get("zones", [])
        return zones[self._zone_index] if 0 <= self._zone_index < len(zones) else None

    def _show_zone_form(self) -> None:
        zone = self._zone()
        kind = zone.get("kind", "") if zone else ""
        for _label, widget, _field, kinds in self._fields:
            self.form.setRowVisible(widget, kind in kinds)
        if zone is None:
            return
        self.zone_name.setText(str(zone.get("name", "")))
        rows = zone.get("rows", "")
        self.rostrum_rows.setText(", ".join(str(r) for r in rows) if isinstance(rows, list) else str(rows))
        self.hall_rows.setValue(rows if isinstance(rows, int) else len(zone.get("grid", [])) or 1)
        self.sections.setText(_sections_text(zone.get("sections", [])) or str(zone.get("seats_per_row", "")))
        gridded = "grid" in zone
        self.use_grid.setChecked(gridded)
        typed = [line.strip() for line in self.grid.toPlainText().splitlines() if line.strip()]
        if typed != list(zone.get("grid", [])):  # never reset what is being typed (the cursor would jump)
            self.grid.setPlainText("\n".join(zone.get("grid", [])))
        self.grid.setEnabled(gridded)
        self.hall_rows.setEnabled(not gridded)
        self.sections.setEnabled(not gridded)
        self.aisle.setValue(float(zone.get("aisle", 1.2)))
        self.numbering.setCurrentIndex(max(0, self.numbering.findData(zone.get("numbering", "sequential"))))
        self.desk.setCurrentIndex(max(0, self.desk.findData(zone.get("desk", "front"))))
        self.reserved.setText(", ".join(str(r) for r in zone.get("reserved_rows", [])))
        self.blocked.setText(", ".join(str(b) for b in zone.get("blocked", [])))
        self.seats_per_side.setValue(int(zone.get("seats_per_side", 8)))
        self.side_names.setText(", ".join(zone.get("side_names", ["客方", "主方"])))
        self.tables.setValue(int(zone.get("tables", 10)))
        self.table_seats.setValue(int(zone.get("seats", 10)))
        self.main_seats.setValue(int(zone.get("main_seats", zone.get("seats", 10))))
        self.columns.setValue(int(zone.get("columns", 4)))

    def _zone_from_form(self, zone: dict[str, Any]) -> dict[str, Any]:
        """The zone as the form now describes it."""
        result = dict(zone)
        result["name"] = self.zone_name.text().strip()
        kind = zone.get("kind")
        blocked = _words(self.blocked.text())
        if kind in ("rostrum", "auditorium"):
            if blocked:
                result["blocked"] = blocked
            else:
                result.pop("blocked", None)
        if kind == "rostrum":
            result["rows"] = _ints(self.rostrum_rows.text())
            if self.desk.currentData() == "none":
                result["desk"] = "none"
            else:
                result.pop("desk", None)
        elif kind == "auditorium":
            result["aisle"] = round(self.aisle.value(), 2)
            result["numbering"] = self.numbering.currentData()
            reserved = _ints(self.reserved.text())
            if reserved:
                result["reserved_rows"] = reserved
            else:
                result.pop("reserved_rows", None)
            if self.use_grid.isChecked():
                if "grid" not in zone:
                    result["grid"] = _grid_from_sections(zone)
                else:
                    result["grid"] = [line.strip() for line in self.grid.toPlainText().splitlines() if line.strip()]
                for key in ("rows", "sections", "seats_per_row"):
                    result.pop(key, None)
            elif "grid" in zone:
                result.pop("grid", None)
                result.pop("row_labels", None)
                result.pop("section_names", None)
                result["rows"] = len(zone.get("grid", [])) or 1
                width = max((len(line) for line in zone.get("grid", [])), default=10)
                result["sections"] = [{"key": "A", "name": "场下", "seats": width}]
            else:
                result["rows"] = self.hall_rows.value()
                result["sections"] = _sections(self.sections.text())
                result.pop("seats_per_row", None)
        elif kind == "talks":
            result["seats_per_side"] = self.seats_per_side.value()
            result["side_names"] = _words(self.side_names.text())
        elif kind == "banquet":
            if "table" not in zone:
                result["tables"] = self.tables.value()
                result["columns"] = self.columns.value()
            result["seats"] = self.table_seats.value()
            result["main_seats"] = self.main_seats.value()
        return result

    def _form_edited(self, *_args: object, merge: str = "") -> None:
        if self._loading:
            return
        zone = self._zone()
        if zone is None:
            return
        after = copy.deepcopy(self.spec)
        after["zones"][self._zone_index] = self._zone_from_form(zone)
        self.change(after, self.tr("修改区域“%1”").replace("%1", str(zone.get("name", ""))), merge=merge)

    def _name_edited(self) -> None:
        if self._loading:
            return
        after = copy.deepcopy(self.spec)
        after["name"] = self.name_edit.text().strip()
        self.change(after, self.tr("修改名称"))

    def _zone_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self._zone_index = row
        self._loading = True
        try:
            self._show_zone_form()
        finally:
            self._loading = False

    def add_zone(self) -> None:
        """Add a zone of the kind chosen below the list (at the back)."""
        kind = ZoneKind(self.add_combo.currentData())
        after = copy.deepcopy(self.spec)
        zones = after.setdefault("zones", [])
        zones.append(new_zone(kind, {str(z.get("key")) for z in zones}))
        self.change(after, self.tr("添加区域"), len(zones) - 1)

    def remove_zone(self) -> None:
        """Remove the selected zone."""
        if self._zone() is None:
            return
        after = copy.deepcopy(self.spec)
        del after["zones"][self._zone_index]
        self.change(after, self.tr("删除区域"), self._zone_index - 1)

    def move_zone(self, step: int) -> None:
        """Move the selected zone forward (-1) or back (+1)."""
        zones = self.spec.get("zones", [])
        target = self._zone_index + step
        if self._zone() is None or not 0 <= target < len(zones):
            return
        after = copy.deepcopy(self.spec)
        moved = after["zones"]
        moved[self._zone_index], moved[target] = moved[target], moved[self._zone_index]
        self.change(after, self.tr("移动区域"), target)

    def copy_from(self, venue: Venue, as_copy: bool = True) -> None:
        """Start from ``venue``'s spec; as a copy (new key and name) unless editing a saved venue itself."""
        after: Spec = copy.deepcopy(dict(venue.spec))
        if as_copy:
            name = self.tr("%1（副本）").replace("%1", venue.name)
            after["name"] = name
            after["key"] = seating.venue_key_for(name, self._taken_keys())
        self.change(after, self.tr("复制场地“%1”").replace("%1", venue.name), 0)

    def _copy_chosen(self) -> None:
        key = self.source_combo.currentData()
        venue = next((v for v, _ in seating.list_venues(self.context.workspace) if v.key == key), None)
        if venue is not None:
            self.copy_from(venue)

    # --- validation and drawing ------------------------------------------------------------------

    def _validate_and_draw(self) -> None:
        try:
            self.venue = venue_from_spec(self.spec, self.tr("场地"))
            self.problem = ""
        except VenueError as error:
            self.venue = None
            self.problem = error_text(error)
        self.problem_label.setText(self.problem)
        self.save_button.setEnabled(self.venue is not None)
        if self.venue is not None:
            parts = [f"{zone.name} {len(zone.seats)}" for zone in self.venue.zones]
            self.summary_label.setText(
                self.tr("可用座位 %1 个：%2").replace("%1", str(self.venue.capacity)).replace("%2", "，".join(parts))
            )
        self._draw()

    def _draw(self) -> None:
        self.scene.clear()
        venue = self.venue
        if venue is None:
            return
        pen = QPen(QColor("#555555"), 1)
        label_font = QFont()
        label_font.setPixelSize(14)
        for zone in venue.zones:
            for item in zone.furniture:
                add_furniture(self.scene, item, pen, SCALE)
            left, top, _right, _bottom = zone.bounds()
            title = self.scene.addSimpleText(zone.name, label_font)
            title.setPos(left * SCALE, top * SCALE - 24)
            small = QFont()
            small.setPixelSize(max(7, int(SCALE * 0.22)))
            for seat in zone.seats:
                rect = QRectF(
                    (seat.x - seat.width / 2) * SCALE,
                    (seat.y - seat.depth / 2) * SCALE,
                    seat.width * SCALE,
                    seat.depth * SCALE,
                )
                box = self.scene.addRect(rect, pen)
                colour = _BLOCKED if seat.blocked else _RESERVED if seat.reserved else QColor("#ffffff")
                box.setBrush(QBrush(colour))
                box.setToolTip(f"{seat.section} {seat.row_label} {seat.label}号".strip())
                number = self.scene.addSimpleText(seat.label, small)
                number.setPos(rect.center() - number.boundingRect().center())
            if zone.kind in (ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM):
                for row in zone.rows():
                    first = row[0]
                    text = self.scene.addSimpleText(first.row_label, small)
                    bounds = text.boundingRect()
                    x = (first.x - first.width / 2) * SCALE - bounds.width() - 6
                    text.setPos(x, first.y * SCALE - bounds.height() / 2)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-30, -40, 30, 30))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # --- saving and files --------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the venue in the workspace (one transaction); a built-in key is never overwritten."""
        if self.venue is None:
            self.context.messages.error(self.tr("场地有误"), self.problem)
            return False
        venue = self.venue
        if venue.key in self._builtin_keys():
            after = copy.deepcopy(self.spec)
            after["key"] = seating.venue_key_for(venue.name, self._taken_keys())
            self.change(after, self.tr("换用新的键"))
            if self.venue is None:
                return False
            venue = self.venue
        lost = seating.seats_lost_by_change(self.context.workspace, venue)
        if lost and not self.context.messages.confirm(
            self.tr("保存场地"),
            self.tr("已排在本场地的 %1 人的座位在修改后不存在，保存后这些人变为未排座。仍然保存？").replace(
                "%1", str(lost)
            ),
        ):
            return False
        try:
            seating.save_venue(self.context.workspace, venue)
        except VenueError as error:
            self.context.messages.error(self.tr("无法保存场地"), error)
            return False
        self.context.messages.info(self.tr("已保存场地“%1”").replace("%1", venue.name))
        self.saved.emit(venue.key)
        return True

    def _path(self, save: bool, title: str, suggested: str, filter_text: str) -> Path | None:
        if save:
            chosen, _ = QFileDialog.getSaveFileName(self, title, suggested, filter_text)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, title, "", filter_text)
        return Path(chosen) if chosen else None

    def export_toml(self, path: Path | None = None) -> bool:
        """Write the venue as a TOML file."""
        if self.venue is None:
            self.context.messages.error(self.tr("场地有误"), self.problem)
            return False
        path = path or self._path(True, self.tr("导出场地"), f"{self.venue.key}.toml", "TOML (*.toml)")
        if path is None:
            return False
        return self._guard(lambda: seating.export_venue_file(self.venue, path) if self.venue else None)

    def import_toml(self, path: Path | None = None) -> bool:
        """Read a venue TOML file into the editor (saved only with 保存)."""
        path = path or self._path(False, self.tr("导入场地"), "", "TOML (*.toml)")
        if path is None:
            return False

        def read() -> None:
            venue = seating.read_venue_file(path)
            self.change(copy.deepcopy(dict(venue.spec)), self.tr("导入场地文件"), 0)

        return self._guard(read)

    def import_grid(self, path: Path | None = None) -> bool:
        """Read a hall drawn in Excel; shows what was read and asks before putting it in the editor."""
        path = path or self._path(False, self.tr("导入 Excel 座位图"), "", "Excel (*.xlsx)")
        if path is None:
            return False

        def read() -> None:
            venue, hall = seating.read_venue_grid(path, None, self._taken_keys())
            lines = venue_lines(venue) + [self.tr("说明：") + note for note in hall.notes]
            question = "\n".join(lines) + "\n\n" + self.tr("用读到的座位替换编辑中的场地？")
            if self.context.messages.confirm(self.tr("导入 Excel 座位图"), question, default=True):
                self.change(copy.deepcopy(dict(venue.spec)), self.tr("导入 Excel 座位图"), 0)

        return self._guard(read)

    def _guard(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except (VenueError, OSError) as error:
            self.context.messages.error(self.tr("场地文件"), error)
            return False
        return True
