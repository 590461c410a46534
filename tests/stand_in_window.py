"""A stand-in main window for testing a feature's install(): all it needs is menu(name)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


class StandInWindow(QMainWindow):
    """The part of the main window that features rely on: named menus, created on first use."""

    def menu(self, name: str) -> QMenu:
        found = self.menuBar().findChild(QMenu, name)
        if found is None:
            found = self.menuBar().addMenu(name.title())
            found.setObjectName(name)
        return found
