"""Blood pressure and heart rate in the session dialog: three compact rows (before, highest
during the session, at discharge), each systolic / diastolic / heart rate, all optional.

Each value is typed, not spun: an empty field is "not recorded", and 0, a non-number or a value
out of range is refused on Save naming the moment and the field ("Highest, systolic: ...").
The dialog saves them with the session in one transaction (Diary.save_session_with_vitals).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from paindiary.clinic_records import DIASTOLIC, HEART_RATE, SYSTOLIC, Vitals, VitalsMoment
from paindiary.domain import TreatmentSession, ValidationError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.amount_field import AmountField

SESSION_MOMENTS = (VitalsMoment.BEFORE, VitalsMoment.HIGHEST, VitalsMoment.DISCHARGE)
VITAL_AMOUNTS = (SYSTOLIC, DIASTOLIC, HEART_RATE)


def field_name(moment: VitalsMoment, field: str) -> str:
    """The name a refusal carries for one field of one row, e.g. "vitals.highest.systolic"."""
    return f"vitals.{moment.value}.{field}"


class SessionVitals(QGroupBox):
    """Three rows of optional readings; `readings(session)` gives the ones filled in.

    `field_labels` and `field_widgets` tell the dialog how to name a refused field and where to
    put the focus, keyed by `field_name`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Blood pressure and heart rate (optional)"), parent)
        self.moment_labels = {
            VitalsMoment.BEFORE: self.tr("Before"),
            VitalsMoment.HIGHEST: self.tr("Highest"),
            VitalsMoment.DISCHARGE: self.tr("Discharge"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        for column, title in enumerate((self.tr("Systolic"), self.tr("Diastolic"), self.tr("Heart rate")), 1):
            grid.addWidget(QLabel(title, self), 0, column)
        self.boxes: dict[VitalsMoment, tuple[AmountField, AmountField, AmountField]] = {}
        self.field_labels: dict[str, str] = {}
        self.field_widgets: dict[str, QWidget] = {}
        for row, moment in enumerate(SESSION_MOMENTS, 1):
            label = self.moment_labels[moment]
            grid.addWidget(QLabel(label, self), row, 0)
            boxes = (AmountField(SYSTOLIC, self), AmountField(DIASTOLIC, self), AmountField(HEART_RATE, self))
            names = (
                (self.tr("{moment}, systolic"), self.tr("{moment}: systolic, mmHg")),
                (self.tr("{moment}, diastolic"), self.tr("{moment}: diastolic, mmHg")),
                (self.tr("{moment}, heart rate"), self.tr("{moment}: heart rate, per minute")),
            )
            for column, (box, (short, spoken)) in enumerate(zip(boxes, names, strict=True), 1):
                box.setPlaceholderText("—")  # "Not recorded" nine times would not fit at 200 %
                box.setAccessibleName(spoken.format(moment=label))
                self.field_labels[field_name(moment, box.amount.field)] = short.format(moment=label)
                self.field_widgets[field_name(moment, box.amount.field)] = box
                grid.addWidget(box, row, column)
            self.boxes[moment] = boxes
        self._shown: dict[VitalsMoment, Vitals] = {}
        self.undo_pair: tuple[list[Vitals], list[Vitals]] | None = None

    def show_readings(self, readings: Sequence[Vitals]) -> None:
        self._shown = {reading.moment: reading for reading in readings if reading.moment in SESSION_MOMENTS}
        for moment, (systolic, diastolic, rate) in self.boxes.items():
            shown = self._shown.get(moment)
            systolic.set_value(shown.systolic if shown else None)
            diastolic.set_value(shown.diastolic if shown else None)
            rate.set_value(shown.heart_rate if shown else None)

    def readings(self, session: TreatmentSession) -> list[Vitals]:
        """The rows filled in, for `session`; raises ValidationError naming the row's field."""
        found = []
        for moment, (systolic, diastolic, rate) in self.boxes.items():
            try:
                values = (systolic.whole_value(), diastolic.whole_value(), rate.whole_value())
            except ValidationError as error:
                raise ValidationError(field_name(moment, error.field), error.message) from None
            if values == (None, None, None):
                continue
            at = session.at
            if moment is VitalsMoment.DISCHARGE and session.minutes:
                at = session.at + timedelta(minutes=session.minutes)
            shown = self._shown.get(moment)
            try:
                reading = Vitals(
                    at=at,
                    moment=moment,
                    session=session.id,
                    systolic=values[0],
                    diastolic=values[1],
                    heart_rate=values[2],
                    id=shown.id if shown else uuid.uuid4(),
                    note=shown.note if shown else "",
                )
            except ValidationError as error:
                # The record names its own field (a diastolic above the systolic names "systolic").
                named = error.field if error.field in {a.field for a in VITAL_AMOUNTS} else SYSTOLIC.field
                raise ValidationError(field_name(moment, named), error.message) from None
            found.append(replace(reading, created=shown.created) if shown else reading)
        return found

    def changed(self, session: TreatmentSession) -> bool:
        """Whether the rows differ from the readings shown."""
        plain = [replace(reading, created=None, updated=None) for reading in self.readings(session)]
        before = [replace(reading, created=None, updated=None) for reading in self._shown.values()]
        return sorted(plain, key=lambda r: r.moment) != sorted(before, key=lambda r: r.moment)

    def save_with(
        self, adapter: DiaryAdapter, treatment: TreatmentSession, *, new: bool
    ) -> TreatmentSession | None:
        """Save the session with changed readings in one write; None when the readings did not change.

        Keeps what undo needs in `undo_pair` (the readings before and after).
        """
        readings = self.readings(treatment)
        if not self.changed(treatment):
            return None
        before = adapter.save_session_with_vitals(treatment, readings, new=new)
        self.undo_pair = (before, readings)
        return adapter.reader.get_session(treatment.id) or treatment
