"""Medicines, intakes and co-treatments in the JSON document (top-level arrays of version 2).

Field names are the records' own (docs/formats.md); formats/json_records.py reads and writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from paindiary.formats import json_records
from paindiary.formats.json_records import field_names, record_to_json
from paindiary.medicine_records import CoTreatment, Intake, Medicine

ARRAYS: json_records.Arrays = (
    ("medicines", Medicine),
    ("intakes", Intake),
    ("co_treatments", CoTreatment),
)
ARRAY_NAMES = tuple(name for name, _kind in ARRAYS)
REQUIRED = {
    Medicine: {"id", "name"},
    Intake: {"id", "medicine", "at", "amount"},
    CoTreatment: {"id", "kind", "start"},
}

__all__ = ["ARRAYS", "ARRAY_NAMES", "field_names", "read_arrays", "record_to_json", "write_arrays"]


def read_arrays(data: dict[str, Any], wrap: Callable[[str, Callable[[], Any]], Any]) -> list[Any]:
    """Every medicine, intake and co-treatment of a decoded document (absent arrays are empty)."""
    return json_records.read_arrays(data, ARRAYS, REQUIRED, wrap)


def write_arrays(records: Sequence[Any]) -> dict[str, list[dict[str, Any]]]:
    """The document's arrays for `records` (every kind present, empty or not)."""
    return json_records.write_arrays(records, ARRAYS)
