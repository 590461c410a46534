"""Each record table's columns, and how a stored SQLite value becomes a Python value again.

This is what SQLAlchemy's column types do when they read (store/schema.py), done with the
standard library, so that opening and reading a diary never loads SQLAlchemy.
tests/store/test_columns.py holds both side by side: every column of schema.py is here with
the same conversion, and the stored forms below are the ones SQLAlchemy writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Literal

Kind = Literal["uuid", "datetime", "date", "boolean", "plain"]

_UUID: Kind = "uuid"
_AT: Kind = "datetime"
_DAY: Kind = "date"
_FLAG: Kind = "boolean"
_PLAIN: Kind = "plain"

_STAMPS = (("created", _AT), ("updated", _AT))

# Column order is the table's as schema.py declares it (a test compares the two).
TABLES: dict[str, tuple[tuple[str, Kind], ...]] = {
    "entries": (
        ("id", _UUID),
        ("at", _AT),
        *(("pain", _PLAIN), ("worst", _PLAIN), ("enjoyment", _PLAIN), ("activity", _PLAIN)),
        ("locations", _PLAIN),
        ("note", _PLAIN),
        *_STAMPS,
        ("sleep_interference", _PLAIN),
        ("mood", _PLAIN),
        ("for_clinician", _FLAG),
    ),
    "sessions": (
        ("id", _UUID),
        ("at", _AT),
        *(("route", _PLAIN), ("drug", _PLAIN), ("dose_mg", _PLAIN), ("weight_kg", _PLAIN)),
        *(("minutes", _PLAIN), ("rate_mg_per_kg_h", _PLAIN), ("clinic", _PLAIN), ("note", _PLAIN)),
        ("series", _PLAIN),
        *_STAMPS,
        *(("status", _PLAIN), ("ride_home", _PLAIN), ("new_medicines", _PLAIN)),
        *(("checklist", _PLAIN), ("questions", _PLAIN)),
    ),
    "side_effects": (
        ("id", _UUID),
        ("session_id", _UUID),
        *(("kind", _PLAIN), ("severity", _PLAIN), ("note", _PLAIN)),
        ("created", _AT),
        *(("onset", _PLAIN), ("lasted_hours", _PLAIN)),
    ),
    "settings": (("key", _PLAIN), ("value", _PLAIN)),
    "medicines": (
        ("id", _UUID),
        *(("name", _PLAIN), ("strength", _PLAIN), ("unit", _PLAIN), ("mg_per_unit", _PLAIN)),
        *(("kind", _PLAIN), ("regular_daily_amount", _PLAIN)),
        *(("for_pain", _FLAG), ("opioid", _FLAG)),
        ("mme_factor", _PLAIN),
        *(("start", _DAY), ("stop", _DAY)),
        ("note", _PLAIN),
        *_STAMPS,
    ),
    "intakes": (
        ("id", _UUID),
        ("medicine_id", _UUID),
        ("at", _AT),
        *(("amount", _PLAIN), ("pain_before", _PLAIN), ("helped", _PLAIN), ("note", _PLAIN)),
        *_STAMPS,
    ),
    "co_treatments": (
        ("id", _UUID),
        ("kind", _PLAIN),
        *(("start", _DAY), ("end", _DAY)),
        ("note", _PLAIN),
        *_STAMPS,
    ),
    "vitals": (
        ("id", _UUID),
        ("session_id", _UUID),
        ("moment", _PLAIN),
        ("at", _AT),
        *(("systolic", _PLAIN), ("diastolic", _PLAIN), ("heart_rate", _PLAIN), ("note", _PLAIN)),
        *_STAMPS,
    ),
    "impressions": (
        ("id", _UUID),
        ("session_id", _UUID),
        ("day", _PLAIN),
        ("at", _AT),
        *(("value", _PLAIN), ("note", _PLAIN)),
        *_STAMPS,
    ),
    "checkins": (
        ("id", _UUID),
        ("at", _AT),
        *(("more_often", _FLAG), ("urgency", _FLAG), ("pain", _FLAG), ("blood", _FLAG)),
        ("note", _PLAIN),
        *_STAMPS,
    ),
}

# How a stored value of each kind is read; NULL stays None and is never passed in.
READERS: dict[Kind, Callable[[Any], Any] | None] = {
    "uuid": uuid.UUID,
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "boolean": bool,
    "plain": None,
}


def stored_datetime(value: datetime) -> str:
    """A time as the diary stores it, for comparing with stored times in a query."""
    return (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d} "
        f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
    )


def stored_uuid(value: uuid.UUID) -> str:
    """An id as the diary stores it (32 hex digits), for finding a row by id."""
    return value.hex
