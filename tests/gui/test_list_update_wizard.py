"""更新名单 in the import wizard: the diff page of a revised list, one row unticked, applied as one undoable
command; undo restores exactly the previous state."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services import attendees as service
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.import_wizard import ImportWizard
from meeting_planner.ui.messages import Messages

PEOPLE = [
    Attendee("周建国", unit="市财政局", title="局长", phone="13800000001", rank=1),
    Attendee("王伟", unit="市财政局", title="处长", phone="13800000002", rank=2),
    Attendee("李娜", unit="市教育局", title="科长", rank=3, reply=ReplyStatus.CONFIRMED),
    Attendee("张强", unit="市公安局", title="副局长", rank=4),
    Attendee("陈静", unit="市公安局", title="处长", rank=5),
]


def _revised(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["参会回执（修订）"])
    sheet.append(["序号", "单位", "姓名", "职务", "备注"])
    sheet.append([1, "市财政局", "周建国", "局长", "请假（出差）"])
    sheet.append([2, "市财政局", "王伟", "副局长", None])
    sheet.append([3, "市公安局", "张强", "局长", None])
    sheet.append([4, "市公安局", "陈静", "处长", "代会（李四 副处长）"])
    sheet.append([5, "市应急管理局", "赵六", "局长", None])
    path = tmp_path / "回执.xlsx"
    workbook.save(path)
    return path


def test_diff_page_untick_apply_undo(qtbot, workspace: Workspace, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    messages = Messages()
    messages.show_dialogs = False
    context = AppContext(workspace, messages)
    meeting = create_meeting(workspace, "全市工作会议", datetime(2026, 12, 1, 9), "plenary")
    assert meeting.id is not None
    service.add_attendees(workspace, meeting.id, [Attendee(**_fields(p)) for p in PEOPLE])
    before = service.list_meeting_attendees(workspace, meeting.id)

    wizard = ImportWizard(context, meeting.id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.update_mode.isVisible() and wizard.file_page.update_mode.isChecked()
    wizard.file_page.path_edit.setText(str(_revised(tmp_path)))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    page = wizard.diff_page
    assert wizard.currentPage() is page
    assert "新增 1 人，变更 4 人，不在新名单中 1 人" in page.summary.text()
    changes = {item.text(0): item for item in page.items("change")}
    assert changes["王伟（市财政局）"].text(1) == "职务 处长 → 副局长"
    assert changes["周建国（市财政局）"].text(1) == "回执 未通知 → 请假（出差）"
    assert changes["陈静（市公安局）"].text(1) == "回执 未通知 → 代会（李四 副处长）"
    assert [item.text(0) for item in page.items("add")] == ["赵六（市应急管理局 局长）"]
    removals = page.items("remove")
    assert [item.text(0) for item in removals] == ["李娜（市教育局）"]
    assert all(item.checkState(0) == Qt.CheckState.Checked for item in page.items("add") + list(changes.values()))
    assert removals[0].checkState(0) == Qt.CheckState.Unchecked
    assert page.groups["change"].checkState(0) == Qt.CheckState.Checked

    assert not page.grab().isNull()

    changes["张强（市公安局）"].setCheckState(0, Qt.CheckState.Unchecked)  # keep 张强 as he is
    assert page.groups["change"].checkState(0) == Qt.CheckState.PartiallyChecked
    removals[0].setCheckState(0, Qt.CheckState.Checked)  # and remove 李娜
    with qtbot.waitSignal(wizard.updated, timeout=10_000):
        wizard.accept()
    assert context.stack_for(meeting.id).count() == 1
    after = {a.name: a for a in service.list_meeting_attendees(workspace, meeting.id)}
    assert (after["周建国"].reply, after["周建国"].leave_reason) == (ReplyStatus.LEAVE, "出差")
    assert after["王伟"].title == "副局长"
    assert (after["陈静"].reply, after["陈静"].substitute_name) == (ReplyStatus.SUBSTITUTE, "李四")
    assert after["张强"].title == "副局长"  # unticked: unchanged
    assert "李娜" not in after and after["赵六"].unit == "市应急管理局"
    untouched = {a.name: a for a in before}
    assert after["张强"] == untouched["张强"]
    assert after["周建国"].phone == "13800000001"

    context.stack_for(meeting.id).undo()
    assert service.list_meeting_attendees(workspace, meeting.id) == before
    context.stack_for(meeting.id).redo()
    assert {a.name: a for a in service.list_meeting_attendees(workspace, meeting.id)} == after


def _fields(person: Attendee) -> dict[str, object]:
    return {k: getattr(person, k) for k in ("name", "unit", "title", "phone", "rank", "reply")}
