"""Opening the diary at start-up, and what to do when it is damaged (to be completed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from paindiary.store import Diary


def open_diary_with_recovery(path: Path, parent: QWidget | None = None) -> Diary | None:
    """Open the diary; on damage explain, set the file aside, offer a backup. None: user gave up."""
    return Diary.open(path)
