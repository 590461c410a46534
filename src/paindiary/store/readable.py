"""Rows a diary holds but cannot read back: found, named and left out, never a crash.

A damaged or hand-edited row (a time that is not a time, a pain of 12, an unknown route)
would otherwise stop every read of its table, and with it `list`, `export` and the app.
Reads go the fast way first; only when a row fails is its table read again row by row,
with exactly the conversions a normal read makes, and the rows that fail are named.
`check` runs the same scan, so it never calls a diary fine that cannot be read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, Table, literal_column
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.orm import Session

from paindiary.store import convert, flat_convert
from paindiary.store.schema import (
    CheckinRow,
    CoTreatmentRow,
    EntryRow,
    ImpressionRow,
    IntakeRow,
    MedicineRow,
    SessionRow,
    SettingRow,
    SideEffectRow,
    VitalsRow,
)

# Every way a stored value can fail to become a record (ValidationError is a ValueError).
UNREADABLE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, UnicodeError)
# How many reasons a scan keeps (a wrecked table could hold thousands).
MAX_REPORTED = 50
_DIALECT = SQLiteDialect_pysqlite()


@dataclass(frozen=True, slots=True)
class UnreadableRow:
    table: str
    rowid: int
    reason: str

    def describe(self) -> str:
        return f"{self.table} row {self.rowid}: {self.reason}"


def _entry(values: SimpleNamespace) -> object:
    return convert.entry_from_row(values)  # type: ignore[arg-type]


def _session(values: SimpleNamespace) -> object:
    return convert.session_from_row(values, [])  # type: ignore[arg-type]


def _side_effect(values: SimpleNamespace) -> object:
    return convert.side_effect_from_row(values)  # type: ignore[arg-type]


def _setting(values: SimpleNamespace) -> object:
    return json.loads(values.value)


# Each table, with how a normal read turns one of its rows into a record.
BUILDERS: dict[str, Callable[[SimpleNamespace], object]] = {
    EntryRow.__tablename__: _entry,
    SessionRow.__tablename__: _session,
    SideEffectRow.__tablename__: _side_effect,
    SettingRow.__tablename__: _setting,
    MedicineRow.__tablename__: flat_convert.medicine_from_row,  # type: ignore[dict-item]
    IntakeRow.__tablename__: flat_convert.intake_from_row,  # type: ignore[dict-item]
    CoTreatmentRow.__tablename__: flat_convert.co_treatment_from_row,  # type: ignore[dict-item]
    VitalsRow.__tablename__: flat_convert.vitals_from_row,  # type: ignore[dict-item]
    ImpressionRow.__tablename__: flat_convert.impression_from_row,  # type: ignore[dict-item]
    CheckinRow.__tablename__: flat_convert.checkin_from_row,  # type: ignore[dict-item]
}
TABLES: dict[str, Table] = {
    row.__tablename__: row.__table__  # type: ignore[misc]
    for row in (
        *(EntryRow, SessionRow, SideEffectRow, SettingRow),
        *(MedicineRow, IntakeRow, CoTreatmentRow, VitalsRow, ImpressionRow, CheckinRow),
    )
}


def scan_table(connection: sqlite3.Connection, name: str) -> list[UnreadableRow]:
    """The rows of table `name` that a normal read cannot turn into records."""
    table = TABLES[name]
    build = BUILDERS[name]
    processors = [
        (column.name, column.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None))
        for column in table.columns
    ]
    columns = ", ".join(f'"{column}"' for column, _processor in processors)
    found: list[UnreadableRow] = []
    for raw in connection.execute(f'SELECT rowid, {columns} FROM "{name}"'):
        try:
            values: dict[str, Any] = {
                column: processor(value) if processor is not None and value is not None else value
                for (column, processor), value in zip(processors, raw[1:], strict=True)
            }
            build(SimpleNamespace(**values))
        except UNREADABLE_ERRORS as error:
            found.append(UnreadableRow(name, int(raw[0]), _reason(error)))
    return found


def scan(connection: sqlite3.Connection) -> list[UnreadableRow]:
    """Every unreadable row of the diary's record tables (those the file has)."""
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found: list[UnreadableRow] = []
    for name in TABLES:
        if name in present:
            found.extend(scan_table(connection, name))
    return found


def _reason(error: BaseException) -> str:
    text = str(error).replace("\n", " ")
    return text if len(text) <= 160 else text[:157] + "..."


def without_unreadable(
    session: Session, query: Select[Any], name: str, noted: dict[tuple[str, int], str]
) -> Select[Any]:
    """`query` without table `name`'s unreadable rows, which are added to `noted` for the report."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    found = scan_table(raw, name)
    for row in found:
        noted[(name, row.rowid)] = row.reason
    if not found:
        return query
    return query.where(literal_column(f'"{name}".rowid').not_in([row.rowid for row in found]))
