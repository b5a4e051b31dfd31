"""Golden reference text for every printout of the example meeting (in the style of rst2pdf's and novelWriter's
reference tests): the text of each page, read back from the PDF (pypdf), the Word notice's paragraphs and the
workbook's cells, compared with ``tests/golden/<format>.txt``. Dates and times are replaced by placeholders, so
the files only change when what is printed changes.

After a deliberate change to a printout, regenerate with ``MP_UPDATE_GOLDEN=1 make pytest`` and review the diff
of tests/golden/ as you would review the paper.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import time_machine

from meeting_planner.cli.demo import DEMO_FILES
from meeting_planner.services.example import build_example
from meeting_planner.services.exports import export
from meeting_planner.storage.workspace import Workspace

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
NOW = datetime(2026, 11, 21, 8, 0)
DATES = [
    (re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"), "<日期>"),
    (re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"), "<日期>"),
    (re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日"), "<月日>"),
    (re.compile(r"\d{1,2}-\d{1,2}(?= \d{1,2}:\d{2})"), "<月日>"),
    (re.compile(r"\d{1,2}:\d{2}(:\d{2})?"), "<时间>"),
    (re.compile(r"[〇一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"), "<日期>"),
]


def strip_dates(text: str) -> str:
    for pattern, placeholder in DATES:
        text = pattern.sub(placeholder, text)
    return "\n".join(line.rstrip() for line in text.splitlines())


def extracted(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        pages = PdfReader(path).pages
        return "\n".join(f"=== 第 {n} 页 ===\n{page.extract_text()}" for n, page in enumerate(pages, 1))
    if path.suffix == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    lines = []
    for sheet in book.worksheets:
        lines.append(f"=== {sheet.title} ===")
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, int]]:
    """The example meeting, built and printed with the clock stopped at ``NOW`` (overdue marks, 成文日期)."""
    from meeting_planner.storage.workspace import open_workspace

    with time_machine.travel(NOW.astimezone(), tick=False):
        workspace = open_workspace(tmp_path_factory.mktemp("golden") / "workspace.db", backup=False)
        summary = build_example(workspace, attendees=60, now=NOW)
        yield workspace, summary.meeting_id
    workspace.close()


@pytest.mark.parametrize("name", sorted(DEMO_FILES))
def test_printout_text_matches_the_golden_copy(name: str, example: tuple[Workspace, int], tmp_path: Path) -> None:
    workspace, meeting_id = example
    out = tmp_path / DEMO_FILES[name]
    with time_machine.travel(NOW.astimezone(), tick=False):
        export(workspace, meeting_id, name, out)
    text = strip_dates(extracted(out))
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("MP_UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(text + "\n", encoding="utf-8")
        if not os.environ.get("MP_UPDATE_GOLDEN"):
            pytest.fail(f"{golden} did not exist and was written: review it and commit it")
    assert text + "\n" == golden.read_text(encoding="utf-8")
