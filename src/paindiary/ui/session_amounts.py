"""The session dialog's amounts: dose, weight, duration and rate, with what follows from them.

The dose per kg and, for an infusion, the rate are worked out while the patient types; the weight
of the previous session is offered, and the field says where it came from. What is typed is
checked on Save against the limits in paindiary.session_limits (the command line's too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from paindiary.domain import RATE_ROUTES, Route, TreatmentSession
from paindiary.session_limits import DOSE, DURATION, RATE, WEIGHT, Unusual, unusual_values, worked_out_rate
from paindiary.ui.amount_field import AmountField, decimal_point
from paindiary.ui.formatting import short_date


# Strings are translated in the dialog's context ("SessionDialog"): they were its own and keep
# their translations. (lupdate finds only literal translate() calls, so no shorter wrapper.)
def previous_weight(sessions: list[TreatmentSession], now: datetime) -> TreatmentSession | None:
    """The latest session up to `now` with a weight (a planned one may not have happened yet)."""
    weighed = [s for s in sessions if s.weight_kg is not None and s.at <= now]
    return max(weighed, key=lambda s: s.at, default=None)


def per_kg_and_rate(session: TreatmentSession) -> str:
    """A session's dose per kg and rate for the Sessions page: "2.00 mg/kg, 0.50 mg/kg/h".

    An infusion without a recorded rate shows the rate worked out, and says so.
    """
    parts = []
    if session.dose_mg_per_kg is not None:  # two decimals, as on the course rows ("3.10", not "3.1")
        parts.append(f"{QLocale().toString(session.dose_mg_per_kg, 'f', 2)} mg/kg")
    if session.rate_mg_per_kg_h is not None:
        rate = QLocale().toString(session.rate_mg_per_kg_h, "f", 2)
        parts.append(QCoreApplication.translate("SessionDialog", "{rate} mg/kg/h").format(rate=rate))
    elif (worked_out := session.worked_out_rate) is not None:
        rate = QLocale().toString(worked_out, "f", 2)
        text = QCoreApplication.translate("SessionDialog", "{rate} mg/kg/h worked out")
        parts.append(text.format(rate=rate))
    return ", ".join(parts) or "–"


@dataclass(frozen=True, slots=True)
class AmountRow:
    """One row of the form: the record's field, its label, what the row shows and what takes focus."""

    name: str
    label: str
    row: QWidget
    field: QWidget
    tip: str


def _unit_after(text: str, unit: str) -> str:
    typed = text.strip()
    return unit if not typed or typed[-1].isdigit() else ""


def _note(parent: QWidget) -> QLabel:
    """A small line under a field saying where its value came from or what was worked out."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class SessionAmounts:
    """The amount fields of one session dialog (children of `parent`)."""

    def __init__(self, parent: QWidget, route: Callable[[], Route]) -> None:
        self._parent = parent
        self._route = route
        self.dose = AmountField(DOSE, parent)
        self.weight = AmountField(WEIGHT, parent)
        self.minutes = AmountField(DURATION, parent)
        self.rate = AmountField(RATE, parent)
        self.per_kg = QLabel(parent)
        self.per_kg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.weight_note = _note(parent)
        self.rate_note = _note(parent)
        for field in self._typed():
            field.textChanged.connect(self.show_worked_out)
        # Once the patient changes the offered weight, where it came from no longer applies.
        self.weight.textEdited.connect(self.weight_note.hide)

    def rows(self) -> list[AmountRow]:
        """The form's rows, in order, between the drug and the clinic."""
        dose_tip = QCoreApplication.translate(
            "SessionDialog", "The whole session's dose in mg; empty when it was not recorded"
        )
        weight_tip = QCoreApplication.translate("SessionDialog", "Your weight, for the dose per kg")
        minutes_tip = QCoreApplication.translate(
            "SessionDialog", "How long the session ran: minutes, or hours or days with their unit (4 h, 5 d)"
        )
        rate_tip = QCoreApplication.translate(
            "SessionDialog", "Infusion rate in mg/kg/h if you know it; otherwise it is worked out"
        )
        dose = QCoreApplication.translate("SessionDialog", "Total dose")
        weight = QCoreApplication.translate("SessionDialog", "Body weight")
        per_kg = QCoreApplication.translate("SessionDialog", "Dose per kg")
        minutes = QCoreApplication.translate("SessionDialog", "Duration")
        rate = QCoreApplication.translate("SessionDialog", "Rate")
        return [
            AmountRow("dose_mg", dose, self._row(self.dose), self.dose, dose_tip),
            AmountRow("weight_kg", weight, self._row(self.weight, self.weight_note), self.weight, weight_tip),
            AmountRow("dose_mg_per_kg", per_kg, self.per_kg, self.per_kg, ""),
            AmountRow("minutes", minutes, self._row(self.minutes), self.minutes, minutes_tip),
            AmountRow("rate_mg_per_kg_h", rate, self._row(self.rate, self.rate_note), self.rate, rate_tip),
        ]

    def _row(self, field: AmountField, note: QLabel | None = None) -> QWidget:
        """The field with its unit after it, and the note line under both."""
        row = QWidget(self._parent)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        line = QHBoxLayout()
        line.addWidget(field, 1)
        unit = QLabel(field.amount.unit, row)
        unit.setMinimumWidth(unit.fontMetrics().horizontalAdvance(RATE.unit))  # the fields line up
        line.addWidget(unit)
        if field.amount.larger_units:  # "5 d" carries its own unit: "min" is said only after a number
            field.textChanged.connect(lambda text: unit.setText(_unit_after(text, field.amount.unit)))
        column.addLayout(line)
        if note is not None:
            column.addWidget(note)
        row.setFocusProxy(field)
        return row

    def load(self, session: TreatmentSession) -> None:
        self.dose.set_value(session.dose_mg)
        self.weight.set_value(session.weight_kg)
        self.minutes.set_value(session.minutes)
        self.rate.set_value(session.rate_mg_per_kg_h)

    def offer_weight(self, sessions: list[TreatmentSession], now: datetime, usual: float | None) -> None:
        """Fill in the previous session's weight (else the usual one from Settings) and say so."""
        previous = previous_weight(sessions, now)
        if previous is not None:
            self.weight.set_value(previous.weight_kg)
            text = QCoreApplication.translate(
                "SessionDialog", "From your session of {date}. Change it if your weight has changed."
            )
            self.weight_note.setText(text.format(date=short_date(previous.at.date())))
        elif usual is not None:
            self.weight.set_value(usual)
            self.weight_note.setText(
                QCoreApplication.translate("SessionDialog", "Your usual weight from Settings.")
            )
        else:
            return
        self.weight_note.show()

    def values(self) -> dict[str, object]:
        """The amounts as the session takes them; raises ValidationError naming the first wrong one."""
        return {
            "dose_mg": self.dose.value(),
            "weight_kg": self.weight.value(),
            "minutes": self.minutes.value(),
            "rate_mg_per_kg_h": self.rate.value(),
        }

    def unusual(self, session: TreatmentSession | None) -> list[Unusual]:
        """What to ask about before saving `session` (nothing for None)."""
        if session is None:
            return []
        return unusual_values(
            session.dose_mg, session.weight_kg, session.minutes, decimal_point=decimal_point()
        )

    def _typed(self) -> tuple[AmountField, ...]:
        """The fields the worked-out values come from."""
        return self.dose, self.weight, self.minutes

    def show_worked_out(self) -> None:
        """The dose per kg and an infusion's rate, from what is typed so far."""
        point = decimal_point()
        dose, weight = self.dose.value_or_none(), self.weight.value_or_none()
        unreadable = any(f.text().strip() and f.value_or_none() is None for f in self._typed())
        if dose and weight:
            value = f"{dose / weight:.2f}".replace(".", point)
            self.per_kg.setText(
                QCoreApplication.translate("SessionDialog", "{value} mg/kg").format(value=value)
            )
        elif unreadable:
            self.per_kg.setText("–")  # Save says what is wrong; "needs the dose" would mislead
        else:
            self.per_kg.setText(QCoreApplication.translate("SessionDialog", "Needs the dose and the weight"))
        if self._route() not in RATE_ROUTES or unreadable:
            self.rate_note.hide()  # a nasal dose over a 40-minute visit has no rate per hour
            return
        rate = worked_out_rate(dose, weight, self.minutes.value_or_none())
        if rate is None:
            self.rate_note.setText(
                QCoreApplication.translate(
                    "SessionDialog", "Worked out when the dose, weight and duration are filled in."
                )
            )
        else:
            value = f"{rate:.2f}".replace(".", point)
            self.rate_note.setText(
                QCoreApplication.translate(
                    "SessionDialog", "Worked out from dose, weight and duration: {value} mg/kg/h"
                ).format(value=value)
            )
        self.rate_note.show()
