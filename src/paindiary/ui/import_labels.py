"""The import wizard's labels: text the patient can select and copy, and the error beside a field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def selectable_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


def field_error(name: str) -> QLabel:
    """The line beside a field that says what is wrong with it; hidden while nothing is."""
    label = selectable_label(name=name)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Say (or, with "", stop saying) what is wrong; the label takes no room while empty."""
    label.setText(text)
    label.setVisible(bool(text))
