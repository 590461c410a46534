"""Rows a diary holds but cannot read back: found, named and left out, never a crash.

A damaged or hand-edited row (a time that is not a time, a pain of 12, an unknown route)
would otherwise stop every read of its table, and with it `list`, `export` and the app.
Reads (store/plain_reads.py) convert row by row and name the rows that fail; `check` runs
the very same read over every table, so it never calls a diary fine that cannot be read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from paindiary.store import convert, flat_tables, plain_reads

# How many reasons a scan keeps (a wrecked table could hold thousands).
MAX_REPORTED = 50


@dataclass(frozen=True, slots=True)
class UnreadableRow:
    table: str
    rowid: int
    reason: str

    def describe(self) -> str:
        return f"{self.table} row {self.rowid}: {self.reason}"


def _setting(values: Any) -> object:
    return json.loads(values.value)


# Each table, with how a normal read turns one of its rows into a record.
BUILDERS: dict[str, Callable[[Any], object]] = {
    "entries": convert.entry_from_row,
    "sessions": lambda values: convert.session_from_row(values, []),
    "side_effects": convert.side_effect_from_row,
    "settings": _setting,
    "medicines": flat_tables.medicine_from_row,
    "intakes": flat_tables.intake_from_row,
    "co_treatments": flat_tables.co_treatment_from_row,
    "vitals": flat_tables.vitals_from_row,
    "impressions": flat_tables.impression_from_row,
    "checkins": flat_tables.checkin_from_row,
}


def scan_table(connection: sqlite3.Connection, name: str) -> list[UnreadableRow]:
    """The rows of table `name` that a normal read cannot turn into records."""
    found: plain_reads.Unreadable = {}
    plain_reads.records(connection, name, BUILDERS[name], found)
    return [UnreadableRow(table, rowid, reason) for (table, rowid), reason in found.items()]


def scan(connection: sqlite3.Connection) -> list[UnreadableRow]:
    """Every unreadable row of the diary's record tables (those the file has)."""
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found: list[UnreadableRow] = []
    for name in BUILDERS:
        if name in present:
            found.extend(scan_table(connection, name))
    return found
