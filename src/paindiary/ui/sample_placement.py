"""Where the sample diary's window opens: offset from the patient's own, never on top of it.

The sample runs in its own process and reads the same remembered window geometry, so without
this it would cover the patient's window exactly and the two could be mistaken for each other.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from paindiary.ui.main_window import MainWindow

SAMPLE_OFFSET = 40  # pixels right and down: the patient's title bar stays visible above


def offset_geometry(own: QRect, available: QRect, step: int = SAMPLE_OFFSET) -> QRect:
    """`own` moved `step` right and down, shrunk if need be to stay within `available`.

    A window already at the screen's right or bottom edge moves left or up instead.
    """
    size = own.size().boundedTo(QSize(available.width() - step, available.height() - step))
    x = _along(own.left(), size.width(), available.left(), available.right() + 1, step)
    y = _along(own.top(), size.height(), available.top(), available.bottom() + 1, step)
    return QRect(QPoint(x, y), size)


def _along(own: int, length: int, low: int, high: int, step: int) -> int:
    """Where the window starts on one axis: a step on if that fits, else a step back, else what fits."""
    for start in (own + step, own - step):
        if low <= start and start + length <= high:
            return start
    return max(low, min(own + step, high - length))


def place_sample_window(window: QWidget) -> None:
    """Put the (not yet shown) sample window beside where the patient's window opens."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        window.setWindowState(Qt.WindowState.WindowNoState)
    available = window.screen().availableGeometry()
    window.setGeometry(offset_geometry(window.geometry(), available))


def show_in_place(window: MainWindow) -> None:
    """Show the window where the patient's was last; the sample's a step down and right of that."""
    window.restore_geometry()
    if window.sample:
        place_sample_window(window)
    window.show()
