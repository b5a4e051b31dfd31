"""Checklist rules: offsets, due times, due states, progress, rescheduling."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meeting_planner.domain.checklist import (
    Category,
    DueState,
    Offset,
    OffsetError,
    Phase,
    Step,
    StepStatus,
    due_state,
    progress,
    progress_by_category,
    progress_by_phase,
    reschedule,
)

START = datetime(2026, 12, 1, 9, 0)


def make_step(key: str = "s", offset: str = "-1d", **changes: object) -> Step:
    parsed = Offset.parse(offset)
    step = Step(key, "标题", Phase.BEFORE, Category.NOTICE, parsed, parsed.due(START))
    return replace(step, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-7d", datetime(2026, 11, 24, 9, 0)),
        ("-1d 16:00", datetime(2026, 11, 30, 16, 0)),
        ("-30min", datetime(2026, 12, 1, 8, 30)),
        ("-1h30m", datetime(2026, 12, 1, 7, 30)),
        ("+2d", datetime(2026, 12, 3, 9, 0)),
        ("T+2h", datetime(2026, 12, 1, 11, 0)),
        ("0", START),
        ("−14d", datetime(2026, 11, 17, 9, 0)),
    ],
)
def test_offset_due_times(text: str, expected: datetime) -> None:
    assert Offset.parse(text).due(START) == expected


@pytest.mark.parametrize("text", ["tomorrow", "-1d 25:00", "-90min 16:00", "d", "--1d"])
def test_bad_offsets_are_rejected(text: str) -> None:
    with pytest.raises(OffsetError):
        Offset.parse(text)


@given(
    minutes=st.integers(min_value=-60 * 24 * 60, max_value=60 * 24 * 60),
)
def test_offset_text_round_trips(minutes: int) -> None:
    offset = Offset(minutes)
    assert Offset.parse(str(offset)) == offset


def test_offset_with_clock_time_round_trips() -> None:
    offset = Offset(-1440, time(16, 0))
    assert Offset.parse(str(offset)) == offset
    assert offset.label() == "T−1天 16:00"


def test_due_states() -> None:
    step = make_step(offset="-1d")
    assert due_state(step, START - timedelta(days=3)) is DueState.LATER
    assert due_state(step, START - timedelta(days=1, hours=2)) is DueState.DUE_SOON
    assert due_state(step, START) is DueState.OVERDUE
    assert due_state(replace(step, status=StepStatus.DONE), START) is DueState.CLOSED
    assert due_state(replace(step, status=StepStatus.SKIPPED), START) is DueState.CLOSED
    assert due_state(replace(step, status=StepStatus.BLOCKED), START) is DueState.OVERDUE


def test_progress_counts_done_and_skipped() -> None:
    steps = [
        make_step("a", status=StepStatus.DONE),
        make_step("b", status=StepStatus.SKIPPED),
        make_step("c", status=StepStatus.IN_PROGRESS, phase=Phase.AFTER, category=Category.AV),
        make_step("d"),
    ]
    assert (progress(steps).closed, progress(steps).total) == (2, 4)
    by_phase = progress_by_phase(steps)
    assert list(by_phase) == [Phase.BEFORE, Phase.AFTER]
    assert by_phase[Phase.BEFORE].percent == 66
    assert progress_by_category(steps)[Category.AV].closed == 0
    assert progress([]).ratio == 1.0


def test_reschedule_keeps_hand_edited_due_times() -> None:
    manual_due = datetime(2026, 11, 20, 10, 0)
    steps = [make_step("a", "-7d"), make_step("b", "-1d 16:00", due_at=manual_due, due_manual=True)]
    moved = reschedule(steps, START + timedelta(days=3))
    assert moved[0].due_at == datetime(2026, 11, 27, 9, 0)
    assert moved[1].due_at == manual_due
