"""Visible work only: a view brings itself up to date while shown, otherwise the next time it is shown.

The pattern every page follows (docs/architecture.md, "Visible work only"): on `changed`, a
view notes what it must read again and calls `mark_stale()`; the refresh runs at once when the
view is on screen and otherwise waits for its next Show event, so a save never recomputes or
redraws a page nobody is looking at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    """Runs `refresh` for `view` now if it is visible, else when it is next shown."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = False
        view.installEventFilter(self)

    def mark_stale(self) -> None:
        """The view's data changed: refresh now if it is on screen, else when it is next shown."""
        self.stale = True
        if self._view.isVisible():
            self.catch_up()

    def catch_up(self) -> None:
        """Refresh if anything changed since the last refresh."""
        if self.stale:
            self.stale = False
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False
