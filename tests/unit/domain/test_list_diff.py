"""更新名单 diff: matching by code, name+unit, unique name; only listed columns; blanks never blank a value."""

from __future__ import annotations

from meeting_planner.cli.wording import change_line
from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.domain.list_update import ListColumn, NewRow, apply_columns, diff_lists

PEOPLE = [
    Attendee("周建国", unit="市财政局", title="局长", phone="13800000001", rank=1),
    Attendee("王伟", unit="市财政局", title="处长", phone="13800000002", rank=2),
    Attendee("李娜", unit="市教育局", title="科长", phone="13800000003", rank=3, reply=ReplyStatus.CONFIRMED),
    Attendee("张强", unit="市公安局", title="副局长", phone="13800000004", rank=4),
]


def _saved(person: Attendee, **changes: object) -> Attendee:
    fields = {k: getattr(person, k) for k in ("name", "unit", "title", "phone", "rank", "reply")}
    return Attendee(**{**fields, **changes})  # type: ignore[arg-type]


def test_diff_matches_by_code_then_name_unit_then_unique_name() -> None:
    current = [_saved(p, code=f"1-000{i}", id=i) for i, p in enumerate(PEOPLE, start=1)]
    rows = [
        NewRow(3, Attendee("某某", unit="市教育局", code="1-0003")),  # code wins over the name
        NewRow(4, Attendee("王伟", unit="市审计局", title="处长")),  # unique name: a unit change
        NewRow(5, Attendee("张强", unit="市公安局", title="局长", phone="")),
        NewRow(6, Attendee("新人", unit="市公安局")),
    ]
    diff = diff_lists(current, rows, {ListColumn.UNIT, ListColumn.TITLE, ListColumn.PHONE})
    assert [(c.before.name, c.matched_by) for c in diff.changed] == [("王伟", "name"), ("张强", "name_unit")]
    assert change_line(diff.changed[0]) == "变更 王伟（市财政局）：单位 市财政局 → 市审计局"
    assert change_line(diff.changed[1]) == "变更 张强（市公安局）：职务 副局长 → 局长"  # blank phone kept
    assert [row.person.name for row in diff.added] == ["新人"]
    assert [p.name for p in diff.missing] == ["周建国"]
    assert diff.unchanged == 1  # 李娜 matched by code; the list has no reply column


def test_two_people_of_one_name_are_not_guessed() -> None:
    current = [Attendee("王伟", unit="甲", id=1), Attendee("王伟", unit="乙", id=2)]
    diff = diff_lists(current, [NewRow(3, Attendee("王伟", unit="丙"))], {ListColumn.UNIT})
    assert [row.person.unit for row in diff.added] == ["丙"]
    assert len(diff.missing) == 2


def test_unstated_reply_and_blank_cells_keep_what_is_known() -> None:
    current = Attendee("李娜", unit="市教育局", title="科长", phone="1380", rank=3, reply=ReplyStatus.CONFIRMED)
    new = Attendee("李娜", unit="", title="", phone="", rank=None, on_rostrum=True)
    after = apply_columns(current, new, set(ListColumn))
    assert (after.reply, after.title, after.phone, after.rank, after.unit) == (
        ReplyStatus.CONFIRMED,
        "科长",
        "1380",
        3,
        "市教育局",
    )
    assert after.on_rostrum  # a 主席台 column decides both ways
    leave = apply_columns(after, Attendee("李娜", reply=ReplyStatus.LEAVE, leave_reason="开会"), {ListColumn.REPLY})
    assert (leave.reply, leave.leave_reason, leave.on_rostrum) == (ReplyStatus.LEAVE, "开会", True)
