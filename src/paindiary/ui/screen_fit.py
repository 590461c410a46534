"""Windows that open inside the screen's free space, at any scale: capped to it, and scrolling
their content when even its smallest size would not fit, with the buttons always in view.

At 200 % on a 1920 × 1080 screen only 960 × 540 logical pixels are left, less a task bar; a
dialog taller than that would hide its Save button below the screen's edge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

# A title bar and borders, until the window system has said how large they are.
FRAME_GUESS = QSize(8, 36)
FITTED = "fitted_to_screen"  # property set on a window once its content has been fitted


def available_rect(widget: QWidget) -> QRect:
    """The free part (without task bars) of the screen `widget` opens on: its parent window's."""
    parent = widget.parentWidget()
    screen = parent.window().screen() if parent is not None else widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(window: QWidget) -> QSize:
    """How much the window's frame adds to its size: known once shown, guessed before."""
    extra = window.frameGeometry().size() - window.geometry().size()
    if extra.width() > 0 or extra.height() > 0:
        return extra
    return QSize(FRAME_GUESS)


def room_for(window: QWidget) -> QSize:
    """The largest size `window` may take so that it and its frame fit the free screen."""
    return available_rect(window).size() - frame_extra(window)


def clamp_into(rect: QRect, area: QRect) -> QRect:
    """`rect` shrunk to at most `area`'s size and moved (as little as possible) to lie inside it."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = max(area.left(), min(rect.left(), area.left() + area.width() - width))
    y = max(area.top(), min(rect.top(), area.top() + area.height() - height))
    return QRect(x, y, width, height)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a window (frame included) into its screen's free space."""
    area = available_rect(window)
    extra = frame_extra(window)
    frame = QRect(window.frameGeometry().topLeft(), window.size() + extra)
    inside = clamp_into(frame, area)
    if inside.size() != frame.size():
        window.resize(inside.size() - extra)
    if inside.topLeft() != frame.topLeft():
        window.move(inside.topLeft())


def fit_dialog(dialog: QWidget, *, keep_in_view: Callable[[QWidget], bool] = lambda _widget: False) -> None:
    """Before a dialog is first shown: scroll its content if need be, and cap its size to the screen."""
    scroll_if_too_big(dialog, keep_in_view=keep_in_view)
    cap_size(dialog)


def scroll_if_too_big(
    dialog: QWidget, *, keep_in_view: Callable[[QWidget], bool] = lambda _widget: False
) -> None:
    """Once per dialog: put its content in a scroll area if even its smallest size does not fit.

    The button box, and whatever `keep_in_view` picks (an error line above the buttons), stay
    below the scrolled part, always in view.
    """
    if dialog.property(FITTED):
        return
    dialog.setProperty(FITTED, True)
    room = room_for(dialog)
    layout = dialog.layout()
    if layout is None or isinstance(dialog, QWizard):  # a wizard's pages are laid out by Qt
        return
    minimum = layout.totalMinimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        scroll_content(dialog, lambda widget: isinstance(widget, QDialogButtonBox) or keep_in_view(widget))


def cap_size(dialog: QWidget) -> None:
    """Shrink a dialog that asks for, or was given, more than the screen holds; leave others be."""
    wanted = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else dialog.sizeHint()
    room = room_for(dialog)
    if wanted.width() > room.width() or wanted.height() > room.height():
        dialog.resize(wanted.boundedTo(room).expandedTo(dialog.minimumSize()))


class FitWhenShown(QObject):
    """Caps a dialog to the screen at its first show, once Qt has chosen its size (at most 2/3
    of the screen for one that scrolls) and before it is placed over its parent."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            cap_size(watched)
        return False


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for its content's full size (Qt's own stops at 24 lines)."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + 2 * self.frameWidth(), hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        # Room for a few lines: the rest scrolls.
        line = self.fontMetrics().height()
        return QSize(12 * line, 6 * line)


def scroll_content(window: QWidget, stays: Callable[[QWidget], bool]) -> QScrollArea:
    """Put `window`'s layout into a scroll area; the parts of it `stays` picks go below it, unscrolled."""
    layout = window.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    content = QWidget()
    content.setObjectName("scrolled_content")
    # Takes the layout and every widget in it over from the window (Qt moves them along).
    content.setLayout(layout)
    items = [layout.itemAt(index) for index in range(layout.count())]
    staying = {index for index, item in enumerate(items) if item is not None and _holds(item, stays)}
    # A dialog's own row of buttons at the bottom (and the space above it) stays in view too.
    last = len(items) - 1
    while last >= 0 and (item := items[last]) is not None and (_is_button_row(item) or item.spacerItem()):
        staying.add(last)
        last -= 1
    fixed = [taken for index in sorted(staying, reverse=True) if (taken := layout.takeAt(index)) is not None]
    fixed.reverse()
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.setSpacing(layout.spacing() if layout.spacing() >= 0 else 6)
    area = FittingScrollArea(window)
    area.setObjectName("fitting_scroll_area")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    outer.addWidget(area, 1)
    for item in fixed:
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), 0, margins.right(), 0)
        taken_widget, taken_layout = item.widget(), item.layout()
        if taken_widget is not None:
            row.addWidget(taken_widget)
        elif taken_layout is not None:
            taken_layout.setParent(None)
            row.addLayout(taken_layout)
        else:
            row.addItem(item)
        outer.addLayout(row)
    return area


def _holds(item: QLayoutItem, stays: Callable[[QWidget], bool]) -> bool:
    """Whether the layout item is, or contains, a widget that `stays` picks."""
    widget = item.widget()
    if widget is not None:
        return stays(widget)
    sub: QLayout | None = item.layout()
    if sub is None:
        return False
    return any((child := sub.itemAt(i)) is not None and _holds(child, stays) for i in range(sub.count()))


def _is_button_row(item: QLayoutItem) -> bool:
    """Whether the item is a row of push buttons (with any spacing between them)."""
    row = item.layout()
    if row is None:
        return False
    parts = [row.itemAt(index) for index in range(row.count())]
    widgets = [part.widget() for part in parts if part is not None and part.widget() is not None]
    return bool(widgets) and all(isinstance(widget, QPushButton) for widget in widgets)
