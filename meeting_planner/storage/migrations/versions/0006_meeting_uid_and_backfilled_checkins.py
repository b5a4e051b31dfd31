"""A stable identity for every meeting, and check-ins keyed in after the fact (补录).

- ``meetings.uid``: a UUID given when the meeting is made (and here to every existing meeting), carried by a
  meeting file (``export-meeting``) so importing the same meeting twice is noticed, never merged silently.
- ``checkins.entered_at``: when a check-in with an earlier time from a paper sheet was keyed in (补录);
  NULL for a check-in recorded at the desk as it happened.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("uid", sa.String(36), nullable=False, server_default=""))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.text("SELECT id FROM meetings ORDER BY id"))]
    for meeting_id in ids:
        connection.execute(
            sa.text("UPDATE meetings SET uid = :uid WHERE id = :id"), {"uid": str(uuid.uuid4()), "id": meeting_id}
        )
    op.create_index("ux_meetings_uid", "meetings", ["uid"], unique=True)
    with op.batch_alter_table("checkins") as batch:
        batch.add_column(sa.Column("entered_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkins") as batch:
        batch.drop_column("entered_at")
    op.drop_index("ux_meetings_uid", table_name="meetings")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("uid")
