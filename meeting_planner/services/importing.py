"""Importing an attendee list: preview first (nothing written), then apply in one transaction.

``preview_import`` reads the file and returns what it understood; ``apply_import`` writes the included rows
to the meeting (optionally also to the people directory) in ONE transaction, so any failure leaves the
workspace exactly as it was. People already in the meeting (same name and unit) are not added twice.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from meeting_planner.documents.importing import (
    DEFAULT_MAX_ROWS,
    FIELD_LABELS,
    Field,
    ImportPreview,
    ImportProblem,
    ImportWarning,
    field_from_label,
    read_preview,
)
from meeting_planner.domain.attendee import Attendee
from meeting_planner.domain.limits import ATTENDEE_LIMITS, field_problems
from meeting_planner.errors import Phrase
from meeting_planner.services.attendees import require_meeting, save_attendees_to_directory
from meeting_planner.storage import attendees as repo
from meeting_planner.storage.workspace import Workspace

#: Rows written per statement (and per progress step).
CHUNK = 500

__all__ = [
    "DEFAULT_MAX_ROWS",
    "FIELD_LABELS",
    "Field",
    "ImportPreview",
    "ImportProblem",
    "ImportResult",
    "ImportWarning",
    "apply_import",
    "parse_mapping",
    "preview_import",
]


@dataclass
class ImportResult:
    """What an import wrote."""

    added: list[Attendee] = field(default_factory=list)
    already_present: list[str] = field(default_factory=list)
    directory_added: int = 0
    directory_updated: int = 0

    def sentence(self) -> str:
        """``已导入 120 人；3 人已在名单中，未重复添加``."""
        text = f"已导入 {len(self.added)} 人"
        if self.already_present:
            text += f"；{len(self.already_present)} 人已在名单中，未重复添加"
        if self.directory_added or self.directory_updated:
            text += f"；常用人员库新增 {self.directory_added} 人，更新 {self.directory_updated} 人"
        return text


def parse_mapping(items: Mapping[str, str | Field] | None) -> dict[str, Field] | None:
    """User mapping (``{"工作单位": "单位", "C": "name"}``) to fields; ``ImportProblem`` for an unknown field."""
    if not items:
        return None
    parsed: dict[str, Field] = {}
    for column, target in items.items():
        fld = target if isinstance(target, Field) else field_from_label(target)
        if fld is None:
            raise ImportProblem(
                Phrase.of(
                    "列对应“{column}={target}”中的“{target}”不是可导入的字段（可用：姓名、单位、职务、电话、性别、排序、备注、身份、回执、代会人、主席台、签到码、不导入）",
                    column=column,
                    target=target,
                )
            )
        parsed[column] = fld
    return parsed


#: The list column each limited attendee field is read from (for naming the cell in a message).
_SOURCE_FIELD = {
    "name": Field.NAME,
    "unit": Field.UNIT,
    "title": Field.TITLE,
    "phone": Field.PHONE,
    "gender": Field.GENDER,
    "notes": Field.NOTES,
    "leave_reason": Field.REPLY,
    "substitute_name": Field.SUBSTITUTE,
    "substitute_title": Field.SUBSTITUTE,
    "code": Field.CODE,
}


def check_limits(preview: ImportPreview) -> None:
    """``ImportProblem`` naming the file, sheet, row and column of every included cell longer than its field
    allows (``domain.limits``), the same limits on SQLite and PostgreSQL; nothing is written then."""
    mapping = preview.mapping
    problems = []
    for row in preview.included:
        for name, sentence in field_problems(row, ATTENDEE_LIMITS):
            column = mapping.get(_SOURCE_FIELD[name])
            problems.append(
                Phrase.of("第 {row} 行{problem}", row=row.source_row, problem=sentence)
                if column is None
                else Phrase.of(
                    "第 {row} 行 {column} 列{problem}", row=row.source_row, column=column.letter, problem=sentence
                )
            )
    if problems:
        more = Phrase.of("等 {problems_count} 处", problems_count=len(problems)) if len(problems) > 5 else ""
        raise ImportProblem(
            Phrase.of(
                "{name}，工作表“{sheet}”：{join}{more}。请改短后再导入，未导入任何人。",
                name=preview.path.name,
                sheet=preview.sheet,
                join=Phrase.joined("；", problems[:5]),
                more=more,
            )
        )


def preview_import(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    mapping: Mapping[str, str | Field] | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> ImportPreview:
    """Read the list and show what would be imported; writes nothing. Raises ``ImportProblem``."""
    return read_preview(os.fspath(path), sheet=sheet, mapping=parse_mapping(mapping), max_rows=max_rows)


def apply_import(
    workspace: Workspace,
    meeting_id: int,
    preview: ImportPreview,
    save_to_directory: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Write the preview's included rows to the meeting in one transaction (all or nothing)."""
    check_limits(preview)
    rows = preview.included
    total = len(rows)
    result = ImportResult()
    with workspace.transaction() as connection:
        require_meeting(connection, meeting_id, lock=True)
        present = {(a.name, a.unit) for a in repo.list_attendees(connection, meeting_id)}
        new: list[Attendee] = []
        for row in rows:
            if (row.name, row.unit) in present:
                result.already_present.append(row.name)
                continue
            present.add((row.name, row.unit))
            new.append(row.to_attendee())
        if progress:
            progress(0, total)
        for start in range(0, len(new), CHUNK):
            result.added.extend(repo.add_attendees(connection, meeting_id, new[start : start + CHUNK]))
            if progress:
                progress(min(total, start + CHUNK + len(result.already_present)), total)
        if save_to_directory:
            result.directory_added, result.directory_updated = save_attendees_to_directory(
                connection, meeting_id, result.added
            )
    if progress:
        progress(total, total)
    return result
