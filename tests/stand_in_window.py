"""A stand-in main window for testing a feature's install(): a FeatureHost and nothing more."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

from paindiary.clock import Clock, local_now
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.preferences import Preferences

STATUS_MS = 10_000


class StandInWindow(QMainWindow):
    """The part of the main window that features rely on: named menus, status bar, pages by name."""

    def __init__(self, adapter: DiaryAdapter, *, clock: Clock = local_now) -> None:
        super().__init__()
        self.adapter = adapter
        self.preferences = Preferences(parent=self)
        self.clock = clock
        self.pages_shown: list[str] = []

    def main_window(self) -> QMainWindow:
        return self

    def menu(self, name: str) -> QMenu:
        found = self.menuBar().findChild(QMenu, name)
        if found is None:
            found = self.menuBar().addMenu(name.title())
            found.setObjectName(name)
        return found

    def show_page(self, name: str) -> None:
        self.pages_shown.append(name)

    def show_status(self, text: str, timeout_ms: int = STATUS_MS) -> None:
        self.statusBar().showMessage(text, timeout_ms)
