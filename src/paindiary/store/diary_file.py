"""A diary file on disk: its connections, pragmas and the checks made before anything writes to it.

Plain sqlite3 only: opening an up-to-date diary and reading it never load SQLAlchemy, whose
import is most of the app's start-up and a quarter of its memory (store/database.py makes
the engine that writes).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from paindiary import paths
from paindiary.i18n import _
from paindiary.store.errors import DiaryDamaged, DiaryError, DiaryNotADiary, DiaryTooNew

# The schema revisions this version knows, oldest first. A test checks them against the
# migration scripts; having them here lets an up-to-date diary open without importing
# Alembic at all (a fifth of the app's start-up).
SCHEMA_REVISIONS = ("0001", "0002", "0003", "0004", "0005")


PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    # A deleted entry's text is overwritten, not left in free pages of the file.
    "PRAGMA secure_delete=ON",
)
# A connection that only reads (every read, and a diary on a read-only disk) never writes, not even
# the journal mode.
READ_ONLY_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA query_only=ON")
# SQLite result codes that mean "the bytes are wrong", as opposed to "the bytes could not be read".
DAMAGE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


def connect_file(db_path: Path, *, read_only: bool = False, untouched: bool = False) -> sqlite3.Connection:
    """A connection to exactly the file at `db_path`, whatever characters its path holds.

    Read-write, the path goes to SQLite as a plain file name (never inside a URL, where `?`,
    `#` or `%41` would mean something else). Read-only needs SQLite's URI form; Path.as_uri
    percent-encodes every such character. A folder that cannot even hold the read-only
    connection's shared-memory file (a read-only disk) is read as `immutable`.

    `untouched` is for questions asked of a file not yet known to be ours: even a read-only
    connection leaves -wal and -shm files beside a WAL database, so one that nobody has open
    (no -wal beside it) is read as `immutable`, which creates nothing.
    """
    if not read_only:
        return sqlite3.connect(os.fspath(db_path), isolation_level=None)
    if not db_path.is_file():
        raise sqlite3.OperationalError(f"there is no diary file at {db_path}")
    uri = db_path.resolve().as_uri()
    if untouched and is_closed_wal_file(db_path):
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        if _is_damage(error) or os.access(db_path.parent, os.W_OK):
            raise
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return connection


def is_closed_wal_file(db_path: Path) -> bool:
    """A database in WAL mode that no connection has open: no -wal file beside it."""
    try:
        with db_path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    wal_mode = len(header) == 20 and header[18] == 2 and header[19] == 2
    return wal_mode and not db_path.with_name(db_path.name + "-wal").exists()


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    # Extended codes (SQLITE_CORRUPT_INDEX...) keep the primary code in their low byte.
    return code is not None and code & 0xFF in DAMAGE_CODES


def run_pragmas(dbapi_connection: sqlite3.Connection, pragmas: tuple[str, ...]) -> None:
    # pysqlite's own transaction handling skips BEGIN for DDL, so a failed migration
    # would leave half its changes behind; take over BEGIN ourselves (SQLAlchemy docs,
    # "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout=5000")
        for pragma in pragmas:
            cursor.execute(pragma)
    finally:
        cursor.close()


def check_writable(db_path: Path) -> None:
    """Connect once with the diary's pragmas, so that a disk that refuses them says so now."""
    connection = connect_file(db_path)
    try:
        run_pragmas(connection, PRAGMAS)
    finally:
        connection.close()


def connect_for_reads(db_path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection for reading only: it waits for a writer to finish, and it cannot write."""
    connection = connect_file(db_path, read_only=read_only)
    try:
        run_pragmas(connection, READ_ONLY_PRAGMAS)
    except BaseException:
        connection.close()
        raise
    return connection


def head_revision() -> str:
    return SCHEMA_REVISIONS[-1]


def known_revisions() -> frozenset[str]:
    return frozenset(SCHEMA_REVISIONS)


def check_openable(db_path: Path) -> str | None:
    """Refuse a file that is damaged, foreign or too new before anything connects read-write.

    A read-write connection would switch the file to WAL (and leave -wal and -shm beside it)
    before a single question could be asked, so the questions go through a read-only one:
    the bytes of a refused file never change. Returns the diary's schema revision.
    """
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        return _check_openable(db_path, untouched=True)
    except DiaryDamaged:
        if not is_closed_wal_file(db_path):
            raise
    # An immutable read can catch another program's checkpoint half-way: ask once more, plainly.
    return _check_openable(db_path, untouched=False)


def _check_openable(db_path: Path, *, untouched: bool) -> str | None:
    try:
        connection = connect_file(db_path, read_only=True, untouched=untouched)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            row = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if _is_damage(exc):
            raise DiaryDamaged(
                _("{path} is damaged or not a diary file ({reason}).").format(path=db_path, reason=exc)
            ) from exc
        raise DiaryError(
            _("{path} could not be opened ({reason}).").format(path=db_path, reason=exc)
        ) from exc
    revision = None if row is None else str(row[0])
    if tables and "alembic_version" not in tables:
        raise DiaryNotADiary(
            _("{path} is a database, but not a paindiary diary; it was not changed.").format(path=db_path)
        )
    if revision is not None and revision not in known_revisions():
        raise DiaryTooNew(
            _(
                "{path} was written by a newer version of paindiary (schema {revision}). "
                "Please update paindiary; the file was not changed."
            ).format(path=db_path, revision=revision)
        )
    return revision


def prepare_file(db_path: Path) -> bool:
    """Create the folder 0700 and the file 0600 if missing; True when the file is new."""
    paths.ensure_private_dir(db_path.parent)
    is_new = not db_path.exists() or db_path.stat().st_size == 0
    if not db_path.exists():
        paths.create_private_file(db_path)
    return is_new
