"""Features that plug themselves into the main window (menus, dialogs, tray).

Each feature module offers `install(window, adapter)`; the list below is the one
place that names them, so the main window does not need to know each feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from paindiary.ui.adapter import DiaryAdapter
    from paindiary.ui.main_window import MainWindow

Installer = Callable[["MainWindow", "DiaryAdapter"], None]
_Dialog = TypeVar("_Dialog", bound=QDialog)


class MenuWindow(Protocol):
    """What a feature's install() needs of the main window: its menus by name."""

    def menu(self, name: str) -> QMenu: ...


def open_window_modal(dialog: _Dialog) -> _Dialog:
    """Show a feature's dialog without blocking the event loop; it deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def installers() -> list[Installer]:
    """The features to install, imported only when the window is built."""
    from paindiary.ui import (
        backups_dialog,
        delete_data_dialog,
        help_dialog,
        relief_notice,
        reminder_tray,
        report_action,
        transfer_actions,
    )

    found: list[Installer] = []
    found.append(backups_dialog.install)
    found.append(transfer_actions.install)
    found.append(report_action.install)
    found.append(reminder_tray.install)
    found.append(help_dialog.install)
    found.append(relief_notice.install)
    found.append(delete_data_dialog.install)  # last: the destructive action stands apart
    return found


def install_extensions(window: MainWindow, adapter: DiaryAdapter) -> None:
    for install in installers():
        install(window, adapter)
