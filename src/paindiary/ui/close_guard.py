"""Closing the window with something typed on Today asks first: Save, Discard or Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from paindiary.ui.today_view import TodayView


class CloseQuestion(QMessageBox):
    """ "Save what you typed?" — Save is the default, Escape cancels."""

    def __init__(self, parent: QWidget) -> None:
        buttons = QMessageBox.StandardButton
        super().__init__(
            QMessageBox.Icon.Question,
            self.tr("Save what you typed?"),
            self.tr("Today's entry has not been saved yet. Save it before closing?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            parent,
        )
        self.setDefaultButton(buttons.Save)
        self.setEscapeButton(buttons.Cancel)


def may_close(window: QWidget, today: TodayView) -> bool:
    """Whether the window may close now; asks when Today holds a score or text not yet saved.

    Save saves first and closes only if the save went through (a refused save keeps the
    window, with its message); Discard drops the form and its draft; Cancel keeps both.
    """
    if not today.has_typed():
        return True
    answer = CloseQuestion(window).exec()
    if answer == QMessageBox.StandardButton.Save:
        today.save()
        return not today.has_typed()
    if answer == QMessageBox.StandardButton.Discard:
        today.clear_form()  # which removes the draft too
        return True
    return False
