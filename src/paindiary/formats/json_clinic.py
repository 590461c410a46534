"""Vitals, impressions (PGIC), check-ins and the profile in the JSON document (version 2).

The arrays `vitals`, `impressions` and `checkins` use the records' own field names, like the
medicines' arrays (formats/json_medicines.py); `profile` is one object. A document without
them imports them as empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.domain import ValidationError, parse_moment
from paindiary.formats.json_medicines import record_to_json
from paindiary.store.clinic_settings import profile_as_dict, profile_from_dict

ARRAYS: tuple[tuple[str, type[Any]], ...] = (
    ("vitals", Vitals),
    ("impressions", Impression),
    ("checkins", Checkin),
)
KEYS = (*(name for name, _kind in ARRAYS), "profile")
_MOMENTS = {"at", "created", "updated"}
_REQUIRED: dict[type[Any], set[str]] = {
    Vitals: {"id", "moment", "at"},
    Impression: {"id", "at", "value"},
    Checkin: {"id", "at"},
}


def _field_names(kind: type[Any]) -> tuple[str, ...]:
    return ("id", *(field.name for field in fields(kind) if field.name != "id"))


def record_from_json(
    kind: type[Any], where: str, raw: Any, wrap: Callable[[str, Callable[[], Any]], Any]
) -> Any:
    """One record of `kind` from its JSON object; errors name `where` and the field."""
    if not isinstance(raw, dict):
        raise ValidationError(where, "is not an object")
    known = _field_names(kind)
    for key in raw:
        if key not in known:
            raise ValidationError(f"{where}.{key}", f"is not a known field (known: {', '.join(known)})")
    for key in sorted(_REQUIRED[kind]):
        if raw.get(key) is None:
            raise ValidationError(f"{where}.{key}", "is missing")

    def build() -> Any:
        values: dict[str, Any] = {}
        for name, raw_value in raw.items():
            value = raw_value
            if name in _MOMENTS and value is not None:
                if not isinstance(value, str):
                    raise ValidationError(name, f"{value!r} is not a date and time like 2024-03-01T08:30")
                value = parse_moment(name, value)
            if value is not None or name not in ("note", "more_often", "urgency", "pain", "blood"):
                values[name] = value
        return kind(**values)

    return wrap(where, build)


def read(data: dict[str, Any], wrap: Callable[[str, Callable[[], Any]], Any]) -> list[Any]:
    """The records of a decoded document, and its profile when it has one."""
    records: list[Any] = []
    for name, kind in ARRAYS:
        raw = data.get(name, [])
        if not isinstance(raw, list):
            raise ValidationError(name, "must be a list")
        records.extend(
            record_from_json(kind, f"{name}[{index}]", item, wrap) for index, item in enumerate(raw)
        )
    if data.get("profile") is not None:
        records.append(wrap("profile", lambda: profile_from_dict(data["profile"])))
    return records


def write(records: Sequence[Any]) -> dict[str, Any]:
    """The document's arrays and profile for `records` (every key present)."""
    arrays: dict[str, Any] = {
        name: [record_to_json(record) for record in records if type(record) is kind] for name, kind in ARRAYS
    }
    profiles = [record for record in records if isinstance(record, Profile)]
    arrays["profile"] = profile_as_dict(profiles[-1] if profiles else Profile())
    return arrays
