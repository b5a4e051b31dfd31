"""Choose the printout font per role (title, body, heading, card name) among the installed official faces."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


class FontSettingsDialog(QDialog):
    """One combo box per role: "default" (the first official face installed), each installed family, or
    the bundled font. Characters a chosen font lacks still print, from the bundled font."""

    def __init__(
        self,
        roles: dict[str, str],
        families: list[str],
        current: dict[str, str],
        bundled_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印字体"))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        note = QLabel(self.tr("本机已安装的公文字体按用途选用；字体中没有的字自动改用内置字体打印。"), self)
        note.setWordWrap(True)
        form.addRow(note)
        labels = {
            "title": self.tr("标题"),
            "body": self.tr("正文"),
            "heading": self.tr("小标题"),
            "card": self.tr("桌签姓名"),
        }
        for role in roles:
            combo = QComboBox(self)
            combo.addItem(self.tr("默认（已安装的公文字体，否则内置字体）"), "")
            for family in families:
                combo.addItem(family, family)
            combo.addItem(bundled_label, bundled_label)
            index = combo.findData(current.get(role, ""))
            combo.setCurrentIndex(max(index, 0))
            self.combos[role] = combo
            form.addRow(labels.get(role, role), combo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def result_value(self) -> dict[str, str]:
        """Role -> chosen family ("" for the default)."""
        return {role: str(combo.currentData() or "") for role, combo in self.combos.items()}

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        roles: dict[str, str],
        families: list[str],
        current: dict[str, str],
        bundled_label: str,
    ) -> dict[str, str] | None:
        """Show the dialog; the choice, or ``None`` if cancelled."""
        dialog = cls(roles, families, current, bundled_label, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value()
        return None
