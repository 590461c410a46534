"""Backups of the diary: made with SQLite's backup API, verified, kept private, thinned, restored.

A plain file copy of a live WAL database can miss committed rows that are still in the -wal,
so every copy here goes through `sqlite3.Connection.backup` on one read snapshot. Each backup is
written to a temporary file, verified (quick_check, foreign keys, the same row counts as the
source), then renamed into place, mode 0600.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from paindiary import paths, portable
from paindiary.clock import Clock, local_now
from paindiary.i18n import _
from paindiary.store import backup_files, integrity
from paindiary.store.backup_files import (
    ABANDONED_AFTER_SECONDS,
    DAILY,
    ERASE,
    IMPORT,
    MANUAL,
    MIGRATION,
    REASONS,
    RESTORE,
    STAMP_FORMAT,
    SUFFIX,
    BackupFile,
    backup_folder,
    delete_all_backups,
    list_backups,
)
from paindiary.store.diary import Diary
from paindiary.store.errors import DiaryError

__all__ = [
    "ABANDONED_AFTER_SECONDS",
    "DAILY",
    "ERASE",
    "IMPORT",
    "MANUAL",
    "MIGRATION",
    "REASONS",
    "RESTORE",
    "STAMP_FORMAT",
    "BackupCounts",
    "BackupError",
    "BackupFile",
    "RestoreResult",
    "backup_before",
    "backup_folder",
    "daily_backup",
    "delete_all_backups",
    "list_backups",
    "make_backup",
    "restore_backup",
    "thin_backups",
    "verify_backup",
]


class BackupError(DiaryError):
    """A backup that could not be made, verified or restored; the message is for the user."""

    def __init__(self, message: str, *, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


def _failure(translated: str, *, damaged: bool = False, **values: object) -> BackupError:
    """A BackupError whose placeholders are filled after translation."""
    return BackupError(translated.format(**values), damaged=damaged)


@dataclass(frozen=True, slots=True)
class BackupCounts:
    """What a verified diary file holds."""

    entries: int
    sessions: int
    side_effects: int
    revision: str | None
    tables: dict[str, int]


@dataclass(frozen=True, slots=True)
class RestoreResult:
    counts: BackupCounts
    previous: Path | None  # the backup of the diary that was replaced
    set_aside: Path | None  # where a damaged diary was moved instead of being backed up


# ---------------------------------------------------------------- verifying


def verify_backup(path: Path) -> BackupCounts:
    """Check a diary file read-only (quick_check, foreign keys, schema); return its counts or raise."""
    if not path.is_file():
        raise _failure(_("{path} does not exist."), path=path)
    try:
        with path.open("rb") as handle:
            if not handle.read(16).startswith(integrity.SQLITE_MAGIC):
                raise _failure(_("{path} is not a diary backup."), damaged=True, path=path)
        connection = integrity.connect_read_only(path)
        try:
            quick = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
            if quick != ["ok"]:
                raise _failure(_("{path} is damaged: {detail}"), damaged=True, path=path, detail=quick[0])
            if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                detail = _("side effects point to missing sessions")
                raise _failure(_("{path} is damaged: {detail}"), damaged=True, path=path, detail=detail)
            tables = integrity.table_counts(connection)
            if "alembic_version" not in tables or "entries" not in tables:
                raise _failure(_("{path} is not a diary backup."), path=path)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _sqlite_failure(path, error) from error
    except OSError as error:
        raise _failure(_("{path} could not be read ({reason})."), path=path, reason=error.strerror) from error
    revision = row[0] if row else None
    if revision is not None and revision not in integrity.known_revisions():
        raise BackupError(
            _("{path} was made by a newer version of paindiary; update paindiary to use it.").format(
                path=path
            )
        )
    return BackupCounts(
        entries=tables.get("entries", 0),
        sessions=tables.get("sessions", 0),
        side_effects=tables.get("side_effects", 0),
        revision=revision,
        tables=tables,
    )


def peek_counts(path: Path) -> BackupCounts:
    """What a backup holds, read without the integrity checks (for listing many quickly)."""
    try:
        connection = integrity.connect_read_only(path)
        try:
            tables = integrity.table_counts(connection)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _sqlite_failure(path, error) from error
    return BackupCounts(
        entries=tables.get("entries", 0),
        sessions=tables.get("sessions", 0),
        side_effects=tables.get("side_effects", 0),
        revision=row[0] if row else None,
        tables=tables,
    )


def _sqlite_failure(path: Path, error: sqlite3.Error) -> BackupError:
    if integrity.is_damage(error):
        return _failure(_("{path} is damaged ({detail})."), damaged=True, path=path, detail=error)
    if getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL:
        return _failure(_("The disk is full; the backup could not be written."))
    return _failure(_("{path} could not be read or written ({detail})."), path=path, detail=error)


# ---------------------------------------------------------------- making


def make_backup(source: Diary | Path, dest: Path) -> BackupCounts:
    """Copy the diary to `dest` through SQLite's backup API; verified, atomic, mode 0600."""
    source_path = source.path if isinstance(source, Diary) else Path(source)
    if not source_path.is_file() or source_path.stat().st_size == 0:
        raise _failure(_("There is no diary at {path} to back up."), path=source_path)
    try:
        paths.ensure_private_dir(dest.parent)
        temp = _private_temp(dest)
    except OSError as error:
        raise _failure(
            _("The backup folder {folder} cannot be written ({reason})."),
            folder=dest.parent,
            reason=error.strerror or error,
        ) from error
    try:
        expected = _copy_snapshot(source_path, temp)
        counts = verify_backup(temp)
        if counts.tables != expected:
            raise _failure(_("The copy of {path} does not match the diary; try again."), path=source_path)
        _fsync(temp)
        os.replace(temp, dest)
    except OSError as error:
        _remove_quietly([temp, *paths.companions(temp)])
        raise _failure(
            _("{path} could not be written ({reason})."), path=dest, reason=error.strerror or error
        ) from error
    except BaseException:
        _remove_quietly([temp, *paths.companions(temp)])
        raise
    integrity.sync_folder(dest.parent)
    return counts


def _private_temp(dest: Path) -> Path:
    # Created 0600 before SQLite writes a byte into it, whatever the umask.
    descriptor, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        portable.tighten_descriptor(descriptor)
    finally:
        os.close(descriptor)
    return Path(name)


def _copy_snapshot(source_path: Path, temp: Path) -> dict[str, int]:
    """Copy one consistent snapshot of `source_path` into `temp`; return its row counts."""
    try:
        source = integrity.connect_read_only(source_path)
        try:
            source.execute("BEGIN")  # counts and copy see the same snapshot
            expected = integrity.table_counts(source)
            target = sqlite3.connect(temp, isolation_level=None)
            try:
                source.backup(target)
                # A self-contained file: no -wal needed to read it, openable read-only anywhere.
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            source.execute("ROLLBACK")
        finally:
            source.close()
    except sqlite3.Error as error:
        raise _sqlite_failure(source_path, error) from error
    except OSError as error:
        raise _failure(
            _("{path} could not be copied ({reason})."), path=temp, reason=error.strerror
        ) from error
    return expected


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_quietly(candidates: Iterable[Path]) -> None:
    for candidate in candidates:
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _new_backup_path(db_path: Path, reason: str, moment: datetime) -> Path:
    folder = backup_folder(db_path)
    base = f"{db_path.stem}-{moment.strftime(STAMP_FORMAT)}-{reason}"
    candidate, number = folder / f"{base}{SUFFIX}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}{SUFFIX}"
    return candidate


def thin_backups(db_path: Path, clock: Clock = local_now) -> list[Path]:
    """Delete automatic backups that the retention rules no longer keep; return the deleted files."""
    return backup_files.thin_backups(db_path, clock)


def backup_before(db_path: Path, reason: str, clock: Clock = local_now) -> Path | None:
    """Back up the diary into its backup folder before a risky step; None when there is no diary yet."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    dest = _new_backup_path(db_path, reason, clock())
    make_backup(db_path, dest)
    thin_backups(db_path, clock)
    return dest


def backup_before_migration(db_path: Path) -> None:
    """The hook Diary.open calls before upgrading an existing diary's schema."""
    backup_before(db_path, MIGRATION)


def daily_backup(db_path: Path, clock: Clock = local_now) -> Path | None:
    """At start-up: back up once per calendar day, then thin old backups; None when nothing was made."""
    today = clock().date()
    if any(backup.made.date() == today for backup in list_backups(db_path)):
        return None
    return backup_before(db_path, DAILY, clock)


# ---------------------------------------------------------------- restoring


def restore_backup(db_path: Path, backup_path: Path, clock: Clock = local_now) -> RestoreResult:
    """Replace the diary with a verified backup; the current diary is backed up (or set aside) first."""
    owner = integrity.running_app_pid(db_path)
    if owner is not None and owner != os.getpid():
        raise _failure(_("paindiary is open with this diary (process {pid}); close it first."), pid=owner)
    counts = verify_backup(backup_path)
    previous = set_aside = None
    if db_path.is_file() and db_path.stat().st_size > 0:
        try:
            previous = backup_before(db_path, RESTORE, clock)
        except BackupError as error:
            if not error.damaged:
                raise  # e.g. a full disk: never replace a diary without keeping it
            set_aside = integrity.set_aside_damaged(db_path, clock)
    paths.ensure_private_dir(db_path.parent)
    temp = _private_temp(db_path)
    try:
        _copy_snapshot(backup_path, temp)
        if verify_backup(temp).tables != counts.tables:
            raise _failure(_("The copy of {path} does not match it; nothing was changed."), path=backup_path)
        _fsync(temp)
        if previous is not None:
            _checkpoint(db_path)  # a healthy diary's log goes into its file first: nothing rests in it
        # The old diary's log and index must not be replayed into the restored file.
        _remove_quietly(paths.companions(db_path))
        os.replace(temp, db_path)
    except BaseException:
        _remove_quietly([temp, *paths.companions(temp)])
        raise
    integrity.sync_folder(db_path.parent)
    paths.tighten_permissions(db_path)
    return RestoreResult(counts, previous, set_aside)


def _checkpoint(db_path: Path) -> None:
    with contextlib.suppress(sqlite3.Error):
        connection = sqlite3.connect(db_path, isolation_level=None)
        try:
            connection.execute("PRAGMA busy_timeout=5000")
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
