"""The one way a dialog saves: validate, write, and close only when the write succeeded.

A dialog that saves subclasses SavingDialog and writes in `save()`. A refusal (a value the
diary cannot take, a full disk, a read-only file) keeps the dialog open with everything the
patient typed, and says why next to the buttons; nothing reaches the patient as a traceback.
Escape, Close or the window's close button on a dialog that holds changes asks first
(Save / Discard / Cancel); an untouched dialog closes without a word. Every such dialog opens
within the screen, its content scrolling when the screen is too small (ui/screen_fit.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from paindiary.domain import ValidationError
from paindiary.store import DiaryError, write_side
from paindiary.ui.form_parts import error_label
from paindiary.ui.preferences import PreferencesError
from paindiary.ui.screen_fit import fit_dialog


class SavingDialog(QDialog):
    """OK/Save runs `save()`; the dialog closes only when it returns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each dialog puts this label in its layout, just above its buttons.
        self.error: QLabel = error_label(self)
        # What the form said when first shown; None until then (a dialog never shown holds nothing).
        self._initial: list[object] | None = None

    def setVisible(self, visible: bool) -> None:
        # Before the first show (show, open and exec all come here): the buttons and the error
        # line above them stay in view however small the screen.
        if visible and self._initial is None:
            fit_dialog(self, keep_in_view=lambda widget: widget is self.error)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        # Taken at the first show, after the subclass has filled in the record being edited.
        if self._initial is None:
            self._initial = self.form_values()
            write_side.load_in_background()  # ready before OK is pressed
        super().showEvent(event)

    def form_values(self) -> list[object]:
        """Every value the patient can change, in a fixed order (subclasses may add their own)."""
        values: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QDateTimeEdit):
                values.append(widget.dateTime().toString())
            elif isinstance(widget, QAbstractSpinBox | QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                values.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
        return values

    def has_changes(self) -> bool:
        """Whether the form differs from what it said when it was first shown."""
        return self._initial is not None and self.form_values() != self._initial

    def reject(self) -> None:
        # Escape, a Close/Cancel button and the window's close button all come here.
        if self.has_changes():
            answer = self.ask_about_changes()
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def ask_about_changes(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel: what to do with what the patient typed."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        text = QCoreApplication.translate("SavingDialog", "Save what you entered?")
        return QMessageBox.question(self, self.windowTitle(), text, buttons, QMessageBox.StandardButton.Save)

    def save(self) -> None:
        """Validate what the form says and write it (raises ValidationError, DiaryError or OSError)."""
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ValidationError as error:
            self.show_invalid(error)
            return
        except PreferencesError:
            # Named with its context: tr() here would take each subclass's name at run time.
            self.show_error(
                QCoreApplication.translate(
                    "SettingsDialog", "Your preferences for this computer could not be saved."
                )
            )
            return
        except (DiaryError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.show_error(reason)
            return
        self.show_error("")
        super().accept()

    def show_invalid(self, error: ValidationError) -> None:
        """Say which field is wrong and why (dialogs name their fields in their own words)."""
        self.show_error(str(error))

    def show_error(self, message: str) -> None:
        """Show `message` above the buttons, or hide the line when it is empty."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
