"""Every read of a diary's records, with plain sqlite3: no SQLAlchemy, which only the writes load.

A row comes back as a named tuple whose values are converted as store/columns.py says, the
same values SQLAlchemy's column types would give. A row that cannot become a record (a
damaged or hand-edited value: a time that is not a time, a pain of 12) is left out and
named in `unreadable`, never a crash: one bad row must not stop the app from opening.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from paindiary.store.columns import READERS, TABLES

# Every way a stored value can fail to become a record (ValidationError is a ValueError).
UNREADABLE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, UnicodeError)

Built = TypeVar("Built")
# Damaged rows left out of reads, (table, rowid) -> reason.
Unreadable = dict[tuple[str, int], str]


@dataclass(frozen=True, slots=True)
class _Shape:
    """How the rows of one table are selected and turned into named tuples."""

    select: str
    make: Callable[[Sequence[Any]], Any]
    conversions: tuple[tuple[int, Callable[[Any], Any]], ...]


@cache
def _shape(table: str) -> _Shape:
    columns = TABLES[table]
    names = ", ".join(f'"{name}"' for name, _kind in columns)
    conversions = tuple(
        (index, reader)
        for index, (_name, kind) in enumerate(columns)
        if (reader := READERS[kind]) is not None
    )
    row_type = namedtuple(f"{table}_row", [name for name, _kind in columns])  # type: ignore[misc]
    return _Shape(f'SELECT rowid, {names} FROM "{table}"', row_type._make, conversions)


def _raw_rows(
    connection: sqlite3.Connection, table: str, where: str, params: Sequence[object], order: Sequence[str]
) -> Iterator[tuple[int, list[Any]]]:
    shape = _shape(table)
    query = shape.select
    if where:
        query += f" WHERE {where}"
    if order:
        query += " ORDER BY " + ", ".join(f'"{name}"' for name in order)
    for raw in connection.execute(query, tuple(params)):
        yield raw[0], list(raw[1:])


def records(
    connection: sqlite3.Connection,
    table: str,
    build: Callable[[Any], Built],
    unreadable: Unreadable,
    *,
    where: str = "",
    params: Sequence[object] = (),
    order: Sequence[str] = (),
) -> list[Built]:
    """`build` of each row of `table` (named-tuple rows), in `order`; damaged rows go to `unreadable`."""
    shape = _shape(table)
    make, conversions = shape.make, shape.conversions
    built: list[Built] = []
    for rowid, values in _raw_rows(connection, table, where, params, order):
        try:
            for index, read in conversions:
                if values[index] is not None:
                    values[index] = read(values[index])
            built.append(build(make(values)))
        except UNREADABLE_ERRORS as error:
            unreadable[(table, rowid)] = reason(error)
    return built


def count(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def setting(connection: sqlite3.Connection, key: str) -> str | None:
    """The stored JSON text of setting `key`, or None."""
    row = connection.execute('SELECT "value" FROM settings WHERE "key" = ?', (key,)).fetchone()
    return None if row is None else str(row[0])


def reason(error: BaseException) -> str:
    """An error's message on one line, short enough for a report."""
    text = str(error).replace("\n", " ")
    return text if len(text) <= 160 else text[:157] + "..."
