"""The paindiary CSV: the whole diary as one spreadsheet-friendly table that reads back exactly.

RFC 4180 (comma, CRLF, double quotes), UTF-8 with a BOM so spreadsheets pick the right
encoding, ISO dates. One row per record; the `record` column says which kind
(entry, session, side-effect, medicine, intake, co-treatment, setting) and each kind fills its
own columns. Side effects
name their session in `session_id`. docs/formats.md documents every column.

Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a
carriage return) get a leading apostrophe on export (OWASP "CSV injection", CWE-1236);
reading our own CSV removes exactly that apostrophe again, so the round trip is exact.
Reading is in csv_reader.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from paindiary.domain import (
    AnalysisSettings,
    PainEntry,
    TreatmentSession,
    format_moment,
)
from paindiary.formats import csv_clinic, csv_medicines, fuller_fields
from paindiary.formats.atomic import write_private_bytes
from paindiary.formats.fuller_fields import checklist_cell, flag_cell
from paindiary.formats.json_document import ENTRY_FIELDS, SESSION_FIELDS, SIDE_EFFECT_FIELDS

SOURCE = "paindiary-csv"
COLUMNS = (
    "record",
    "id",
    "session_id",
    "at",
    "pain",
    "worst",
    "enjoyment",
    "activity",
    "locations",
    "route",
    "drug",
    "dose_mg",
    "weight_kg",
    "minutes",
    "rate_mg_per_kg_h",
    "clinic",
    "series",
    "kind",
    "severity",
    "note",
    "created",
    "updated",
    *fuller_fields.FIELDS,  # the fuller record (docs/formats.md)
    *csv_medicines.NEW_COLUMNS,
    *csv_clinic.NEW_COLUMNS,
    "setting",
    "value",
)
# Each kind's columns are the JSON document's fields, so the two formats cannot drift apart.
RECORD_COLUMNS: dict[str, tuple[str, ...]] = {
    "entry": ENTRY_FIELDS,
    "session": tuple(name for name in SESSION_FIELDS if name != "side_effects"),
    "side-effect": ("id", "session_id", *(name for name in SIDE_EFFECT_FIELDS if name != "id")),
    **csv_medicines.RECORD_COLUMNS,
    **csv_clinic.RECORD_COLUMNS,
    "setting": ("setting", "value"),
}
TEXT_COLUMNS = frozenset(
    {"locations", "drug", "clinic", "kind", "note", *csv_medicines.TEXT_COLUMNS, *csv_clinic.TEXT_COLUMNS}
)
LOCATION_SEPARATOR = "; "
_FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
_GUARDED = re.compile(r"^'+[=+\-@\t\r]")


def guard_formula(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would run as a formula (reversible)."""
    return "'" + text if _FORMULA_START.match(text) else text


def unguard_formula(text: str) -> str:
    """Undo `guard_formula` (only apostrophes it could have added are removed)."""
    return text[1:] if _GUARDED.match(text) else text


def join_locations(locations: tuple[str, ...]) -> str:
    escaped = (name.replace("\\", "\\\\").replace(";", "\\;") for name in locations)
    return LOCATION_SEPARATOR.join(escaped)


def split_locations(text: str) -> tuple[str, ...]:
    names: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ";":
            names.append("".join(current))
            current = []
        else:
            current.append(char)
    names.append("".join(current))
    return tuple(name.strip() for name in names if name.strip())


# ---------------------------------------------------------------- writing


def _moment(moment: datetime | None, *, seconds: bool = False) -> str:
    if moment is None:
        return ""
    if seconds:
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    return format_moment(moment).replace("T", " ")


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)


def _row(record: str, values: dict[str, str]) -> list[str]:
    cells = {"record": record, **values}
    return [guard_formula(cells.get(c, "")) if c in TEXT_COLUMNS else cells.get(c, "") for c in COLUMNS]


def entry_row(entry: PainEntry) -> list[str]:
    return _row(
        "entry",
        {
            "id": str(entry.id),
            "at": _moment(entry.at),
            "pain": str(entry.pain),
            "worst": _number(entry.worst),
            "enjoyment": _number(entry.enjoyment),
            "activity": _number(entry.activity),
            "locations": join_locations(entry.locations),
            "note": entry.note,
            "sleep_interference": _number(entry.sleep_interference),
            "mood": _number(entry.mood),
            "for_clinician": flag_cell(entry.for_clinician),
            "created": _moment(entry.created, seconds=True),
            "updated": _moment(entry.updated, seconds=True),
        },
    )


def session_rows(treatment: TreatmentSession) -> list[list[str]]:
    rows = [
        _row(
            "session",
            {
                "id": str(treatment.id),
                "at": _moment(treatment.at),
                "route": treatment.route.value,
                "drug": treatment.drug,
                "dose_mg": _number(treatment.dose_mg),
                "weight_kg": _number(treatment.weight_kg),
                "minutes": _number(treatment.minutes),
                "rate_mg_per_kg_h": _number(treatment.rate_mg_per_kg_h),
                "clinic": treatment.clinic,
                "series": treatment.series.value,
                "status": treatment.status.value,
                "ride_home": treatment.ride_home.value,
                "new_medicines": treatment.new_medicines,
                "checklist": checklist_cell(treatment.checklist),
                "questions": treatment.questions,
                "note": treatment.note,
                "created": _moment(treatment.created, seconds=True),
                "updated": _moment(treatment.updated, seconds=True),
            },
        )
    ]
    for effect in treatment.side_effects:
        rows.append(
            _row(
                "side-effect",
                {
                    "id": str(effect.id),
                    "session_id": str(treatment.id),
                    "kind": effect.kind,
                    "severity": effect.severity.value,
                    "note": effect.note,
                    "onset": effect.onset.value if effect.onset is not None else "",
                    "lasted_hours": _number(effect.lasted_hours),
                    "created": _moment(effect.created, seconds=True),
                },
            )
        )
    return rows


def render(
    entries: list[PainEntry],
    sessions: list[TreatmentSession],
    settings: AnalysisSettings,
    others: Sequence[Any] = (),
) -> bytes:
    """The whole CSV file: BOM, header, entries, sessions each followed by its side effects,
    medicines, co-treatments and intakes, settings."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(entry_row(entry) for entry in entries)
    for treatment in sessions:
        writer.writerows(session_rows(treatment))
    record_of = {kind: record for record, kind in csv_medicines.RECORD_KINDS.items()}
    for other in others:
        if type(other) in record_of:
            writer.writerow(_row(record_of[type(other)], csv_medicines.cells_of(other)))
        elif not getattr(other, "empty", False):  # vitals, impressions, check-ins, a profile
            writer.writerow(_row(csv_clinic.kind_name(other), csv_clinic.cells_of(other)))
    for name, value in settings.as_dict().items():
        writer.writerow(_row("setting", {"setting": name, "value": str(value)}))
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    path: Path,
    entries: list[PainEntry],
    sessions: list[TreatmentSession],
    settings: AnalysisSettings,
    others: Sequence[Any] = (),
) -> None:
    """Write the CSV atomically, mode 0600."""
    write_private_bytes(path, render(entries, sessions, settings, others))


# ---------------------------------------------------------------- recognising


def is_paindiary_header(header: tuple[str, ...]) -> bool:
    names = {title.strip().lower() for title in header}
    return bool(header) and header[0].strip().lower() == "record" and {"id", "at"} <= names
