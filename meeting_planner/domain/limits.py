"""How long each text field may be, and the characters no field may hold: one table for every back end.

SQLite stores any length and a NUL; PostgreSQL refuses both (with a traceback, if nobody checked). So the
app checks before writing, the same way on both: every import, CLI command and GUI edit goes through
``clean_text`` (NUL and other control characters removed) and ``too_long`` (a Chinese sentence naming the
field and the limit). The limits match the column sizes in ``storage/tables.py`` (a test checks that).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from meeting_planner.errors import Phrase


@dataclass(frozen=True, slots=True)
class Limit:
    """A field's name for people and its most characters."""

    label: str
    most: int


#: Attendees (参会人员) and directory entries (常用人员库).
ATTENDEE_LIMITS: Mapping[str, Limit] = {
    "name": Limit(Phrase("姓名"), 100),
    "unit": Limit(Phrase("单位"), 200),
    "title": Limit(Phrase("职务"), 200),
    "phone": Limit(Phrase("电话"), 50),
    "gender": Limit(Phrase("性别"), 10),
    "notes": Limit(Phrase("备注"), 2000),
    "leave_reason": Limit(Phrase("请假事由"), 200),
    "substitute_name": Limit(Phrase("代会人姓名"), 100),
    "substitute_title": Limit(Phrase("代会人职务"), 200),
    "code": Limit(Phrase("签到码"), 20),
}
#: A meeting's own fields.
MEETING_LIMITS: Mapping[str, Limit] = {
    "title": Limit(Phrase("会议名称"), 200),
    "kind": Limit(Phrase("会议类型"), 50),
    "venue": Limit(Phrase("会场"), 200),
    "organiser": Limit(Phrase("主办单位"), 200),
    "location": Limit(Phrase("地点"), 200),
    "contact": Limit(Phrase("联系人"), 200),
    "agenda": Limit(Phrase("议程"), 5000),
    "bring": Limit(Phrase("携带材料"), 2000),
}
#: A checklist step.
STEP_LIMITS: Mapping[str, Limit] = {
    "title": Limit(Phrase("步骤名称"), 200),
    "role": Limit(Phrase("负责"), 100),
    "quantity": Limit(Phrase("数量"), 200),
    "note": Limit(Phrase("备注"), 2000),
    "done_by": Limit(Phrase("完成人"), 100),
}

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_text(text: str, *, multiline: bool = False) -> str:
    """``text`` without NUL and other control characters (PostgreSQL refuses NUL; none prints). Tabs and line
    breaks become spaces unless ``multiline`` (then line breaks stay, as ``\\n``)."""
    if text.isprintable():
        return text
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        return _CONTROLS.sub("", text)
    return _LINE_CONTROLS.sub(lambda match: " " if match.group() in "\t\n\v\f\r" else "", text)


def too_long(value: str, limit: Limit) -> str:
    """A sentence when ``value`` is longer than ``limit`` allows (``单位“某某…”过长：230 个字符，最多 200 个``),
    else ``""``."""
    if len(value) <= limit.most:
        return ""
    shown = value[:20] + ("…" if len(value) > 20 else "")
    return Phrase.of(
        "{label}“{shown}”过长：{length} 个字符，最多 {most} 个",
        label=Phrase(limit.label),
        shown=shown,
        length=len(value),
        most=limit.most,
    )


def field_problems(values: object, limits: Mapping[str, Limit]) -> list[tuple[str, str]]:
    """``(field, sentence)`` for each text field of ``values`` (a dataclass) over its limit, in table order."""
    problems = []
    for name, limit in limits.items():
        value = getattr(values, name, "")
        if isinstance(value, str):
            sentence = too_long(value, limit)
            if sentence:
                problems.append((name, sentence))
    return problems
