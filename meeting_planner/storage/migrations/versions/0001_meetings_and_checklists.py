"""Meetings, their checklist steps and custom templates.

Revision ID: 0001
Revises:
Create Date: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False, server_default=""),
        sa.Column("start_at", sa.DateTime, nullable=False),
        sa.Column("end_at", sa.DateTime),
        sa.Column("venue", sa.String(200), nullable=False, server_default=""),
        sa.Column("organiser", sa.String(200), nullable=False, server_default=""),
        sa.Column("template_key", sa.String(100), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("offset", sa.String(40), nullable=False),
        sa.Column("due_at", sa.DateTime, nullable=False),
        sa.Column("due_manual", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("role", sa.String(100), nullable=False, server_default=""),
        sa.Column("quantity", sa.String(200), nullable=False, server_default=""),
        sa.Column("subitems", sa.Text, nullable=False, server_default="[]"),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="todo"),
        sa.Column("done_by", sa.String(100), nullable=False, server_default=""),
        sa.Column("done_at", sa.DateTime),
        sa.UniqueConstraint("meeting_id", "key", name="uq_steps_meeting_key"),
    )
    op.create_index("ix_steps_meeting_position", "steps", ["meeting_id", "position"])
    op.create_table(
        "templates",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("toml", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("templates")
    op.drop_index("ix_steps_meeting_position", "steps")
    op.drop_table("steps")
    op.drop_table("meetings")
