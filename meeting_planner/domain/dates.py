"""The Chinese date and time wording every printout and the command line share
(``2026年12月1日（星期二）上午9:00``). Standard library only."""

from __future__ import annotations

from datetime import date, datetime

_WEEKDAYS = "一二三四五六日"


def chinese_date(day: date) -> str:
    """``2026年12月1日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_weekday(day: date) -> str:
    """``星期二``."""
    return "星期" + _WEEKDAYS[day.weekday()]


def chinese_clock(moment: datetime) -> str:
    """``上午9:00`` / ``中午12:00`` / ``下午2:30`` (12-hour wording used in every printout)."""
    if moment.hour < 12:
        part, hour = "上午", moment.hour
    elif moment.hour == 12:
        part, hour = "中午", 12
    else:
        part, hour = "下午", moment.hour - 12 if moment.hour > 12 else 12
    return f"{part}{hour}:{moment.minute:02d}"


def chinese_datetime(moment: datetime) -> str:
    """``2026年12月1日（星期二）上午9:00``."""
    return f"{chinese_date(moment.date())}（{chinese_weekday(moment.date())}）{chinese_clock(moment)}"


def chinese_period(start: datetime, end: datetime | None) -> str:
    """``2026年12月1日（星期二）上午9:00—上午11:30``, or across days with both dates."""
    text = chinese_datetime(start)
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}—{chinese_clock(end)}"
    return f"{text}至{chinese_datetime(end)}"
