"""What was printed of a meeting's documents (print records), to tell which printouts are out of date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PrintRecordRow:
    """One printed item of a document (a table card, the chart ...), with what it showed and when."""

    document: str
    item_key: str
    content_hash: str
    printed_at: datetime


@dataclass(frozen=True, slots=True)
class PrintRecord:
    """What was last printed of one document: ``item_key -> content_hash`` and when (the latest item)."""

    hashes: dict[str, str]
    printed_at: datetime
