"""Conversions between Python datetimes and Qt's date-time type (typed, unlike the implicit ones)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdatetime(moment: datetime) -> QDateTime:
    """A local QDateTime for a naive ``datetime`` (to the second)."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second))


def from_qdatetime(value: QDateTime) -> datetime:
    """A naive ``datetime`` (to the minute, as the app schedules) from a QDateTime."""
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
