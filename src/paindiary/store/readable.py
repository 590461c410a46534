"""Rows a diary holds but cannot read back: found, named and left out, never a crash.

A damaged or hand-edited row (a time that is not a time, a pain of 12, an unknown route)
would otherwise stop every read of its table, and with it `list`, `export` and the app.
Reads (store/plain_reads.py) convert row by row and name the rows that fail; `check` runs
the very same read over every table, so it never calls a diary fine that cannot be read.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from paindiary.store import columns, convert, flat_tables, plain_reads

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


# The tables whose rows are not one-to-one records, with how a normal read turns a row into one.
_OWN_BUILDERS: dict[str, Callable[[Any], object]] = {
    "entries": convert.entry_from_row,
    "sessions": lambda values: convert.session_from_row(values, []),
    "side_effects": convert.side_effect_from_row,
    "settings": _setting,
}


def builder(name: str) -> Callable[[Any], object]:
    """How a normal read turns a row of table `name` into a record (FlatRecords._list's for flat ones)."""
    if name in _OWN_BUILDERS:
        return _OWN_BUILDERS[name]
    kind, table = next((kind, table) for kind, table in flat_tables.tables().items() if table.name == name)
    return functools.partial(flat_tables.record_from, kind, table)


def scan_table(connection: sqlite3.Connection, name: str) -> list[UnreadableRow]:
    """The rows of table `name` that a normal read cannot turn into records."""
    found: plain_reads.Unreadable = {}
    plain_reads.records(connection, name, builder(name), found)
    return [UnreadableRow(table, rowid, reason) for (table, rowid), reason in found.items()]


def scan(connection: sqlite3.Connection) -> list[UnreadableRow]:
    """Every unreadable row of the diary's record tables (those the file has)."""
    present = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found: list[UnreadableRow] = []
    for name in columns.TABLES:  # every table of schema.py (tests/store/test_columns.py)
        if name in present:
            found.extend(scan_table(connection, name))
    return found
