"""Quantity rules of steps (copies = attendees + spares)."""

from __future__ import annotations

import pytest

from meeting_planner.domain.quantity import QuantityError, parse_quantity


@pytest.mark.parametrize(
    ("rule", "attendees", "amount"),
    [
        ("attendees + 10", 120, 130),
        ("attendees * 1.1", 100, 110),
        ("人数 * 2 + 5", 10, 25),
        ("4", 300, 4),
        ("attendees", 7, 7),
    ],
)
def test_quantities(rule: str, attendees: int, amount: int) -> None:
    assert parse_quantity(rule).amount(attendees) == amount


def test_unreadable_rule() -> None:
    with pytest.raises(QuantityError, match="无法识别"):
        parse_quantity("a few")
