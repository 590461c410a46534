"""Privacy: every file the app writes is 0600 in 0700 folders, and nothing opens a network connection."""

from __future__ import annotations

import importlib.util
import os
import socket
import stat
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from paindiary import paths
from paindiary.cli import main
from paindiary.demo import fill_with_demo
from paindiary.domain import PainEntry, Route, SideEffect, TreatmentSession
from paindiary.formats import registry
from paindiary.store import Diary, backup, integrity
from paindiary.ui import recovery
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.backups_dialog import BackupsDialog
from paindiary.ui.delete_data_dialog import DeleteDataDialog
from paindiary.ui.single_instance import SingleInstance
from tests.support import FakeClock


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_every_file_is_private_under_umask_022(
    umask_022: None, tmp_path: Path, clock: FakeClock, qtbot: QtBot
) -> None:
    db_path = tmp_path / "data" / "paindiary" / "diary.sqlite3"
    instance = SingleInstance(db_path)
    assert instance.acquire()
    with Diary.open(db_path, clock=clock) as diary:
        fill_with_demo(diary, date(2024, 5, 31))
        with diary.engine.connect() as connection:  # an open connection: -wal and -shm exist now
            connection.exec_driver_sql("SELECT count(*) FROM entries").scalar()
            for companion in paths.companions(db_path):
                if companion.exists():
                    assert mode(companion) == 0o600, companion.name
            assert {p.name for p in paths.companions(db_path) if p.exists()} >= {
                "diary.sqlite3-wal",
                "diary.sqlite3-shm",
            }
        made = backup.daily_backup(db_path, clock)
        exports = tmp_path / "exports"
        exports.mkdir()
        for fmt in registry.EXPORT_FORMATS:
            target = exports / f"diary{fmt.suffix}"
            registry.export_diary(diary, target)
            assert mode(target) == 0o600, target.name
    assert made is not None
    assert mode(db_path) == 0o600
    assert mode(db_path.parent) == 0o700
    assert mode(db_path.parent.parent) == 0o700
    assert mode(made) == 0o600
    assert mode(made.parent) == 0o700
    assert mode(integrity.lock_path(db_path)) == 0o600
    instance.release()

    backup.restore_backup(db_path, made, clock)
    assert mode(db_path) == 0o600
    restored_from = [b.path for b in backup.list_backups(db_path)]
    assert all(mode(p) == 0o600 for p in restored_from)
    assert main(["--db", str(db_path), "backup", "--out", str(tmp_path / "usb" / "copy.sqlite3")]) == 0
    assert mode(tmp_path / "usb" / "copy.sqlite3") == 0o600


# ---------------------------------------------------------------- no network


class NetworkAttempts:
    """Replaces the socket entry points; every call is recorded and refused."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
            monkeypatch.setattr(socket, name, self._refuse(name))

    def _refuse(self, name: str) -> Any:
        def refused(*args: object, **kwargs: object) -> Any:
            self.calls.append(f"socket.{name}{args!r}")
            raise OSError(f"network disabled in this test ({name})")

        return refused


def inet_sockets_of_this_process() -> list[str]:
    """Open TCP/UDP sockets of this process (Linux), whichever library made them."""
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        with open(f"/proc/net/{table}", encoding="ascii") as handle:
            for line in list(handle)[1:]:
                fields = line.split()
                if fields[9] in inodes:
                    found.append(f"{table} {fields[1]} -> {fields[2]}")
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs Linux /proc")
def test_the_app_s_flows_and_every_export_open_no_network_connection(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = NetworkAttempts(monkeypatch)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Ok)
    db_path = tmp_path / "diary" / "diary.sqlite3"

    # start-up: one instance, recovery checks, the day's backup
    instance = SingleInstance(db_path)
    assert instance.acquire()
    diary = recovery.open_diary_with_recovery(db_path, None, clock=clock)
    assert diary is not None
    adapter = DiaryAdapter(diary)

    # logging, sessions, settings through the adapter, as the views do
    fill_with_demo(diary, date(2024, 5, 31))
    adapter.add_entry(PainEntry(at=datetime(2024, 6, 1, 9), pain=4, note="morning"))
    treatment = adapter.add_session(
        TreatmentSession(at=datetime(2024, 6, 1, 10), route=Route.INTRANASAL, dose_mg=56.0)
    )
    adapter.add_side_effect(treatment.id, SideEffect("dizziness"))
    adapter.set_analysis_settings(adapter.reader.analysis_settings().with_changes(baseline_days=10))

    # the main window with every installed feature (its views, charts and menus)
    if importlib.util.find_spec("paindiary.ui.main_window") is not None:
        window = build_window(adapter)
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()

    # every export format, from the library and from the command line
    for fmt in registry.EXPORT_FORMATS:
        registry.export_diary(adapter.reader, tmp_path / f"export{fmt.suffix}")
        assert main(["--db", str(db_path), "export", str(tmp_path / f"cli{fmt.suffix}")]) == 0
    for command in (["list"], ["check"], ["backup"], ["summary"], ["log", "3"]):
        assert main(["--db", str(db_path), *command]) == 0, command

    # backups: make one, verify, restore
    backups = BackupsDialog(adapter, None, clock=clock)
    qtbot.addWidget(backups)
    backups.open()
    qtbot.mouseClick(backups.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(backups.verify_button, Qt.MouseButton.LeftButton)
    clock.now += timedelta(minutes=1)
    qtbot.mouseClick(backups.restore_button, Qt.MouseButton.LeftButton)

    # delete all my data, after an export
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "last.json"), ""))
    eraser = DeleteDataDialog(adapter, None, clock=clock)
    qtbot.addWidget(eraser)
    eraser.open()
    qtbot.mouseClick(eraser.export_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(eraser.confirmation, "DELETE")
    qtbot.mouseClick(eraser.delete_button, Qt.MouseButton.LeftButton)
    assert adapter.reader.is_empty()
    assert (tmp_path / "last.json").exists()

    assert attempts.calls == []
    assert inet_sockets_of_this_process() == []
    instance.release()
    adapter.close()
