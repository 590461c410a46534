"""Vitals, impressions (PGIC), check-ins and the profile in the JSON document (version 2).

The arrays `vitals`, `impressions` and `checkins` use the records' own field names, like the
medicines' arrays (formats/json_records.py reads and writes both); `profile` is one object. A document without
them imports them as empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.formats import json_records
from paindiary.store.clinic_settings import profile_as_dict, profile_from_dict

ARRAYS: json_records.Arrays = (
    ("vitals", Vitals),
    ("impressions", Impression),
    ("checkins", Checkin),
)
KEYS = (*(name for name, _kind in ARRAYS), "profile")
_REQUIRED: dict[type[Any], set[str]] = {
    Vitals: {"id", "moment", "at"},
    Impression: {"id", "at", "value"},
    Checkin: {"id", "at"},
}


def read(data: dict[str, Any], wrap: Callable[[str, Callable[[], Any]], Any]) -> list[Any]:
    """The records of a decoded document, and its profile when it has one."""
    records = json_records.read_arrays(data, ARRAYS, _REQUIRED, wrap)
    if data.get("profile") is not None:
        records.append(wrap("profile", lambda: profile_from_dict(data["profile"])))
    return records


def write(records: Sequence[Any]) -> dict[str, Any]:
    """The document's arrays and profile for `records` (every key present)."""
    arrays: dict[str, Any] = dict(json_records.write_arrays(records, ARRAYS))
    profiles = [record for record in records if isinstance(record, Profile)]
    arrays["profile"] = profile_as_dict(profiles[-1] if profiles else Profile())
    return arrays
