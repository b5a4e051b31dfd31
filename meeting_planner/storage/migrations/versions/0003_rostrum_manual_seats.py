"""Explicit rostrum membership, hand-placed seats and per-meeting seating settings.

- ``attendees.on_rostrum``: the office marks who sits on the 主席台 (not derived from 排序号).
- ``seat_assignments.manual``: a seat placed by hand; automatic seating keeps it unless asked to redo all.
- ``meetings.seating_rules``: the honour side and even-count rule of the last automatic seating (JSON),
  printed in the chart's legend.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendees") as batch:
        batch.add_column(sa.Column("on_rostrum", sa.Boolean, nullable=False, server_default="0"))
    with op.batch_alter_table("seat_assignments") as batch:
        batch.add_column(sa.Column("manual", sa.Boolean, nullable=False, server_default="0"))
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("seating_rules", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("seating_rules")
    with op.batch_alter_table("seat_assignments") as batch:
        batch.drop_column("manual")
    with op.batch_alter_table("attendees") as batch:
        batch.drop_column("on_rostrum")
