""" "Delete all my data": every record out of the diary file, with no readable trace left in it.

Copies of the diary beside it (damaged diaries set aside, temporary copies of a killed backup
or restore, the backups) are found and removed here too, and what stays is named.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from paindiary import paths
from paindiary.i18n import _
from paindiary.store import backup, backup_files
from paindiary.store.errors import DiaryError
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


@dataclass(frozen=True, slots=True)
class CopiesResult:
    """Files holding a copy of the diary that an erase removed, and those it had to leave."""

    removed: tuple[Path, ...] = ()
    left: tuple[Path, ...] = ()


def other_copies(db_path: Path) -> list[Path]:
    """Every file beside the diary that holds a copy of its records, backups aside.

    Damaged diaries moved aside (`NAME.damaged-TIME`, with their -wal and -shm) and the
    temporary copies of a backup or restore that was killed half-way, in the diary's folder
    and in its backup folder.
    """
    found: list[Path] = []
    set_aside = re.compile(re.escape(db_path.name) + r"\.damaged-[^/]*")
    found += _matching(db_path.parent, set_aside)
    found += _matching(db_path.parent, backup_files.temporary_name_pattern(db_path.name))
    found += _matching(backup.backup_folder(db_path), backup_files.TEMPORARY)
    return sorted(set(found))


def _matching(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    try:
        return [path for path in folder.iterdir() if pattern.fullmatch(path.name) and path.is_file()]
    except OSError:
        return []


def remove_copies(db_path: Path, *, backups: bool) -> CopiesResult:
    """Delete the other copies of the diary, and all its backups when `backups`; name what stayed.

    Without `backups`, the backups and the damaged diaries moved aside are kept (both can be
    restored) and named as left; abandoned temporary copies are always removed.
    """
    removed: list[Path] = []
    left: list[Path] = []
    candidates = other_copies(db_path)
    if backups:
        candidates += [found.path for found in backup.list_backups(db_path)]
    else:
        left += [found.path for found in backup.list_backups(db_path)]
    for candidate in candidates:
        keep = not backups and ".damaged-" in candidate.name
        if keep:
            left.append(candidate)
            continue
        try:
            candidate.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            left.append(candidate)
            continue
        removed.append(candidate)
    with contextlib.suppress(OSError):
        paths.ensure_private_dir(db_path.parent)
    return CopiesResult(tuple(removed), tuple(sorted(left)))
