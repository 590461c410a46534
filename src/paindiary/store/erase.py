""" "Delete all my data": every record out of the diary file, with no readable trace left in it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from paindiary.i18n import _
from paindiary.store.database import DiaryError
from paindiary.store.schema import Base


@dataclass(frozen=True, slots=True)
class ErasedCounts:
    entries: int
    sessions: int
    side_effects: int


def erase_all_data(db_path: Path) -> ErasedCounts:
    """Delete every entry, session, side effect and setting, then scrub the freed space from the file.

    secure_delete overwrites deleted content with zeros, VACUUM rebuilds the file without the
    freed pages, and a TRUNCATE checkpoint empties the -wal that briefly held the old pages.
    The schema (and its version) stays, so the diary opens as a new, empty one.
    """
    try:
        connection = sqlite3.connect(db_path, isolation_level=None)
    except sqlite3.Error as error:
        raise DiaryError(_("The diary could not be opened: {detail}").format(detail=error)) from error
    try:
        counts = _delete_rows(connection)
        _scrub(connection)
    finally:
        connection.close()
    return counts


def _delete_rows(connection: sqlite3.Connection) -> ErasedCounts:
    try:
        connection.execute("PRAGMA busy_timeout=5000")
        connection.execute("PRAGMA secure_delete=ON")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("BEGIN IMMEDIATE")
        try:
            counts = ErasedCounts(
                entries=_count(connection, "entries"),
                sessions=_count(connection, "sessions"),
                side_effects=_count(connection, "side_effects"),
            )
            # Children before parents; every table the schema knows, so new ones are never missed.
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(f'DELETE FROM "{table.name}"')
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        raise DiaryError(_("Nothing was deleted: {detail}").format(detail=error)) from error
    return counts


def _scrub(connection: sqlite3.Connection) -> None:
    try:
        connection.execute("VACUUM")
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as error:
        raise DiaryError(
            _("Your records were deleted, but the file could not be cleaned: {detail}").format(detail=error)
        ) from error
    if busy:
        raise DiaryError(
            _("Your records were deleted, but another program has the diary open; close it and try again.")
        )


def _count(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
