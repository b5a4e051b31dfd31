"""Importing attendee lists from .xlsx, .xls and .csv files: read, detect the header, map columns, preview.

``read_preview(path, sheet=None, mapping=None, max_rows=...)`` returns an ``ImportPreview`` and writes nothing;
every problem with the file is one ``ImportProblem`` with a message for people.
"""

from meeting_planner.documents.importing.headers import FIELD_LABELS, Column, Field, field_from_label
from meeting_planner.documents.importing.preview import ImportPreview, ImportRow, ImportWarning, read_preview
from meeting_planner.documents.importing.sources import DEFAULT_MAX_ROWS, ImportProblem

__all__ = [
    "DEFAULT_MAX_ROWS",
    "FIELD_LABELS",
    "Column",
    "Field",
    "ImportPreview",
    "ImportProblem",
    "ImportRow",
    "ImportWarning",
    "field_from_label",
    "read_preview",
]
