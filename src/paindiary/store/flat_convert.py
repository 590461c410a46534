"""Writing the one-table records of store/flat_tables.py with the ORM (loaded with the first write)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from paindiary.store.flat_tables import FlatTable, tables, values_of
from paindiary.store.schema import (
    Base,
    CheckinRow,
    CoTreatmentRow,
    ImpressionRow,
    IntakeRow,
    MedicineRow,
    VitalsRow,
)

_ROWS: dict[str, type[Base]] = {
    row.__tablename__: row
    for row in (MedicineRow, IntakeRow, CoTreatmentRow, VitalsRow, ImpressionRow, CheckinRow)
}


def row_class(table: FlatTable) -> type[Base]:
    """The ORM class of `table`."""
    return _ROWS[table.name]


def insert_records(session: Session, records: Sequence[Any], *, now: datetime) -> None:
    """Insert records of one kind as they are (ids and timestamps kept; missing stamps are `now`)."""
    if not records:
        return
    table = tables()[type(records[0])]
    rows = [
        values_of(
            record, table, created=record.created or now, updated=record.updated or record.created or now
        )
        for record in records
    ]
    session.execute(insert(row_class(table)), rows)
