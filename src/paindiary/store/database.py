"""The SQLAlchemy engine that writes a diary, and its migrations; loaded with the first write.

Opening and reading go through store/diary_file.py and store/plain_reads.py with plain
sqlite3; everything here imports SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy.dialects.sqlite  # noqa: F401  # with the engine, not on its first connect
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from paindiary.i18n import _
from paindiary.store.diary_file import PRAGMAS, READ_ONLY_PRAGMAS, connect_file, head_revision, run_pragmas
from paindiary.store.errors import DiaryError

if TYPE_CHECKING:
    from alembic.config import Config


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    run_pragmas(dbapi_connection, PRAGMAS)


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    run_pragmas(dbapi_connection, READ_ONLY_PRAGMAS)


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(db_path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every connection has the diary's pragmas and real transactions.

    The connection comes from `connect_file`, not from a URL: SQLAlchemy would read a `?`
    in the path as the start of its own options and open another file.
    """
    # NullPool: a desktop app makes few connections, and nothing stays open (and
    # locked) between user actions.
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_file(db_path, read_only=read_only),
        poolclass=NullPool,
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("paindiary.store") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _revision_on(connection: Connection) -> str | None:
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).first()
    if has_table is None:
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return _revision_on(connection)


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to head in one transaction (creates a new diary's tables)."""
    with engine.begin() as connection:
        if _is_blank(connection):
            create_at_head(connection)
            return
        from alembic import command

        command.upgrade(alembic_config(connection), "head")


def _is_blank(connection: Connection) -> bool:
    return connection.exec_driver_sql("SELECT 1 FROM sqlite_master").first() is None


def create_at_head(connection: Connection) -> None:
    """A new diary's tables as the migrations leave them, in one create: Alembic is not loaded.

    A test checks that this gives the same schema as running every migration.
    """
    from paindiary.store.schema import Base

    Base.metadata.create_all(connection)
    # Alembic's own version table, as its upgrade would have made it.
    connection.exec_driver_sql(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    connection.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (head_revision(),))


def upgraded_engine(db_path: Path) -> Engine:
    """Create or upgrade the file's schema in one transaction, with the engine that writes it."""
    engine = make_engine(db_path)
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        message = _("{path} could not be opened: {detail}")
        raise DiaryError(message.format(path=db_path, detail=getattr(exc, "orig", exc))) from exc
    except DiaryError:
        engine.dispose()
        raise
    except Exception as exc:
        # A failing migration rolled back with its transaction (transactional DDL).
        engine.dispose()
        message = _("{path} could not be upgraded ({detail}); it was not changed.")
        raise DiaryError(message.format(path=db_path, detail=exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine
