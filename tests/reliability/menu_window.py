"""A stand-in main window for testing install(): the one thing it needs is menu(name)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


class MenuWindow(QMainWindow):
    def menu(self, name: str) -> QMenu:
        found = self.menuBar().findChild(QMenu, name)
        if found is None:
            found = self.menuBar().addMenu(name.title())
            found.setObjectName(name)
        return found
