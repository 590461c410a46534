"""Form parts shared by the dialogs: an editable name box, the error line, Save and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from paindiary.domain import NAME_MAX

PRIMARY_HEIGHT = 40


def editable_combo(parent: QWidget, accessible_name: str) -> tuple[QComboBox, QLineEdit]:
    """A combo box the patient can also type into, limited to a name's length."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    editor = box.lineEdit()
    assert editor is not None
    editor.setMaxLength(NAME_MAX)
    box.setAccessibleName(accessible_name)
    editor.setAccessibleName(accessible_name)
    return box, editor


def error_label(parent: QWidget) -> QLabel:
    """Where a refused save says why; empty and hidden until then."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(QCoreApplication.translate("SessionDialog", "Problem"))
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, save_name: str) -> QDialogButtonBox:
    """Save and Cancel, named for screen readers, tall enough to hit, wired to accept/reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    for which, name in (
        (QDialogButtonBox.StandardButton.Save, save_name),
        (QDialogButtonBox.StandardButton.Cancel, QCoreApplication.translate("SessionDialog", "Cancel")),
    ):
        button = buttons.button(which)
        button.setAccessibleName(name)
        button.setMinimumHeight(PRIMARY_HEIGHT)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
