"""Checklist templates as TOML: reading (with errors naming file, step and field) and writing.

File format (see resources/templates/*.toml)::

    key = "plenary"
    name = "全体大会"
    kind = "全体大会"
    description = "..."

    [[steps]]
    key = "notice-issue"
    title = "印发通知"
    phase = "before"            # before/during/after or 会前/会中/会后
    category = "notice"         # notice, venue, seating, materials, av, power_network, ... or 通知, 会场 ...
    offset = "-7d"              # -7d, -1d 16:00, -30min, +2d, 0
    role = "秘书科"
    quantity = "attendees + 10" # optional
    subitems = ["...", "..."]   # optional
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from typing import Any

from meeting_planner.domain.checklist import (
    CATEGORY_LABELS,
    CORE_CATEGORIES,
    PHASE_LABELS,
    Category,
    ChecklistTemplate,
    Offset,
    OffsetError,
    Phase,
    TemplateStep,
)
from meeting_planner.domain.quantity import QuantityError, parse_quantity
from meeting_planner.errors import InputError, Phrase

_PHASES = {**{p.value: p for p in Phase}, **{label: p for p, label in PHASE_LABELS.items()}}
_CATEGORIES = {**{c.value: c for c in Category}, **{label: c for c, label in CATEGORY_LABELS.items()}}
_STEP_FIELDS = {"key", "title", "phase", "category", "offset", "role", "quantity", "subitems", "note"}


class TemplateError(InputError):
    """A template that cannot be used; the message names the file, the step and the field."""


def _where(source: str, step: str | None = None, field: str | None = None) -> str:
    if step is not None and field is not None:
        return Phrase.of("{source}，步骤 {step}，字段 {field}", source=source, step=step, field=field)
    if step is not None:
        return Phrase.of("{source}，步骤 {step}", source=source, step=step)
    if field is not None:
        return Phrase.of("{source}，字段 {field}", source=source, field=field)
    return source


def _text(table: Mapping[str, Any], field: str, where: str, required: bool = True) -> str:
    value = table.get(field)
    if value is None:
        if required:
            raise TemplateError(Phrase.of("{where}，字段 {field}：缺少此字段", where=where, field=field))
        return ""
    if not isinstance(value, str):
        raise TemplateError(
            Phrase.of("{where}，字段 {field}：应为文字，实际是 {value!r}", where=where, field=field, value=value)
        )
    if required and not value.strip():
        raise TemplateError(Phrase.of("{where}，字段 {field}：不能为空", where=where, field=field))
    return value.strip()


def _parse_step(raw: Any, source: str, index: int) -> TemplateStep:
    label = f"#{index}"
    if not isinstance(raw, dict):
        raise TemplateError(Phrase.of("{where}：应为一个 [[steps]] 表", where=_where(source, label)))
    if isinstance(raw.get("key"), str) and raw["key"].strip():
        label = raw["key"].strip()
    where = _where(source, label)
    unknown = sorted(set(raw) - _STEP_FIELDS)
    if unknown:
        raise TemplateError(
            Phrase.of(
                "{where}，字段 {value}：未知字段（可用：{sorted}）",
                where=where,
                value=unknown[0],
                sorted="、".join(sorted(_STEP_FIELDS)),
            )
        )
    key = _text(raw, "key", where)
    phase_text = _text(raw, "phase", where)
    if phase_text not in _PHASES:
        raise TemplateError(
            Phrase.of(
                "{where}，字段 phase：“{phase_text}”不是 before/during/after（会前/会中/会后）",
                where=where,
                phase_text=phase_text,
            )
        )
    category_text = _text(raw, "category", where)
    if category_text not in _CATEGORIES:
        names = "、".join(c.value for c in Category)
        raise TemplateError(
            Phrase.of(
                "{where}，字段 category：“{category_text}”不是已知类别（{names}）",
                where=where,
                category_text=category_text,
                names=names,
            )
        )
    try:
        offset = Offset.parse(_text(raw, "offset", where))
    except OffsetError as error:
        raise TemplateError(Phrase.of("{where}，字段 offset：{error}", where=where, error=error)) from None
    quantity = _text(raw, "quantity", where, required=False)
    if quantity:
        try:
            parse_quantity(quantity)
        except QuantityError as error:
            raise TemplateError(Phrase.of("{where}，字段 quantity：{error}", where=where, error=error)) from None
    subitems = raw.get("subitems", [])
    if not isinstance(subitems, list) or not all(isinstance(item, str) for item in subitems):
        raise TemplateError(Phrase.of('{where}，字段 subitems：应为文字列表，如 ["话筒", "投影"]', where=where))
    return TemplateStep(
        key=key,
        title=_text(raw, "title", where),
        phase=_PHASES[phase_text],
        category=_CATEGORIES[category_text],
        offset=offset,
        role=_text(raw, "role", where, required=False),
        quantity=quantity,
        subitems=tuple(item.strip() for item in subitems if item.strip()),
        note=_text(raw, "note", where, required=False),
    )


def parse_template(text: str, source: str, builtin: bool = True, require_core: bool = True) -> ChecklistTemplate:
    """Read a template from TOML ``text``; ``source`` (usually the file name) is named in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(Phrase.of("{source}：TOML 格式错误：{error}", source=source, error=error)) from None
    except RecursionError:
        raise TemplateError(Phrase.of("{source}：TOML 嵌套过深，无法读取", source=source)) from None
    key = _text(data, "key", source)
    name = _text(data, "name", source)
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise TemplateError(Phrase.of("{source}，字段 steps：至少需要一个 [[steps]]", source=source))
    steps = tuple(_parse_step(raw, source, index) for index, raw in enumerate(raw_steps, start=1))
    seen: set[str] = set()
    for step in steps:
        if step.key in seen:
            raise TemplateError(Phrase.of("{where}：步骤键重复", where=_where(source, step.key, "key")))
        seen.add(step.key)
    if require_core:
        present = {step.category for step in steps}
        missing = [CATEGORY_LABELS[c] for c in CORE_CATEGORIES if c not in present]
        if missing:
            raise TemplateError(
                Phrase.of(
                    "{source}，字段 steps：缺少以下类别的步骤：{missing}", source=source, missing="、".join(missing)
                )
            )
    return ChecklistTemplate(
        key=key,
        name=name,
        kind=_text(data, "kind", source, required=False) or name,
        steps=steps,
        description=_text(data, "description", source, required=False),
        builtin=builtin,
    )


def template_to_toml(template: ChecklistTemplate) -> str:
    """The template as TOML text that ``parse_template`` reads back to an equal template.

    Written with tomli-w, so every character (DEL, control characters, quotes) is escaped properly.
    """
    import tomli_w

    steps: list[dict[str, Any]] = []
    for step in template.steps:
        entry: dict[str, Any] = {
            "key": step.key,
            "title": step.title,
            "phase": step.phase.value,
            "category": step.category.value,
            "offset": str(step.offset),
        }
        if step.role:
            entry["role"] = step.role
        if step.quantity:
            entry["quantity"] = step.quantity
        if step.subitems:
            entry["subitems"] = list(step.subitems)
        if step.note:
            entry["note"] = step.note
        steps.append(entry)
    document = {
        "key": template.key,
        "name": template.name,
        "kind": template.kind,
        "description": template.description,
        "steps": steps,
    }
    return tomli_w.dumps(document)
