"""A toggle button whose chosen state cannot be missed: a strong fill and a check mark before the text.

Unchosen, it is the style's own button. Chosen, it paints itself: colour alone is lost on people
who do not see it (or in grayscale), so a check mark always comes with the fill.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QWidget

from paindiary.ui.selection_colours import selection_colours

SIDE_PADDING = 6  # between the button's edge and the check mark or the end of the text
CORNER_RADIUS = 4.0
DISABLED_OPACITY = 0.55
FOCUS_RING_PX = 2


class ChoiceButton(QPushButton):
    """A checkable button that shows "✓ text" on a filled background while checked."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        # Enter belongs to the form (Save), never to whichever choice has the focus.
        self.setAutoDefault(False)
        self._focus_by_keyboard = False
        self._measured_for: tuple[str, str] | None = None
        self._measured = (0.0, 0.0, 0.0)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Focus brought by a key (Tab, an arrow, a digit typed on the form) shows the ring,
        # a click does not. Qt itself forgets the keyboard once focus is set from code.
        if event.reason() not in (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason):
            self._focus_by_keyboard = event.reason() != Qt.FocusReason.MouseFocusReason
        super().focusInEvent(event)

    # ------------------------------------------------------------ size

    def _measures(self) -> tuple[float, float, float]:
        """The check mark's size, the gap after it, and the width of mark, gap and text."""
        key = (self.text(), self.font().key())
        if self._measured_for != key:
            metrics = self.fontMetrics()
            mark = metrics.capHeight() * 1.15
            gap = mark * 0.35
            self._measured_for = key
            self._measured = (mark, gap, mark + gap + metrics.horizontalAdvance(self.text()))
        return self._measured

    def sizeHint(self) -> QSize:
        # Room for the check mark in both states, so choosing never moves the row.
        hint = super().sizeHint()
        content = round(self._measures()[2]) + 2 * SIDE_PADDING
        return QSize(max(hint.width(), content), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # ------------------------------------------------------------ painting

    def check_mark_rect(self) -> QRectF:
        """Where the check mark is drawn while the button is checked."""
        mark, _gap, content = self._measures()
        return QRectF((self.width() - content) / 2, (self.height() - mark) / 2, mark, mark)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked():
            super().paintEvent(event)  # the style's own unchosen button
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isChecked():
            self._paint_chosen(painter)
            ring_colour = selection_colours(self.palette()).text
        else:
            ring_colour = self.palette().color(QPalette.ColorRole.ButtonText)
        keyboard_used = self.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        if self.hasFocus() and (keyboard_used or self._focus_by_keyboard):
            # A thin highlight-coloured outline (the style's) is easy to miss; a 2 px ring in
            # the text's colour is not.
            painter.setPen(QPen(ring_colour, FOCUS_RING_PX))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            inset = FOCUS_RING_PX + 2
            ring = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
            painter.drawRoundedRect(ring, CORNER_RADIUS - 1, CORNER_RADIUS - 1)
        painter.end()

    def _paint_chosen(self, painter: QPainter) -> None:
        colours = selection_colours(self.palette())
        if not self.isEnabled():
            painter.setOpacity(DISABLED_OPACITY)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), CORNER_RADIUS, CORNER_RADIUS)
        mark = self.check_mark_rect()
        pen = QPen(colours.text, max(2.0, mark.width() / 6))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_check_path(mark))
        text_rect = QRectF(mark.right() + self._measures()[1], 0, self.width(), self.height())
        painter.setFont(self.font())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.text())


def _check_path(box: QRectF) -> QPainterPath:
    path = QPainterPath(QPointF(box.left() + 0.08 * box.width(), box.top() + 0.55 * box.height()))
    path.lineTo(box.left() + 0.38 * box.width(), box.top() + 0.88 * box.height())
    path.lineTo(box.left() + 0.95 * box.width(), box.top() + 0.12 * box.height())
    return path
