"""Opening the diary at start-up, and what to do when it is damaged.

Before anything opens the diary read-write it is checked read-only (integrity_check and
foreign_key_check take milliseconds even for decades of entries), so a damaged file and its
-wal are never written to. A damaged diary is explained, moved aside intact once the user
agrees, and the newest backup that verifies is offered. Once open, the day's backup is made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from paindiary.clock import Clock, local_now
from paindiary.store import Diary, DiaryDamaged, DiaryError, DiaryTooNew, backup, integrity

Button = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def open_diary_with_recovery(
    path: Path, parent: QWidget | None = None, *, clock: Clock = local_now
) -> Diary | None:
    """Open the diary; on damage explain, set the file aside, offer a backup. None: user gave up."""
    report = integrity.check(path)
    if report.damaged:
        return _recover(path, report, parent, clock)
    if report.verdict is not integrity.Verdict.OK and report.verdict is not integrity.Verdict.MISSING:
        _refuse(path, report, parent)
        return None
    try:
        diary = Diary.open(path, clock=clock, before_migration=backup.backup_before_migration)
    except DiaryDamaged:
        return _recover(path, integrity.check(path), parent, clock)
    except DiaryTooNew:
        _refuse(path, integrity.check(path), parent)
        return None
    except DiaryError as error:
        _say_cannot_open(path, str(error), parent)
        return None
    except OSError as error:
        _say_cannot_open(path, error.strerror or str(error), parent)
        return None
    return _with_daily_backup(diary, parent, clock)


def _with_daily_backup(diary: Diary, parent: QWidget | None, clock: Clock) -> Diary | None:
    try:
        backup.daily_backup(diary.path, clock)
    except backup.BackupError as error:
        if error.damaged:  # the copy's check found what the start-up check could not see
            diary.close()
            return _recover(diary.path, integrity.check(diary.path), parent, clock)
        QMessageBox.warning(
            parent,
            _tr("Backup not made"),
            _tr(
                "Today's backup of your diary could not be made:\n{reason}\n\nYour diary itself is fine."
            ).format(reason=str(error)),
        )
    except OSError as error:
        QMessageBox.warning(
            parent,
            _tr("Backup not made"),
            _tr(
                "Today's backup of your diary could not be made:\n{reason}\n\nYour diary itself is fine."
            ).format(reason=error.strerror or str(error)),
        )
    return diary


# ---------------------------------------------------------------- damage


def _recover(
    path: Path, report: integrity.IntegrityReport, parent: QWidget | None, clock: Clock
) -> Diary | None:
    if not report.damaged:  # Diary.open failed, but the file reads fine: not ours to move
        _refuse(path, report, parent)
        return None
    problems = "\n".join(f"• {problem}" for problem in report.problems[:3])
    answer = QMessageBox.warning(
        parent,
        _tr("Your diary is damaged"),
        _tr(
            "paindiary cannot read your diary file correctly:\n{problems}\n\n"
            "Nothing will be deleted. With OK, the damaged file is moved aside, unchanged, in\n{folder}\n"
            "as {name}.damaged-… so that it can still be rescued, and you can go on with a backup.\n\n"
            "Cancel closes paindiary without touching anything."
        ).format(problems=problems, folder=path.parent, name=path.name),
        Button.Ok | Button.Cancel,
        Button.Cancel,
    )
    if answer != Button.Ok:
        return None
    try:
        moved = integrity.set_aside_damaged(path, clock)
    except OSError as error:
        _say_cannot_open(path, error.strerror or str(error), parent)
        return None
    return _offer_backup(path, moved, parent, clock)


def newest_verified_backup(db_path: Path) -> tuple[backup.BackupFile, backup.BackupCounts] | None:
    """The newest backup that passes verification (damaged ones are skipped, not deleted)."""
    for candidate in backup.list_backups(db_path):
        try:
            return candidate, backup.verify_backup(candidate.path)
        except backup.BackupError:
            continue
    return None


def _offer_backup(path: Path, moved: Path, parent: QWidget | None, clock: Clock) -> Diary | None:
    found = newest_verified_backup(path)
    if found is not None:
        candidate, counts = found
        answer = QMessageBox.question(
            parent,
            _tr("Restore a backup?"),
            _tr(
                "The damaged diary was moved to\n{moved}\n\n"
                "Restore the newest backup? It is from {made}, with {entries} entries and {sessions} "
                "sessions. Anything you logged after it is only in the damaged file.\n\n"
                "No starts an empty diary instead."
            ).format(
                moved=moved,
                made=candidate.made.strftime("%Y-%m-%d %H:%M"),
                entries=counts.entries,
                sessions=counts.sessions,
            ),
            Button.Yes | Button.No,
            Button.Yes,
        )
        if answer == Button.Yes:
            try:
                backup.restore_backup(path, candidate.path, clock)
            except backup.BackupError as error:
                _say_cannot_open(path, str(error), parent)
                return None
    else:
        QMessageBox.information(
            parent,
            _tr("No backup to restore"),
            _tr(
                "The damaged diary was moved to\n{moved}\n\nThere is no backup to restore, so paindiary "
                "starts with an empty diary."
            ).format(moved=moved),
        )
    try:
        return Diary.open(path, clock=clock, before_migration=backup.backup_before_migration)
    except (DiaryError, OSError) as error:
        _say_cannot_open(path, str(error), parent)
        return None


# ---------------------------------------------------------------- refusing


def _refuse(path: Path, report: integrity.IntegrityReport, parent: QWidget | None) -> None:
    if report.verdict is integrity.Verdict.TOO_NEW:
        text = _tr(
            "Your diary was last saved by a newer version of paindiary. Please update paindiary to "
            "open it. The file was not changed:\n{path}"
        ).format(path=path)
    elif report.verdict is integrity.Verdict.NOT_A_DIARY:
        text = _tr(
            "This file is a database, but not a paindiary diary. It was not changed:\n{path}\n\n"
            "Choose another file with --db."
        ).format(path=path)
    else:  # an I/O or permission problem: not damage, so nothing is moved
        text = _tr(
            "Your diary could not be read:\n{reason}\n\nThis is not damage to the diary; nothing was "
            "changed. Check that the disk is connected and that the file is yours:\n{path}"
        ).format(reason="; ".join(report.problems), path=path)
    QMessageBox.critical(parent, _tr("Cannot open your diary"), text)


def _say_cannot_open(path: Path, reason: str, parent: QWidget | None) -> None:
    QMessageBox.critical(
        parent,
        _tr("Cannot open your diary"),
        _tr("Your diary could not be opened:\n{reason}\n\nNothing was changed:\n{path}").format(
            reason=reason, path=path
        ),
    )
