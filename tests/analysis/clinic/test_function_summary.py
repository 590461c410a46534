"""PEG, sleep and mood before and after a course, its PGIC answers and its top session blood pressure."""

from __future__ import annotations

from datetime import date

from paindiary.analysis.clinic_results import BloodPressureReading, ImpressionAnswer
from paindiary.analysis.function_summary import function_summary
from paindiary.clinic_records import Impression
from tests.analysis.clinic.clinic_builders import analyse, at, peg, reading, session


def test_peg_sleep_and_mood_before_the_baseline_window_and_after_days_0_to_13() -> None:
    treatment = session("2024-03-10 08:00")
    entries = [
        peg("2024-02-10 12:00", 1, 1, 1),  # 29 dates before: outside the baseline window
        peg("2024-02-20 09:00", 6, 6, 6),
        peg("2024-02-20 18:00", 4, 4, 4),  # the date's value is the mean of its entries: 5
        peg("2024-03-01 12:00", 7, 7, 7, sleep_interference=8, mood=2),
        peg("2024-03-05 12:00", 9, 2),  # no activity: no PEG
        peg("2024-03-10 07:00", 9, 9, 9),  # the first date, before the session: before
        peg("2024-03-10 09:00", 3, 3, 3),  # day 0, after the course end: after
        peg("2024-03-12 12:00", 5, sleep_interference=4, mood=6),
        peg("2024-03-23 12:00", 2, 2, 2),  # day 13
        peg("2024-03-24 12:00", 0, 0, 0),  # day 14: outside
    ]
    (course,) = function_summary(analyse(entries, [treatment]), entries=entries, vitals=[], impressions=[])
    assert course.as_json() == {
        "course": 1,
        "peg_before": 7.0,  # dates 5, 7, 9
        "peg_after": 2.5,  # dates 3, 2
        "peg_days_before": 3,
        "peg_days_after": 2,
        "sleep_before": 8.0,
        "sleep_after": 4.0,
        "mood_before": 2.0,
        "mood_after": 6.0,
        "impressions": [],
        "highest_blood_pressure": None,
    }


def test_before_leaves_out_dates_under_an_earlier_course_and_after_stops_at_the_next_course() -> None:
    first, second = session("2024-01-10 08:00"), session("2024-01-30 08:00")
    entries = [
        peg("2024-01-12 12:00", 10, 10, 10),  # under the first course's influence window
        peg("2024-01-20 12:00", 4, 4, 4),
        peg("2024-01-30 12:00", 1, 1, 1),  # the second course's day 0
    ]
    analysis = analyse(entries, [first, second])
    assert analysis.courses[0].influence_end >= date(2024, 1, 12)
    earlier, later = function_summary(analysis, entries=entries, vitals=[], impressions=[])
    assert (later.peg_before, later.peg_days_before) == (4.0, 1)
    assert (earlier.peg_after, earlier.peg_days_after) == (7.0, 2)  # 10 and 4; not the 1 after 30 Jan 08:00


def test_a_carried_usual_pain_still_takes_function_from_its_own_window() -> None:
    entries = [peg(f"2024-01-{day:02d} 12:00", 6, 6, 6) for day in range(1, 10)]
    entries += [peg("2024-03-01 12:00", 8, 8, 8)]  # one date only: usual pain is carried from course 1
    analysis = analyse(entries, [session("2024-01-10 08:00"), session("2024-03-02 08:00")])
    assert analysis.courses[1].baseline_from_course == 1
    _earlier, later = function_summary(analysis, entries=entries, vitals=[], impressions=[])
    assert (later.peg_before, later.peg_days_before) == (8.0, 1)


def test_impressions_and_the_top_reading_belong_to_the_course_sessions() -> None:
    first, second = session("2024-03-01 08:00"), session("2024-03-02 08:00")  # one course of two
    other = session("2024-05-01 08:00")
    vitals = [
        reading("2024-03-01 09:00", 150, 95, first),
        reading("2024-03-02 09:00", 150, 100, second),  # same systolic: the diastolic decides
        reading("2024-03-02 10:00", 140, 110, second),
        reading("2024-03-05 10:00", 200, 120, None),  # at home: not a session reading
        reading("2024-05-01 09:00", 190, 100, other),  # another course
    ]
    impressions = [
        Impression(at=at("2024-03-30 12:00"), value=2, session=second.id, day=28),
        Impression(at=at("2024-03-09 12:00"), value=3, session=second.id, day=7),
        Impression(at=at("2024-05-08 12:00"), value=5, session=other.id, day=7),
        Impression(at=at("2024-03-10 12:00"), value=6),  # volunteered for no course
    ]
    course, _later = function_summary(
        analyse([], [first, second, other]), entries=[], vitals=vitals, impressions=impressions
    )
    assert course.impressions == (
        ImpressionAnswer(day=7, value=3, at=at("2024-03-09 12:00")),
        ImpressionAnswer(day=28, value=2, at=at("2024-03-30 12:00")),
    )
    assert course.highest_blood_pressure == BloodPressureReading(150, 100, at("2024-03-02 09:00"), second.id)
    assert course.as_json()["highest_blood_pressure"] == {
        "systolic": 150,
        "diastolic": 100,
        "at": "2024-03-02T09:00",
    }


def test_nothing_recorded_gives_nulls() -> None:
    entries = [peg("2024-03-01 12:00", 5), peg("2024-03-12 12:00", 4)]  # pain alone: no PEG
    (course,) = function_summary(
        analyse(entries, [session("2024-03-10 08:00")]), entries=entries, vitals=[], impressions=[]
    )
    assert (course.peg_before, course.peg_after, course.peg_days_before, course.peg_days_after) == (
        None,
        None,
        0,
        0,
    )
    assert (course.sleep_before, course.mood_after, course.impressions, course.highest_blood_pressure) == (
        None,
        None,
        (),
        None,
    )


def test_answers_and_readings_after_the_summary_moment_are_not_yet_in_the_diary() -> None:
    treatment = session("2024-03-01 08:00")
    analysis = analyse([], [treatment], at("2024-03-05 12:00"))
    (course,) = function_summary(
        analysis,
        entries=[peg("2024-03-06 12:00", 3, 3, 3)],
        vitals=[reading("2024-03-06 09:00", 150, 90, treatment)],
        impressions=[Impression(at=at("2024-03-08 12:00"), value=2, session=treatment.id, day=7)],
    )
    assert (course.peg_after, course.impressions, course.highest_blood_pressure) == (None, (), None)
