"""``domain.dates``: the Chinese date and time wording of the printouts and the command line."""

from __future__ import annotations

from datetime import date, datetime

from meeting_planner.domain.dates import chinese_clock, chinese_date, chinese_datetime, chinese_period


def test_dates_and_clock() -> None:
    assert chinese_date(date(2026, 12, 1)) == "2026年12月1日"
    assert [chinese_clock(datetime(2026, 12, 1, h, 5)) for h in (0, 9, 12, 14)] == [
        "上午0:05",
        "上午9:05",
        "中午12:05",
        "下午2:05",
    ]
    assert chinese_datetime(datetime(2026, 12, 1, 9)) == "2026年12月1日（星期二）上午9:00"


def test_periods_on_one_day_and_across_days() -> None:
    start = datetime(2026, 12, 1, 9)
    assert chinese_period(start, None) == "2026年12月1日（星期二）上午9:00"
    assert chinese_period(start, datetime(2026, 12, 1, 11, 30)) == "2026年12月1日（星期二）上午9:00—上午11:30"
    assert chinese_period(start, datetime(2026, 12, 2, 12)) == (
        "2026年12月1日（星期二）上午9:00至2026年12月2日（星期三）中午12:00"
    )
