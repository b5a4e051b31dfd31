"""The export formats: the names ``export ID FORMAT OUT`` takes, each one document of ``printouts.PRINTOUTS``
with fixed options.

This is the one list of formats. ``export`` offers exactly these, ``demo`` writes those marked ``in_kit`` (as
does the 应急包), and everything else about a format (file suffix, label, print-record document, how it is
written and recorded) comes from its printout, so the 打印/导出 centre, ``printouts ID``, the 会前检查 and the
CLI cannot drift apart. Every format is written through ``printouts.write_printout``: atomically (a failed
export leaves no partial file) and recorded as printed only once the file is in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from meeting_planner.documents.files import safe_file_name
from meeting_planner.errors import NotFound, Phrase
from meeting_planner.services import printouts
from meeting_planner.storage.workspace import Workspace


class UnknownFormat(NotFound):
    """No export format of that name."""


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """``name`` (``seating-pdf``) is printout ``printout`` written with ``options`` (the rest at their default).

    ``in_kit``: one of the printouts written into the 应急包 and by ``demo`` (one copy of each kind)."""

    name: str
    printout: str
    options: Mapping[str, str] = field(default_factory=dict)
    in_kit: bool = False

    @property
    def item(self) -> printouts.Printout:
        """The printout this format writes."""
        return printouts.printout(self.printout)

    @property
    def suffix(self) -> str:
        """The file suffix (``.pdf``, ``.docx``, ``.xlsx``)."""
        return self.item.suffix

    @property
    def label(self) -> str:
        """The printout's label, with the options that differ from its defaults (``座次图，A4 拼贴``)."""
        item = self.item
        chosen = item.chosen(self.options)
        changed = [dict(o.choices)[chosen[o.key]] for o in item.options if chosen[o.key] != o.default]
        return "，".join([item.label, *changed])

    @property
    def file_name(self) -> str:
        """The plain file name (``座次图.pdf``) used by ``demo`` and the 应急包."""
        return f"{safe_file_name(self.item.file_name)}{self.suffix}"


#: Every export format, in the order ``demo`` writes them.
EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("seating-pdf", "seating-chart", in_kit=True),
    ExportFormat("seating-pdf-a4", "seating-chart", {"paper": "a4"}),
    ExportFormat("seat-list-pdf", "seat-list", in_kit=True),
    ExportFormat("table-cards-pdf", "table-cards", in_kit=True),
    ExportFormat("sign-in-pdf", "sign-in-unit", in_kit=True),
    ExportFormat("sign-in-qr-pdf", "sign-in-unit", {"qr": "yes"}),
    ExportFormat("sign-in-strokes-pdf", "sign-in-strokes"),
    ExportFormat("sign-in-strokes-single-first-pdf", "sign-in-strokes-single-first"),
    ExportFormat("sign-in-pinyin-pdf", "sign-in-pinyin"),
    ExportFormat("sign-in-rank-pdf", "sign-in-rank"),
    ExportFormat("notice-pdf", "notice-pdf", in_kit=True),
    ExportFormat("notice-docx", "notice-docx", in_kit=True),
    ExportFormat("checklist-pdf", "checklist", in_kit=True),
    ExportFormat("attendance-xlsx", "attendance", in_kit=True),
)

BY_NAME: dict[str, ExportFormat] = {f.name: f for f in EXPORT_FORMATS}
#: The formats written by ``demo`` and into the 应急包.
KIT_FORMATS: tuple[ExportFormat, ...] = tuple(f for f in EXPORT_FORMATS if f.in_kit)


def export_format(name: str) -> ExportFormat:
    """The format ``name``; UnknownFormat names the known ones otherwise."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownFormat(
            Phrase.of("没有名为“{name}”的导出格式（可用：{BY_NAME}）", name=name, BY_NAME="、".join(BY_NAME))
        ) from None


def export(workspace: Workspace, meeting_id: int, name: str, path: Path) -> printouts.Written:
    """Write format ``name`` of the meeting to ``path`` (atomically) and record it as printed.

    PrintoutError says why it cannot be made now; MissingGlyphError names the characters no font has."""
    chosen = export_format(name)
    return printouts.write_printout(workspace, meeting_id, chosen.printout, path, chosen.options)
