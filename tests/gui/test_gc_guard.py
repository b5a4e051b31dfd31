"""Garbage is collected on the GUI thread, from a timer, while the window runs."""

from __future__ import annotations

import gc

from meeting_planner.ui.gc_guard import GuiThreadCollector


def test_the_collector_turns_automatic_collection_off_and_collects_on_its_timer(qtbot) -> None:  # type: ignore[no-untyped-def]
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        for _ in range(collector.thresholds[0] * 3):
            cycle: list[object] = []
            cycle.append(cycle)  # cyclic garbage, counted in generation 0
        assert gc.get_count()[0] > collector.thresholds[0]
        qtbot.waitUntil(lambda: gc.get_count()[0] <= collector.thresholds[0], timeout=3000)
    finally:
        collector.stop()
    assert gc.isenabled()
