"""会前检查: every loose end of the meeting, grouped by area, each with what to do; zero findings = ready."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_planner.services.readiness import Area, Finding, check_meeting
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.wording import finding_fix, finding_problem

AREA_TITLES = {
    Area.CHECKLIST: QT_TRANSLATE_NOOP("ReadinessDialog", "清单"),
    Area.REPLIES: QT_TRANSLATE_NOOP("ReadinessDialog", "通知与回执"),
    Area.SEATING: QT_TRANSLATE_NOOP("ReadinessDialog", "座次"),
    Area.NAMES: QT_TRANSLATE_NOOP("ReadinessDialog", "名单"),
    Area.PRINTOUTS: QT_TRANSLATE_NOOP("ReadinessDialog", "打印件"),
}


class ReadinessDialog(QDialog):
    """Runs the readiness check for one meeting and lists the findings (F5 checks again)."""

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.findings: list[Finding] = []
        self.setWindowTitle(self.tr("会前检查"))
        self.resize(820, 520)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("问题"), self.tr("处理")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        again = buttons.addButton(self.tr("重新检查 (F5)"), QDialogButtonBox.ButtonRole.ActionRole)
        again.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Check the meeting again and show what was found."""
        self.findings = check_meeting(self.context.workspace, self.meeting_id)
        self.tree.clear()
        if not self.findings:
            self.summary.setText(self.tr("✓ 会前检查通过：没有发现问题，可以开会。"))
            self.summary.setStyleSheet("color: #2e7d32; font-weight: bold;")
            return
        self.summary.setText(self.tr("还有 %1 项待处理：").replace("%1", str(len(self.findings))))
        self.summary.setStyleSheet("color: #c62828; font-weight: bold;")
        for area, title in AREA_TITLES.items():
            found = [f for f in self.findings if f.area is area]
            if not found:
                continue
            heading = self.tr("%1（%2）").replace("%1", self.tr(str(title))).replace("%2", str(len(found)))
            group = QTreeWidgetItem(self.tree, [heading, ""])
            group.setFirstColumnSpanned(True)
            for finding in found:
                problem, fix = finding_problem(finding), finding_fix(finding)
                item = QTreeWidgetItem(group, [problem, fix])
                item.setForeground(0, QBrush(QColor("#c62828")))
                item.setToolTip(0, problem)
                item.setToolTip(1, fix)
            group.setExpanded(True)
