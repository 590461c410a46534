"""`paindiary backup`, `restore` and `check`: keeping the diary safe from the command line.

All three look at the file before (or instead of) opening it, so a damaged diary is never
opened read-write, migrated or changed. Exit codes: 0 ok, 1 damaged, 2 anything the user can fix.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from paindiary.formatting import entries_text, sessions_text
from paindiary.store import integrity
from paindiary.store.backup import (
    MANUAL,
    BackupError,
    backup_before,
    list_backups,
    make_backup,
    restore_backup,
    verify_backup,
)

EXIT_OK = 0
EXIT_DAMAGED = 1
EXIT_USER_ERROR = 2


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="make a verified backup of the diary",
        description="Copy the diary with SQLite's backup API, check the copy, and keep it readable only "
        "by you. Without --out it goes to the diary's backup folder, where the app also keeps one backup "
        "a day (thinned to the last 7 days, 4 weeks and 12 months) and one before every upgrade, import "
        "and restore.",
    )
    backup.add_argument("--out", metavar="FILE", type=Path, help="write the backup to FILE instead")
    backup.add_argument("--list", action="store_true", help="list the backups in the backup folder")
    backup.set_defaults(path_handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="replace the diary with a backup",
        description="Check FILE, back up the current diary, then replace the diary with FILE. A damaged "
        "current diary is not backed up but moved aside, byte for byte, as NAME.damaged-TIME.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="a backup made by paindiary")
    restore.set_defaults(path_handler=run_restore)

    check = subparsers.add_parser(
        "check",
        help="check the diary file for damage",
        description="Run SQLite's integrity and foreign-key checks on the diary without changing it. "
        "Exit code 0: no problems; 1: damaged; 2: missing or unreadable.",
    )
    check.set_defaults(path_handler=run_check)


def refuse_before_opening(db_path: Path) -> int | None:
    """Check the diary read-only before a command opens it; an exit code when it must not be opened.

    The full integrity check takes milliseconds even for decades of entries, and it is the
    only way to be sure a damaged file is never written to (or its -wal checkpointed away).
    """
    report = integrity.check(db_path)
    if report.verdict is integrity.Verdict.DAMAGED:
        return explain_damage(report)
    if report.verdict is integrity.Verdict.UNREADABLE:
        return _unreadable(report)
    return None  # missing (a new diary), fine, or refused by Diary.open with its own message


def explain_damage(report: integrity.IntegrityReport) -> int:
    """Tell the user the diary is damaged, what was found and how to get a backup back."""
    _error(f"{report.path} is damaged; it was not changed.")
    for problem in report.problems[:5]:
        print(f"  {problem}", file=sys.stderr)
    backups = list_backups(report.path)
    if backups:
        print(
            f"The newest backup is {backups[0].path}.\n"
            f"Restore it with: paindiary --db {report.path} restore {backups[0].path}",
            file=sys.stderr,
        )
    return EXIT_DAMAGED


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    if args.list:
        return _list(db_path)
    if not db_path.is_file():
        return _error(f"there is no diary at {db_path}")
    report = integrity.check(db_path)
    if report.verdict is not integrity.Verdict.OK:
        return _refuse(report)
    try:
        if args.out is not None:
            if args.out.resolve() == db_path.resolve():
                return _error("--out must not be the diary itself")
            counts = make_backup(db_path, args.out)
            written = args.out
        else:
            made = backup_before(db_path, MANUAL)
            if made is None:
                return _error(f"the diary at {db_path} is empty; there is nothing to back up")
            written = made
            counts = verify_backup(made)
    except BackupError as error:
        return _error(str(error), EXIT_DAMAGED if error.damaged else EXIT_USER_ERROR)
    print(f"Backed up {entries_text(counts.entries)} and {sessions_text(counts.sessions)} to {written}.")
    return EXIT_OK


def _list(db_path: Path) -> int:
    backups = list_backups(db_path)
    if not backups:
        print(f"No backups of {db_path} yet.")
        return EXIT_OK
    for backup in backups:
        size = f"{backup.size / 1024:,.0f} KiB"
        print(f"{backup.made:%Y-%m-%d %H:%M:%S}  {backup.reason:<9}  {size:>10}  {backup.path}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    if not args.file.is_file():
        return _error(f"{args.file} does not exist")
    current = integrity.check(db_path)
    # A damaged diary is moved aside by the restore; another program's file is never touched.
    if current.verdict in (
        integrity.Verdict.NOT_A_DIARY,
        integrity.Verdict.TOO_NEW,
        integrity.Verdict.UNREADABLE,
    ):
        return _refuse(current)
    try:
        result = restore_backup(db_path, args.file)
    except BackupError as error:
        return _error(str(error), EXIT_DAMAGED if error.damaged else EXIT_USER_ERROR)
    print(
        f"Restored {entries_text(result.counts.entries)} and {sessions_text(result.counts.sessions)} "
        f"from {args.file} into {db_path}."
    )
    if result.previous is not None:
        print(f"The diary it replaced was backed up to {result.previous}.")
    if result.set_aside is not None:
        print(f"The diary it replaced was damaged and was moved aside, unchanged, to {result.set_aside}.")
    return EXIT_OK


def run_check(_args: argparse.Namespace, db_path: Path) -> int:
    report = integrity.check(db_path, rows=True)
    verdict = report.verdict
    if verdict is integrity.Verdict.OK and report.unreadable:
        return _explain_unreadable_rows(report)
    if verdict is integrity.Verdict.OK:
        counts = report.counts
        print(
            f"{db_path}: no problems found ({entries_text(counts.get('entries', 0))}, "
            f"{sessions_text(counts.get('sessions', 0))}, {counts.get('side_effects', 0)} side effects)."
        )
        return EXIT_OK
    return _refuse(report)


def _explain_unreadable_rows(report: integrity.IntegrityReport) -> int:
    count = len(report.unreadable)
    _error(
        f"{report.path}: {count} record(s) cannot be read; the app and the commands leave them out. "
        "Everything else can still be exported with: paindiary export FILE",
        EXIT_DAMAGED,
    )
    for problem in report.unreadable[:10]:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_DAMAGED


def _refuse(report: integrity.IntegrityReport) -> int:
    """Say why a diary that is not OK is left alone; the exit code."""
    verdict = report.verdict
    if verdict is integrity.Verdict.DAMAGED:
        return explain_damage(report)
    if verdict is integrity.Verdict.UNREADABLE:
        return _unreadable(report)
    if verdict is integrity.Verdict.MISSING:
        return _error(f"there is no diary at {report.path}")
    advice = " Please update paindiary to open it." if verdict is integrity.Verdict.TOO_NEW else ""
    return _error(f"{report.path}: {'; '.join(report.problems)}. Nothing was changed.{advice}")


def _unreadable(report: integrity.IntegrityReport) -> int:
    reason = "; ".join(report.problems)
    return _error(f"{report.path} could not be read ({reason}). This is not damage; nothing was changed.")


def _error(message: str, code: int = EXIT_USER_ERROR) -> int:
    print(f"paindiary: error: {message}", file=sys.stderr)
    return code
