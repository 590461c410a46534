"""Records whose fields map one to one onto the columns of one table (medicines, intakes,
co-treatments, vitals, impressions, check-ins): where they are stored, and how they become
rows and back.

Enums are stored as their values; a field may be stored under another column name
(`Intake.medicine` → `intakes.medicine_id`). No SQLAlchemy here: reads need none
(store/flat_convert.py writes).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from paindiary.clinic_records import Checkin, Impression, Vitals
from paindiary.i18n import _
from paindiary.medicine_records import CoTreatment, Intake, Medicine

Record = TypeVar("Record", Medicine, Intake, CoTreatment, Vitals, Impression, Checkin)
_BOOKKEEPING = ("created", "updated")


@dataclass(frozen=True, slots=True)
class FlatTable:
    """Where one kind of record is stored."""

    name: str  # the table's name
    renamed: dict[str, str]  # field name -> column name, where they differ
    gone: str  # the message when the record is no longer there
    order: tuple[str, ...]  # columns a list is sorted by


def tables() -> dict[type[Any], FlatTable]:
    return {
        Medicine: FlatTable(
            "medicines", {}, _("This medicine is no longer in the diary."), ("name", "created")
        ),
        Intake: FlatTable(
            "intakes", {"medicine": "medicine_id"}, _("This dose is no longer in the diary."), ("at",)
        ),
        CoTreatment: FlatTable(
            "co_treatments", {}, _("This treatment is no longer in the diary."), ("start", "created")
        ),
        Vitals: FlatTable(
            "vitals", {"session": "session_id"}, _("This reading is no longer in the diary."), ("at",)
        ),
        Impression: FlatTable(
            "impressions", {"session": "session_id"}, _("This answer is no longer in the diary."), ("at",)
        ),
        Checkin: FlatTable("checkins", {}, _("This check-in is no longer in the diary."), ("at",)),
    }


def values_of(record: Any, table: FlatTable, *, created: datetime, updated: datetime) -> dict[str, Any]:
    """The row's column values of `record`."""
    values: dict[str, Any] = {}
    for field in fields(record):
        if field.name in _BOOKKEEPING:
            continue
        value = getattr(record, field.name)
        values[table.renamed.get(field.name, field.name)] = (
            value.value if isinstance(value, StrEnum) else value
        )
    values["created"] = created
    values["updated"] = updated
    return values


def record_from(kind: type[Record], table: FlatTable, row: Any) -> Record:
    """A record from an ORM row or a plain result row (validated as it is built)."""
    return kind(
        **{field.name: getattr(row, table.renamed.get(field.name, field.name)) for field in fields(kind)}
    )
