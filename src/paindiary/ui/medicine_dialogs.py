"""Dialogs for a medicine on the list, one as-needed dose, and a co-treatment.

The list is for the clinician to check: no dose ranges, no interaction checks. An opioid named
in the CDC 2022 table gets its MME factor filled in, and the patient may change it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import Clock
from paindiary.domain import NAME_MAX, ValidationError
from paindiary.medicine_records import (
    AMOUNT_MAX,
    MG_PER_UNIT_MAX,
    MME_FACTOR_MAX,
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
    suggested_mme_factor,
)
from paindiary.session_limits import Amount
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.amount_field import AmountField
from paindiary.ui.clinic_dialogs import moment_field
from paindiary.ui.form_parts import save_cancel_buttons
from paindiary.ui.formatting import qdate, to_date, to_datetime
from paindiary.ui.moment_edit import DayEdit
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.widgets import OptionalScore


def unit_label(unit: MedicineUnit) -> str:
    words = {
        MedicineUnit.MG: "mg",
        MedicineUnit.MICROGRAM: "µg",
        MedicineUnit.MICROGRAM_PER_HOUR: "µg/h",
        MedicineUnit.TABLET: QCoreApplication.translate("Medicines", "tablet"),
        MedicineUnit.CAPSULE: QCoreApplication.translate("Medicines", "capsule"),
        MedicineUnit.DROP: QCoreApplication.translate("Medicines", "drop"),
        MedicineUnit.PUFF: QCoreApplication.translate("Medicines", "puff"),
        MedicineUnit.PATCH: QCoreApplication.translate("Medicines", "patch"),
        MedicineUnit.ML: "ml",
        MedicineUnit.OTHER: QCoreApplication.translate("Medicines", "other"),
    }
    return words[unit]


def co_treatment_label(kind: CoTreatmentKind) -> str:
    words = {
        CoTreatmentKind.PHYSIOTHERAPY: QCoreApplication.translate("Medicines", "Physiotherapy"),
        CoTreatmentKind.PSYCHOLOGICAL_THERAPY: QCoreApplication.translate(
            "Medicines", "Psychological therapy (CBT, mindfulness)"
        ),
        CoTreatmentKind.EXERCISE: QCoreApplication.translate("Medicines", "Exercise programme"),
        CoTreatmentKind.NERVE_BLOCK: QCoreApplication.translate("Medicines", "Nerve block"),
        CoTreatmentKind.NEW_MEDICINE: QCoreApplication.translate("Medicines", "New medicine"),
        CoTreatmentKind.OTHER: QCoreApplication.translate("Medicines", "Other"),
    }
    return words[kind]


def amount_box(
    parent: QWidget,
    field: str,
    name: str,
    *,
    high: float = AMOUNT_MAX,
    unit: str = "",
    required: bool = False,
) -> AmountField:
    """An amount typed in the patient's notation; empty means "not given" (ui/amount_field.py)."""
    box = AmountField(Amount(field, unit, high, required=required), parent)
    box.setAccessibleName(name)
    return box


class OptionalDate(QWidget):
    """A date the patient may leave out: a check box and a date field."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given = QCheckBox(name, self)
        self.given.setAccessibleName(name)
        self.day = DayEdit(parent=self)
        self.day.setAccessibleName(name)
        self.day.setEnabled(False)
        self.given.toggled.connect(self.day.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.day, 1)

    def set_value(self, value: date | None, default: date) -> None:
        self.given.setChecked(value is not None)
        self.day.setDate(qdate(value or default))

    def value(self) -> date | None:
        return to_date(self.day.date()) if self.given.isChecked() else None


class MedicineDialog(SavingDialog):
    """Add a medicine to the list or change one."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        clock: Clock,
        medicine: Medicine | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter, self._original = adapter, medicine
        self.saved: Medicine | None = None
        self.setWindowTitle(self.tr("Change medicine") if medicine else self.tr("Add a medicine"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX)
        self.strength = QLineEdit(self)
        self.strength.setPlaceholderText(self.tr("as on the pack, e.g. 5 mg"))
        self.unit = QComboBox(self)
        for unit in MedicineUnit:
            self.unit.addItem(unit_label(unit), unit.value)
        self.mg_per_unit = amount_box(
            self, "mg_per_unit", self.tr("mg in one unit"), high=MG_PER_UNIT_MAX, unit="mg"
        )
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Regularly"), MedicineKind.REGULAR.value)
        self.kind.addItem(self.tr("As needed"), MedicineKind.AS_NEEDED.value)
        self.daily = amount_box(self, "regular_daily_amount", self.tr("Amount a day"))
        self.for_pain = QCheckBox(self.tr("Taken for pain"), self)
        self.opioid = QCheckBox(self.tr("An opioid"), self)
        self.mme_factor = amount_box(self, "mme_factor", self.tr("MME factor"), high=MME_FACTOR_MAX)
        self.mme_factor.setToolTip(
            self.tr("Morphine milligram equivalents per mg (CDC 2022); approximate, for trend only")
        )
        self.start = OptionalDate(self.tr("Since"), self)
        self.stop = OptionalDate(self.tr("Until"), self)
        self.note = QLineEdit(self)
        self.labels = {
            "name": self.tr("Name"),
            "strength": self.tr("Strength"),
            "unit": self.tr("Counted in"),
            "mg_per_unit": self.tr("mg in one unit"),
            "kind": self.tr("Taken"),
            "regular_daily_amount": self.tr("Amount a day"),
            "mme_factor": self.tr("MME factor"),
            "note": self.tr("Note"),
        }
        form = QFormLayout()
        for field, widget in (
            ("name", self.name),
            ("strength", self.strength),
            ("unit", self.unit),
            ("mg_per_unit", self.mg_per_unit),
            ("kind", self.kind),
            ("regular_daily_amount", self.daily),
        ):
            widget.setAccessibleName(self.labels[field])
            form.addRow(self.labels[field], widget)
        form.addRow("", self.for_pain)
        form.addRow("", self.opioid)
        form.addRow(self.labels["mme_factor"], self.mme_factor)
        form.addRow("", self.start)
        form.addRow("", self.stop)
        self.note.setAccessibleName(self.labels["note"])
        form.addRow(self.labels["note"], self.note)
        self.buttons = save_cancel_buttons(self, self.tr("Save medicine"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        today = clock().date()
        self._factor_touched = medicine is not None
        self.mme_factor.textEdited.connect(self._factor_edited)  # the patient's typing, not ours
        for signal in (self.name.textChanged, self.unit.currentIndexChanged, self.opioid.toggled):
            signal.connect(self._suggest_factor)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if medicine is not None:
            self.name.setText(medicine.name)
            self.strength.setText(medicine.strength)
            self.unit.setCurrentIndex(self.unit.findData(medicine.unit.value))
            self.mg_per_unit.set_value(medicine.mg_per_unit)
            self.kind.setCurrentIndex(self.kind.findData(medicine.kind.value))
            self.daily.set_value(medicine.regular_daily_amount)
            self.for_pain.setChecked(medicine.for_pain)
            self.opioid.setChecked(medicine.opioid)
            self.mme_factor.set_value(medicine.mme_factor)
            self.note.setText(medicine.note)
        self.start.set_value(medicine.start if medicine else today, today)
        self.stop.set_value(medicine.stop if medicine else None, today)
        self._factor_touched = medicine is not None
        self._kind_changed()

    def _factor_edited(self) -> None:
        self._factor_touched = True

    def _suggest_factor(self) -> None:
        """Fill the CDC factor for a named opioid, until the patient types one."""
        if self._factor_touched:
            return
        factor = (
            suggested_mme_factor(self.name.text(), self.unit.currentData())
            if self.opioid.isChecked()
            else None
        )
        self.mme_factor.set_value(factor)

    def _kind_changed(self) -> None:
        self.daily.setEnabled(self.kind.currentData() == MedicineKind.REGULAR.value)

    def medicine(self) -> Medicine:
        regular = self.kind.currentData() == MedicineKind.REGULAR.value
        values = {
            "name": self.name.text(),
            "strength": self.strength.text().strip(),
            "unit": MedicineUnit(self.unit.currentData()),
            "mg_per_unit": self.mg_per_unit.value(),
            "kind": MedicineKind(self.kind.currentData()),
            "regular_daily_amount": self.daily.value() if regular else None,
            "for_pain": self.for_pain.isChecked(),
            "opioid": self.opioid.isChecked(),
            "mme_factor": self.mme_factor.value() if self.opioid.isChecked() else None,
            "start": self.start.value(),
            "stop": self.stop.value(),
            "note": self.note.text().strip(),
        }
        if self._original is not None:
            return replace(self._original, **values)  # type: ignore[arg-type]
        return Medicine(**values)  # type: ignore[arg-type]

    def save(self) -> None:
        medicine = self.medicine()
        if self._original is None:
            self.saved = self._adapter.add_medicine(medicine)
        else:
            self.saved = self._adapter.update_medicine(medicine)

    def show_invalid(self, error: ValidationError) -> None:
        label = self.labels.get(
            error.field, {"start": self.tr("Since"), "stop": self.tr("Until")}.get(error.field, error.field)
        )
        self.show_error(self.tr("{field}: {message}").format(field=label, message=error.message))


class IntakeDialog(SavingDialog):
    """One dose of an as-needed medicine: how much, when, and optionally the pain before."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        clock: Clock,
        medicine: Medicine,
        amount: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter, self._medicine = adapter, medicine
        self.saved: Intake | None = None
        self.setWindowTitle(self.tr("I took {name}").format(name=medicine.name))
        self.amount = amount_box(self, "amount", self.tr("Amount"), required=True)
        self.amount.set_value(amount)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(QLabel(unit_label(medicine.unit), self))
        self.at = moment_field(self, clock, self.tr("When"))
        self.pain = OptionalScore(self.tr("Pain before, 0 to 10"), self)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("Amount:"), amount_row)
        form.addRow(self.tr("When:"), self.at)
        form.addRow(self.tr("Pain before (0–10):"), self.pain)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = save_cancel_buttons(self, self.tr("Save the dose"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.setFocus()

    def intake(self) -> Intake:
        return Intake(
            medicine=self._medicine.id,
            at=to_datetime(self.at.dateTime()),
            amount=self.amount.value(),  # type: ignore[arg-type]  # None: refused by Intake, naming it
            pain_before=self.pain.score(),
            note=self.note.text().strip(),
        )

    def save(self) -> None:
        self.saved = self._adapter.add_intake(self.intake())

    def show_invalid(self, error: ValidationError) -> None:
        labels = {"amount": self.tr("Amount"), "at": self.tr("When"), "pain_before": self.tr("Pain before")}
        label = labels.get(error.field, error.field)
        self.show_error(self.tr("{field}: {message}").format(field=label, message=error.message))


class CoTreatmentDialog(SavingDialog):
    """Another treatment that may change pain too (physiotherapy, a nerve block…), with its dates."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        clock: Clock,
        treatment: CoTreatment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adapter, self._original = adapter, treatment
        self.saved: CoTreatment | None = None
        self.setWindowTitle(self.tr("Change treatment") if treatment else self.tr("Add another treatment"))
        self.kind = QComboBox(self)
        for kind in CoTreatmentKind:
            self.kind.addItem(co_treatment_label(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Kind"))
        today = clock().date()
        self.start = DayEdit(qdate(treatment.start if treatment else today), self)
        self.start.setAccessibleName(self.tr("Start"))
        self.end = OptionalDate(self.tr("Until"), self)
        self.end.set_value(treatment.end if treatment else None, today)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        if treatment is not None:
            self.kind.setCurrentIndex(self.kind.findData(treatment.kind.value))
            self.note.setText(treatment.note)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow("", self.end)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = save_cancel_buttons(self, self.tr("Save treatment"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def treatment(self) -> CoTreatment:
        values = {
            "kind": CoTreatmentKind(self.kind.currentData()),
            "start": to_date(self.start.date()),
            "end": self.end.value(),
            "note": self.note.text().strip(),
        }
        if self._original is not None:
            return replace(self._original, **values)  # type: ignore[arg-type]
        return CoTreatment(**values)  # type: ignore[arg-type]

    def save(self) -> None:
        treatment = self.treatment()
        if self._original is None:
            self.saved = self._adapter.add_co_treatment(treatment)
        else:
            self.saved = self._adapter.update_co_treatment(treatment)

    def show_invalid(self, error: ValidationError) -> None:
        labels = {"start": self.tr("Start"), "end": self.tr("Until"), "note": self.tr("Note")}
        self.show_error(
            self.tr("{field}: {message}").format(
                field=labels.get(error.field, error.field), message=error.message
            )
        )
