"""Writes by another process (the command line, a second window) reach the open window.

SQLite's `PRAGMA data_version` changes on a connection whenever another connection has
committed to the file. One connection is kept for asking it, every few seconds and when the
application is activated; a change is announced as the adapter's `changed("external", [])`,
and the views re-read what they show — the window itself is not rebuilt.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from paindiary.store.database import connect_file

POLL_MS = 3_000


class ExternalChangeWatcher(QObject):
    """Asks the diary file whether someone else wrote to it; calls `announce` when so."""

    def __init__(self, path: Path, announce: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announce = announce
        self._connection: sqlite3.Connection | None = None
        self._seen: int | None = None
        self.watch(path)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._on_state)

    def watch(self, path: Path) -> None:
        """Start over on the file at `path` (at start, and after a restore replaced the diary)."""
        self.stop()
        with contextlib.suppress(sqlite3.Error, OSError):
            self._connection = connect_file(path, read_only=True)
        self._seen = self._version()

    def stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def our_own_write(self) -> None:
        """This process wrote (and has said so): that change is not news."""
        self._seen = self._version()

    def check(self) -> bool:
        """Whether another process has written since the last look; announces it when so."""
        version = self._version()
        if version is None or version == self._seen:
            return False
        self._seen = version
        self._announce()
        return True

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _version(self) -> int | None:
        if self._connection is None:
            return None
        try:
            row = self._connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None  # a file being replaced or erased: the next look tries again
        return int(row[0])
