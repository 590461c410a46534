"""One window per diary: a second start brings the first forward; a crashed one's lock does not block."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from paindiary.store.integrity import lock_path
from paindiary.ui.single_instance import SingleInstance, server_name_for

CRASHING_OWNER = """
import sys, time
from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtNetwork import QLocalServer
app = QCoreApplication([])
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
server = QLocalServer()
assert server.listen(sys.argv[2])
print("locked", flush=True)
time.sleep(600)
"""


def test_a_second_start_asks_the_first_forward_and_does_not_open_the_diary(
    qtbot: QtBot, db_path: Path
) -> None:
    first = SingleInstance(db_path)
    assert first.acquire()
    second = SingleInstance(db_path)
    try:
        with qtbot.waitSignal(first.activation_requested):
            assert not second.acquire()
    finally:
        first.release()
    third = SingleInstance(db_path)  # once released, the next start owns it
    assert third.acquire()
    third.release()


def test_another_diary_is_not_affected(qtbot: QtBot, tmp_path: Path) -> None:
    one = SingleInstance(tmp_path / "a" / "diary.sqlite3")
    other = SingleInstance(tmp_path / "b" / "diary.sqlite3")
    assert one.server_name != other.server_name
    assert one.acquire()
    assert other.acquire()
    one.release()
    other.release()


def test_a_lock_left_by_a_crashed_instance_does_not_block(qtbot: QtBot, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    owner = subprocess.Popen(
        [sys.executable, "-c", CRASHING_OWNER, str(lock_path(db_path)), server_name_for(db_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert owner.stdout is not None
    assert owner.stdout.readline().strip() == "locked"
    owner.stdout.close()
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait(timeout=60)
    assert lock_path(db_path).exists()  # left behind, like its socket

    instance = SingleInstance(db_path)
    assert instance.acquire()
    with qtbot.waitSignal(instance.activation_requested):
        assert not SingleInstance(db_path).acquire()  # and it serves the stale socket's name again
    instance.release()


def test_the_lock_file_is_private_under_umask_022(qtbot: QtBot, db_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        instance = SingleInstance(db_path)
        assert instance.acquire()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(lock_path(db_path).stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    instance.release()
