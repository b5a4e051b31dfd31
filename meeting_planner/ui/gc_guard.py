"""Python's cyclic garbage collected on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that is a background
task's thread (``ui/workers.py``) and the garbage holds Qt widgets, they are destroyed off the GUI thread, which
crashes Qt. So the window turns automatic collection off and collects from a timer on the GUI thread instead,
with the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects garbage on the thread it lives on (the GUI thread), generation by generation as needed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds (as the automatic collector would)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Back to automatic collection."""
        self.timer.stop()
        gc.enable()
