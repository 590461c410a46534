"""Vitals, impressions, check-ins and the profile as rows of the paindiary CSV (record kinds
`vitals`, `impression`, `checkin`, `profile`); their columns are their JSON fields, with a
reading's or answer's session in `session_id` as a side effect's (docs/formats.md).
"""

from __future__ import annotations

from typing import Any

from paindiary.clinic_records import Checkin, Impression, Profile, Vitals
from paindiary.domain import ValidationError, parse_date, parse_moment, parse_uuid
from paindiary.formats import csv_medicines
from paindiary.formats.fuller_fields import flag_from_cell
from paindiary.i18n import _
from paindiary.store.clinic_settings import PROFILE_FIELDS

RECORD_KINDS: dict[str, type[Any]] = {
    "vitals": Vitals,
    "impression": Impression,
    "checkin": Checkin,
    "profile": Profile,
}
_STAMPS = ("note", "created", "updated")
RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    "vitals": ("id", "session_id", "moment", "at", "systolic", "diastolic", "heart_rate", *_STAMPS),
    "impression": ("id", "session_id", "day", "at", "value", *_STAMPS),
    "checkin": ("id", "at", "more_often", "urgency", "pain", "blood", *_STAMPS),
    "profile": PROFILE_FIELDS,
}
# Columns that only these records use (the others they share with earlier kinds).
NEW_COLUMNS = (
    "moment",
    "systolic",
    "diastolic",
    "heart_rate",
    "day",
    "more_often",
    "urgency",
    "blood",
    "born",
    "conditions",
    "clinician",
)
TEXT_COLUMNS = frozenset({"conditions", "clinician"})
_FLAGS = {"more_often", "urgency", "pain", "blood"}
_WHOLE = {"systolic", "diastolic", "heart_rate", "day", "value"}


def cells_of(record: Any) -> dict[str, str]:
    """One record's cells by column name."""
    if isinstance(record, Profile):
        born = record.born.isoformat() if record.born else ""
        return {name: born if name == "born" else getattr(record, name) for name in PROFILE_FIELDS}
    # The medicines' cell writer knows every value type these records use.
    cells = csv_medicines.cells_of(record)
    cells["session_id"] = cells.pop("session", "")
    return {name: cells[name] for name in RECORD_COLUMNS[kind_name(record)]}


def kind_name(record: Any) -> str:
    return next(name for name, kind in RECORD_KINDS.items() if type(record) is kind)


def _value(name: str, text: str) -> Any:
    stripped = text.strip()
    if name in _FLAGS:
        return flag_from_cell(name, text)
    if not stripped:
        return "" if name in ("note", *PROFILE_FIELDS) and name != "born" else None
    if name in _WHOLE:
        if not stripped.isdigit() or len(stripped) > 3:
            raise ValidationError(name, _("{text!r} is not a whole number").format(text=stripped[:40]))
        return int(stripped)
    if name == "born":
        return parse_date(name, stripped)
    if name in ("at", "created", "updated"):
        return parse_moment(name, stripped)
    if name in ("id", "session_id"):
        return parse_uuid(name, stripped)
    return text


def record_from_cells(record: str, values: dict[str, str]) -> Any:
    """The record of kind `record` from its cells (ValidationError names the column)."""
    fields = {name: _value(name, text) for name, text in values.items()}
    if "session_id" in fields:
        fields["session"] = fields.pop("session_id")
    return RECORD_KINDS[record](**fields)
