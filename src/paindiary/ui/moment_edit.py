"""Date and date-time fields that Tab leaves in one press; the arrow keys move between their parts.

Qt's own QDateTimeEdit spends Tab on its next section (year, month, day, hour, minute), so a
patient tabbing through a form lands in the year, and the next key typed changes it. Here Tab
and Shift+Tab go to the next or previous control like everywhere else, and Left / Right select
the previous or next section.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QDateTimeEdit, QWidget

MOMENT_FORMAT = "yyyy-MM-dd HH:mm"
DAY_FORMAT = "yyyy-MM-dd"


def _left_by_tab(edit: QAbstractSpinBox, event: QEvent) -> bool:
    """On Tab / Shift+Tab, move focus to the next / previous control; False for any other event.

    Caught before Qt's own handling, which would call the field's focusNextPrevChild: that one
    is left alone, as the field also uses it to jump a section on a typed separator ("-", ":").
    """
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        return False
    backward = event.key() == Qt.Key.Key_Backtab or bool(
        event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )
    QWidget.focusNextPrevChild(edit, not backward)  # the widget's step, not the field's
    event.accept()
    return True


def _step_section(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Select the section left or right of the current one; False when the key is not for that."""
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False  # Shift+arrows select text, Ctrl+arrows are the style's: left as Qt has them
    step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
    if step is None:
        return False
    index = min(max(edit.currentSectionIndex() + step, 0), edit.sectionCount() - 1)
    edit.setCurrentSectionIndex(index)
    edit.setSelectedSection(edit.currentSection())
    return True


class MomentEdit(QDateTimeEdit):
    """A date and time to the minute, with a calendar; Tab leaves it, Left / Right move within."""

    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDateTime(value)
        self.setCalendarPopup(True)
        self.setDisplayFormat(MOMENT_FORMAT)

    def event(self, event: QEvent) -> bool:
        return _left_by_tab(self, event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _step_section(self, event):
            super().keyPressEvent(event)


class DayEdit(QDateEdit):
    """A date with a calendar; Tab leaves it, Left / Right move between year, month and day."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DAY_FORMAT)

    def event(self, event: QEvent) -> bool:
        return _left_by_tab(self, event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _step_section(self, event):
            super().keyPressEvent(event)
