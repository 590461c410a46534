"""The medicines summary on small diaries whose numbers are worked out by hand in each test."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from paindiary.analysis.medicines_summary import medicines_summary
from paindiary.analysis.results import ReliefAnalysis
from paindiary.medicine_records import (
    CoTreatment,
    CoTreatmentKind,
    Intake,
    Medicine,
    MedicineKind,
    MedicineUnit,
)
from tests.analysis.relief.builders import analyse, session

DAY0 = date(2024, 3, 1)  # one session at 10:00: the course's first date and day 0
LAST = date(2024, 4, 30)  # well after day 27


def one_course() -> ReliefAnalysis:
    return analyse([], [session("2024-03-01 10:00")])


def as_needed(name: str = "Ibuprofen", **fields: object) -> Medicine:
    return Medicine(name=name, kind=MedicineKind.AS_NEEDED, **fields)  # type: ignore[arg-type]


def intake(medicine: Medicine, day: date, amount: float = 1.0, hour: int = 9) -> Intake:
    return Intake(
        medicine=medicine.id,
        at=datetime.combine(day, datetime.min.time()) + timedelta(hours=hour),
        amount=amount,
    )


def test_as_needed_only_counts_dates_and_doses_per_week_and_has_no_mme() -> None:
    ibuprofen = as_needed()
    # Before: 20 of the 28 dates (Feb 2 … Feb 29) with a dose, one of them with two: 21 doses.
    before = [intake(ibuprofen, date(2024, 2, 2) + timedelta(days=k)) for k in range(20)]
    before.append(intake(ibuprofen, date(2024, 2, 2), hour=20))
    # After: 6 of days 0–27 with a dose.
    after = [intake(ibuprofen, DAY0 + timedelta(days=k)) for k in (0, 3, 7, 11, 19, 27)]
    # A dose on day 28 is outside both windows.
    outside = [intake(ibuprofen, DAY0 + timedelta(days=28))]

    summary = medicines_summary(
        one_course(), [ibuprofen], before + after + outside, [], last_record_date=LAST
    )

    course = summary.per_course[0]
    assert (course.days_before, course.days_after) == (28, 28)
    assert course.as_needed_days_per_week_before == 5.0  # 20 × 7 / 28
    assert course.as_needed_doses_per_week_before == 5.3  # 21 × 7 / 28 = 5.25, half away from zero
    assert course.as_needed_days_per_week_after == 1.5  # 6 × 7 / 28
    assert course.as_needed_doses_per_week_after == 1.5
    assert (course.mme_per_day_before, course.mme_per_day_after) == (None, None)
    assert not summary.has_mme
    assert summary.as_json()["per_course"][0]["as_needed_doses_per_week_before"] == 5.3


def test_a_regular_opioid_started_inside_the_window_adds_its_daily_mme_from_its_start() -> None:
    morphine = Medicine(
        name="Morphine retard",
        unit=MedicineUnit.MG,
        regular_daily_amount=20.0,
        opioid=True,
        mme_factor=1.0,
        start=DAY0 + timedelta(days=5),
    )
    physiotherapy = CoTreatment(kind=CoTreatmentKind.PHYSIOTHERAPY, start=DAY0 + timedelta(days=6))
    much_later = CoTreatment(kind=CoTreatmentKind.EXERCISE, start=date(2024, 6, 1))

    summary = medicines_summary(
        one_course(), [morphine], [], [physiotherapy, much_later], last_record_date=LAST
    )

    course = summary.per_course[0]
    assert course.mme_per_day_before == 0.0
    assert course.mme_per_day_after == 16.4  # days 5–27: 23 × 20 mg × 1.0 / 28 = 16.43
    assert course.as_needed_days_per_week_after == 0.0  # no intakes: zero, not missing
    assert [(start.kind, start.name, start.day) for start in course.started_in_window] == [
        ("new-medicine", "Morphine retard", 5),
        ("physiotherapy", "", 6),
    ]


def test_a_fentanyl_patch_counts_per_microgram_per_hour_until_its_stop() -> None:
    patch = Medicine(
        name="Fentanyl patch",
        unit=MedicineUnit.MICROGRAM_PER_HOUR,
        regular_daily_amount=12.0,
        opioid=True,
        mme_factor=2.4,
        start=date(2024, 1, 1),
        stop=DAY0 + timedelta(days=9),
    )

    course = medicines_summary(one_course(), [patch], [], [], last_record_date=LAST).per_course[0]

    assert course.mme_per_day_before == 28.8  # 12 µg/h × 2.4 on every date
    assert course.mme_per_day_after == 10.3  # days 0–9: 10 × 28.8 / 28 = 10.29
    assert course.started_in_window == ()  # started long before


def test_a_medicine_without_a_factor_adds_as_needed_days_but_no_mme() -> None:
    paracetamol = as_needed("Paracetamol", unit=MedicineUnit.TABLET, mg_per_unit=500.0)
    oxycodone = as_needed("Oxycodone", unit=MedicineUnit.TABLET, mg_per_unit=5.0, opioid=True, mme_factor=1.5)
    intakes = [
        intake(paracetamol, DAY0 + timedelta(days=1), amount=2.0),
        intake(oxycodone, DAY0 + timedelta(days=2), amount=2.0),
    ]

    summary = medicines_summary(one_course(), [paracetamol, oxycodone], intakes, [], last_record_date=LAST)

    course = summary.per_course[0]
    assert summary.has_mme
    assert course.as_needed_days_per_week_after == 0.5  # 2 × 7 / 28
    assert course.mme_per_day_after == 0.5  # 2 tablets × 5 mg × 1.5 = 15 over 28 days = 0.54
    assert course.mme_per_day_before == 0.0


def test_the_after_window_stops_before_the_next_course_and_at_the_diarys_last_date() -> None:
    analysis = analyse([], [session("2024-03-01 10:00"), session("2024-03-15 10:00")])
    ibuprofen = as_needed()
    intakes = [intake(ibuprofen, date(2024, 3, 14)), intake(ibuprofen, date(2024, 3, 16))]

    summary = medicines_summary(analysis, [ibuprofen], intakes, [], last_record_date=date(2024, 3, 20))

    first, second = summary.per_course
    assert first.days_after == 14  # days 0–13: the next course starts on day 14
    assert first.as_needed_days_per_week_after == 0.5  # 1 × 7 / 14
    assert second.days_after == 6  # days 0–5: the diary's last record is on day 5
    assert second.as_needed_days_per_week_after == 1.2  # 1 × 7 / 6 = 1.17
    assert second.days_before == 28
    assert second.as_needed_days_per_week_before == 0.3  # the dose on Mar 14: 1 × 7 / 28 = 0.25


def test_a_window_of_no_days_gives_nulls() -> None:
    ibuprofen = as_needed()

    course = medicines_summary(
        one_course(), [ibuprofen], [], [], last_record_date=DAY0 - timedelta(days=1)
    ).per_course[0]

    assert course.days_after == 0
    assert course.as_needed_days_per_week_after is None
    assert course.as_needed_doses_per_week_after is None
    assert course.mme_per_day_after is None
    assert course.as_needed_days_per_week_before == 0.0
