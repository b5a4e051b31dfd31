"""Pages follow other desks; check-in desks keep working offline and replay their journal exactly once.

- ``meeting_changes``: one row per meeting with a counter per area (meeting fields, checklist, attendees,
  seating, check-ins), bumped by database triggers in the same transaction as every write to that data, so
  no write path can forget it; row 0 counts workspace-wide changes (the unit order). One cheap query tells a
  window whether anything changed. On PostgreSQL the triggers are deferred constraint triggers: the counter
  row is locked only at commit, after every other lock the transaction takes.
- ``checkins.journal_id`` (unique): the offline journal entry a check-in came from, so a replayed entry is
  never written twice; ``checkins.desk``: the desk that checked the person in.
- ``journal_applied``: every journal entry (check-in or undo) applied to the workspace, by its id.
- ``checkin_conflicts``: a person checked in at two desks while they were apart; the earliest time is kept.
- ``settings['workspace.uuid']``: the workspace's identity, so a desk journal is replayed only into its own
  workspace (and copies of it).

SQLite drops a table's triggers when ``batch_alter_table`` rebuilds it: a later migration that rebuilds one of
the tracked tables must create its triggers again (``tests/unit/storage/test_changes.py`` checks them at head).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: Tracked table -> (counter column, how the row names its meeting).
TRACKED = {
    "meetings": ("meeting", "id"),
    "steps": ("checklist", "meeting_id"),
    "attendees": ("attendees", "meeting_id"),
    "seat_assignments": ("seating", "meeting_id"),
    "checkins": ("checkins", "meeting_id"),
    "checkin_conflicts": ("checkins", "meeting_id"),
    "units": ("attendees", None),  # workspace-wide: row 0
}
AREAS = ("meeting", "checklist", "attendees", "seating", "checkins")

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION mp_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mid integer := 0;
    area text := TG_ARGV[0];
    source text := TG_ARGV[1];
BEGIN
    IF source = 'id' THEN
        IF TG_OP = 'DELETE' THEN mid := OLD.id; ELSE mid := NEW.id; END IF;
    ELSIF source = 'meeting_id' THEN
        IF TG_OP = 'DELETE' THEN mid := OLD.meeting_id; ELSE mid := NEW.meeting_id; END IF;
    END IF;
    EXECUTE format(
        'INSERT INTO meeting_changes (meeting_id, %1$I) VALUES ($1, 1) '
        'ON CONFLICT (meeting_id) DO UPDATE SET %1$I = meeting_changes.%1$I + 1', area)
    USING mid;
    RETURN NULL;
END
$$
"""


def _sqlite_triggers(table: str, area: str, source: str | None) -> list[str]:
    statements = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        meeting = f"{row}.{source}" if source else "0"
        statements.append(
            f"CREATE TRIGGER mp_changes_{table}_{event.lower()} AFTER {event} ON {table} BEGIN "
            f"INSERT INTO meeting_changes (meeting_id, {area}) VALUES ({meeting}, 1) "
            f"ON CONFLICT (meeting_id) DO UPDATE SET {area} = {area} + 1; END"
        )
    return statements


def upgrade() -> None:
    op.create_table(
        "meeting_changes",
        sa.Column("meeting_id", sa.Integer, primary_key=True, autoincrement=False),
        *(sa.Column(area, sa.Integer, nullable=False, server_default="0") for area in AREAS),
    )
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("journal_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("desk", sa.String(100), nullable=False, server_default=""))
        batch.create_unique_constraint("uq_checkins_journal", ["journal_id"])
    op.create_table(
        "journal_applied",
        sa.Column("entry_id", sa.String(36), primary_key=True),
        sa.Column("meeting_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("desk", sa.String(100), nullable=False, server_default=""),
        sa.Column("outcome", sa.String(20), nullable=False, server_default=""),
        sa.Column("applied_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "checkin_conflicts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("attendee_id", sa.Integer, sa.ForeignKey("attendees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kept_at", sa.DateTime, nullable=False),
        sa.Column("kept_desk", sa.String(100), nullable=False, server_default=""),
        sa.Column("kept_key", sa.String(60), nullable=False),
        sa.Column("other_at", sa.DateTime, nullable=False),
        sa.Column("other_desk", sa.String(100), nullable=False, server_default=""),
        sa.Column("other_key", sa.String(60), nullable=False),
        sa.Column("other_method", sa.String(20), nullable=False, server_default="name"),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_checkin_conflicts_meeting", "checkin_conflicts", ["meeting_id"])
    op.execute(
        sa.text("INSERT INTO settings (key, value) VALUES ('workspace.uuid', :value)").bindparams(
            value=str(uuid.uuid4())
        )
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for table, (area, source) in TRACKED.items():
            op.execute(
                f"CREATE CONSTRAINT TRIGGER mp_changes_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                f"EXECUTE PROCEDURE mp_note_change('{area}', '{source or 'none'}')"
            )
    else:
        for table, (area, source) in TRACKED.items():
            for statement in _sqlite_triggers(table, area, source):
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TRACKED:
            op.execute(f"DROP TRIGGER IF EXISTS mp_changes_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS mp_note_change()")
    else:
        for table in TRACKED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS mp_changes_{table}_{event}")
    op.execute("DELETE FROM settings WHERE key = 'workspace.uuid'")
    op.drop_index("ix_checkin_conflicts_meeting", "checkin_conflicts")
    op.drop_table("checkin_conflicts")
    op.drop_table("journal_applied")
    with op.batch_alter_table("checkins") as batch:
        batch.drop_constraint("uq_checkins_journal", type_="unique")
        batch.drop_column("desk")
        batch.drop_column("journal_id")
    op.drop_table("meeting_changes")
