"""A stand-in main window for testing a feature's install(): a FeatureHost and nothing more."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

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
        self.undo_stack = QUndoStack(self)
        self.pages_shown: list[str] = []
        self.pages: dict[str, QWidget] = {}  # pages added by features, built at once here
        self.today_panels: dict[str, list[QWidget]] = {"notices": [], "actions": []}

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

    def add_page(self, name: str, label: str, build: Callable[[QWidget], QWidget]) -> None:
        self.pages[name] = build(self)

    def add_today_panel(self, widget: QWidget, area: str) -> None:
        self.today_panels[area].append(widget)

    def show_status(self, text: str, timeout_ms: int = STATUS_MS) -> None:
        self.statusBar().showMessage(text, timeout_ms)
