"""Repository for the people directory (常用人员库) and units with their protocol order.

Functions take a Connection (the caller owns the transaction) and return domain objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, case, delete, func, insert, select, update
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
            case((units.c.sort_order > 0, units.c.sort_order), else_=1_000_000),
            func.coalesce(units.c.id, 1_000_000_000),
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
    """Units with an explicit protocol order first (by that order), then the others (order 0) as added."""
    unset = case((units.c.sort_order > 0, 0), else_=1)
    rows = connection.execute(select(units).order_by(unset, units.c.sort_order, units.c.id)).mappings()
    return [Unit(name=row["name"], order=row["sort_order"], id=row["id"]) for row in rows]


def explicit_unit_orders(connection: Connection) -> dict[str, int]:
    """The official unit order (单位排序) the office has set: unit name -> order (1 first); units without
    one are absent (lists then order them by their people's best rank)."""
    rows = connection.execute(select(units.c.name, units.c.sort_order).where(units.c.sort_order > 0)).all()
    return {str(name): int(order) for name, order in rows}


def ensure_units(connection: Connection, names: Iterable[str]) -> list[Unit]:
    """Add the units not yet known, without an order of their own (order 0); returns the new ones.

    Importing a list never sets the official unit order: only ``set_unit_order`` does."""
    known = {unit.name for unit in list_units(connection)}
    added: list[Unit] = []
    for name in names:
        if name and name not in known:
            known.add(name)
            added.append(Unit(name=name, order=0))
    if added:
        rows = [{"name": unit.name, "sort_order": 0} for unit in added]
        connection.execute(_insert_new_only(connection), rows)
    return added


def _insert_new_only(connection: Connection) -> Any:
    """An insert into ``units`` that skips a name another desk added meanwhile (both back ends know
    ``ON CONFLICT DO NOTHING``), instead of failing the whole import."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(units).on_conflict_do_nothing(index_elements=["name"])
    if connection.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(units).on_conflict_do_nothing(index_elements=["name"])
    return insert(units)


def set_unit_order(connection: Connection, names: Sequence[str]) -> None:
    """Make ``names`` the official unit order (orders 1, 2, 3 ..., adding unknown units); every other unit
    loses its explicit order. An empty list clears the official order."""
    ensure_units(connection, names)
    connection.execute(update(units).values(sort_order=0))
    for order, name in enumerate(dict.fromkeys(names), start=1):
        connection.execute(update(units).where(units.c.name == name).values(sort_order=order))


def delete_unit(connection: Connection, name: str) -> None:
    """Forget a unit's order (people keep their unit text)."""
    connection.execute(delete(units).where(units.c.name == name))
