"""Medicines, intakes and co-treatments in the JSON document (top-level arrays of version 2).

Field names are the records' own (docs/formats.md); dates are ISO dates, times ISO moments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from paindiary.domain import ValidationError, format_moment, parse_date, parse_moment
from paindiary.medicine_records import CoTreatment, Intake, Medicine

# Array name, record type, the fields that are times (the others are values or dates).
ARRAYS: tuple[tuple[str, type[Any]], ...] = (
    ("medicines", Medicine),
    ("intakes", Intake),
    ("co_treatments", CoTreatment),
)
ARRAY_NAMES = tuple(name for name, _kind in ARRAYS)
_MOMENTS = {"at", "created", "updated"}
_DATES = {"start", "stop", "end"}
_REQUIRED = {
    Medicine: {"id", "name"},
    Intake: {"id", "medicine", "at", "amount"},
    CoTreatment: {"id", "kind", "start"},
}


def field_names(kind: type[Any]) -> tuple[str, ...]:
    """The record's JSON fields, id first."""
    names = [field.name for field in fields(kind)]
    return ("id", *(name for name in names if name != "id"))


def _to_json_value(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return format_moment(value) if value.second == 0 else value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value is not None and type(value).__name__ == "UUID":
        return str(value)
    return value


def record_to_json(record: Any) -> dict[str, Any]:
    return {name: _to_json_value(getattr(record, name)) for name in field_names(type(record))}


def _from_json_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _MOMENTS:
        if not isinstance(value, str):
            raise ValidationError(name, f"{value!r} is not a date and time like 2024-03-01T08:30")
        return parse_moment(name, value)
    if name in _DATES:
        if not isinstance(value, str):
            raise ValidationError(name, f"{value!r} is not a date like 2024-03-01")
        return parse_date(name, value)
    return value


def record_from_json(
    kind: type[Any], where: str, raw: Any, wrap: Callable[[str, Callable[[], Any]], Any]
) -> Any:
    """One record of `kind` from its JSON object; errors name `where` and the field."""
    if not isinstance(raw, dict):
        raise ValidationError(where, "is not an object")
    known = field_names(kind)
    for key in raw:
        if key not in known:
            raise ValidationError(f"{where}.{key}", f"is not a known field (known: {', '.join(known)})")
    for key in _REQUIRED[kind]:
        if key not in raw:
            raise ValidationError(f"{where}.{key}", "is missing")

    def build() -> Any:
        values = {name: _from_json_value(name, value) for name, value in raw.items()}
        if kind is not Intake and values.get("note") is None:
            values.pop("note", None)
        for flag in ("for_pain", "opioid"):
            if flag in values and values[flag] is None:
                values.pop(flag)
        return kind(**values)

    return wrap(where, build)


def read_arrays(data: dict[str, Any], wrap: Callable[[str, Callable[[], Any]], Any]) -> list[Any]:
    """Every medicine, intake and co-treatment of a decoded document (absent arrays are empty)."""
    records: list[Any] = []
    for name, kind in ARRAYS:
        raw = data.get(name, [])
        if not isinstance(raw, list):
            raise ValidationError(name, "must be a list")
        records.extend(
            record_from_json(kind, f"{name}[{index}]", item, wrap) for index, item in enumerate(raw)
        )
    return records


def write_arrays(records: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The document's arrays for `records` (every kind present, empty or not)."""
    return {
        name: [record_to_json(record) for record in records if type(record) is kind] for name, kind in ARRAYS
    }
