"""应急包: every printout, the workbook, contacts, the runbook and one sign-in sheet per desk in one folder."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from meeting_planner.cli import run
from meeting_planner.domain.attendee import Attendee, Role
from meeting_planner.services import attendees as attendee_service
from meeting_planner.services.emergency_kit import split_units, write_emergency_kit
from meeting_planner.services.example import build_example
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace


def test_units_are_split_between_desks_without_cutting_a_unit() -> None:
    counts = [("甲", 40), ("乙", 10), ("丙", 30), ("丁", 20), ("戊", 20)]
    groups = split_units(counts, 3)
    assert len(groups) == 3
    assert [unit for group in groups for unit in group] == ["甲", "乙", "丙", "丁", "戊"]
    assert split_units(counts, 1) == [["甲", "乙", "丙", "丁", "戊"]]
    assert len(split_units(counts, 9)) == 5  # never more desks than units


def test_kit_for_the_example_meeting(workspace: Workspace, tmp_path: Path) -> None:
    summary = build_example(workspace, 120)
    result = write_emergency_kit(workspace, summary.meeting_id, tmp_path, desks=3, now=datetime(2026, 12, 1, 7, 30))
    names = {path.name for path in result.written}
    assert result.skipped == []
    assert {"会议通知.pdf", "会议通知.docx", "座次图.pdf", "桌签.pdf", "签到统计.xlsx", "通讯录.xlsx"} <= names
    assert {"签到表-第1签到台.pdf", "签到表-第2签到台.pdf", "签到表-第3签到台.pdf"} <= names
    # Every expected person is on exactly one desk's sheet.
    people = [
        a for a in attendee_service.list_meeting_attendees(workspace, summary.meeting_id) if a.role.value != "staff"
    ]
    texts = [
        "".join(page.extract_text() for page in PdfReader(str(result.folder / f"签到表-第{n}签到台.pdf")).pages)
        for n in (1, 2, 3)
    ]
    for person in people:
        assert sum(person.name in text for text in texts) == 1, person.name
    contacts = load_workbook(result.folder / "通讯录.xlsx").active
    assert contacts is not None
    cells = [cell for row in contacts.iter_rows(min_row=2, min_col=2) for cell in row if cell.value]
    assert all(cell.data_type == "s" for cell in cells)
    runbook = (result.folder / "停电断网预案.txt").read_text(encoding="utf-8-sig")
    assert "【音视频】" in runbook and "【电源与网络】" in runbook and "话筒备用电池" in runbook
    assert "签到表-第3签到台.pdf" in (result.folder / "说明.txt").read_text(encoding="utf-8-sig")


def test_kit_without_a_venue_lists_what_it_could_not_make(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = create_meeting(workspace, "小型座谈会", datetime(2026, 12, 1, 9), "talks")
    assert meeting.id is not None
    attendee_service.add_attendees(workspace, meeting.id, [Attendee("周建国", unit="区委", phone="=1+1")])
    result = write_emergency_kit(workspace, meeting.id, tmp_path)
    assert {name for name, _ in result.skipped} == {"座次图.pdf", "座次表.pdf", "桌签.pdf"}
    assert "未能生成" in (result.folder / "说明.txt").read_text(encoding="utf-8-sig")
    phone = load_workbook(result.folder / "通讯录.xlsx").active["E2"]  # type: ignore[index]
    assert phone.value == "=1+1" and phone.data_type == "s"


def test_kit_command(workspace: Workspace, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_example(workspace, 40)
    workspace.close()
    assert run(["--db", str(db_path), "kit", "1", str(tmp_path), "--desks", "2"]) == 0
    out = capsys.readouterr().out
    assert "应急包：" in out and "签到表-第2签到台.pdf" in out
    assert run(["--db", str(db_path), "kit", "1", str(tmp_path), "--desks", "0"]) == 1
    assert capsys.readouterr().err.startswith("错误：")


def test_every_file_of_the_manifest_is_there_and_reads_back(workspace: Workspace, tmp_path: Path) -> None:
    import hashlib
    import json

    from docx import Document

    from meeting_planner.services.meeting_file import meeting_digest

    summary = build_example(workspace, 80)
    result = write_emergency_kit(workspace, summary.meeting_id, tmp_path, desks=2, now=datetime(2026, 12, 1, 7, 30))
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {item["file"] for item in manifest["files"]}
    on_disk = {path.name for path in result.folder.iterdir()} - {"manifest.json", "说明.txt"}
    assert listed == on_disk == {path.name for path in result.written}
    assert {"到会情况统计表.pdf", "签到表-第1签到台.pdf", "签到表-第2签到台.pdf"} <= listed
    for item in manifest["files"]:
        path = result.folder / item["file"]
        assert item["what"] and item["made_at"] and item["bytes"] == path.stat().st_size
        assert item["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        if path.suffix == ".pdf":
            reader = PdfReader(str(path))
            assert len(reader.pages) >= 1 and reader.pages[0].extract_text().strip(), path.name
        elif path.suffix == ".xlsx":
            assert load_workbook(path).sheetnames, path.name
        elif path.suffix == ".docx":
            assert Document(str(path)).paragraphs, path.name
        else:
            assert path.read_text(encoding="utf-8-sig").strip(), path.name
    data = manifest["meeting"]
    digest, counts = meeting_digest(workspace, summary.meeting_id)
    assert data["data_sha256"] == digest and data["counts"] == counts and data["counts"]["attendees"] == 80
    assert data["uid"] and data["changed_at"]
    readme = (result.folder / "说明.txt").read_text(encoding="utf-8-sig")
    assert digest[:16] in readme and "80 人" in readme and "到会情况统计表.pdf" in readme


def test_tally_sheet_prints_expected_per_unit_in_the_official_order(workspace: Workspace, tmp_path: Path) -> None:
    from meeting_planner.documents.tally_pdf import paginate
    from meeting_planner.services.emergency_kit import export_tally_pdf

    meeting = create_meeting(workspace, "全区安全生产工作会议", datetime(2026, 12, 1, 9), "work")
    assert meeting.id is not None
    people = [Attendee(f"甲{n}", unit="区应急局") for n in range(3)] + [Attendee("乙", unit="区委", rank=1)]
    people += [Attendee("丙", unit="区应急局", role=Role.STAFF)]
    attendee_service.add_attendees(workspace, meeting.id, people)
    attendee_service.set_unit_order(workspace, ["区委", "区应急局"])
    assert export_tally_pdf(workspace, meeting.id, tmp_path / "tally.pdf") == 1
    text = PdfReader(str(tmp_path / "tally.pdf")).pages[0].extract_text()
    assert "到会情况统计表" in text and "全区安全生产工作会议" in text
    assert text.index("区委") < text.index("区应急局")
    assert "应到 4 人" in text and "统计人（签字）" in text and "核对人（签字）" in text
    for count in range(0, 120):
        pages = paginate(count, 200)
        assert [i for page in pages for i in page] == list(range(count))
        assert count == 0 or len(pages[-1]) >= 1
