"""The sample diary's medicines: a regular pregabalin, an as-needed oxycodone whose doses thin
out in the two weeks after each course, a stopped tramadol, and a course of physiotherapy."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from paindiary.domain import SessionStatus, TreatmentSession
from paindiary.medicine_records import (
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
)

SEED = 4242  # its own draws, so the entries and sessions of the sample stay as they were
AFTER_A_COURSE = 14  # days with fewer rescue doses


def medicine_records(sessions: list[TreatmentSession], today: date, now: datetime | None) -> list[Any]:
    """Medicines first, then co-treatments, then doses (parents before children), none after `now`."""
    rng = random.Random(SEED)
    until = now or datetime.combine(today, time(23, 59))
    start = today - timedelta(days=729)
    pregabalin = Medicine(
        name="Pregabalin",
        strength="75 mg",
        unit=MedicineUnit.CAPSULE,
        mg_per_unit=75,
        regular_daily_amount=2,
        for_pain=True,
        start=start,
    )
    tramadol = Medicine(
        name="Tramadol",
        strength="50 mg",
        unit=MedicineUnit.TABLET,
        mg_per_unit=50,
        regular_daily_amount=2,
        for_pain=True,
        opioid=True,
        mme_factor=0.2,
        start=start,
        stop=start + timedelta(days=200),
        note="Stopped: nausea",
    )
    oxycodone = Medicine(
        name="Oxycodone",
        strength="5 mg",
        unit=MedicineUnit.TABLET,
        mg_per_unit=5,
        kind=MedicineKind.AS_NEEDED,
        for_pain=True,
        opioid=True,
        mme_factor=1.5,
        start=start + timedelta(days=30),
    )
    physiotherapy = CoTreatment(
        kind=CoTreatmentKind.PHYSIOTHERAPY,
        start=start + timedelta(days=545),
        end=start + timedelta(days=615),
        note="Twice a week",
    )
    course_days = [session.at.date() for session in sessions if session.status is SessionStatus.DONE]
    doses: list[Intake] = []
    for number in range(30, 730):
        day = start + timedelta(days=number)
        recent = any(0 <= (day - course).days < AFTER_A_COURSE for course in course_days)
        if rng.random() < (0.15 if recent else 0.55):
            at = datetime.combine(day, time(rng.choice((13, 18, 21)), rng.randrange(0, 60)))
            if at <= until:
                doses.append(Intake(medicine=oxycodone.id, at=at, amount=rng.choice((1.0, 1.0, 2.0))))
    return [pregabalin, tramadol, oxycodone, physiotherapy, *doses]
