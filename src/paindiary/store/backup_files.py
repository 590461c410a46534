"""The files of a diary's backup folder: their names, listing, retention and sweeping.

A backup is `STEM-YYYY-MM-DD_HHMMSS-REASON[-N].sqlite3` in the folder beside the diary; its name
says when and why it was made. Automatic backups are thinned to the newest of each of the last
7 days, 4 weeks and 12 months; temporary copies a crash left behind are swept after an hour.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from paindiary import paths
from paindiary.clock import Clock

SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
# Why a backup was made; the word is part of its file name.
DAILY, MIGRATION, IMPORT, RESTORE = "daily", "migration", "import", "restore"
ERASE, MANUAL = "erase", "manual"
REASONS = (DAILY, MIGRATION, IMPORT, RESTORE, ERASE, MANUAL)
# Retention (newest backup of each): the last 7 days, 4 weeks and 12 months that have one.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# `.NAME.XXXXXXXX.tmp` (tempfile.mkstemp), and the journal SQLite may leave beside one.
TEMPORARY = re.compile(r"^\..+\.[^.]+\.tmp(-journal|-wal|-shm)?$")
ABANDONED_AFTER_SECONDS = 3600


def temporary_name_pattern(name: str) -> re.Pattern[str]:
    """The temporary copies made beside the file `name` (a restore writes the new diary there first)."""
    return re.compile(r"^\." + re.escape(name) + r"\.[^.]+\.tmp(-journal|-wal|-shm)?$")


_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})-(?P<reason>[a-z]+)(?:-(?P<number>\d+))?\.sqlite3$"
)


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup in the diary's backup folder, as its name describes it (not yet verified)."""

    path: Path
    made: datetime
    reason: str
    size: int


def backup_folder(db_path: Path) -> Path:
    return paths.backup_dir_for(db_path)


def list_backups(db_path: Path) -> list[BackupFile]:
    """The diary's backups, newest first, as their names describe them.

    A name stamped later than now (written while the clock was wrong, or by hand) would stay
    "the newest backup" forever; such a backup is dated by when its file was written instead.
    """
    now = datetime.now()
    folder = backup_folder(db_path)
    found: list[BackupFile] = []
    try:
        candidates = list(folder.iterdir())
    except OSError:  # no folder yet, a file in its place, or one we may not read
        return []
    for candidate in candidates:
        match = _NAME.match(candidate.name)
        if match is None or match["stem"] != db_path.stem or not candidate.is_file():
            continue
        try:
            made = datetime.strptime(match["stamp"], STAMP_FORMAT)
            status = candidate.stat()
        except (ValueError, OSError):
            continue
        if made > now:
            made = min(datetime.fromtimestamp(status.st_mtime), now).replace(microsecond=0)
        size = status.st_size
        found.append(BackupFile(candidate, made, match["reason"], size))
    found.sort(key=lambda backup: (backup.made, backup.path.name), reverse=True)
    return found


def backups_to_keep(backups: list[BackupFile], now: datetime) -> set[Path]:
    """Retention: newest per day (7), per week (4), per month (12), newest of each reason, all manual ones."""
    keep = {backup.path for backup in backups if backup.reason == MANUAL or backup.made > now}
    newest_first = sorted(backups, key=lambda backup: backup.made, reverse=True)
    seen_reasons: set[str] = set()
    for backup in newest_first:
        if backup.reason not in seen_reasons:
            seen_reasons.add(backup.reason)
            keep.add(backup.path)
    periods: tuple[tuple[Callable[[datetime], object], int], ...] = (
        (lambda made: made.date(), KEEP_DAILY),
        (lambda made: made.isocalendar()[:2], KEEP_WEEKLY),
        (lambda made: (made.year, made.month), KEEP_MONTHLY),
    )
    for period_of, how_many in periods:
        periods_seen: set[object] = set()
        for backup in newest_first:
            period = period_of(backup.made)
            if period in periods_seen:
                continue
            if len(periods_seen) == how_many:
                break
            periods_seen.add(period)
            keep.add(backup.path)
    return keep


def thin_backups(db_path: Path, clock: Clock) -> list[Path]:
    """Delete automatic backups that the retention rules no longer keep; return the deleted files."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups, clock())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    return (
        removed
        + _remove_abandoned_temporaries(backup_folder(db_path), TEMPORARY)
        + _remove_abandoned_temporaries(db_path.parent, temporary_name_pattern(db_path.name))
    )


def _remove_abandoned_temporaries(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    # A backup or restore interrupted by a crash leaves its half-written temporary file (a full
    # copy of the diary); one an hour old (file time, not the diary's clock) is not being
    # written by anyone any more.
    removed = []
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for candidate in folder.glob(".*.tmp*"):
        with contextlib.suppress(OSError):
            if pattern.match(candidate.name) and candidate.stat().st_mtime < cutoff:
                candidate.unlink()
                removed.append(candidate)
    return removed


def delete_all_backups(db_path: Path) -> int:
    """Remove every backup of this diary (the user asked for all their data to be deleted)."""
    backups = list_backups(db_path)
    for backup in backups:
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
    return len(backups)
