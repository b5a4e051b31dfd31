"""Checklist templates: the built-in ones shipped in resources/templates and the workspace's own."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from meeting_planner.documents.template_toml import TemplateError, parse_template, template_to_toml
from meeting_planner.domain.checklist import ChecklistTemplate
from meeting_planner.resources import resource_path
from meeting_planner.storage.meetings import custom_template_texts
from meeting_planner.storage.workspace import Workspace

__all__ = ["TemplateError", "TemplateNotFound", "builtin_templates", "get_template", "list_templates"]


class TemplateNotFound(LookupError):
    """No template has the given key; the message is for users."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "模板不存在"


def load_template_file(path: Path) -> ChecklistTemplate:
    """Read one template file; ``TemplateError`` names the file, step and field of any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"{path.name}：无法读取（{error}）") from None
    return parse_template(text, path.name)


@cache
def builtin_templates(folder: Path | None = None) -> tuple[ChecklistTemplate, ...]:
    """Every template in resources/templates (or ``folder``), ordered by file name."""
    directory = folder or resource_path("templates")
    return tuple(load_template_file(path) for path in sorted(directory.glob("*.toml")))


def list_templates(workspace: Workspace | None = None) -> list[ChecklistTemplate]:
    """Built-in templates followed by the workspace's custom ones."""
    result = list(builtin_templates())
    if workspace is not None:
        with workspace.reading() as connection:
            for key, text in custom_template_texts(connection):
                result.append(parse_template(text, f"工作区模板 {key}", builtin=False, require_core=False))
    return result


def get_template(workspace: Workspace | None, key: str) -> ChecklistTemplate:
    """The template with ``key``; ``TemplateNotFound`` lists the keys that exist."""
    templates = list_templates(workspace)
    for template in templates:
        if template.key == key:
            return template
    known = "、".join(t.key for t in templates)
    raise TemplateNotFound(f"没有键为 “{key}” 的模板（可用：{known}）")


def export_template(workspace: Workspace | None, key: str, path: Path) -> Path:
    """Write a template as a TOML file that can be shared or put in resources/templates."""
    path.write_text(template_to_toml(get_template(workspace, key)), encoding="utf-8")
    return path
