"""The errors meant for users: one hierarchy, standard library only, importable from every layer.

A ``UserError``'s message is a complete Chinese sentence naming what is wrong (the file, row and column, the
meeting, the person) and, where it helps, what to do. The CLI prints it as ``错误：<message>``; the GUI shows it in
a dialog. Anything else that escapes is a defect: the CLI and the GUI write a crash report (``crash.py``) and say
where it is, never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Self


class Phrase(str):
    """A Chinese sentence (or part of one) that the English window can translate.

    It *is* the Chinese text (the CLI prints it as it is) and also carries ``template``, the text with ``{name}``
    placeholders, and ``values``, the user data and numbers put into them (a value may itself be a ``Phrase``).
    ``Phrase.of("没有编号为 {id} 的会议", id=7)``; ``Phrase("固定的句子")`` has no values. The window translates
    ``template`` (context ``Errors``, collected from the source by ``packaging/error_templates.py``) and fills in
    the values; string operations on a ``Phrase`` give plain ``str``.
    """

    template: str
    values: dict[str, Any]

    def __new__(cls, text: str = "") -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.template = text.replace("{", "{{").replace("}", "}}")
        phrase.values = {}
        return phrase

    @classmethod
    def of(cls, template: str, /, **values: Any) -> Phrase:
        """``template`` filled with ``values`` (``str.format`` placeholders, ``{n:.1f}`` and ``{x!r}`` included)."""
        phrase = super().__new__(cls, template.format_map(values))
        phrase.template = template
        phrase.values = values
        return phrase

    @classmethod
    def joined(cls, separator: str, parts: Iterable[str]) -> Phrase:
        """``separator.join(parts)`` that keeps each part translatable (a ``Phrase`` part stays one)."""
        items = list(parts)
        template = separator.replace("{", "{{").replace("}", "}}").join(f"{{part{i}}}" for i in range(len(items)))
        return cls.of(template, **{f"part{i}": item for i, item in enumerate(items)})

    def __reduce__(self) -> tuple[Any, ...]:
        return (_phrase, (str(self), self.template, self.values))


def _phrase(text: str, template: str, values: dict[str, Any]) -> Phrase:
    phrase = Phrase(text)
    phrase.template = template
    phrase.values = values
    return phrase


def wording(error: BaseException) -> Phrase:
    """The sentence of ``error`` as a ``Phrase`` (its own when it was raised with one, else its plain text)."""
    text = error.__str__()
    if isinstance(text, Phrase):
        return text
    if len(error.args) == 1 and isinstance(error.args[0], Phrase) and text == error.args[0]:
        return error.args[0]
    return Phrase(text)


class UserError(Exception):
    """Something the user can put right; ``str(error)`` is the sentence to show.

    Raise it with a ``Phrase`` (``raise VenueError(Phrase.of("{path}：文件太大", path=path))``, or the short
    ``VenueError.of("{path}：文件太大", path=path)``) so the English window can show the sentence in English.
    """

    @classmethod
    def of(cls, template: str, /, **values: Any) -> Self:
        """The error whose message is ``Phrase.of(template, **values)``."""
        return cls(Phrase.of(template, **values))


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
CONFLICT_MESSAGE = Phrase("已被其他工作台修改，已刷新")


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
