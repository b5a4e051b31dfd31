"""Checklist templates: the built-in ones shipped in resources/templates and the workspace's own."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from meeting_planner.documents.template_toml import TemplateError, parse_template, template_to_toml
from meeting_planner.domain.checklist import ChecklistTemplate
from meeting_planner.errors import NotFound, Phrase
from meeting_planner.resources import resource_path
from meeting_planner.storage.errors import io_reason
from meeting_planner.storage.meetings import custom_template_texts, delete_template_text
from meeting_planner.storage.workspace import Workspace

__all__ = [
    "TemplateError",
    "TemplateNotFound",
    "builtin_templates",
    "delete_template",
    "get_template",
    "list_templates",
    "workspace_template_keys",
]


class TemplateNotFound(NotFound):
    """No template has the given key; the message is for users."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "模板不存在"


def load_template_file(path: Path) -> ChecklistTemplate:
    """Read one template file; ``TemplateError`` names the file, step and field of any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError(Phrase.of("{name}：不是 UTF-8 编码的文本文件", name=path.name)) from None
    except OSError as error:
        raise TemplateError(
            Phrase.of("{name}：无法读取（{io_reason}）", name=path.name, io_reason=io_reason(error))
        ) from None
    return parse_template(text, path.name)


@cache
def _builtin(directory: Path) -> tuple[tuple[ChecklistTemplate, ...], tuple[str, ...]]:
    templates: list[ChecklistTemplate] = []
    problems: list[str] = []
    for path in sorted(directory.glob("*.toml")):
        try:
            templates.append(load_template_file(path))
        except TemplateError as error:
            problems.append(f"已跳过模板文件 {error}")
    return tuple(templates), tuple(problems)


def builtin_templates(folder: Path | None = None) -> tuple[ChecklistTemplate, ...]:
    """Every readable template in resources/templates (or ``folder``), ordered by file name.

    A file that cannot be read is skipped (see ``list_templates``' ``problems``), never fatal to the others.
    """
    return _builtin(folder or resource_path("templates"))[0]


def list_templates(workspace: Workspace | None = None, problems: list[str] | None = None) -> list[ChecklistTemplate]:
    """Built-in templates followed by the workspace's custom ones.

    Templates that cannot be read are left out; a sentence for each is appended to ``problems``.
    """
    builtin, builtin_problems = _builtin(resource_path("templates"))
    result = list(builtin)
    found = list(builtin_problems)
    if workspace is not None:
        with workspace.reading() as connection:
            texts = custom_template_texts(connection)
        for key, text in texts:
            try:
                result.append(parse_template(text, f"工作区模板 {key}", builtin=False, require_core=False))
            except TemplateError as error:
                found.append(f"已跳过 {error}（可用 delete-template {key} 删除）")
    if problems is not None:
        problems.extend(found)
    return result


def delete_template(workspace: Workspace, key: str) -> None:
    """Delete the workspace template ``key`` (even one that can no longer be read)."""
    with workspace.transaction() as connection:
        if not delete_template_text(connection, key):
            builtin = {template.key for template in builtin_templates()}
            if key in builtin:
                raise TemplateNotFound(Phrase.of("“{key}” 是内置模板，不能删除", key=key))
            raise TemplateNotFound(Phrase.of("工作区中没有键为 “{key}” 的模板", key=key))


def workspace_template_keys(workspace: Workspace) -> list[str]:
    """Keys of the workspace's own templates, readable or not."""
    with workspace.reading() as connection:
        return [key for key, _ in custom_template_texts(connection)]


def get_template(workspace: Workspace | None, key: str) -> ChecklistTemplate:
    """The template with ``key``; ``TemplateNotFound`` lists the keys that exist."""
    templates = list_templates(workspace)
    for template in templates:
        if template.key == key:
            return template
    known = "、".join(t.key for t in templates)
    raise TemplateNotFound(Phrase.of("没有键为 “{key}” 的模板（可用：{known}）", key=key, known=known))


def export_template(workspace: Workspace | None, key: str, path: Path) -> Path:
    """Write a template as a TOML file that can be shared or put in resources/templates."""
    from meeting_planner.documents.files import atomic_output

    text = template_to_toml(get_template(workspace, key))
    with atomic_output(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return path
