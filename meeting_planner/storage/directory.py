"""Repository for the people directory (常用人员库) and units with their protocol order.

Functions take a Connection (the caller owns the transaction) and return domain objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.engine import RowMapping

from meeting_planner.domain.attendee import Person, Unit
from meeting_planner.storage.tables import people, units

_PERSON_FIELDS = ("name", "unit", "title", "rank", "phone", "gender", "notes")


def _person_row(person: Person) -> dict[str, Any]:
    return {name: getattr(person, name) for name in _PERSON_FIELDS}


def person_from_row(row: RowMapping) -> Person:
    """A ``Person`` from a row of the people table."""
    return Person(**{name: row[name] for name in _PERSON_FIELDS}, id=row["id"])


def list_people(connection: Connection) -> list[Person]:
    """Everyone in the directory, by unit order, then rank (blank last), then name."""
    order = (
        select(people, units.c.sort_order)
        .select_from(people.outerjoin(units, units.c.name == people.c.unit))
        .order_by(
            func.coalesce(units.c.sort_order, 1_000_000),
            people.c.unit,
            people.c.rank.is_(None),
            people.c.rank,
            people.c.name,
            people.c.id,
        )
    )
    return [person_from_row(row) for row in connection.execute(order).mappings()]


def get_person(connection: Connection, person_id: int) -> Person | None:
    """One directory entry by id, or ``None``."""
    row = connection.execute(select(people).where(people.c.id == person_id)).mappings().first()
    return person_from_row(row) if row else None


def people_by_key(connection: Connection) -> dict[tuple[str, str], Person]:
    """Directory entries keyed by (name, unit) (the first one when a pair occurs twice)."""
    found: dict[tuple[str, str], Person] = {}
    for row in connection.execute(select(people).order_by(people.c.id)).mappings():
        found.setdefault((row["name"], row["unit"]), person_from_row(row))
    return found


def add_people(connection: Connection, new_people: Sequence[Person]) -> list[Person]:
    """Insert people (one statement); returns them with ids set."""
    if not new_people:
        return []
    statement = insert(people).returning(people.c.id, sort_by_parameter_order=True)
    ids = connection.execute(statement, [_person_row(person) for person in new_people]).scalars().all()
    for person, person_id in zip(new_people, ids, strict=True):
        person.id = person_id
    return list(new_people)


def update_person(connection: Connection, person: Person) -> None:
    """Write every field of an existing directory entry."""
    if person.id is None:
        raise ValueError("person has no id")
    connection.execute(update(people).where(people.c.id == person.id).values(**_person_row(person)))


def delete_people(connection: Connection, person_ids: Iterable[int]) -> None:
    """Remove directory entries (attendees made from them keep their data; their link is cleared)."""
    ids = list(person_ids)
    if ids:
        connection.execute(delete(people).where(people.c.id.in_(ids)))


def list_units(connection: Connection) -> list[Unit]:
    """Units in protocol order."""
    rows = connection.execute(select(units).order_by(units.c.sort_order, units.c.id)).mappings()
    return [Unit(name=row["name"], order=row["sort_order"], id=row["id"]) for row in rows]


def ensure_units(connection: Connection, names: Iterable[str]) -> list[Unit]:
    """Add the units not yet known, after the existing ones, in the order first seen; returns the new ones."""
    known = {unit.name for unit in list_units(connection)}
    start = connection.execute(select(func.coalesce(func.max(units.c.sort_order), 0))).scalar_one()
    added: list[Unit] = []
    for name in names:
        if name and name not in known:
            known.add(name)
            added.append(Unit(name=name, order=start + len(added) + 1))
    if added:
        connection.execute(insert(units), [{"name": unit.name, "sort_order": unit.order} for unit in added])
    return added


def set_unit_order(connection: Connection, names: Sequence[str]) -> None:
    """Give the named units the orders 1, 2, 3 ... (adding unknown ones); others follow after them."""
    ensure_units(connection, names)
    position = {name: index for index, name in enumerate(names, start=1)}
    rest = [unit for unit in list_units(connection) if unit.name not in position]
    for name, order in position.items():
        connection.execute(update(units).where(units.c.name == name).values(sort_order=order))
    for offset, unit in enumerate(rest, start=len(names) + 1):
        connection.execute(update(units).where(units.c.id == unit.id).values(sort_order=offset))


def delete_unit(connection: Connection, name: str) -> None:
    """Forget a unit's order (people keep their unit text)."""
    connection.execute(delete(units).where(units.c.name == name))
