"""Writes by another process (the command line, a second window) reach the open window.

The file's data version (store/data_version.py) is asked every few seconds and when the
application is activated; a change is announced as the adapter's `changed("external", [])`,
and the views re-read what they show — the window itself is not rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from paindiary.store.data_version import DataVersion

POLL_MS = 3_000


class ExternalChangeWatcher(QObject):
    """Asks the diary file whether someone else wrote to it; calls `announce` when so."""

    def __init__(self, path: Path, announce: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._announce = announce
        self._version_of_file: DataVersion | None = None
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
        self._version_of_file = DataVersion(path)
        self._seen = self._version()

    def stop(self) -> None:
        if self._version_of_file is not None:
            self._version_of_file.close()
            self._version_of_file = None

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
        return None if self._version_of_file is None else self._version_of_file.read()
