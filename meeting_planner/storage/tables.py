"""The workspace schema as SQLAlchemy Core tables.

These describe the *current* schema for queries; the schema itself is created and changed only by
the Alembic revisions in ``storage/migrations/versions``. A test checks that the two agree.
Rows never leave ``storage/``: repositories turn them into domain dataclasses.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from meeting_planner.domain.changes import CHANGE_AREAS

metadata = MetaData()

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("kind", String(50), nullable=False, server_default=""),
    Column("start_at", DateTime, nullable=False),
    Column("end_at", DateTime),
    Column("venue", String(200), nullable=False, server_default=""),
    Column("organiser", String(200), nullable=False, server_default=""),
    Column("template_key", String(100), nullable=False, server_default=""),
    Column("location", String(200), nullable=False, server_default=""),
    Column("agenda", Text, nullable=False, server_default=""),
    Column("bring", Text, nullable=False, server_default=""),
    Column("contact", String(200), nullable=False, server_default=""),
    Column("checkin_opens", DateTime),
    Column("grace_minutes", Integer, nullable=False, server_default="0"),
    Column("venue_key", String(100), nullable=False, server_default=""),
    Column("deleted_at", DateTime),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("seating_rules", Text, nullable=False, server_default=""),
    # Revision 0004: the notice's own fields (成文日期, 发文字号, 参会范围 ...) as JSON (domain.notice).
    Column("notice", Text, nullable=False, server_default="{}"),
    # Revision 0005: raised by every edit of the meeting's own fields (optimistic check of stale copies).
    Column("version", Integer, nullable=False, server_default="1"),
    # Revision 0006: a stable identity (UUID) that travels with a meeting file.
    Column("uid", String(36), nullable=False, server_default=""),
)
Index("ux_meetings_uid", meetings.c.uid, unique=True)

steps = Table(
    "steps",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("key", String(100), nullable=False),
    Column("title", String(200), nullable=False),
    Column("phase", String(20), nullable=False),
    Column("category", String(30), nullable=False),
    Column("offset", String(40), nullable=False),
    Column("due_at", DateTime, nullable=False),
    Column("due_manual", Boolean, nullable=False, server_default="0"),
    Column("role", String(100), nullable=False, server_default=""),
    Column("quantity", String(200), nullable=False, server_default=""),
    Column("subitems", Text, nullable=False, server_default="[]"),
    Column("note", Text, nullable=False, server_default=""),
    Column("status", String(20), nullable=False, server_default="todo"),
    Column("done_by", String(100), nullable=False, server_default=""),
    Column("done_at", DateTime),
    # Revision 0005: raised by every edit of the step (optimistic check of stale copies).
    Column("version", Integer, nullable=False, server_default="1"),
    UniqueConstraint("meeting_id", "key", name="uq_steps_meeting_key"),
)
Index("ix_steps_meeting_position", steps.c.meeting_id, steps.c.position)

templates = Table(
    "templates",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("toml", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

# --- revision 0002: people, attendees, venues, seating, check-in --------------------------------

units = Table(
    "units",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("sort_order", Integer, nullable=False, server_default="0"),
)

people = Table(
    "people",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("unit", String(200), nullable=False, server_default=""),
    Column("title", String(200), nullable=False, server_default=""),
    Column("rank", Integer),
    Column("phone", String(50), nullable=False, server_default=""),
    Column("gender", String(10), nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
)
Index("ix_people_name_unit", people.c.name, people.c.unit)

attendees = Table(
    "attendees",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("person_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("name", String(100), nullable=False),
    Column("name_original", String(200), nullable=False, server_default=""),
    Column("unit", String(200), nullable=False, server_default=""),
    Column("title", String(200), nullable=False, server_default=""),
    Column("phone", String(50), nullable=False, server_default=""),
    Column("gender", String(10), nullable=False, server_default=""),
    Column("rank", Integer),
    Column("role", String(20), nullable=False, server_default="attendee"),
    Column("reply", String(20), nullable=False, server_default="not_notified"),
    Column("leave_reason", String(200), nullable=False, server_default=""),
    Column("substitute_name", String(100), nullable=False, server_default=""),
    Column("substitute_title", String(200), nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("code", String(20), nullable=False, server_default=""),
    Column("on_rostrum", Boolean, nullable=False, server_default="0"),
)
Index("ix_attendees_meeting", attendees.c.meeting_id, attendees.c.position)
# Revision 0005: the sign-in code and the list position (codes derive from it) are unique per meeting.
Index("uq_attendees_meeting_code", attendees.c.meeting_id, attendees.c.code, unique=True)
Index("uq_attendees_meeting_position", attendees.c.meeting_id, attendees.c.position, unique=True)

venues = Table(
    "venues",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("toml", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

seat_assignments = Table(
    "seat_assignments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("seat_id", String(100), nullable=False),
    Column("attendee_id", Integer, ForeignKey("attendees.id", ondelete="CASCADE")),
    Column("locked", Boolean, nullable=False, server_default="0"),
    Column("manual", Boolean, nullable=False, server_default="0"),
    UniqueConstraint("meeting_id", "seat_id", name="uq_seat_assignments_seat"),
)
Index("ix_seat_assignments_attendee", seat_assignments.c.attendee_id)
# Revision 0005: one seat per person.
Index("uq_seat_assignments_attendee", seat_assignments.c.meeting_id, seat_assignments.c.attendee_id, unique=True)

checkins = Table(
    "checkins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("attendee_id", Integer, ForeignKey("attendees.id", ondelete="CASCADE"), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("method", String(20), nullable=False, server_default="name"),
    Column("substitute", Boolean, nullable=False, server_default="0"),
    Column("substitute_name", String(100), nullable=False, server_default=""),
    Column("substitute_title", String(200), nullable=False, server_default=""),
    # Revision 0007: the offline journal entry the check-in came from (a replay never doubles it), and the desk.
    Column("journal_id", String(36)),
    Column("desk", String(100), nullable=False, server_default=""),
    # Revision 0006: when a check-in with an earlier time was keyed in later (补录); NULL when live.
    Column("entered_at", DateTime),
    UniqueConstraint("attendee_id", name="uq_checkins_attendee"),
    UniqueConstraint("journal_id", name="uq_checkins_journal"),
)
Index("ix_checkins_meeting", checkins.c.meeting_id)

print_records = Table(
    "print_records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("document", String(50), nullable=False),
    Column("item_key", String(100), nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("printed_at", DateTime, nullable=False),
    UniqueConstraint("meeting_id", "document", "item_key", name="uq_print_records_item"),
)

# --- revision 0004: workspace settings (key/value), e.g. printout fonts per role ---------------------

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False, server_default=""),
)

# --- revision 0007: change counters (kept by triggers), applied journal entries, check-in conflicts ----------

#: The areas counted per meeting; row 0 holds workspace-wide changes (the unit order).

meeting_changes = Table(
    "meeting_changes",
    metadata,
    Column("meeting_id", Integer, primary_key=True, autoincrement=False),
    *(Column(area, Integer, nullable=False, server_default="0") for area in CHANGE_AREAS),
)

journal_applied = Table(
    "journal_applied",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    Column("meeting_id", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("desk", String(100), nullable=False, server_default=""),
    Column("outcome", String(20), nullable=False, server_default=""),
    Column("applied_at", DateTime, nullable=False),
)

checkin_conflicts = Table(
    "checkin_conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("attendee_id", Integer, ForeignKey("attendees.id", ondelete="CASCADE"), nullable=False),
    Column("kept_at", DateTime, nullable=False),
    Column("kept_desk", String(100), nullable=False, server_default=""),
    Column("kept_key", String(60), nullable=False),
    Column("other_at", DateTime, nullable=False),
    Column("other_desk", String(100), nullable=False, server_default=""),
    Column("other_key", String(60), nullable=False),
    Column("other_method", String(20), nullable=False, server_default="name"),
    Column("recorded_at", DateTime, nullable=False),
)
Index("ix_checkin_conflicts_meeting", checkin_conflicts.c.meeting_id)


def text_limit(table: str, column: str) -> int | None:
    """The most characters ``table.column`` holds (``None``: unlimited ``Text``), for checking data from files
    before it reaches a database that enforces lengths (PostgreSQL). ``table`` is the table's name."""
    length = getattr(metadata.tables[table].c[column].type, "length", None)
    return int(length) if length else None
