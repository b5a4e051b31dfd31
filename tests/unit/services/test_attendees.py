"""``services.attendees``: naming people on the command line (``cards --name``, ``rostrum --add``)."""

from __future__ import annotations

from datetime import datetime

import pytest

from meeting_planner.domain.attendee import Attendee, ReplyStatus
from meeting_planner.services.attendees import AmbiguousNames, NamesNotFound, find_by_names, resolve_names
from meeting_planner.services.meetings import MeetingNotFound, create_meeting
from meeting_planner.storage.attendees import add_attendees
from meeting_planner.storage.workspace import Workspace

PEOPLE = [
    Attendee("王伟", unit="区财政局", code="12-0001", id=1),
    Attendee("王伟", unit="区教育局", code="12-0002", id=2),
    Attendee("李娜", unit="区卫健委", code="12-0003", id=3),
    Attendee("赵敏", unit="区商务局", code="12-0004", id=4, reply=ReplyStatus.SUBSTITUTE, substitute_name="钱多多"),
    Attendee("John Smith", unit="", code="12-0005", id=5),
]


def ids(people: list[Attendee]) -> list[int | None]:
    return [a.id for a in people]


def test_names_codes_and_substitutes_resolve_in_the_order_given() -> None:
    assert ids(resolve_names(PEOPLE, ["李娜", "12-0002", "钱多多", "赵敏"])) == [3, 2, 4, 4]


def test_names_are_compared_normalised_and_otherwise_exactly() -> None:
    assert ids(resolve_names(PEOPLE, ["李　娜", " 李娜 ", "Ｊｏｈｎ  Smith"])) == [3, 3, 5]
    with pytest.raises(NamesNotFound) as caught:
        resolve_names(PEOPLE, ["李", "李娜娜", "", "john smith"])
    assert caught.value.names == ("李", "李娜娜", "", "john smith")
    assert str(caught.value) == "本次会议没有这些人员：李、李娜娜、、john smith"


def test_an_ambiguous_name_names_the_candidates_with_their_units_and_codes() -> None:
    with pytest.raises(AmbiguousNames) as caught:
        resolve_names(PEOPLE, ["李娜", "王伟"])
    assert ids(list(caught.value.candidates["王伟"])) == [1, 2]
    assert str(caught.value) == "这些姓名对应多人，请改用签到码：王伟（区财政局 12-0001、区教育局 12-0002）"


def test_unknown_names_are_reported_before_ambiguous_ones() -> None:
    with pytest.raises(NamesNotFound, match="无此人"):
        resolve_names(PEOPLE, ["王伟", "无此人"])


def test_a_person_without_a_unit_is_named_by_code() -> None:
    twins = [Attendee("张三", code="1-1", id=1), Attendee("张三", unit="办公室", code="1-2", id=2)]
    with pytest.raises(AmbiguousNames, match=r"张三（无单位 1-1、办公室 1-2）"):
        resolve_names(twins, ["张三"])


def test_find_by_names_reads_the_meeting(workspace: Workspace) -> None:
    meeting = create_meeting(workspace, "点名", datetime(2026, 12, 1, 9), "work")
    assert meeting.id is not None
    with workspace.transaction() as connection:
        add_attendees(connection, meeting.id, [Attendee("王伟", unit="甲"), Attendee("李娜", unit="乙")])
    assert [a.name for a in find_by_names(workspace, meeting.id, ["李娜", "王伟"])] == ["李娜", "王伟"]
    with pytest.raises(MeetingNotFound):
        find_by_names(workspace, meeting.id + 1, ["李娜"])
