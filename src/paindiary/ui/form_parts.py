"""Form parts shared by the dialogs and bands: an editable name box, the error line, Save and Cancel,
the notice band."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QWidget,
)

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


def notice_band(band: QFrame, text: QLabel) -> QHBoxLayout:
    """Give `band` the look of a notice across the window; its row holds an icon and `text`.

    The caller adds its buttons to the row that is returned.
    """
    # Tooltip colours: a palette pair every theme (light or dark) keeps readable.
    band.setAutoFillBackground(True)
    band.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    band.setForegroundRole(QPalette.ColorRole.ToolTipText)
    band.setFrameShape(QFrame.Shape.StyledPanel)
    icon = QLabel(band)
    size = band.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) * 2
    icon.setPixmap(band.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
    text.setWordWrap(True)
    text.setForegroundRole(QPalette.ColorRole.ToolTipText)
    row = QHBoxLayout(band)
    row.setContentsMargins(12, 8, 12, 8)
    row.addWidget(icon)
    row.addWidget(text, 1)
    return row
