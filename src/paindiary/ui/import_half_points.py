"""The import wizard's question about half points ("6,5"): round them up, or leave those rows out.

Shown only when the pain column holds half points, and nothing is chosen for the patient: the
diary keeps whole points, so which way a 6,5 goes is theirs to say (as `--half-points` is on
the command line).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from paindiary.formats.mapped_csv import HalfPoints, HalfPointsFound
from paindiary.ui.import_labels import field_error, selectable_label, show_error


class HalfPointChoice(QWidget):
    """How many rows hold half points, and the patient's choice of what to do with them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = selectable_label(name=self.tr("Question about half points"))
        self.round_button = QRadioButton(self.tr("Round them up (6,5 becomes 7)"))
        self.round_button.setAccessibleName(self.tr("Round half points up"))
        self.skip_button = QRadioButton(self.tr("Leave those rows out"))
        self.skip_button.setAccessibleName(self.tr("Leave rows with half points out"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.round_button)
        self.group.addButton(self.skip_button)
        self.group.buttonToggled.connect(self._toggled)
        self.error = field_error(self.tr("Problem with the half points"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.question, self.round_button, self.skip_button, self.error):
            layout.addWidget(widget)
        self.hide()

    def reset(self) -> None:
        """Nothing chosen (a new file is a new question)."""
        self.group.setExclusive(False)  # an exclusive group never lets its last button go
        for button in (self.round_button, self.skip_button):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        self.group.setExclusive(True)

    def choice(self) -> HalfPoints | None:
        if self.round_button.isChecked():
            return HalfPoints.ROUND
        if self.skip_button.isChecked():
            return HalfPoints.SKIP
        return None

    def show_found(self, found: HalfPointsFound | None) -> None:
        """Ask about these half points (count and first line), or hide when there are none."""
        self.setVisible(found is not None)
        if found is None:
            show_error(self.error, "")
            return
        count = len(found.lines)
        if count == 1:
            text = self.tr("1 row has a half point (“{example}” on line {line}).")
        else:
            text = self.tr("{count} rows have half points, like “{example}” on line {line}.")
        keeps = self.tr("The diary keeps whole points: what should happen to them?")
        self.question.setText(
            text.format(count=count, example=found.example, line=found.lines[0]) + " " + keeps
        )
        unanswered = self.tr("Choose one of these to go on.") if self.choice() is None else ""
        show_error(self.error, unanswered)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()
