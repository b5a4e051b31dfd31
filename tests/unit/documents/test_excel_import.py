"""The list importer on real files built here: .xlsx shapes, .xls, CSV encodings, mapping, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from list_files import BAD_KINDS, OFFICE_LIST, OFFICE_LIST_MERGES, bad_files, write_csv, write_xls, write_xlsx

from meeting_planner.documents.importing import Field, ImportProblem, read_preview
from meeting_planner.documents.importing.preview import reply_from_text, split_substitute
from meeting_planner.domain.attendee import ReplyStatus
from meeting_planner.domain.names import normalise_name


@pytest.fixture
def office_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "名单.xlsx", OFFICE_LIST, sheet="参会名单", merges=OFFICE_LIST_MERGES)


def _by_row(preview):  # type: ignore[no-untyped-def]
    return {row.source_row: row for row in preview.rows}


def test_office_list_header_mapping_and_people(office_xlsx: Path) -> None:
    preview = read_preview(office_xlsx)
    assert preview.sheet == "参会名单"
    assert preview.header_row == 4  # two-level header on rows 3-4
    mapped = {fld: column.letter for fld, column in preview.mapping.items()}
    assert mapped == {Field.RANK: "A", Field.UNIT: "B", Field.NAME: "C", Field.TITLE: "D", Field.PHONE: "F",
                      Field.NOTES: "G"}  # fmt: skip
    names = [(row.name, row.unit) for row in preview.rows]
    assert names == [
        ("王伟", "市应急管理局"),
        ("李明", "市应急管理局"),  # merged unit cell B5:B6 filled down
        ("欧阳娜娜", "市公安局"),
        ("周建国", "市公安局"),
        ("周建国", "市公安局"),
        ("李明", "市教育局"),
    ]
    rows = _by_row(preview)
    assert rows[5].name_original == "王　伟"
    assert rows[6].name_original == "李  明"
    assert rows[5].phone == "13800138000"
    assert rows[6].phone == "13900139000"  # stored as a float, no ".0"
    assert rows[5].rank == 1


def test_replies_read_from_notes(office_xlsx: Path) -> None:
    rows = _by_row(read_preview(office_xlsx))
    assert (rows[6].reply, rows[6].leave_reason) == (ReplyStatus.LEAVE, "外出学习")
    assert (rows[8].reply, rows[8].substitute_name, rows[8].substitute_title) == (
        ReplyStatus.SUBSTITUTE,
        "张三",
        "处长",
    )
    assert rows[9].reply is ReplyStatus.CONFIRMED
    assert rows[5].reply is ReplyStatus.NOT_NOTIFIED


def test_duplicates_and_same_names_are_warned(office_xlsx: Path) -> None:
    preview = read_preview(office_xlsx)
    rows = _by_row(preview)
    assert rows[9].include and not rows[10].include
    assert len(preview.included) == 5
    duplicate = next(w for w in preview.warnings if "重复" in w.message)
    assert (duplicate.sheet, duplicate.row, duplicate.column, duplicate.file) == ("参会名单", 10, "C", "名单.xlsx")
    same_name = next(w for w in preview.warnings if "同名" in w.message)
    assert "市应急管理局" in same_name.message and "市教育局" in same_name.message


def test_footnotes_totals_and_signatures_are_not_people(office_xlsx: Path) -> None:
    preview = read_preview(office_xlsx)
    names = {row.name for row in preview.rows}
    assert not names & {"赵六", "6人"}
    assert all(not row.name.startswith(("注", "合计")) for row in preview.rows)
    assert preview.skipped_rows == 3


def test_reordered_renamed_columns_in_english_and_chinese(tmp_path: Path) -> None:
    rows = [
        ["Phone", "Title", "Name", "Organisation", "Gender"],
        [13512345678, "Director", "John  Smith", "ACME Ltd", "男"],
        [None, "处长", "Ｌｉ　Ｌｅｉ", "外事办", "女"],
    ]
    preview = read_preview(write_xlsx(tmp_path / "en.xlsx", rows))
    assert preview.header_row == 1
    assert [(r.name, r.unit, r.title, r.phone, r.gender) for r in preview.rows] == [
        ("John Smith", "ACME Ltd", "Director", "13512345678", "男"),
        ("Li Lei", "外事办", "处长", "", "女"),
    ]
    other = [["名字", "手机号码", "工作单位", "职称", "排序号"], ["赵　六", "138 0013 8000", "市委办", "主任", "２"]]
    row = read_preview(write_xlsx(tmp_path / "cn.xlsx", other)).rows[0]
    assert (row.name, row.phone, row.unit, row.title, row.rank) == ("赵六", "13800138000", "市委办", "主任", 2)


def test_unit_headings_inside_the_list_become_units(tmp_path: Path) -> None:
    rows = [
        ["序号", "姓名", "职务"],
        ["一、市发展改革委"],
        [1, "张三", "主任"],
        [2, "李四", "副主任"],
        ["二、市财政局"],
        [3, "王五", "局长"],
    ]
    preview = read_preview(write_xlsx(tmp_path / "sections.xlsx", rows, merges=("A2:C2", "A5:C5")))
    assert [(r.name, r.unit) for r in preview.rows] == [
        ("张三", "市发展改革委"),
        ("李四", "市发展改革委"),
        ("王五", "市财政局"),
    ]


def test_legacy_xls(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "old.xls", OFFICE_LIST, sheet="名单")
    preview = read_preview(path)
    assert preview.header_row == 4
    assert [row.name for row in preview.included] == ["王伟", "李明", "欧阳娜娜", "周建国", "李明"]
    assert _by_row(preview)[6].phone == "13900139000"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_csv_encodings(tmp_path: Path, encoding: str) -> None:
    rows = [
        ["会议名单"],
        ["序号", "姓名", "单位", "电话"],
        [1, "王　伟", "市应急管理局", 13800138000],
        [2, "欧阳娜娜", "市公安局", ""],
    ]
    path = write_csv(tmp_path / f"list-{encoding}.csv", rows, encoding)
    preview = read_preview(path)
    assert preview.header_row == 2
    assert [(r.name, r.name_original, r.unit) for r in preview.rows] == [
        ("王伟", "王　伟", "市应急管理局"),
        ("欧阳娜娜", "欧阳娜娜", "市公安局"),
    ]


def test_mapping_override_by_header_text_and_letter(tmp_path: Path) -> None:
    rows = [["人员", "部门名称", "岗位名称"], ["张三", "办公室", "文秘"], ["李四", "财务处", "会计"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    with pytest.raises(ImportProblem, match=r"odd\.xlsx.*姓名"):
        read_preview(path)
    preview = read_preview(path, mapping={"A": Field.NAME, "部门名称": Field.UNIT, "岗位名称": Field.TITLE})
    assert [(r.name, r.unit, r.title) for r in preview.rows] == [("张三", "办公室", "文秘"), ("李四", "财务处", "会计")]


def test_remapped_preview_ignores_a_column(office_xlsx: Path) -> None:
    preview = read_preview(office_xlsx)
    remapped = preview.remapped({"备注": Field.IGNORE, "办公电话": Field.PHONE})
    assert Field.NOTES not in remapped.mapping
    assert remapped.mapping[Field.PHONE].letter == "E"
    assert _by_row(remapped)[5].phone == "0571-87001234"
    assert all(row.reply is ReplyStatus.NOT_NOTIFIED for row in remapped.rows)


def test_sheet_choice(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "说明"
    cover.append(["本表为参会名单，请勿修改表头"])
    people = workbook.create_sheet("名单")
    people.append(["姓名", "单位"])
    people.append(["张三", "办公室"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    assert read_preview(path).sheet == "名单"
    with pytest.raises(ImportProblem, match=r"说明.*姓名"):
        read_preview(path, sheet="说明")
    with pytest.raises(ImportProblem, match="没有名为“不存在”的工作表"):
        read_preview(path, sheet="不存在")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请假", (ReplyStatus.LEAVE, "", "", "")),
        ("请假：出差", (ReplyStatus.LEAVE, "出差", "", "")),
        ("代会（代会人 张三 处长）", (ReplyStatus.SUBSTITUTE, "", "张三", "处长")),
        ("由王五副主任代会", (ReplyStatus.SUBSTITUTE, "", "王五", "副主任")),
        ("是", (ReplyStatus.CONFIRMED, "", "", "")),
        ("会前联系", None),
    ],
)
def test_reply_from_text(text: str, expected: tuple[ReplyStatus, str, str, str] | None) -> None:
    assert reply_from_text(text) == expected


def test_split_substitute() -> None:
    assert split_substitute("李四，副处长") == ("李四", "副处长")
    assert split_substitute("欧阳娜娜") == ("欧阳娜娜", "")


_NAME_CHARS = st.sampled_from(list("王李张刘陈杨欧阳娜伟明建国军"))
_PADS = st.sampled_from(["", " ", "  ", "\u3000", "\u00a0"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_PADS, _NAME_CHARS, _PADS, _NAME_CHARS, _PADS), min_size=1, max_size=8, unique=True))
def test_any_padding_imports_the_normalised_name_and_keeps_the_original(tmp_path: Path, parts: list) -> None:  # type: ignore[type-arg]
    originals = ["".join(p) for p in parts]
    rows = [["姓名", "单位"], *([name, f"单位{i}"] for i, name in enumerate(originals))]
    preview = read_preview(write_xlsx(tmp_path / "names.xlsx", rows))
    assert [r.name_original for r in preview.rows] == originals
    assert [r.name for r in preview.rows] == [normalise_name(name) for name in originals]
    assert all(" " not in r.name and "\u3000" not in r.name for r in preview.rows)


# --- bad files: one clear message naming the file --------------------------------------------------


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_files_give_one_clear_message(tmp_path: Path, kind: str) -> None:
    path, words = bad_files(tmp_path)[kind]
    with pytest.raises(ImportProblem) as caught:
        read_preview(path)
    message = str(caught.value)
    assert path.name in message
    assert words in message


def test_too_many_rows(tmp_path: Path) -> None:
    rows = [["姓名", "单位"], *([f"人员{i}", "办公室"] for i in range(60))]
    path = write_xlsx(tmp_path / "long.xlsx", rows, sheet="长名单")
    with pytest.raises(ImportProblem, match=r"long\.xlsx.*长名单.*50"):
        read_preview(path, max_rows=50)
    assert len(read_preview(path, max_rows=100).rows) == 60
    csv_path = write_csv(tmp_path / "long.csv", rows)
    with pytest.raises(ImportProblem, match=r"long\.csv.*50"):
        read_preview(csv_path, max_rows=50)
