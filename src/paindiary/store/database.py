"""Opening a diary file: engine, per-connection pragmas, migrations, version checks."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The SQLite dialect is imported with the store, not on the first connect: the app imports
# the store before PySide6, whose import hook makes every later import slower.
import sqlalchemy.dialects.sqlite  # noqa: F401
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import NullPool

from paindiary import paths

if TYPE_CHECKING:
    from alembic.config import Config

# The schema revisions this version knows, oldest first. A test checks them against the
# migration scripts; having them here lets an up-to-date diary open without importing
# Alembic at all (a fifth of the app's start-up).
SCHEMA_REVISIONS = ("0001", "0002")


class DiaryError(Exception):
    """A diary that cannot be opened or written; the message is for the user."""


class DiaryTooNew(DiaryError):
    """The file was written by a newer paindiary; it is left untouched."""


class DiaryDamaged(DiaryError):
    """The file is not a readable SQLite diary; it is left untouched."""


class DiaryNotADiary(DiaryError):
    """A readable SQLite file that is not a paindiary diary."""


PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    # A deleted entry's text is overwritten, not left in free pages of the file.
    "PRAGMA secure_delete=ON",
)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling skips BEGIN for DDL, so a failed migration
    # would leave half its changes behind; take over BEGIN ourselves (SQLAlchemy docs,
    # "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout=5000")
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(db_path: Path) -> Engine:
    """An engine whose every connection has the diary's pragmas and real transactions."""
    # NullPool: a desktop app makes few connections, and nothing stays open (and
    # locked) between user actions.
    engine = create_engine(f"sqlite+pysqlite:///{db_path}", poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("paindiary.store") / "migrations"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(SCHEMA_REVISIONS)


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


def check_openable(engine: Engine, db_path: Path) -> str | None:
    """Refuse, without writing, a file that is damaged, foreign or too new; return its revision."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            tables = {
                row[0]
                for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = _revision_on(connection)
    except (DatabaseError, OperationalError) as exc:
        raise DiaryDamaged(f"{db_path} is damaged or not a diary file ({exc.orig}).") from exc
    if tables and "alembic_version" not in tables:
        raise DiaryNotADiary(f"{db_path} is a database, but not a paindiary diary.")
    if revision is not None and revision not in known_revisions():
        raise DiaryTooNew(
            f"{db_path} was written by a newer version of paindiary (schema {revision}). "
            "Please update paindiary; the file was not changed."
        )
    return revision


def migrate(engine: Engine) -> None:
    """Bring the schema to head in one transaction (creates a new diary's tables)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def prepare_file(db_path: Path) -> bool:
    """Create the folder 0700 and the file 0600 if missing; True when the file is new."""
    paths.ensure_private_dir(db_path.parent)
    is_new = not db_path.exists() or db_path.stat().st_size == 0
    if not db_path.exists():
        paths.create_private_file(db_path)
    return is_new
