"""Opening diary files: pragmas, permissions, migrations, refusing files we must not touch."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from paindiary import paths
from paindiary.domain import PainEntry
from paindiary.store import Diary, DiaryDamaged, DiaryNotADiary, DiaryTooNew, database, diary_file


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_connection_has_the_pragmas(diary: Diary) -> None:
    for _ in range(3):  # NullPool: each connect is a new SQLite connection
        with diary.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1


def test_files_are_private_under_umask_022(tmp_path: Path, umask_022: None) -> None:
    db_path = tmp_path / "new" / "deeper" / "diary.sqlite3"
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 1, 1, 9), pain=4))
        with diary.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM entries").scalar()
            companions = [p for p in paths.companions(db_path) if p.exists()]
            assert companions, "WAL mode should have made -wal and -shm files"
            for companion in companions:
                assert mode(companion) == 0o600, companion.name
    assert mode(db_path) == 0o600
    assert mode(db_path.parent) == 0o700
    assert mode(db_path.parent.parent) == 0o700


def test_default_diary_lives_in_the_platform_data_folder(private_home: Path) -> None:
    expected = private_home / ".local" / "share" / "paindiary" / "diary.sqlite3"
    assert paths.resolve_db_path() == expected


def test_environment_and_explicit_path_override_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAINDIARY_DB", "/somewhere/env.sqlite3")
    assert paths.resolve_db_path() == Path("/somewhere/env.sqlite3")
    assert paths.resolve_db_path("/elsewhere/cli.sqlite3") == Path("/elsewhere/cli.sqlite3")


def test_new_diary_is_created_at_head_and_reopens(db_path: Path) -> None:
    with Diary.open(db_path) as diary:
        assert database.current_revision(diary.engine) == diary_file.head_revision()
        diary.add_entry(PainEntry(at=datetime(2024, 1, 1, 9), pain=4))
    with Diary.open(db_path) as diary:
        assert diary.entry_count() == 1


def test_upgrade_from_the_first_revision_keeps_the_data(db_path: Path) -> None:
    diary_file.prepare_file(db_path)
    engine = database.make_engine(db_path)
    with engine.begin() as connection:
        from alembic import command

        command.upgrade(database.alembic_config(connection), "0001")
        connection.exec_driver_sql(
            "INSERT INTO entries (id, at, pain, locations, note, created, updated) VALUES "
            "('0c7d6ee02d344f7e9f1a3b5a4a1d2e3f', '2024-01-01 09:00:00.000000', 5, '[]', 'kept', "
            "'2024-01-01 09:00:00.000000', '2024-01-01 09:00:00.000000')"
        )
    engine.dispose()
    with Diary.open(db_path) as diary:
        [entry] = diary.entries()
        assert (entry.pain, entry.note) == (5, "kept")


def test_a_diary_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    Diary.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(DiaryTooNew, match="newer version of paindiary"):
        Diary.open(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(db_path: Path) -> None:
    paths.ensure_private_dir(db_path.parent)
    db_path.write_bytes(b"this is not a database, just text " * 200)
    before = db_path.read_bytes()
    with pytest.raises(DiaryDamaged):
        Diary.open(db_path)
    assert db_path.read_bytes() == before


def test_another_sqlite_database_is_not_taken_over(db_path: Path) -> None:
    paths.ensure_private_dir(db_path.parent)
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    with pytest.raises(DiaryNotADiary):
        Diary.open(db_path)
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    connection.close()
    assert tables == ["recipes"]


def test_before_migration_hook_runs_only_when_an_existing_diary_is_upgraded(db_path: Path) -> None:
    calls: list[Path] = []
    Diary.open(db_path, before_migration=calls.append).close()
    Diary.open(db_path, before_migration=calls.append).close()
    assert calls == []  # new diary, then already at head


def test_the_known_revisions_are_exactly_the_shipped_migrations() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(database.alembic_config())
    shipped = [revision.revision for revision in script.walk_revisions()]
    assert tuple(reversed(shipped)) == diary_file.SCHEMA_REVISIONS
    assert script.get_current_head() == diary_file.head_revision()


def test_opening_an_up_to_date_diary_does_not_import_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    Diary.open(db_path).close()
    code = (
        "import sys\nfrom paindiary.store import Diary\n"
        f"Diary.open({str(db_path)!r}).close()\n"
        "print([m for m in sys.modules if m.startswith('alembic')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_deleted_note_leaves_no_trace_in_the_file(diary: Diary) -> None:
    secret = "private-note-" + "x" * 40
    saved = diary.add_entry(PainEntry(at=datetime(2024, 1, 1, 9), pain=4, note=secret))
    diary.delete_entry(saved.id)
    with diary.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [diary.path, *[p for p in paths.companions(diary.path) if p.exists()]]
    assert all(secret.encode() not in path.read_bytes() for path in files)
