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
