"""Records kept as top-level arrays of the JSON document (version 2): medicines, intakes,
co-treatments, vitals, impressions, check-ins.

Field names are the records' own (docs/formats.md); dates are ISO dates, times ISO moments.
A field left out or null takes the record's default.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import MISSING, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from paindiary.domain import ValidationError, format_moment, parse_date, parse_moment

# An array's name and the record type it holds.
Arrays = tuple[tuple[str, type[Any]], ...]
_MOMENTS = {"at", "created", "updated"}
_DATES = {"start", "stop", "end"}


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
    kind: type[Any],
    where: str,
    raw: Any,
    wrap: Callable[[str, Callable[[], Any]], Any],
    required: Collection[str],
) -> Any:
    """One record of `kind` from its JSON object; errors name `where` and the field."""
    if not isinstance(raw, dict):
        raise ValidationError(where, "is not an object")
    known = field_names(kind)
    for key in raw:
        if key not in known:
            raise ValidationError(f"{where}.{key}", f"is not a known field (known: {', '.join(known)})")
    for key in sorted(required):
        if raw.get(key) is None:
            raise ValidationError(f"{where}.{key}", "is missing")
    # A null where the record has a default other than None (a note, a yes/no) takes that default.
    defaulted = {
        field.name for field in fields(kind) if field.default is not None and field.default is not MISSING
    }

    def build() -> Any:
        values = {
            name: _from_json_value(name, value)
            for name, value in raw.items()
            if value is not None or name not in defaulted
        }
        return kind(**values)

    return wrap(where, build)


def read_arrays(
    data: dict[str, Any],
    arrays: Arrays,
    required: Mapping[type[Any], Collection[str]],
    wrap: Callable[[str, Callable[[], Any]], Any],
) -> list[Any]:
    """Every record of `arrays` in a decoded document, in array order (an absent array is empty)."""
    records: list[Any] = []
    for name, kind in arrays:
        raw = data.get(name, [])
        if not isinstance(raw, list):
            raise ValidationError(name, "must be a list")
        records.extend(
            record_from_json(kind, f"{name}[{index}]", item, wrap, required[kind])
            for index, item in enumerate(raw)
        )
    return records


def write_arrays(records: Sequence[Any], arrays: Arrays) -> dict[str, list[dict[str, Any]]]:
    """The document's arrays for `records` (every array present, empty or not)."""
    return {
        name: [record_to_json(record) for record in records if type(record) is kind] for name, kind in arrays
    }
