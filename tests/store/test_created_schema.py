"""A new diary made in one create has exactly the schema every migration run in turn gives."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic import command

from paindiary.store import Diary, database, diary_file

Schema = dict[str, object]


def schema_of(path: Path) -> Schema:
    """Every table's columns, indexes, foreign keys and CHECK constraints, independent of their order."""
    connection = sqlite3.connect(path)
    try:
        found: Schema = {}
        tables = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for name, sql in tables:
            columns = sorted(
                connection.execute(f"PRAGMA table_info('{name}')").fetchall(), key=lambda c: c[1]
            )
            indexes = sorted(
                (
                    row[1],
                    row[2],
                    tuple(info[2] for info in connection.execute(f"PRAGMA index_info('{row[1]}')")),
                )
                for row in connection.execute(f"PRAGMA index_list('{name}')")
            )
            keys = sorted(tuple(row[2:]) for row in connection.execute(f"PRAGMA foreign_key_list('{name}')"))
            checks = sorted(
                " ".join(check.split()) for check in re.findall(r"CHECK \((.*?)\)(?:,|\n|$| )", sql)
            )
            found[name] = ([column[1:] for column in columns], indexes, keys, checks)
        return found
    finally:
        connection.close()


def test_a_new_diary_is_created_without_alembic_and_matches_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = tmp_path / "created.sqlite3"
    with monkeypatch.context() as without:
        without.setitem(sys.modules, "alembic", None)  # any import of Alembic now fails
        with Diary.open(created):
            pass

    migrated = tmp_path / "migrated.sqlite3"
    engine = database.make_engine(migrated)
    try:
        with engine.begin() as connection:
            command.upgrade(database.alembic_config(connection), "head")
    finally:
        engine.dispose()
    assert schema_of(created) == schema_of(migrated)
    assert diary_file.check_openable(created) == diary_file.head_revision()
