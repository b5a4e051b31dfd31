"""`meeting-planner demo OUTDIR` and `--self-test`, run as real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pypdf

from meeting_planner.cli.demo import DEMO_FILES
from meeting_planner.services.attendees import list_meeting_attendees
from meeting_planner.storage.workspace import open_workspace


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "meeting_planner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def unembedded_fonts(path: Path) -> list[str]:
    """pdffonts-style: the names of fonts used on any page (or form) without an embedded font file."""
    missing: list[str] = []

    def check_resources(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            for part in font.get("/DescendantFonts") or [font]:
                descriptor = part.get_object().get("/FontDescriptor")
                files = descriptor.get_object() if descriptor is not None else {}
                if not any(key in files for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.append(str(font.get("/BaseFont")))
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                check_resources(xobject.get("/Resources"))

    for page in pypdf.PdfReader(path).pages:
        check_resources(page.get("/Resources"))
    return missing


def test_demo_writes_every_printout(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = run("demo", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir() if p.suffix != ".db" and not p.name.startswith("workspace")) == sorted(
        DEMO_FILES.values()
    )
    with open_workspace(out / "workspace.db", backup=False) as workspace:
        people = list_meeting_attendees(workspace, 1)
    assert len(people) == 120
    present_names = [p.display_name for p in people if p.reply.value != "leave"]
    for filename in DEMO_FILES.values():
        path = out / filename
        if path.suffix == ".pdf":
            text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
            assert "全区经济工作会议" in text or filename in ("桌签.pdf", "座次表.pdf", "座次图.pdf"), filename
            assert not unembedded_fonts(path), filename
            if filename == "会务清单.pdf":
                assert "王晓" in text  # who did the steps
            elif filename == "会议通知.pdf":
                # 参会范围 as text and a blank reply slip: nobody's mobile number goes to every unit.
                assert not any(p.phone and p.phone in text for p in people)
            else:
                assert any(name in text for name in present_names), f"no attendee's name in {filename}"
        elif path.suffix == ".docx":
            doc = docx.Document(str(path))
            assert any("全区经济工作会议" in p.text for p in doc.paragraphs)
            assert doc.tables and doc.tables[0].rows[0].cells[0].text == "姓名"
        else:
            workbook = openpyxl.load_workbook(path)
            assert workbook.sheetnames == ["签到表", "统计"]
            names = {row[1] for row in workbook["签到表"].iter_rows(values_only=True)}
            assert {p.name for p in people} <= names
    cards = pypdf.PdfReader(out / "桌签.pdf")
    card_text = "".join(page.extract_text() for page in cards.pages).replace(" ", "").replace("\u3000", "")
    assert all(name in card_text for name in present_names)


def test_demo_refuses_an_existing_workspace(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    out.mkdir()
    (out / "workspace.db").write_bytes(b"keep me")
    result = run("demo", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("错误：") and "已存在" in result.stderr
    assert (out / "workspace.db").read_bytes() == b"keep me"


def test_self_test_passes() -> None:
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("OK") == 5
    assert "OK   PDF page rendered (PDFium)" in result.stdout
