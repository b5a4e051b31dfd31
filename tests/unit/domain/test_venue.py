"""Venue specs: built-ins load, seat ids are stable and unique, malformed files name file and field."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from meeting_planner.documents.venue_toml import load_venue_file, venue_from_toml, venue_to_toml
from meeting_planner.domain.venue import VenueError, ZoneKind
from meeting_planner.services.seating import builtin_venues


def test_builtins_have_the_promised_shapes() -> None:
    venues = {v.key: v for v in builtin_venues()}
    assert venues["meeting-room-20"].capacity == 20
    hall = venues["hall-800"]
    assert [z.kind for z in hall.zones] == [ZoneKind.ROSTRUM, ZoneKind.AUDITORIUM]
    assert len(hall.zones[0].rows()) == 2
    assert len(hall.zones[1].seats) == 800
    banquet = venues["banquet-10"].zones[0]
    assert len({s.row for s in banquet.seats}) == 10
    assert venues["committee-room"].zones[0].kind is ZoneKind.TALKS
    for venue in venues.values():
        ids = [s.id for s in venue.seats()]
        assert len(ids) == len(set(ids))


def test_toml_round_trip_keeps_every_seat() -> None:
    for venue in builtin_venues():
        again = venue_from_toml(venue_to_toml(venue), "again")
        assert [s.id for s in again.seats()] == [s.id for s in venue.seats()]
        assert again.capacity == venue.capacity


def test_odd_even_chair_numbers_and_blocked_seats() -> None:
    hall = {v.key: v for v in builtin_venues()}["hall-800"].zones[1]
    front = hall.rows()[0]
    labels = [s.label for s in front]
    assert labels[len(labels) // 2 - 1 : len(labels) // 2 + 1] == ["2", "1"]
    assert all(s.reserved for s in front)
    assert sum(s.blocked for s in hall.seats) == 2


def test_auditorium_sections_leave_an_aisle() -> None:
    text = """
key = "t"
name = "测试"
[[zones]]
key = "hall"
kind = "auditorium"
rows = 2
aisle = 2.0
sections = [{ seats = 3 }, { seats = 3 }]
"""
    zone = venue_from_toml(text).zones[0]
    row = zone.rows()[0]
    gaps = [round(b.x - a.x, 3) for a, b in itertools.pairwise(row)]
    assert max(gaps) == pytest.approx(2.0 + 0.55)
    assert row[0].id == "hall:A:1:1"
    assert row[-1].id == "hall:B:1:6"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ('key = "x"\nname = "n"\n', "zones"),
        ('key = "x"\nname = "n"\n[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [3, -1]\n', "zones[0].rows"),
        ('key = "x"\nname = "n"\n[[zones]]\nkey = "r"\nkind = "stage"\n', "zones[0].kind"),
        ('key = "x"\n[[zones]]\nkey = "r"\nkind = "rostrum"\nrows = [3]\n', "name"),
        (
            'key = "x"\nname = "n"\n[[zones]]\nkey = "h"\nkind = "auditorium"\nrows = 3\n'
            'sections = [{ seats = "many" }]\n',
            "zones[0].sections[0].seats",
        ),
        ('key = "x"\nname = "n"\n[[zones]]\nkey = "b"\nkind = "banquet"\ntables = 0\n', "zones[0].tables"),
    ],
)
def test_malformed_file_names_file_and_field(tmp_path: Path, body: str, field: str) -> None:
    path = tmp_path / "bad-venue.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(VenueError) as caught:
        load_venue_file(path)
    assert str(path) in str(caught.value)
    assert field in str(caught.value)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('key = "x\n', encoding="utf-8")
    with pytest.raises(VenueError, match=r"broken\.toml"):
        load_venue_file(path)
