"""A diary path with URL characters is that file and no other; refused files keep every byte."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from paindiary.cli import main
from paindiary.domain import PainEntry
from paindiary.store import (
    Diary,
    DiaryNotADiary,
    DiaryTooNew,
    DiaryWriteError,
    database,
    diary_file,
    integrity,
)

ODD_FOLDER = "odd ?x=1 #frag %41 \n line"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_path_with_question_mark_hash_percent_space_and_newline_is_that_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / ODD_FOLDER / "my diary?mode=memory#x%41.sqlite3"
    assert main(["--db", str(db), "log", "6", "--note", "odd path"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    assert main(["--db", str(db), "list"]) == 0
    out = capsys.readouterr().out
    assert "odd path" in out
    assert "no problems found (1 entry" in out
    # Exactly the diary, its backup folder and nothing written under a shortened name.
    names = sorted(path.name for path in (tmp_path / ODD_FOLDER).iterdir())
    assert names == ["my diary?mode=memory#x%41-backups", "my diary?mode=memory#x%41.sqlite3"]
    assert sorted(path.name for path in tmp_path.iterdir()) == [ODD_FOLDER]
    with Diary.open(db) as diary:
        assert [entry.note for entry in diary.entries()] == ["odd path"]


def test_a_percent_escape_in_a_folder_name_is_not_called_damage(tmp_path: Path) -> None:
    db = tmp_path / "50%41off" / "diary.sqlite3"
    Diary.open(db).close()
    assert integrity.check(db).ok


def foreign_database(path: Path, *, wal: bool) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    if wal:
        connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.execute("INSERT INTO recipes VALUES ('soup')")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("wal", [False, True])
def test_the_command_line_leaves_a_refused_foreign_file_byte_for_byte(
    tmp_path: Path, wal: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    db = foreign_database(tmp_path / "other-app.sqlite3", wal=wal)
    before = sha256(db)
    for command in (["log", "5"], ["list"], ["export", str(tmp_path / "out.json")], ["check"]):
        assert main(["--db", str(db), *command]) == 2, command
    assert "not a paindiary diary" in capsys.readouterr().err
    assert sha256(db) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["other-app.sqlite3"]
    with pytest.raises(DiaryNotADiary):
        Diary.open(db)
    assert sha256(db) == before


def test_a_too_new_diary_keeps_its_bytes_and_check_says_to_update(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Diary.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = sha256(db_path)
    with pytest.raises(DiaryTooNew):
        Diary.open(db_path)
    assert main(["--db", str(db_path), "log", "5"]) == 2
    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 2
    assert "Please update paindiary" in capsys.readouterr().err
    assert sha256(db_path) == before


def test_the_app_leaves_a_refused_foreign_file_byte_for_byte(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from paindiary.ui import recovery

    shown: list[str] = []
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _parent, _title, text, *_rest: shown.append(text) or QMessageBox.Ok
        )
    db = foreign_database(tmp_path / "other-app.sqlite3", wal=True)
    before = sha256(db)
    assert recovery.open_diary_with_recovery(db) is None
    assert shown
    assert sha256(db) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["other-app.sqlite3"]


def test_a_diary_only_readable_is_read_without_a_write(db_path: Path) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8, 30), pain=3, note="kept"))
    before = sha256(db_path)
    with Diary.open(db_path, read_only=True) as diary:
        assert [entry.note for entry in diary.entries()] == ["kept"]
        with pytest.raises(DiaryWriteError, match="read-only"):
            diary.add_entry(PainEntry(at=datetime(2024, 3, 2, 8, 30), pain=1))
    assert sha256(db_path) == before


def test_on_a_read_only_disk_reading_commands_still_work_and_writing_ones_say_why(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8, 30), pain=3, note="kept"))
    plain_connect = diary_file.connect_file

    def read_only_disk(path: Path, *, read_only: bool = False, untouched: bool = False) -> sqlite3.Connection:
        if not read_only:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return plain_connect(path, read_only=True, untouched=untouched)

    monkeypatch.setattr(database, "connect_file", read_only_disk)
    monkeypatch.setattr(diary_file, "connect_file", read_only_disk)
    out = tmp_path / "copy.json"
    assert main(["--db", str(db_path), "export", str(out)]) == 0
    assert main(["--db", str(db_path), "list"]) == 0
    assert "kept" in capsys.readouterr().out
    assert "kept" in out.read_text(encoding="utf-8")
    assert main(["--db", str(db_path), "log", "4"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "readonly" in err


def test_a_diary_made_read_only_by_its_owner_stays_read_only(db_path: Path) -> None:
    Diary.open(db_path).close()
    db_path.chmod(0o400)
    with Diary.open(db_path, read_only=True) as diary:
        assert diary.entries() == []
    assert db_path.stat().st_mode & 0o777 == 0o400
    db_path.chmod(0o644)
    Diary.open(db_path).close()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_restore_over_another_programs_file_touches_nothing(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8, 30), pain=3))
    saved = tmp_path / "saved.sqlite3"
    assert main(["--db", str(db_path), "backup", "--out", str(saved)]) == 0
    foreign = foreign_database(tmp_path / "other" / "recipes.sqlite3", wal=True)
    before = sha256(foreign)
    assert main(["--db", str(foreign), "restore", str(saved)]) == 2
    assert "not a diary" in capsys.readouterr().err
    assert sha256(foreign) == before
    assert sorted(path.name for path in foreign.parent.iterdir()) == ["recipes.sqlite3"]
