"""Notice fields (成文日期, 发文字号, 参会范围, reply deadline and method, 版记) as one JSON column;
workspace settings (e.g. the printout fonts chosen per role) as key/value rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("notice", sa.Text, nullable=False, server_default="{}"))
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("settings")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("notice")
