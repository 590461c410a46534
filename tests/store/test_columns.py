"""store/columns.py reads stored values exactly as SQLAlchemy's column types of schema.py do."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, Uuid
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from paindiary.store.columns import READERS, TABLES, Kind, stored_datetime, stored_uuid
from paindiary.store.schema import Base

DIALECT = SQLiteDialect_pysqlite()
KIND_OF_TYPE: dict[type[Any], Kind] = {
    Uuid: "uuid",
    DateTime: "datetime",
    Date: "date",
    Boolean: "boolean",
    Integer: "plain",
    Float: "plain",
    String: "plain",
    Text: "plain",
}
# Stored values of each kind as SQLite hands them back, the odd ones included.
STORED: dict[Kind, list[Any]] = {
    "uuid": [uuid.UUID(int=7).hex, uuid.uuid4().hex, str(uuid.uuid4())],
    "datetime": [
        "2024-03-01 08:30:00.000000",
        "2024-03-01 08:30:00.123456",
        "2024-03-01 08:30:00",
        "0999-01-02",
    ],
    "date": ["2024-03-01", "0999-12-31"],
    "boolean": [0, 1, 2],
    "plain": [3, 2.5, "text", ""],
}
DAMAGED: dict[Kind, list[Any]] = {
    "uuid": ["not an id", 12],
    "datetime": ["yesterday", "2024-13-01 00:00:00", 5],
    "date": ["2024-02-30", 5],
}


def test_every_table_and_column_of_the_schema_is_described_in_order_with_its_kind() -> None:
    described = {
        table.name: tuple((column.name, KIND_OF_TYPE[type(column.type)]) for column in table.columns)
        for table in Base.metadata.sorted_tables
    }
    assert described == TABLES


@pytest.mark.parametrize("kind", sorted(STORED))
def test_each_kind_reads_a_stored_value_as_sqlalchemy_does(kind: Kind) -> None:
    sqlalchemy_type = next(type_ for type_, of in KIND_OF_TYPE.items() if of == kind)
    processor = sqlalchemy_type().dialect_impl(DIALECT).result_processor(DIALECT, None)
    ours = READERS[kind]
    for value in STORED[kind]:
        expected = processor(value) if processor is not None else value
        assert (ours(value) if ours is not None else value) == expected, (kind, value)


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_a_damaged_value_fails_both_ways(kind: Kind) -> None:
    sqlalchemy_type = next(type_ for type_, of in KIND_OF_TYPE.items() if of == kind)
    processor = sqlalchemy_type().dialect_impl(DIALECT).result_processor(DIALECT, None)
    ours = READERS[kind]
    assert processor is not None
    assert ours is not None
    for value in DAMAGED[kind]:
        with pytest.raises((ValueError, TypeError, AttributeError)):
            processor(value)
        with pytest.raises((ValueError, TypeError, AttributeError)):
            ours(value)


@pytest.mark.parametrize(
    "moment", [datetime(2024, 3, 1, 8, 30), datetime(2024, 3, 1, 8, 30, 0, 5), datetime(999, 1, 2, 3, 4, 5)]
)
def test_times_in_queries_are_written_as_sqlalchemy_stores_them(moment: datetime) -> None:
    bind = DateTime().dialect_impl(DIALECT).bind_processor(DIALECT)
    assert bind is not None
    assert stored_datetime(moment) == bind(moment)


def test_ids_in_queries_are_written_as_sqlalchemy_stores_them() -> None:
    bind = Uuid().dialect_impl(DIALECT).bind_processor(DIALECT)
    assert bind is not None
    some_id = uuid.uuid4()
    assert stored_uuid(some_id) == bind(some_id)


def test_a_stored_date_reads_back_as_a_date() -> None:
    reader = READERS["date"]
    assert reader is not None
    assert reader("2024-03-01") == date(2024, 3, 1)
