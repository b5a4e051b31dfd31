"""Print records are written only once the printout is in place (a failed write marks nothing)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from meeting_planner.services import seating
from meeting_planner.services.example import build_example
from meeting_planner.storage import seating as seat_repo
from meeting_planner.storage.workspace import Workspace


def test_failed_card_write_records_nothing_and_leaves_no_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id = build_example(workspace, 20).meeting_id
    out = tmp_path / "out"
    out.mkdir()
    real_replace = os.replace

    def disk_full(src: object, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("meeting_planner.documents.files.os.replace", disk_full)
    with pytest.raises(OSError) as raised:
        seating.export_table_cards(workspace, meeting_id, out / "桌签.pdf")
    assert raised.value.filename == str(out / "桌签.pdf")
    with pytest.raises(OSError):
        seating.export_seating_chart(workspace, meeting_id, out / "座次图.pdf")
    assert list(out.iterdir()) == []
    with workspace.reading() as connection:
        assert seat_repo.print_hashes(connection, meeting_id, "table-cards") == {}
        assert seat_repo.print_hashes(connection, meeting_id, "seating-chart") == {}

    monkeypatch.setattr("meeting_planner.documents.files.os.replace", real_replace)
    result = seating.export_table_cards(workspace, meeting_id, out / "桌签.pdf", only_changed=True)
    assert result.written > 0 and (out / "桌签.pdf").exists()
    assert [p.name for p in out.iterdir()] == ["桌签.pdf"]
