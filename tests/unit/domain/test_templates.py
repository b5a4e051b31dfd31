"""Checklist templates: every shipped template loads; malformed ones name file, step and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from meeting_planner.documents.template_toml import TemplateError, parse_template, template_to_toml
from meeting_planner.domain.checklist import CORE_CATEGORIES, Category
from meeting_planner.services.templates import builtin_templates, load_template_file

GOOD_STEP = """
[[steps]]
key = "{key}"
title = "步骤"
phase = "before"
category = "{category}"
offset = "-1d"
"""


def template_text(*extra_steps: str) -> str:
    core = "".join(GOOD_STEP.format(key=c.value, category=c.value) for c in CORE_CATEGORIES)
    return 'key = "t"\nname = "测试模板"\n' + core + "".join(extra_steps)


def test_builtin_templates_cover_the_core_categories() -> None:
    templates = {t.key: t for t in builtin_templates()}
    assert {"plenary", "work", "video", "talks"} <= set(templates)
    assert templates["plenary"].name == "全体大会"
    assert 28 <= len(templates["plenary"].steps) <= 35
    for template in templates.values():
        categories = {step.category for step in template.steps}
        assert set(CORE_CATEGORIES) <= categories, template.key
    video_titles = " ".join(step.title for step in templates["video"].steps)
    assert "会控联调" in video_titles
    assert "链路测试" in video_titles


def test_template_round_trips_through_toml() -> None:
    for template in builtin_templates():
        again = parse_template(template_to_toml(template), "again.toml")
        assert again == template


@pytest.mark.parametrize(
    ("bad_step", "expected"),
    [
        ('[[steps]]\nkey = "x"\ntitle = "甲"\nphase = "soon"\ncategory = "av"\noffset = "-1d"\n', "步骤 x，字段 phase"),
        (
            '[[steps]]\nkey = "y"\ntitle = "乙"\nphase = "before"\ncategory = "fun"\noffset = "-1d"\n',
            "步骤 y，字段 category",
        ),
        (
            '[[steps]]\nkey = "z"\ntitle = "丙"\nphase = "before"\ncategory = "av"\noffset = "later"\n',
            "步骤 z，字段 offset",
        ),
        ('[[steps]]\nkey = "w"\nphase = "before"\ncategory = "av"\noffset = "-1d"\n', "步骤 w，字段 title"),
        (
            '[[steps]]\nkey = "q"\ntitle = "丁"\nphase = "before"\ncategory = "av"\noffset = "-1d"\nquantity = "x"\n',
            "步骤 q，字段 quantity",
        ),
        (
            '[[steps]]\nkey = "notice"\ntitle = "重复"\nphase = "before"\ncategory = "av"\noffset = "-1d"\n',
            "步骤 notice，字段 key",
        ),
        (
            '[[steps]]\nkey = "u"\ntitle = "戊"\nphase = "before"\ncategory = "av"\noffset = "-1d"\ncolour = "red"\n',
            "步骤 u，字段 colour",
        ),
    ],
)
def test_malformed_template_names_file_step_and_field(tmp_path: Path, bad_step: str, expected: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(template_text(bad_step), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    assert str(caught.value).startswith("broken.toml")
    assert expected in str(caught.value)


def test_template_missing_a_core_category(tmp_path: Path) -> None:
    text = 'key = "t"\nname = "n"\n' + GOOD_STEP.format(key="a", category=Category.NOTICE.value)
    with pytest.raises(TemplateError, match="缺少以下类别的步骤：座次、材料、音视频、电源网络"):
        parse_template(text, "few.toml")


def test_toml_syntax_error_names_the_file() -> None:
    with pytest.raises(TemplateError, match=r"bad\.toml：TOML 格式错误"):
        parse_template("key = ", "bad.toml")
