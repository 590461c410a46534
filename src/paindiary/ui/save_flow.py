"""The one way a dialog saves: validate, write, and close only when the write succeeded.

A dialog that saves subclasses SavingDialog and writes in `save()`. A refusal (a value the
diary cannot take, a full disk, a read-only file) keeps the dialog open with everything the
patient typed, and says why next to the buttons; nothing reaches the patient as a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from paindiary.domain import ValidationError
from paindiary.store import DiaryError
from paindiary.ui.form_parts import error_label
from paindiary.ui.preferences import PreferencesError


class SavingDialog(QDialog):
    """OK/Save runs `save()`; the dialog closes only when it returns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Each dialog puts this label in its layout, just above its buttons.
        self.error: QLabel = error_label(self)

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
