"""Several desks on one meeting: the rules as unique constraints, and versions for optimistic edits.

- ``attendees``: a sign-in code (签到码) and a list position are unique within a meeting (unique indexes
  ``uq_attendees_meeting_code``, ``uq_attendees_meeting_position``; the code's plain index goes).
- ``seat_assignments``: one seat per person per meeting (unique index ``uq_seat_assignments_attendee``; one
  person per seat is the constraint ``uq_seat_assignments_seat`` since 0002).
- ``meetings.version`` and ``steps.version``: raised by every edit of the meeting's own fields or of a
  step, so an edit made on a stale copy (another desk changed it since) is refused, never written over.

Workspaces written by older versions may break these rules (two imports at once gave people the same
code and position; two desks could seat one person twice). Before the constraints are added such rows
are put right, the same way on every run: positions are renumbered in list order (position, id); of
several people with one code the first (lowest id) keeps it and the others get new codes of the usual
form (``12-0043``) above every number in use; of several seats held by one person the first (locked,
then hand-placed, then lowest id) is kept and the others are freed (a locked one stays locked, empty).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CODE_NUMBER = re.compile(r"^(\d+)-(\d+)$")


def _renumber_positions(connection: sa.Connection) -> None:
    duplicated = connection.execute(
        sa.text("SELECT DISTINCT meeting_id FROM attendees GROUP BY meeting_id, position HAVING count(*) > 1")
    ).all()
    for (meeting_id,) in duplicated:
        rows = connection.execute(
            sa.text("SELECT id FROM attendees WHERE meeting_id = :m ORDER BY position, id"), {"m": meeting_id}
        ).all()
        for position, (attendee_id,) in enumerate(rows):
            connection.execute(
                sa.text("UPDATE attendees SET position = :p WHERE id = :id"), {"p": position, "id": attendee_id}
            )


def _fix_codes(connection: sa.Connection) -> None:
    problems = connection.execute(
        sa.text(
            "SELECT DISTINCT meeting_id FROM attendees WHERE code = '' UNION "
            "SELECT meeting_id FROM attendees GROUP BY meeting_id, code HAVING count(*) > 1"
        )
    ).all()
    for (meeting_id,) in sorted(problems):
        rows = connection.execute(
            sa.text("SELECT id, code FROM attendees WHERE meeting_id = :m ORDER BY id"), {"m": meeting_id}
        ).all()
        numbers = [int(match.group(2)) for _, code in rows if (match := _CODE_NUMBER.match(code))]
        next_number = max(numbers, default=0) + 1
        seen: set[str] = set()
        taken = {code for _, code in rows}
        for attendee_id, code in rows:
            if code and code not in seen:
                seen.add(code)
                continue
            new_code = f"{meeting_id}-{next_number:04d}"
            while new_code in taken:
                next_number += 1
                new_code = f"{meeting_id}-{next_number:04d}"
            next_number += 1
            taken.add(new_code)
            seen.add(new_code)
            connection.execute(
                sa.text("UPDATE attendees SET code = :c WHERE id = :id"), {"c": new_code, "id": attendee_id}
            )


def _fix_double_seats(connection: sa.Connection) -> None:
    doubled = connection.execute(
        sa.text(
            "SELECT meeting_id, attendee_id FROM seat_assignments WHERE attendee_id IS NOT NULL "
            "GROUP BY meeting_id, attendee_id HAVING count(*) > 1"
        )
    ).all()
    for meeting_id, attendee_id in doubled:
        rows = connection.execute(
            sa.text(
                "SELECT id, locked FROM seat_assignments WHERE meeting_id = :m AND attendee_id = :a "
                "ORDER BY locked DESC, manual DESC, id"
            ),
            {"m": meeting_id, "a": attendee_id},
        ).all()
        for row_id, locked in rows[1:]:
            if locked:
                connection.execute(
                    sa.text("UPDATE seat_assignments SET attendee_id = NULL, manual = :f WHERE id = :id"),
                    {"id": row_id, "f": False},
                )
            else:
                connection.execute(sa.text("DELETE FROM seat_assignments WHERE id = :id"), {"id": row_id})


def upgrade() -> None:
    connection = op.get_bind()
    _renumber_positions(connection)
    _fix_codes(connection)
    _fix_double_seats(connection)
    # Unique indexes, not table constraints: on SQLite a new constraint means rebuilding the table, and
    # dropping the old attendees table would cascade to every seat and check-in. An index needs no rebuild.
    op.drop_index("ix_attendees_meeting_code", table_name="attendees")
    op.create_index("uq_attendees_meeting_code", "attendees", ["meeting_id", "code"], unique=True)
    op.create_index("uq_attendees_meeting_position", "attendees", ["meeting_id", "position"], unique=True)
    op.create_index("uq_seat_assignments_attendee", "seat_assignments", ["meeting_id", "attendee_id"], unique=True)
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    with op.batch_alter_table("steps") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("steps") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("version")
    op.drop_index("uq_seat_assignments_attendee", table_name="seat_assignments")
    op.drop_index("uq_attendees_meeting_position", table_name="attendees")
    op.drop_index("uq_attendees_meeting_code", table_name="attendees")
    op.create_index("ix_attendees_meeting_code", "attendees", ["meeting_id", "code"])
