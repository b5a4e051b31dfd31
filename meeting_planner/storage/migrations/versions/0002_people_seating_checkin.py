"""People directory, attendees, venues, seat assignments, check-ins, print records; notice fields.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("location", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("agenda", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("bring", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("contact", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("checkin_opens", sa.DateTime))
        batch.add_column(sa.Column("grace_minutes", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("venue_key", sa.String(100), nullable=False, server_default=""))
        batch.add_column(sa.Column("deleted_at", sa.DateTime))
    op.create_table(
        "units",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("sort_order", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False, server_default=""),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("rank", sa.Integer),
        sa.Column("phone", sa.String(50), nullable=False, server_default=""),
        sa.Column("gender", sa.String(10), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_people_name_unit", "people", ["name", "unit"])
    op.create_table(
        "attendees",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id", ondelete="SET NULL")),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("name_original", sa.String(200), nullable=False, server_default=""),
        sa.Column("unit", sa.String(200), nullable=False, server_default=""),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("phone", sa.String(50), nullable=False, server_default=""),
        sa.Column("gender", sa.String(10), nullable=False, server_default=""),
        sa.Column("rank", sa.Integer),
        sa.Column("role", sa.String(20), nullable=False, server_default="attendee"),
        sa.Column("reply", sa.String(20), nullable=False, server_default="not_notified"),
        sa.Column("leave_reason", sa.String(200), nullable=False, server_default=""),
        sa.Column("substitute_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("substitute_title", sa.String(200), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("code", sa.String(20), nullable=False, server_default=""),
    )
    op.create_index("ix_attendees_meeting", "attendees", ["meeting_id", "position"])
    op.create_index("ix_attendees_meeting_code", "attendees", ["meeting_id", "code"])
    op.create_table(
        "venues",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("toml", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "seat_assignments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seat_id", sa.String(100), nullable=False),
        sa.Column("attendee_id", sa.Integer, sa.ForeignKey("attendees.id", ondelete="CASCADE")),
        sa.Column("locked", sa.Boolean, nullable=False, server_default="0"),
        sa.UniqueConstraint("meeting_id", "seat_id", name="uq_seat_assignments_seat"),
    )
    op.create_index("ix_seat_assignments_attendee", "seat_assignments", ["attendee_id"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("attendee_id", sa.Integer, sa.ForeignKey("attendees.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("method", sa.String(20), nullable=False, server_default="name"),
        sa.Column("substitute", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("substitute_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("substitute_title", sa.String(200), nullable=False, server_default=""),
        sa.UniqueConstraint("attendee_id", name="uq_checkins_attendee"),
    )
    op.create_index("ix_checkins_meeting", "checkins", ["meeting_id"])
    op.create_table(
        "print_records",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document", sa.String(50), nullable=False),
        sa.Column("item_key", sa.String(100), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("printed_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("meeting_id", "document", "item_key", name="uq_print_records_item"),
    )


def downgrade() -> None:
    op.drop_table("print_records")
    op.drop_index("ix_checkins_meeting", "checkins")
    op.drop_table("checkins")
    op.drop_index("ix_seat_assignments_attendee", "seat_assignments")
    op.drop_table("seat_assignments")
    op.drop_table("venues")
    op.drop_index("ix_attendees_meeting_code", "attendees")
    op.drop_index("ix_attendees_meeting", "attendees")
    op.drop_table("attendees")
    op.drop_index("ix_people_name_unit", "people")
    op.drop_table("people")
    op.drop_table("units")
    with op.batch_alter_table("meetings") as batch:
        for name in (
            "deleted_at",
            "venue_key",
            "grace_minutes",
            "checkin_opens",
            "contact",
            "bring",
            "agenda",
            "location",
        ):
            batch.drop_column(name)
