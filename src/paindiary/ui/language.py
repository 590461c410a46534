"""The interface language: system locale or the one chosen in Settings (to be completed)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def install_translator(app: QApplication, language: str | None = None) -> str:
    """Load the catalogue for `language` (None: the system's); return the language used."""
    return "en"
