"""`paindiary backup`, `restore` and `check`, and the backup the command line makes before an upgrade."""

from __future__ import annotations

import os
import shutil
import stat
from datetime import datetime
from pathlib import Path

import pytest
from alembic.config import Config
from sqlalchemy import Connection

from paindiary import paths
from paindiary.cli import main
from paindiary.domain import PainEntry
from paindiary.store import Diary, backup, database, diary_file


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db_path = tmp_path / "home" / "diary.sqlite3"
    with Diary.open(db_path) as diary:
        for hour in range(8, 12):
            diary.add_entry(PainEntry(at=datetime(2024, 4, 1, hour), pain=hour - 4, note=f"at {hour}"))
    return db_path


def test_backup_goes_to_the_backup_folder_and_is_listed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "backup"]) == 0
    out = capsys.readouterr().out
    [made] = backup.list_backups(db)
    assert made.reason == backup.MANUAL
    assert f"Backed up 4 entries and 0 sessions to {made.path}." in out
    assert main(["--db", str(db), "backup", "--list"]) == 0
    assert str(made.path) in capsys.readouterr().out


def test_backup_out_writes_a_private_verified_copy(db: Path, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        out = tmp_path / "usb" / "copy.sqlite3"
        assert main(["--db", str(db), "backup", "--out", str(out)]) == 0
    finally:
        os.umask(previous)
    assert mode(out) == 0o600
    assert backup.verify_backup(out).entries == 4


def test_backup_refuses_a_missing_diary_and_itself_as_target(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite3"), "backup"]) == 2
    assert main(["--db", str(db), "backup", "--out", str(db)]) == 2
    assert "must not be the diary itself" in capsys.readouterr().err


def test_restore_brings_a_backup_back_and_keeps_the_replaced_diary(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.sqlite3"
    assert main(["--db", str(db), "backup", "--out", str(saved)]) == 0
    assert main(["--db", str(db), "log", "9", "--note", "after the backup"]) == 0
    capsys.readouterr()

    assert main(["--db", str(db), "restore", str(saved)]) == 0

    out = capsys.readouterr().out
    assert f"Restored 4 entries and 0 sessions from {saved}" in out
    [kept] = backup.list_backups(db)
    assert kept.reason == backup.RESTORE
    assert f"backed up to {kept.path}" in out
    assert backup.verify_backup(kept.path).entries == 5
    with Diary.open(db) as diary:
        assert "after the backup" not in [entry.note for entry in diary.entries()]


def test_restore_refuses_a_damaged_or_missing_file_and_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db.read_bytes()
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(8000))
    assert main(["--db", str(db), "restore", str(broken)]) == 1
    assert main(["--db", str(db), "restore", str(tmp_path / "missing.sqlite3")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert backup.list_backups(db) == []


def test_check_of_a_missing_diary_is_a_user_error(tmp_path: Path) -> None:
    assert main(["--db", str(tmp_path / "none.sqlite3"), "check"]) == 2


def test_commands_back_up_before_an_upgrade_and_a_failed_upgrade_changes_nothing(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(
        Path(database.__file__).parent / "migrations", scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    (scripts / "versions" / "9001_next.py").write_text(
        "from alembic import op\n"
        f"revision = '9001'\ndown_revision = '{diary_file.head_revision()}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade() -> None:\n"
        "    op.execute('DELETE FROM entries')\n"
        "    raise RuntimeError('broken on purpose')\n",
        encoding="utf-8",
    )
    shipped = database.alembic_config

    def patched(connection: Connection | None = None) -> Config:
        config = shipped(connection)
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(database, "alembic_config", patched)
    monkeypatch.setattr(diary_file, "SCHEMA_REVISIONS", (*diary_file.SCHEMA_REVISIONS, "9001"))
    assert main(["--db", str(db), "list"]) == 2
    assert "could not be upgraded" in capsys.readouterr().err
    monkeypatch.undo()

    [made] = backup.list_backups(db)
    assert made.reason == backup.MIGRATION
    assert backup.verify_backup(made.path).entries == 4
    with Diary.open(db) as diary:
        assert diary.entry_count() == 4
    assert paths.backup_dir_for(db) == made.path.parent
