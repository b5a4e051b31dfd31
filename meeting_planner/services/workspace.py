"""The workspace as the GUI and the command line see it: name it, open it, back it up, word a database failure,
and the desk's local journal. The window, the pages and the CLI take these from here (never from ``storage/``);
the errors are in ``meeting_planner.errors``.

Importing this module loads the storage layer (SQLAlchemy): the window imports it inside the functions that
open the workspace, after it is shown.
"""

from __future__ import annotations

from meeting_planner.storage.desk_journal import DeskJournal
from meeting_planner.storage.errors import one_line_database_error
from meeting_planner.storage.workspace import (
    DatabaseFailure,
    Workspace,
    database_url,
    make_backup,
    open_workspace,
    safe_url,
)

__all__ = [
    "DatabaseFailure",
    "DeskJournal",
    "Workspace",
    "database_url",
    "make_backup",
    "one_line_database_error",
    "open_workspace",
    "safe_url",
]
