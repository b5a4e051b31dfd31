"""The errors meant for users: one hierarchy, standard library only, importable from every layer.

A ``UserError``'s message is a complete Chinese sentence naming what is wrong (the file, row and column, the
meeting, the person) and, where it helps, what to do. The CLI prints it as ``错误：<message>``; the GUI shows it in
a dialog. Anything else that escapes is a defect: the CLI and the GUI write a crash report (``crash.py``) and say
where it is, never a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can put right; ``str(error)`` is the sentence to show."""


class InputError(UserError, ValueError):
    """Input that breaks a rule: a bad value, a file that cannot be read as what it claims to be."""


class NotFound(UserError, LookupError):
    """The meeting, person, step, template or venue asked for does not exist."""


class WorkspaceError(UserError):
    """The workspace cannot be opened or used; the message is meant for the user."""


class DamagedWorkspace(WorkspaceError):
    """The workspace file fails its integrity check; restoring a backup is the way out."""


class ServerUnreachable(WorkspaceError):
    """The database server (or the network to it) does not answer; the check-in desk goes on offline."""


#: What a desk is told when its copy of a step, a meeting or a seat was changed by another desk meanwhile.
CONFLICT_MESSAGE = "已被其他工作台修改，已刷新"


class ConflictError(WorkspaceError):
    """Another desk changed what this edit was based on: nothing was written. ``fresh`` holds the current
    data (a ``Step``, a ``Meeting`` ... or ``None`` when it is gone) so the caller can show it."""

    def __init__(self, message: str = CONFLICT_MESSAGE, fresh: object = None) -> None:
        super().__init__(message)
        self.fresh = fresh


class ConstraintError(WorkspaceError):
    """A write broke a rule the database keeps (one check-in per person, a unique code or journal entry, a row
    another desk removed meanwhile): nothing was written. ``Workspace.transaction`` raises it for the driver's
    integrity error, so services never see SQLAlchemy."""


class BusyError(WorkspaceError):
    """The database gave up on this transaction because of another desk's (deadlock, serialisation
    failure); trying again is safe and usually works. ``Workspace.retrying`` does so."""
