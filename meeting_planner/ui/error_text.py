"""Error sentences in the UI language.

Services raise ``UserError``s whose message is an ``errors.Phrase``: the Chinese sentence (what the CLI prints)
with its template and values. Here the template is translated (context ``Errors``; the templates are put into the
.ts file by ``packaging/error_templates.py``) and the values filled in, each ``Phrase`` value translated in turn,
so user data (names, files, numbers) stays as it is. Without a translation the Chinese sentence is shown.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from meeting_planner.errors import Phrase
from meeting_planner.services.errors import describe_error

CONTEXT = "Errors"
#: The template ``Phrase.joined`` makes: ``{part0}<separator>{part1}<separator>…``.
_JOINED = re.compile(r"\{part0\}(?:(.+?)\{part1\}(?:\1\{part\d+\})*)?")
#: Separators ``Phrase.joined`` uses, marked for lupdate.
_SEPARATORS = (
    QT_TRANSLATE_NOOP("Separators", "、"),
    QT_TRANSLATE_NOOP("Separators", "；"),
    QT_TRANSLATE_NOOP("Separators", "，"),
)


def translated(text: str) -> str:
    """``text`` in the UI language: a ``Phrase`` by its template, a plain string as a whole (when it is one)."""
    if not isinstance(text, Phrase):
        return QCoreApplication.translate(CONTEXT, text) if text else text
    joined = _JOINED.fullmatch(text.template)
    if joined is not None and text.values:  # ``Phrase.joined``: the parts, and the separator in the UI language
        separator = QCoreApplication.translate(
            "Separators", (joined.group(1) or "").replace("{{", "{").replace("}}", "}")
        )
        return separator.join(str(_value(text.values[f"part{i}"])) for i in range(len(text.values)))
    template = QCoreApplication.translate(CONTEXT, text.template)
    if template == text.template and not text.values:
        return str(text)
    values = {name: _value(value) for name, value in text.values.items()}
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: the original then
        return text.template.format_map(values)


def _value(value: Any) -> Any:
    if isinstance(value, Phrase):
        return translated(value)
    if isinstance(value, BaseException):
        return error_text(value)
    return value


def error_text(error: BaseException) -> str:
    """The sentence for ``error`` in the UI language (``services.errors.describe_error`` translated: a
    ``UserError``'s own sentence, a file operation's file and reason, or where a defect's crash report went)."""
    return translated(describe_error(error))
