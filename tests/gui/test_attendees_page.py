"""Attendees tab: model checks, filter and sort, undoable edits, the import wizard driven end to end, export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QModelIndex, Qt

from meeting_planner.domain.attendee import Attendee, Person, ReplyStatus
from meeting_planner.services import attendees as service
from meeting_planner.services.meetings import create_meeting
from meeting_planner.storage.workspace import Workspace
from meeting_planner.ui.context import AppContext
from meeting_planner.ui.dialogs.import_wizard import ImportWizard
from meeting_planner.ui.messages import Messages
from meeting_planner.ui.models.attendee_model import AttendeeFilterModel, AttendeeModel, Column
from meeting_planner.ui.pages.attendees_page import AttendeesPage

START = datetime(2026, 12, 1, 9, 0)
PEOPLE = [
    Attendee("周建国", unit="市财政局", title="局长", rank=1),
    Attendee("王伟", name_original="王　伟", unit="市发展改革委", title="主任", rank=2, reply=ReplyStatus.CONFIRMED),
    Attendee("欧阳娜娜", unit="市公安局", title="副局长", rank=3, reply=ReplyStatus.LEAVE, leave_reason="出差"),
    Attendee("单雄信", unit="市教育局", title="处长", rank=4),
    Attendee("李明", unit="市财政局", title="副局长", rank=5),
]


@pytest.fixture
def context(workspace: Workspace) -> AppContext:
    messages = Messages()
    messages.show_dialogs = False
    return AppContext(workspace, messages)


@pytest.fixture
def meeting_id(workspace: Workspace) -> int:
    meeting = create_meeting(workspace, "全市工作会议", START, "plenary")
    assert meeting.id is not None
    service.add_attendees(workspace, meeting.id, [Attendee(**_fields(p)) for p in PEOPLE])
    return meeting.id


def _fields(person: Attendee) -> dict[str, object]:
    return {name: getattr(person, name) for name in ("name", "name_original", "unit", "title", "rank", "reply",
                                                       "leave_reason")}  # fmt: skip


@pytest.fixture
def page(qtbot, context: AppContext, meeting_id: int) -> AttendeesPage:  # type: ignore[no-untyped-def]
    widget = AttendeesPage(context)
    qtbot.addWidget(widget)
    widget.set_meeting(meeting_id)
    return widget


def _names(proxy: AttendeeFilterModel) -> list[str]:
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, page: AttendeesPage) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    empty = AttendeeModel()
    qtmodeltester.check(empty)


def test_filter_by_initials_unit_and_status(page: AttendeesPage) -> None:
    proxy = page.proxy
    page.filter_edit.setText("zjg")
    assert _names(proxy) == ["周建国"]
    page.filter_edit.setText("sxx")  # 单 read as the surname shan
    assert _names(proxy) == ["单雄信"]
    page.filter_edit.setText("财政")
    assert _names(proxy) == ["周建国", "李明"]
    page.filter_edit.setText("")
    page.status_combo.setCurrentIndex(page.status_combo.findData(ReplyStatus.LEAVE.value))
    assert _names(proxy) == ["欧阳娜娜"]
    page.status_combo.setCurrentIndex(0)
    assert len(_names(proxy)) == 5


def test_sort_by_name_uses_pinyin(page: AttendeesPage) -> None:
    page.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert _names(page.proxy) == ["李明", "欧阳娜娜", "单雄信", "王伟", "周建国"]
    page.table.sortByColumn(Column.RANK, Qt.SortOrder.DescendingOrder)
    assert _names(page.proxy)[0] == "李明"


def test_edit_in_place_is_saved_and_undoable(page: AttendeesPage, context: AppContext, meeting_id: int) -> None:
    row = page.model.row_of(page.model.attendees()[0].id or 0)
    assert row is not None
    assert page.model.setData(page.model.index(row, Column.TITLE), "市财政局局长")
    assert service.list_meeting_attendees(context.workspace, meeting_id)[0].title == "市财政局局长"
    assert page.model.index(row, Column.TITLE).data() == "市财政局局长"
    details = {"reply": "substitute", "substitute_name": "张　三", "substitute_title": "副局长"}
    assert page.model.setData(page.model.index(row, Column.REPLY), details)
    saved = service.list_meeting_attendees(context.workspace, meeting_id)[0]
    assert (saved.reply, saved.substitute_name, saved.substitute_title) == (ReplyStatus.SUBSTITUTE, "张三", "副局长")
    assert page.model.index(row, Column.REPLY).data() == "代会（张三 副局长）"
    context.stack_for(meeting_id).undo()
    context.stack_for(meeting_id).undo()
    restored = service.list_meeting_attendees(context.workspace, meeting_id)[0]
    assert (restored.title, restored.reply) == ("局长", ReplyStatus.NOT_NOTIFIED)
    # A substitute without a name is refused, nothing is written and nothing lands on the stack.
    position = context.stack_for(meeting_id).index()
    page.model.setData(page.model.index(row, Column.REPLY), {"reply": "substitute"})
    assert context.stack_for(meeting_id).index() == position == context.stack_for(meeting_id).count()
    assert service.list_meeting_attendees(context.workspace, meeting_id)[0].reply is ReplyStatus.NOT_NOTIFIED
    assert not page.model.setData(page.model.index(row, Column.NAME), "　")


def test_delete_and_undo(page: AttendeesPage, context: AppContext, meeting_id: int) -> None:
    page.table.selectRow(0)
    page.delete_selected()
    assert len(service.list_meeting_attendees(context.workspace, meeting_id)) == 4
    assert page.model.rowCount() == 4
    context.stack_for(meeting_id).undo()
    assert [a.name for a in service.list_meeting_attendees(context.workspace, meeting_id)] == [p.name for p in PEOPLE]


def _list_file(tmp_path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["2026年全市工作会议参会人员名单"])
    sheet.append(["序号", "工作单位", "姓　名", "职务", "联系电话", "备注"])
    sheet.append([1, "市应急管理局", "赵　六", "局长", 13800138000, "请假（出差）"])
    sheet.append([2, "市应急管理局", "钱  七", "副局长", 13900139000, None])
    sheet.append([3, "市卫生健康委", "孙八", "主任", None, "代会（代会人 吴九 处长）"])
    sheet.append(["注：请于11月25日前报送。"])
    sheet.merge_cells("A1:F1")
    path = tmp_path / "名单.xlsx"
    workbook.save(path)
    return path


def test_import_wizard_from_file_choice_to_confirmed_import(  # type: ignore[no-untyped-def]
    qtbot, context: AppContext, meeting_id: int, tmp_path: Path
) -> None:
    wizard = ImportWizard(context, meeting_id)
    qtbot.addWidget(wizard)
    wizard.show()
    bad = tmp_path / "坏文件.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "坏文件.xlsx" in wizard.file_page.error_label.text()

    wizard.file_page.path_edit.setText(str(_list_file(tmp_path)))
    wizard.file_page.save_directory.setChecked(True)
    assert wizard.file_page.update_mode.isChecked()  # the meeting has people: 更新名单 by default
    wizard.file_page.add_only.setChecked(True)  # this test is about adding
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    summary = wizard.mapping_page.summary.text()
    assert "表头在第 2 行" in summary and "将导入 3 人" in summary
    assert wizard.mapping_page.rows_table.item(0, 1).text() == "赵六"
    assert wizard.mapping_page.rows_table.item(0, 2).text() == "赵　六"
    # Change the mapping: 备注 is not imported (so no reply status is read from it).
    notes_combo = wizard.mapping_page._combos[5]
    notes_combo.setCurrentIndex(notes_combo.findData("ignore"))
    assert wizard.preview is not None and "notes" not in {f.value for f in wizard.preview.mapping}
    notes_combo.setCurrentIndex(notes_combo.findData("notes"))
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as blocker:
        wizard.accept()
    result = blocker.args[0]
    assert len(result.added) == 3
    stored = service.list_meeting_attendees(context.workspace, meeting_id)
    imported = {a.name: a for a in stored[len(PEOPLE) :]}
    assert set(imported) == {"赵六", "钱七", "孙八"}
    assert imported["赵六"].name_original == "赵　六"
    assert (imported["赵六"].reply, imported["赵六"].leave_reason) == (ReplyStatus.LEAVE, "出差")
    assert imported["孙八"].substitute_name == "吴九"
    assert imported["钱七"].phone == "13900139000"
    assert {p.name for p in service.list_directory(context.workspace)} == {"赵六", "钱七", "孙八"}


def test_page_start_import_records_undo(  # type: ignore[no-untyped-def]
    page: AttendeesPage, context: AppContext, meeting_id: int, tmp_path: Path, monkeypatch
) -> None:
    from meeting_planner.services.importing import apply_import, preview_import

    path = _list_file(tmp_path)
    chosen: list[Path | None] = []

    def fake_ask(cls, ctx, meeting, file_path, parent):  # type: ignore[no-untyped-def]
        chosen.append(file_path)
        return apply_import(ctx.workspace, meeting, preview_import(file_path))

    monkeypatch.setattr(ImportWizard, "ask", classmethod(fake_ask))
    page.start_import(path)
    assert chosen == [path]
    assert page.model.rowCount() == len(PEOPLE) + 3
    context.stack_for(meeting_id).undo()
    assert page.model.rowCount() == len(PEOPLE)
    context.stack_for(meeting_id).redo()
    assert page.model.rowCount() == len(PEOPLE) + 3


def test_add_from_directory_and_export(  # type: ignore[no-untyped-def]
    page: AttendeesPage, context: AppContext, meeting_id: int, tmp_path: Path, monkeypatch
) -> None:
    from meeting_planner.ui.dialogs.directory_dialog import DirectoryDialog

    person = service.save_person(context.workspace, Person("诸葛亮", unit="丞相府", title="丞相"))
    monkeypatch.setattr(DirectoryDialog, "ask", classmethod(lambda cls, ctx, parent: [person.id]))
    page.add_from_directory()
    assert page.model.attendees()[-1].name == "诸葛亮"
    out = tmp_path / "出勤表.xlsx"
    monkeypatch.setattr(page, "ask_export_path", lambda: out)
    page.ask_export()
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["签到表", "统计"]
    assert workbook["签到表"]["B8"].value == "诸葛亮"


def test_directory_dialog_filters_and_returns_ids(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    from meeting_planner.ui.dialogs.directory_dialog import DirectoryDialog

    first = service.save_person(context.workspace, Person("周建国", unit="市财政局"))
    service.save_person(context.workspace, Person("王伟", unit="市委办"))
    dialog = DirectoryDialog(context)
    qtbot.addWidget(dialog)
    dialog.filter_edit.setText("zjg")
    assert [dialog.table.isRowHidden(row) for row in range(2)].count(False) == 1
    dialog.table.selectAll()
    assert dialog.chosen_ids() == [first.id]


def test_screenshot_of_the_attendees_tab(page: AttendeesPage, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.resize(1100, 420)
    page.show()
    qtbot.waitExposed(page)
    image = page.grab()
    target = Path(__import__("os").environ.get("ATTENDEES_SCREENSHOT", tmp_path / "attendees.png"))
    assert image.save(str(target))
    assert not image.isNull() and image.width() >= 1000
    assert page.model.index(0, Column.NAME, QModelIndex()).data() == "周建国"
