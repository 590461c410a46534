"""Blood pressure and heart rate in the session dialog: three compact rows (before, highest
during the session, at discharge), each systolic / diastolic / heart rate, all optional.

The dialog saves them with the session in one transaction (Diary.save_session_with_vitals).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from paindiary.clinic_records import Vitals, VitalsMoment
from paindiary.domain import TreatmentSession, ValidationError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.clinic_dialogs import optional_number

SESSION_MOMENTS = (VitalsMoment.BEFORE, VitalsMoment.HIGHEST, VitalsMoment.DISCHARGE)


class SessionVitals(QGroupBox):
    """Three rows of optional readings; `readings(session)` gives the ones filled in."""

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
        self.boxes: dict[VitalsMoment, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        for row, moment in enumerate(SESSION_MOMENTS, 1):
            label = self.moment_labels[moment]
            grid.addWidget(QLabel(label, self), row, 0)
            boxes = (
                optional_number(self, self.tr("{moment}: systolic, mmHg").format(moment=label), 400, ""),
                optional_number(self, self.tr("{moment}: diastolic, mmHg").format(moment=label), 400, ""),
                optional_number(
                    self, self.tr("{moment}: heart rate, per minute").format(moment=label), 400, ""
                ),
            )
            for column, box in enumerate(boxes, 1):
                grid.addWidget(box, row, column)
            self.boxes[moment] = boxes
        self._shown: dict[VitalsMoment, Vitals] = {}
        self.undo_pair: tuple[list[Vitals], list[Vitals]] | None = None

    def show_readings(self, readings: Sequence[Vitals]) -> None:
        self._shown = {reading.moment: reading for reading in readings if reading.moment in SESSION_MOMENTS}
        for moment, (systolic, diastolic, rate) in self.boxes.items():
            shown = self._shown.get(moment)
            systolic.setValue(shown.systolic or 0 if shown else 0)
            diastolic.setValue(shown.diastolic or 0 if shown else 0)
            rate.setValue(shown.heart_rate or 0 if shown else 0)

    def readings(self, session: TreatmentSession) -> list[Vitals]:
        """The rows filled in, for `session`; raises ValidationError ("vitals") naming the row."""
        found = []
        for moment, (systolic, diastolic, rate) in self.boxes.items():
            values = (systolic.value() or None, diastolic.value() or None, rate.value() or None)
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
                raise ValidationError("vitals", f"{self.moment_labels[moment]}: {error.message}") from None
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
