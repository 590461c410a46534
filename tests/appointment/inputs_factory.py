"""Appointment inputs built by hand: each test states only what it is about."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from paindiary.analysis.clinic_results import (
    ClinicSummary,
    CourseFunction,
    CourseMedicines,
    Exposure,
    ExposureLine,
    ImpressionAnswer,
    MedicinesSummary,
    NoticedFact,
)
from paindiary.analysis.results import CourseRelief, ReliefAnalysis
from paindiary.appointment.inputs import AppointmentInputs, ReportChoices
from tests.support import relief_factory as factory

AT = datetime(2025, 6, 1, 12, 0)
PERIOD = (date(2024, 6, 2), date(2025, 6, 1))


def courses(count: int) -> list[CourseRelief]:
    """`count` single-session courses, 3 weeks apart, ending before AT."""
    first = AT - timedelta(days=21 * count)
    return [
        factory.course(factory.treatment(number, start=first + timedelta(days=21 * (number - 1))))
        for number in range(1, count + 1)
    ]


def clinic(course: int, *, has_mme: bool = True, noticed: tuple[NoticedFact, ...] = ()) -> ClinicSummary:
    """A summary with PEG, PGIC, as-needed use, MME and exposure for course `course`."""
    return ClinicSummary(
        medicines=MedicinesSummary(
            per_course=(
                CourseMedicines(
                    course, 28, 21, 3.5, 1.0, 4.0, 1.3, 12.0 if has_mme else None, 4.5 if has_mme else None
                ),
            ),
            has_mme=has_mme,
        ),
        function=(
            CourseFunction(
                course=course,
                peg_before=6.7,
                peg_after=4.3,
                peg_days_before=18,
                peg_days_after=12,
                sleep_before=None,
                sleep_after=None,
                mood_before=None,
                mood_after=None,
                impressions=(ImpressionAnswer(7, 2, AT - timedelta(days=3)),),
                highest_blood_pressure=None,
            ),
        ),
        exposure=Exposure(
            per_drug_route=(ExposureLine("ketamine", "iv-infusion", 4, 600.0, 12, 1800.0),),
            median_days_between_courses=21.0,
            at=AT.date(),
        ),
        noticed=noticed,
    )


def inputs(
    analysis: ReliefAnalysis | None = None, clinic: ClinicSummary | None = None, **changes: Any
) -> AppointmentInputs:
    values: dict[str, Any] = {
        "entries": (),
        "sessions": (),
        "medicines": (),
        "intakes": (),
        "co_treatments": (),
        "vitals": (),
        "impressions": (),
        "checkins": (),
        "profile": None,
        "questions": (),
        "analysis": analysis or factory.analysis(at=AT),
        "clinic": clinic,
        "period": PERIOD,
        "choices": ReportChoices(),
        "at": AT,
    }
    values.update(changes)
    return AppointmentInputs(**values)
