"""``services.exports``: the one list of export formats, each a document of the printout registry."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from meeting_planner.cli.parser import build_parser
from meeting_planner.services import printouts
from meeting_planner.services.emergency_kit import DESCRIPTIONS
from meeting_planner.services.example import build_example
from meeting_planner.services.exports import (
    BY_NAME,
    EXPORT_FORMATS,
    KIT_FORMATS,
    UnknownFormat,
    export,
    export_format,
)
from meeting_planner.storage.workspace import open_workspace


def test_every_format_is_a_printout_with_valid_options() -> None:
    assert len(BY_NAME) == len(EXPORT_FORMATS)
    for kind in EXPORT_FORMATS:
        item = printouts.BY_KEY[kind.printout]
        offered = {option.key: {value for value, _ in option.choices} for option in item.options}
        assert all(key in offered and value in offered[key] for key, value in kind.options.items()), kind.name
        assert item.suffix.lstrip(".") in kind.name.split("-"), kind.name
    # Every written printout but the partial card sets can be exported by name.
    assert {k.printout for k in EXPORT_FORMATS} == set(printouts.BY_KEY) - {
        "table-cards-changed",
        "table-cards-rostrum",
    }


def test_labels_suffixes_and_file_names_come_from_the_printout() -> None:
    assert export_format("seating-pdf").label == "座次图"
    assert export_format("seating-pdf-a4").label == "座次图，A4 拼贴"
    assert export_format("sign-in-qr-pdf").label == "签到表（按单位），印二维码"
    assert export_format("notice-docx").suffix == ".docx"
    assert export_format("attendance-xlsx").file_name == "签到统计.xlsx"
    with pytest.raises(UnknownFormat, match="没有名为“x-pdf”的导出格式"):
        export_format("x-pdf")


def test_the_kit_and_demo_write_the_same_files() -> None:
    kit_files = [kind.file_name for kind in KIT_FORMATS]
    assert len(set(kit_files)) == len(kit_files) == 8
    assert set(kit_files) <= set(DESCRIPTIONS)


def test_the_export_command_offers_exactly_the_registry() -> None:
    parser = build_parser()
    assert parser.parse_args(["export", "1", "seating-pdf-a4", "x.pdf"]).format == "seating-pdf-a4"
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    format_argument = next(a for a in commands.choices["export"]._actions if a.dest == "format")
    assert sorted(format_argument.choices or ()) == sorted(BY_NAME)


def test_every_format_writes_its_file_and_records_its_printout(db_path: Path, tmp_path: Path) -> None:
    with open_workspace(db_path, backup=False) as workspace:
        meeting_id = build_example(workspace, attendees=12).meeting_id
        for kind in EXPORT_FORMATS:
            out = tmp_path / f"{kind.name}{kind.suffix}"
            written = export(workspace, meeting_id, kind.name, out)
            assert written.path == out and out.stat().st_size > 0, kind.name
            status = printouts.printout_statuses(workspace, meeting_id)[kind.printout]
            assert status.state is printouts.State.PRINTED, (kind.name, status.text)
        assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(db_path.name)) == sorted(
            f"{k.name}{k.suffix}" for k in EXPORT_FORMATS
        )
