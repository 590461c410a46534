"""Work a feature can leave until the window has painted once: the window appears first.

Today's prompts each read the diary to decide whether they are due; done while the window is
built, those reads delay its first paint. A feature hands them to `after_first_paint`, which
runs them right after that paint, or on the event loop's first turn for a window that is not
shown (a window started hidden, or one built by a test).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

OBJECT_NAME = "after-first-paint"


class _FirstPaint(QObject):
    """The actions waiting for one window's first paint."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self._window = window
        self._actions: list[Callable[[], object]] = []
        self.done = False
        window.installEventFilter(self)
        # A window that is not shown by the first turn of the event loop may never paint.
        QTimer.singleShot(0, self, self._unless_showing)

    def add(self, action: Callable[[], object]) -> None:
        if self.done:
            action()
        else:
            self._actions.append(action)

    def _unless_showing(self) -> None:
        if not self._window.isVisible():
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if watched is self._window and event.type() == QEvent.Type.Paint and not self.done:
            # Posted, so the paint in progress is finished and on screen first.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self._window.removeEventFilter(self)
        actions, self._actions = self._actions, []
        for action in actions:
            action()


def after_first_paint(window: QWidget, action: Callable[[], object]) -> None:
    """Run `action` once `window` has painted for the first time (at once if it already has)."""
    waiting = window.findChild(_FirstPaint, OBJECT_NAME)
    if waiting is None:
        waiting = _FirstPaint(window)
    waiting.add(action)


def first_paint_done(window: QWidget) -> bool:
    """Whether the work left for `window`'s first paint has run (True when there was none)."""
    waiting = window.findChild(_FirstPaint, OBJECT_NAME)
    return waiting is None or waiting.done
