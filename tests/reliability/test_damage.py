"""The damage matrix: each kind of damage is detected, never written to, and a backup is offered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.store import Diary, DiaryDamaged, integrity
from tests.reliability.damage import DAMAGES, copy_diary, file_bytes, make_healthy_diary, random_bytes
from tests.support import FakeClock


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    return make_healthy_diary(tmp_path_factory.mktemp("healthy"))


@pytest.fixture(params=sorted(DAMAGES))
def damaged(request: pytest.FixtureRequest, healthy: tuple[Path, int], tmp_path: Path) -> Path:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    DAMAGES[request.param](db_path)
    return db_path


def test_the_check_finds_the_damage_without_changing_a_byte(damaged: Path) -> None:
    before = file_bytes(damaged)
    report = integrity.check(damaged)
    assert report.damaged, report
    assert report.problems
    assert file_bytes(damaged) == before


def test_paindiary_check_exits_1_and_names_the_newest_backup(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = file_bytes(damaged)
    assert main(["--db", str(damaged), "check"]) == 1
    err = capsys.readouterr().err
    assert "is damaged; it was not changed" in err
    assert "diary-2024-05-31_200000-daily.sqlite3" in err
    assert f"restore {damaged.parent}" in err
    assert file_bytes(damaged) == before


@pytest.mark.parametrize("command", [["list"], ["log", "5"], ["export", "out.json"], ["backup"]])
def test_other_commands_refuse_a_damaged_diary_and_leave_it_as_it_was(
    damaged: Path,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    before = file_bytes(damaged)
    assert main(["--db", str(damaged), *command]) == 1
    assert "damaged" in capsys.readouterr().err
    assert file_bytes(damaged) == before
    assert not (tmp_path / "out.json").exists()


def test_setting_aside_keeps_every_byte_and_the_companions_paired(damaged: Path, clock: FakeClock) -> None:
    before = file_bytes(damaged)
    moved = integrity.set_aside_damaged(damaged, clock)
    assert moved.name == "diary.sqlite3.damaged-20240601-120000"
    assert not damaged.exists()
    assert not any(p.exists() for p in [damaged.with_name(damaged.name + s) for s in ("-wal", "-shm")])
    assert {
        name.replace(moved.name, damaged.name): data for name, data in file_bytes(moved).items()
    } == before


def test_an_io_error_is_not_damage(
    healthy: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")

    def failing_open(_path: Path, **_options: bool) -> sqlite3.Connection:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(integrity, "connect_read_only", failing_open)
    report = integrity.check(db_path)
    assert report.verdict is integrity.Verdict.UNREADABLE
    assert not report.damaged


def test_a_folder_in_place_of_the_diary_is_unreadable_not_damaged(tmp_path: Path) -> None:
    (tmp_path / "diary.sqlite3").mkdir()
    assert integrity.check(tmp_path / "diary.sqlite3").verdict is integrity.Verdict.UNREADABLE
    assert main(["--db", str(tmp_path / "diary.sqlite3"), "check"]) == 2


def test_the_healthy_diary_passes(healthy: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    report = integrity.check(healthy[0])
    assert report.ok
    assert report.counts["entries"] == healthy[1]
    assert main(["--db", str(healthy[0]), "check"]) == 0
    assert f"no problems found ({healthy[1]} entries" in capsys.readouterr().out


def test_diary_open_itself_refuses_random_bytes_untouched(healthy: tuple[Path, int], tmp_path: Path) -> None:
    db_path = copy_diary(healthy[0], tmp_path / "diary")
    random_bytes(db_path)
    before = file_bytes(db_path)
    with pytest.raises(DiaryDamaged):
        Diary.open(db_path)
    assert file_bytes(db_path) == before
