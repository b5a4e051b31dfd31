"""Compatibility entry point: the list importer lives in ``documents/importing/``."""

from meeting_planner.documents.importing import (
    DEFAULT_MAX_ROWS,
    Field,
    ImportPreview,
    ImportProblem,
    ImportRow,
    ImportWarning,
    read_preview,
)

__all__ = ["DEFAULT_MAX_ROWS", "Field", "ImportPreview", "ImportProblem", "ImportRow", "ImportWarning", "read_preview"]
