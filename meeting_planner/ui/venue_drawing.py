"""Drawing pieces shared by the seating tab and the venue editor."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsScene

from meeting_planner.domain.venue import Furniture

#: The light fill of desks and tables.
FURNITURE_FILL = QColor("#f3f3f3")


def add_furniture(scene: QGraphicsScene, item: Furniture, pen: QPen, scale: float) -> QAbstractGraphicsShapeItem:
    """A desk or table (rectangle or round) drawn at its place in the layout, lightly filled."""
    rect = QRectF(
        (item.x - item.width / 2) * scale,
        (item.y - item.height / 2) * scale,
        item.width * scale,
        item.height * scale,
    )
    shape = scene.addEllipse(rect, pen) if item.shape == "round" else scene.addRect(rect, pen)
    shape.setBrush(QBrush(FURNITURE_FILL))
    return shape
