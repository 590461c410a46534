"""Application-wide habits of the keyboard and the mouse wheel, installed once at start-up.

- The wheel over a spin box, combo box or date field that does not have focus scrolls the page
  instead of changing the value the patient scrolled past.
- The control with focus has a visible ring in the palette's highlight colour.
- When a dialog closes, focus goes back to the control that opened it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFocusFrame,
    QMenu,
    QMenuBar,
    QWidget,
)

from paindiary.ui.choice_button import ChoiceButton

# Fields whose value the wheel changes; a date field is a QAbstractSpinBox too.
WHEEL_FIELDS = (QAbstractSpinBox, QComboBox)
RING_WIDTH = 2


class FocusRing(QFocusFrame):
    """A 2 px ring around the widget with focus, drawn just outside it so its own look is kept.

    QFocusFrame already follows the widget as it moves, resizes, hides or scrolls, and never
    takes part in a splitter's or layout's children.
    """

    def follow(self, widget: QWidget | None) -> None:
        """Ring `widget`, or nothing (Qt takes no widget here; its type stubs do not say so)."""
        self.setWidget(widget)  # type: ignore[arg-type]
        if widget is None:
            # QFocusFrame moves itself into the ringed widget's parent. Deleted along with a closed
            # dialog, it took the Python side of the score rows' layout items with it (a crash).
            self.setParent(None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The palette's own highlight: the same blue (or the theme's accent) in light and dark.
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)


def wants_ring(widget: QWidget | None) -> bool:
    """Whether the widget with focus gets a ring: every control, not a window, menu or popup."""
    if widget is None or widget.isWindow() or isinstance(widget, QMenu | QMenuBar):
        return False
    if isinstance(widget, ChoiceButton):
        # A score or place button draws its own ring, inside its fill; two would crowd the row.
        return False
    return widget.window().windowType() != Qt.WindowType.Popup  # a combo box's open list


def _scrolled_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area that `widget` sits in (inside its viewport), if any."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


class InputGuards(QObject):
    """The event filter on the whole application, and the focus ring it moves."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("input_guards")
        self._app = app
        self._ring: FocusRing | None = None
        self._openers: dict[QDialog, QWidget] = {}
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)

    def remove(self) -> None:
        """Undo `install_input_guards` (for tests, which share one application)."""
        self._app.removeEventFilter(self)
        self._app.focusChanged.disconnect(self._focus_changed)
        if self._ring is not None and shiboken6.isValid(self._ring):
            self._ring.follow(None)
            self._ring.deleteLater()
        self._ring = None
        self.setObjectName("")  # a later install makes new guards rather than finding these
        self.deleteLater()

    def ring(self) -> FocusRing:
        # Made on first use, and again when a closed window took the last one with it.
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing()
        return self._ring

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            return self._wheel(watched, event)
        if kind == QEvent.Type.Polish and isinstance(watched, WHEEL_FIELDS):
            # Qt's fields take focus from the wheel itself ("WheelFocus"); only click and Tab may.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog):
            self._remember_opener(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog):
            self._return_focus(watched)
        return False

    def _wheel(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, WHEEL_FIELDS) or watched.hasFocus():
            return False
        area = _scrolled_area(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # never reaches the field: its value stays as it was

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.ring().follow(new if wants_ring(new) else None)

    def _remember_opener(self, dialog: QDialog) -> None:
        opener = QApplication.focusWidget()
        if dialog in self._openers or opener is None or opener is dialog or dialog.isAncestorOf(opener):
            return
        self._openers[dialog] = opener

    def _return_focus(self, dialog: QDialog) -> None:
        opener = self._openers.pop(dialog, None)
        if opener is None:
            return

        def focus_opener() -> None:
            # Later, once the dialog is gone; not while another dialog (a question it asked) is up.
            if not (shiboken6.isValid(opener) and opener.isVisible() and opener.isEnabled()):
                return
            if QApplication.activeModalWidget() in (None, opener.window()):
                opener.activateWindow()
                opener.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, focus_opener)


def install_input_guards(app: QApplication) -> InputGuards:
    """Install the guards once on `app`; a second call returns the ones already there."""
    existing = app.findChild(InputGuards, "input_guards")
    return existing if existing is not None else InputGuards(app)
