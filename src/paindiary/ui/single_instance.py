"""One running window per diary file (to be completed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal


class SingleInstance(QObject):
    """Claims a diary for this process; a second start asks the first one to come forward."""

    # another start of the app asked this window to come forward
    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path

    def acquire(self) -> bool:
        """True: this process owns the diary. False: another one does and was asked forward."""
        return True

    def release(self) -> None:
        """Give the diary up (at exit)."""
