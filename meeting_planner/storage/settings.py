"""Repository for workspace-wide settings: plain key/value text (e.g. ``font.title`` -> ``方正小标宋简体``)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

from meeting_planner.storage.tables import settings


def load_settings(connection: Connection, prefix: str = "") -> dict[str, str]:
    """Settings whose key starts with ``prefix``."""
    rows = connection.execute(select(settings.c.key, settings.c.value).where(settings.c.key.startswith(prefix)))
    return {row.key: row.value for row in rows}


def save_setting(connection: Connection, key: str, value: str) -> None:
    """Set ``key`` to ``value``; an empty value removes the setting."""
    connection.execute(delete(settings).where(settings.c.key == key))
    if value:
        connection.execute(insert(settings).values(key=key, value=value))
