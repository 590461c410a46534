"""Edit one entry: every field of it, saved only when all of it is valid and written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from paindiary.domain import PainEntry, ValidationError
from paindiary.ui.formatting import qdatetime, to_datetime
from paindiary.ui.moment_edit import MomentEdit
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.widgets import MIN_TARGET_PX, ChipBox, OptionalScore, ScoreSelector


class EntryDialog(SavingDialog):
    """Shows an entry's fields; Save hands the corrected entry (same id) to `write`, then closes."""

    def __init__(
        self, entry: PainEntry, parent: QWidget | None = None, *, write: Callable[[PainEntry], object]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit entry"))
        self._entry = entry
        self._write = write
        self.at = MomentEdit(qdatetime(entry.at), self)
        self.at.setAccessibleName(self.tr("Date and time"))
        self.at.setMinimumHeight(MIN_TARGET_PX - 4)
        self.scores = ScoreSelector(self)
        self.scores.set_value(entry.pain)
        for score_button in self.scores.buttons:
            score_button.setAutoDefault(False)  # Return saves the entry, even with a score in focus
        self._focus_placed = False
        self.worst = OptionalScore(self.tr("Worst pain today, 0 to 10"), self)
        self.worst.set_score(entry.worst)
        self.enjoyment = OptionalScore(self.tr("Interference with enjoyment of life, 0 to 10"), self)
        self.enjoyment.set_score(entry.enjoyment)
        self.activity = OptionalScore(self.tr("Interference with general activity, 0 to 10"), self)
        self.activity.set_score(entry.activity)
        self.sleep = OptionalScore(self.tr("Interference with sleep last night, 0 to 10"), self)
        self.sleep.set_score(entry.sleep_interference)
        self.mood = OptionalScore(self.tr("Mood today, 0 to 10"), self)
        self.mood.set_score(entry.mood)
        self.for_clinician = QCheckBox(
            self.tr("My clinician may read this note in the appointment report"), self
        )
        self.for_clinician.setAccessibleName(self.for_clinician.text())
        self.for_clinician.setChecked(entry.for_clinician)
        self.locations = ChipBox(entry.locations, self)
        self.locations.set_selected(entry.locations)
        self.note = QPlainTextEdit(entry.note, self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.error.setAccessibleName(self.tr("Problem with this entry"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("When:"), self.at)
        form.addRow(self.tr("Pain (0 = no pain, 10 = worst imaginable):"), self.scores)
        form.addRow(self.tr("Worst pain that day:"), self.worst)
        form.addRow(self.tr("Interference with enjoyment of life:"), self.enjoyment)
        form.addRow(self.tr("Interference with general activity:"), self.activity)
        form.addRow(self.tr("Interference with sleep last night:"), self.sleep)
        form.addRow(self.tr("Mood (0 = very low, 10 = very good):"), self.mood)
        form.addRow(self.tr("Where:"), self.locations)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow("", self.for_clinician)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        # An edit is mostly a corrected score: start on it, not on the year of the date.
        # A new entry has no score yet and is for another time, so it starts on the date.
        if not self._focus_placed:
            self._focus_placed = True
            pain = self.scores.value()
            (self.at if pain is None else self.scores.buttons[pain]).setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)

    def edited(self) -> PainEntry:
        """The entry as the form now says (raises ValidationError naming the field)."""
        pain = self.scores.value()
        if pain is None:
            raise ValidationError("pain", self.tr("choose a score from 0 to 10"))
        return PainEntry(
            id=self._entry.id,
            at=to_datetime(self.at.dateTime()),
            pain=pain,
            worst=self.worst.score(),
            enjoyment=self.enjoyment.score(),
            activity=self.activity.score(),
            sleep_interference=self.sleep.score(),
            mood=self.mood.score(),
            locations=self.locations.selected(),
            note=self.note.toPlainText().strip(),
            for_clinician=self.for_clinician.isChecked(),
            created=self._entry.created,
            updated=self._entry.updated,
        )

    def save(self) -> None:
        self._write(self.edited())

    def show_invalid(self, error: ValidationError) -> None:
        """Name the field in the interface language (the core names it in English) and go to it."""
        fields: dict[str, tuple[str, QWidget]] = {
            "pain": (self.tr("Pain"), self.scores),
            "at": (self.tr("Date and time"), self.at),
            "locations": (self.tr("Where"), self.locations),
            "note": (self.tr("Note"), self.note),
        }
        label, widget = fields.get(error.field, (error.field, self))
        widget.setFocus()
        self.show_error(self.tr("{field}: {message}").format(field=label, message=error.message))
