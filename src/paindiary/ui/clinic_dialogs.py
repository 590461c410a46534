"""Two small dialogs: a blood-pressure reading at home, and a bladder check-in.

Values are recorded as typed and never graded; an empty field is "not recorded", and 0, a
non-number or a value outside the plausible range is named next to the buttons and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from paindiary.clinic_records import DIASTOLIC, HEART_RATE, SYSTOLIC, Checkin, Vitals, VitalsMoment
from paindiary.clock import Clock
from paindiary.domain import ValidationError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.amount_field import AmountField
from paindiary.ui.form_parts import save_cancel_buttons
from paindiary.ui.formatting import qdatetime, to_datetime
from paindiary.ui.moment_edit import MomentEdit
from paindiary.ui.save_flow import SavingDialog


def with_unit(field: AmountField) -> QWidget:
    """The field with its unit after it."""
    row = QWidget(field.parentWidget())
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(field, 1)
    unit = QLabel(field.amount.unit, row)
    unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance(SYSTOLIC.unit))  # the fields line up
    line.addWidget(unit)
    return row


def moment_field(parent: QWidget, clock: Clock, name: str) -> MomentEdit:
    edit = MomentEdit(qdatetime(clock().replace(second=0, microsecond=0)), parent)
    edit.setAccessibleName(name)
    return edit


class BloodPressureDialog(SavingDialog):
    """A reading at home: blood pressure, heart rate or both."""

    def __init__(self, adapter: DiaryAdapter, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self.setWindowTitle(self.tr("Blood pressure at home"))
        self.at = moment_field(self, clock, self.tr("Date and time"))
        # Typed, not spun: nothing typed is cut off, and an empty field is "not recorded".
        self.systolic = AmountField(SYSTOLIC, self)
        self.diastolic = AmountField(DIASTOLIC, self)
        self.heart_rate = AmountField(HEART_RATE, self)
        self.labels = {
            SYSTOLIC.field: self.tr("Systolic (upper number)"),
            DIASTOLIC.field: self.tr("Diastolic (lower number)"),
            HEART_RATE.field: self.tr("Heart rate"),
        }
        form = QFormLayout()
        form.addRow(self.tr("When:"), self.at)
        for field in (self.systolic, self.diastolic, self.heart_rate):
            field.setAccessibleName(self.labels[field.amount.field])
            form.addRow(self.labels[field.amount.field], with_unit(field))
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = save_cancel_buttons(self, self.tr("Save the reading"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def reading(self) -> Vitals:
        return Vitals(
            at=to_datetime(self.at.dateTime()),
            moment=VitalsMoment.HOME,
            systolic=self.systolic.whole_value(),
            diastolic=self.diastolic.whole_value(),
            heart_rate=self.heart_rate.whole_value(),
            note=self.note.text(),
        )

    def save(self) -> None:
        self._adapter.add_vitals(self.reading())

    def show_invalid(self, error: ValidationError) -> None:
        label = self.labels.get(error.field, error.field)
        self.show_error(self.tr("{field}: {message}").format(field=label, message=error.message))
        getattr(self, error.field, self.systolic).setFocus()


class CheckinDialog(SavingDialog):
    """The bladder check-in: four yes/no questions and a note."""

    def __init__(self, adapter: DiaryAdapter, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._clock = clock
        self.setWindowTitle(self.tr("Bladder check-in"))
        intro = QLabel(self.tr("Since your last check-in, have you had any of these?"), self)
        intro.setWordWrap(True)
        self.more_often = QCheckBox(self.tr("Going more often than usual"), self)
        self.urgency = QCheckBox(self.tr("Urgency (having to go at once)"), self)
        self.pain = QCheckBox(self.tr("Pain passing urine or in the lower belly"), self)
        self.blood = QCheckBox(self.tr("Blood in urine"), self)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.buttons = save_cancel_buttons(self, self.tr("Save the check-in"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in (self.more_often, self.urgency, self.pain, self.blood):
            box.setAccessibleName(box.text())
            layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def checkin(self) -> Checkin:
        return Checkin(
            at=self._clock().replace(second=0, microsecond=0),
            more_often=self.more_often.isChecked(),
            urgency=self.urgency.isChecked(),
            pain=self.pain.isChecked(),
            blood=self.blood.isChecked(),
            note=self.note.text(),
        )

    def save(self) -> None:
        self._adapter.add_checkin(self.checkin())
