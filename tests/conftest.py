"""Test-wide set-up: Qt offscreen, and no test ever touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# Before any QApplication exists: there is no display in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from paindiary.store import Diary
from tests.support import FakeClock


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME and the XDG folders at a fresh temporary folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.delenv("PAINDIARY_DB", raising=False)
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 6, 1, 12, 0))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "diary" / "diary.sqlite3"


@pytest.fixture
def diary(db_path: Path, clock: FakeClock) -> Iterator[Diary]:
    with Diary.open(db_path, clock=clock) as opened:
        yield opened
