"""As-needed medicine and MME per day before vs after each course (CLINICAL.md, "Medicines summary").

Qt-free and exact: amounts are taken as the decimals the patient typed (Fractions), so the
1-decimal rounding is half away from zero without float surprises. Facts only: MME is
approximate, for trend only, and nothing here judges a dose.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from fractions import Fraction

from paindiary.analysis.clinic_results import CoTreatmentStart, CourseMedicines, MedicinesSummary
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.analysis.rounding import round_exact, typed_fraction
from paindiary.medicine_records import CoTreatment, Intake, Medicine, MedicineKind

WINDOW_DAYS = 28  # before: the 28 dates before the first date; after: days 0–27 at most


def medicines_summary(
    analysis: ReliefAnalysis,
    medicines: Sequence[Medicine],
    intakes: Sequence[Intake],
    co_treatments: Sequence[CoTreatment],
    *,
    last_record_date: date | None,
) -> MedicinesSummary:
    """One CourseMedicines per course of `analysis`, in course order."""
    by_id = {medicine.id: medicine for medicine in medicines}
    has_mme = any(medicine.mme_factor is not None for medicine in medicines)
    daily_mme = _daily_mme(by_id, intakes) if has_mme else {}
    as_needed_doses = _as_needed_doses_per_date(by_id, intakes)
    per_course = []
    for index, course in enumerate(analysis.courses):
        following = analysis.courses[index + 1] if index + 1 < len(analysis.courses) else None
        before_first = course.start.date() - timedelta(days=WINDOW_DAYS)
        before = [before_first + timedelta(days=offset) for offset in range(WINDOW_DAYS)]
        after = [
            course.day0 + timedelta(days=k) for k in range(_days_after(course, following, last_record_date))
        ]
        regular = [m for m in medicines if _counts_daily(m)] if has_mme else []
        per_course.append(
            CourseMedicines(
                course=course.course,
                days_before=len(before),
                days_after=len(after),
                as_needed_days_per_week_before=_per_week(
                    before, lambda d: 1 if as_needed_doses.get(d) else 0
                ),
                as_needed_days_per_week_after=_per_week(after, lambda d: 1 if as_needed_doses.get(d) else 0),
                as_needed_doses_per_week_before=_per_week(before, lambda d: as_needed_doses.get(d, 0)),
                as_needed_doses_per_week_after=_per_week(after, lambda d: as_needed_doses.get(d, 0)),
                mme_per_day_before=_mme_per_day(before, daily_mme, regular) if has_mme else None,
                mme_per_day_after=_mme_per_day(after, daily_mme, regular) if has_mme else None,
                started_in_window=_started_in_window(course, medicines, co_treatments),
            )
        )
    return MedicinesSummary(per_course=tuple(per_course), has_mme=has_mme)


def _days_after(course: CourseRelief, following: CourseRelief | None, last_record_date: date | None) -> int:
    """Days in the after window: day 0 … min(27, next first date − day 0 − 1, last record − day 0)."""
    last_day = WINDOW_DAYS - 1
    if following is not None:
        last_day = min(last_day, (following.start.date() - course.day0).days - 1)
    if last_record_date is not None:
        last_day = min(last_day, (last_record_date - course.day0).days)
    return max(0, last_day + 1)


def _as_needed_doses_per_date(by_id: dict[uuid.UUID, Medicine], intakes: Sequence[Intake]) -> dict[date, int]:
    doses: dict[date, int] = {}
    for intake in intakes:
        medicine = by_id.get(intake.medicine)
        if medicine is not None and medicine.kind is MedicineKind.AS_NEEDED:
            doses[intake.at.date()] = doses.get(intake.at.date(), 0) + 1
    return doses


def _mme_of(medicine: Medicine, amount: float) -> Fraction:
    """amount × (mg_per_unit or 1) × mme_factor; 0 for a medicine without a factor."""
    if medicine.mme_factor is None:
        return Fraction(0)
    per_unit = typed_fraction(medicine.mg_per_unit) if medicine.mg_per_unit is not None else Fraction(1)
    return typed_fraction(amount) * per_unit * typed_fraction(medicine.mme_factor)


def _daily_mme(by_id: dict[uuid.UUID, Medicine], intakes: Sequence[Intake]) -> dict[date, Fraction]:
    """Each date's MME from intakes (of any medicine with a factor)."""
    totals: dict[date, Fraction] = {}
    for intake in intakes:
        medicine = by_id.get(intake.medicine)
        if medicine is not None:
            totals[intake.at.date()] = totals.get(intake.at.date(), Fraction(0)) + _mme_of(
                medicine, intake.amount
            )
    return totals


def _counts_daily(medicine: Medicine) -> bool:
    """A regular medicine with a factor and a daily amount adds its MME on each date it is taken."""
    return (
        medicine.kind is MedicineKind.REGULAR
        and medicine.mme_factor is not None
        and medicine.regular_daily_amount is not None
    )


def _on(medicine: Medicine, day: date) -> bool:
    """The date lies between start and stop, both included; an open end is open."""
    return (medicine.start is None or medicine.start <= day) and (
        medicine.stop is None or day <= medicine.stop
    )


def _mme_per_day(
    window: list[date], daily_mme: dict[date, Fraction], regular: list[Medicine]
) -> float | None:
    if not window:
        return None
    total = sum((daily_mme.get(day, Fraction(0)) for day in window), Fraction(0))
    for medicine in regular:
        assert medicine.regular_daily_amount is not None  # _counts_daily checked it
        daily = _mme_of(medicine, medicine.regular_daily_amount)
        total += daily * sum(1 for day in window if _on(medicine, day))
    return round_exact(total / len(window), 1)


def _per_week(window: list[date], count: Callable[[date], int]) -> float | None:
    if not window:
        return None
    total = sum(count(day) for day in window)
    return round_exact(Fraction(total * 7, len(window)), 1)


def _started_in_window(
    course: CourseRelief, medicines: Sequence[Medicine], co_treatments: Sequence[CoTreatment]
) -> tuple[CoTreatmentStart, ...]:
    """Co-treatments and medicines whose start is in the relief window: day 0 … influence_end."""
    starts = [
        CoTreatmentStart(kind=str(item.kind), name="", start=item.start, day=(item.start - course.day0).days)
        for item in co_treatments
        if course.day0 <= item.start <= course.influence_end
    ]
    starts += [
        CoTreatmentStart(kind="new-medicine", name=m.name, start=m.start, day=(m.start - course.day0).days)
        for m in medicines
        if m.start is not None and course.day0 <= m.start <= course.influence_end
    ]
    return tuple(sorted(starts, key=lambda start: (start.start, start.kind, start.name)))
