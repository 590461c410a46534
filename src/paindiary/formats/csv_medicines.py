"""Medicines, intakes and co-treatments as rows of the paindiary CSV (record kinds `medicine`,
`intake`, `co-treatment`); their columns are their JSON fields (docs/formats.md).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from paindiary.domain import ValidationError, parse_date, parse_moment, parse_uuid
from paindiary.formats import json_medicines
from paindiary.formats.fuller_fields import flag_from_cell
from paindiary.i18n import _
from paindiary.medicine_records import CoTreatment, Intake, Medicine

RECORD_KINDS: dict[str, type[Any]] = {"medicine": Medicine, "intake": Intake, "co-treatment": CoTreatment}
RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    record: json_medicines.field_names(kind) for record, kind in RECORD_KINDS.items()
}
# Columns that only these records use, in the order the CSV lists them.
NEW_COLUMNS = (
    "name",
    "strength",
    "unit",
    "mg_per_unit",
    "regular_daily_amount",
    "for_pain",
    "opioid",
    "mme_factor",
    "start",
    "stop",
    "end",
    "medicine",
    "amount",
    "pain_before",
    "helped",
)
TEXT_COLUMNS = frozenset({"name", "strength"})
_FLAGS = {"for_pain", "opioid"}
_WHOLE = {"pain_before", "helped"}
_AMOUNTS = {"mg_per_unit", "regular_daily_amount", "mme_factor", "amount"}
_DATES = {"start", "stop", "end"}
_MOMENTS = {"at", "created", "updated"}
_IDS = {"id", "medicine"}
_NUMBER = re.compile(r"\d{1,15}(\.\d{1,15})?")


def cells_of(record: Any) -> dict[str, str]:
    """One record's cells by column name."""
    cells: dict[str, str] = {}
    for name in json_medicines.field_names(type(record)):
        value = getattr(record, name)
        if value is None:
            text = ""
        elif isinstance(value, bool):
            text = "yes" if value else "no"
        elif isinstance(value, StrEnum):
            text = value.value
        elif isinstance(value, datetime):
            text = value.strftime("%Y-%m-%d %H:%M:%S" if name in ("created", "updated") else "%Y-%m-%d %H:%M")
        elif isinstance(value, date):
            text = value.isoformat()
        elif isinstance(value, float):
            text = str(int(value)) if value.is_integer() else repr(value)
        else:
            text = str(value)
        cells[name] = text
    return cells


def _value(name: str, text: str) -> Any:
    stripped = text.strip()
    if name in _FLAGS:
        return flag_from_cell(name, text)
    if not stripped:
        return "" if name in ("note", "strength") else None
    if name in _WHOLE:
        if not stripped.isdigit() or len(stripped) > 3:
            raise ValidationError(name, _("{text!r} is not a whole number").format(text=stripped[:40]))
        return int(stripped)
    if name in _AMOUNTS:
        if not _NUMBER.fullmatch(stripped):
            raise ValidationError(name, _("{text!r} is not a number").format(text=stripped[:40]))
        return float(stripped)
    if name in _DATES:
        return parse_date(name, stripped)
    if name in _MOMENTS:
        return parse_moment(name, stripped)
    if name in _IDS:
        return parse_uuid(name, stripped)
    return text


def record_from_cells(record: str, values: dict[str, str]) -> Any:
    """The record of kind `record` from its cells (ValidationError names the column)."""
    kind = RECORD_KINDS[record]
    return kind(**{name: _value(name, text) for name, text in values.items()})
