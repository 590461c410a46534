"""The contract between the main window and the features that plug into it (menus, dialogs, tray).

A feature module offers `install(host: FeatureHost) -> None`; the list of features is wired
once in ui/app.py. This module holds only the contract, so features and the window both
import it and neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from paindiary.clock import Clock
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.preferences import Preferences

_Dialog = TypeVar("_Dialog", bound=QDialog)


class FeatureHost(Protocol):
    """What a feature may use of the main window, and nothing more."""

    @property
    def adapter(self) -> DiaryAdapter:
        """Every read and write of the open diary."""
        ...

    @property
    def preferences(self) -> Preferences:
        """This computer's preferences (reminder, start at login, language)."""
        ...

    @property
    def clock(self) -> Clock:
        """What "now" is."""
        ...

    @property
    def undo_stack(self) -> QUndoStack:
        """Edit ▸ Undo's history: a feature's writes push their commands here."""
        ...

    def main_window(self) -> QMainWindow:
        """The window itself, as the parent of the feature's actions and dialogs."""
        ...

    def menu(self, name: str) -> QMenu:
        """The menu called `name` ("file", "edit", "view", "tools", "help"), created on first use."""
        ...

    def show_page(self, name: str) -> None:
        """Show "today", "diary", "sessions", "charts" or a page added with add_page."""
        ...

    def add_page(self, name: str, label: str, build: Callable[[QWidget], QWidget]) -> None:
        """Add a page after the others (Ctrl+its number); `build(parent)` makes it when first shown."""
        ...

    def add_today_panel(self, widget: QWidget, area: str) -> None:
        """Put a panel on Today: "notices" (prompts, under the title) or "actions" (under Save)."""
        ...

    def show_status(self, text: str, timeout_ms: int = ...) -> None:
        """Say `text` in the window's status bar for a while."""
        ...

    def open_settings(self, *, analysis: bool = False) -> None:
        """Open the Settings dialog, with "How relief is measured" unfolded when `analysis`."""
        ...


Feature = Callable[[FeatureHost], None]
# Says a short message to the patient (usually FeatureHost.show_status).
Reporter = Callable[[str], None]


def ignore_report(_text: str) -> None:
    """The Reporter of a dialog opened without a window to speak through."""


def open_window_modal(dialog: _Dialog) -> _Dialog:
    """Show a feature's dialog without blocking the event loop; it deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
