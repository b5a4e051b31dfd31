"""A tiny benchmark harness: best-of-N wall-clock timings printed as an aligned table.

Each ``bench/bench_*.py`` module defines ``run(report: Report) -> None`` and adds figures with
``report.add(...)``; ``bench/run.py`` runs them all. A figure may carry a baseline (the same work done
by a plain script in the same run) and a target; the table shows the ratio and whether the target holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


@dataclass
class Figure:
    """One measured figure."""

    name: str
    seconds: float
    baseline: float | None = None
    baseline_name: str = ""
    target: float | None = None
    max_ratio: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Seconds divided by the baseline's seconds."""
        return self.seconds / self.baseline if self.baseline else None

    @property
    def ok(self) -> bool:
        """Whether the target time and the target ratio (where given) hold."""
        if self.target is not None and self.seconds > self.target:
            return False
        ratio = self.ratio
        return not (self.max_ratio is not None and ratio is not None and ratio > self.max_ratio)


@dataclass
class Report:
    """Collects figures and prints them."""

    figures: list[Figure] = field(default_factory=list)

    def add(
        self,
        name: str,
        seconds: float,
        *,
        baseline: float | None = None,
        baseline_name: str = "",
        target: float | None = None,
        max_ratio: float | None = None,
        note: str = "",
    ) -> Figure:
        """Record a figure and print it at once."""
        figure = Figure(name, seconds, baseline, baseline_name, target, max_ratio, note)
        self.figures.append(figure)
        print(format_figure(figure), flush=True)
        return figure

    @property
    def failed(self) -> list[Figure]:
        """Figures that missed a target."""
        return [f for f in self.figures if not f.ok]


def format_figure(figure: Figure) -> str:
    """One line: name, time, baseline and ratio, target, verdict."""
    parts = [f"{figure.name:<44} {figure.seconds * 1000:10.1f} ms"]
    if figure.baseline is not None:
        name = f" ({figure.baseline_name})" if figure.baseline_name else ""
        parts.append(f"baseline{name} {figure.baseline * 1000:.1f} ms, ratio {figure.ratio:.2f}x")
    if figure.target is not None:
        parts.append(f"target <= {figure.target * 1000:.0f} ms")
    if figure.max_ratio is not None:
        parts.append(f"ratio <= {figure.max_ratio:g}x")
    if figure.note:
        parts.append(figure.note)
    parts.append("OK" if figure.ok else "MISSED")
    return " | ".join(parts)
