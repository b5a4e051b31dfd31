"""Templates: written with tomli-w, a bad one skipped and reported (not fatal to the others), bounded
offsets and quantities, and an unreadable workspace template can be deleted."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from meeting_planner.cli import run
from meeting_planner.documents.template_toml import parse_template, template_to_toml
from meeting_planner.domain.checklist import Offset, OffsetError
from meeting_planner.domain.quantity import QuantityError, parse_quantity
from meeting_planner.services.templates import builtin_templates, get_template, list_templates
from meeting_planner.storage.meetings import save_template_text
from meeting_planner.storage.workspace import Workspace


def test_every_shipped_template_reads_without_problems() -> None:
    problems: list[str] = []
    assert list_templates(None, problems)
    assert problems == []


def test_control_and_del_characters_round_trip() -> None:
    template = get_template(None, "work")
    odd = replace(template, name='名称\x7f"引号"\\', steps=(replace(template.steps[0], title="标\t题\x7f\x01"),))
    back = parse_template(template_to_toml(odd), "odd.toml", require_core=False)
    assert back.name == odd.name and back.steps[0].title == odd.steps[0].title


def test_bad_builtin_file_is_skipped(tmp_path: Path) -> None:
    good = template_to_toml(get_template(None, "work"))
    (tmp_path / "a-good.toml").write_text(good, encoding="utf-8")
    (tmp_path / "b-bad.toml").write_text('key = "x"\nname = "坏\x7f"\n', encoding="utf-8")
    (tmp_path / "c-binary.toml").write_bytes(b"\xff\xfe\x00")
    assert [t.key for t in builtin_templates(tmp_path)] == ["work"]


def test_unreadable_workspace_template_is_reported_and_can_be_deleted(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    with workspace.transaction() as connection:
        save_template_text(connection, "broken", "坏模板", 'key = "broken"\nname = "坏\x7f"\n', datetime(2026, 1, 1))
    db = workspace.url  # a SQLite file or the PostgreSQL database
    assert run(["--db", db, "templates"]) == 0
    captured = capsys.readouterr()
    assert "plenary" in captured.out and "broken" not in captured.out
    assert captured.err.startswith("注意：") and "broken" in captured.err and "Traceback" not in captured.err
    assert run(["--db", db, "new", "--title", "会", "--start", "2026-12-01T09:00", "--template", "plenary"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "delete-template", "broken"]) == 0
    assert run(["--db", db, "templates"]) == 0
    assert capsys.readouterr().err == ""
    assert run(["--db", db, "delete-template", "plenary"]) == 1
    assert "内置模板" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["-99999999999d", "-367d", "+9999999h", "-1000000000min"])
def test_offsets_are_bounded(text: str) -> None:
    with pytest.raises(OffsetError, match="过大"):
        Offset.parse(text)


@pytest.mark.parametrize("text", ["99999999999", "attendees * 1000", "attendees + 9999999999999"])
def test_quantities_are_bounded(text: str) -> None:
    with pytest.raises(QuantityError, match="过大"):
        parse_quantity(text)
