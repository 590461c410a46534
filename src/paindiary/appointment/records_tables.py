"""The report's tables of the patient's other records: current medicines and their changes, and
blood pressure and heart rate per session. Values as entered; nothing graded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from paindiary.analysis.wording_treatment import treatment_label
from paindiary.appointment.model import Table
from paindiary.clinic_records import Vitals, VitalsMoment
from paindiary.domain import TreatmentSession
from paindiary.formatting import format_date, format_number
from paindiary.i18n import _
from paindiary.medicine_records import Medicine, MedicineKind

MISSING = "–"


def empty_table() -> Table:
    return Table((), ())


def _current(medicine: Medicine, day: date) -> bool:
    return (medicine.start is None or medicine.start <= day) and (
        medicine.stop is None or medicine.stop >= day
    )


def medicines_table(medicines: Sequence[Medicine], today: date | None = None) -> Table:
    """Medicines not stopped (as of `today`, default: any not stopped at all)."""
    columns = (_("Medicine"), _("Strength"), _("Taken"), _("Daily amount"), _("For pain"), _("Since"))
    rows = []
    for medicine in sorted(medicines, key=lambda item: item.name.casefold()):
        if (medicine.stop is not None) if today is None else not _current(medicine, today):
            continue
        regular = medicine.kind is MedicineKind.REGULAR
        amount = MISSING
        if regular and medicine.regular_daily_amount is not None:
            amount = f"{format_number(medicine.regular_daily_amount, 1)} {medicine.unit.value}"
        rows.append(
            (
                medicine.name + (" " + _("(opioid)") if medicine.opioid else ""),
                medicine.strength or MISSING,
                _("regularly") if regular else _("as needed"),
                amount,
                _("yes") if medicine.for_pain else _("no"),
                MISSING if medicine.start is None else format_date(medicine.start),
            )
        )
    return Table(columns, tuple(rows))


def medicine_changes(medicines: Sequence[Medicine], period: tuple[date, date]) -> tuple[str, ...]:
    """Medicines started or stopped in the period, by date."""
    first, last = period
    changes: list[tuple[date, str]] = []
    for medicine in medicines:
        if medicine.start is not None and first <= medicine.start <= last:
            changes.append(
                (
                    medicine.start,
                    _("{date}: started {name}").format(date=format_date(medicine.start), name=medicine.name),
                )
            )
        if medicine.stop is not None and first <= medicine.stop <= last:
            changes.append(
                (
                    medicine.stop,
                    _("{date}: stopped {name}").format(date=format_date(medicine.stop), name=medicine.name),
                )
            )
    return tuple(text for _day, text in sorted(changes, key=lambda change: change[0]))


def _moment(moment: VitalsMoment) -> str:
    return {
        VitalsMoment.BEFORE: _("before"),
        VitalsMoment.HIGHEST: _("highest during"),
        VitalsMoment.DISCHARGE: _("at discharge"),
        VitalsMoment.HOME: _("at home"),
    }[moment]


def vitals_table(
    vitals: Sequence[Vitals], sessions: Sequence[TreatmentSession], period: tuple[date, date]
) -> Table:
    """One row per reading in the period, session readings with their session's treatment."""
    columns = (_("Date"), _("Session"), _("When"), _("Blood pressure (mmHg)"), _("Heart rate (/min)"))
    by_id = {session.id: session for session in sessions}
    first, last = period
    rows = []
    for reading in sorted(vitals, key=lambda item: item.at):
        if not first <= reading.at.date() <= last:
            continue
        session = by_id.get(reading.session) if reading.session is not None else None
        pressure = MISSING
        if reading.systolic is not None and reading.diastolic is not None:
            pressure = f"{reading.systolic}/{reading.diastolic}"
        rows.append(
            (
                format_date(reading.at.date()),
                MISSING if session is None else treatment_label(f"{session.drug} {session.route}"),
                _moment(reading.moment),
                pressure,
                MISSING if reading.heart_rate is None else str(reading.heart_rate),
            )
        )
    return Table(columns, tuple(rows))
