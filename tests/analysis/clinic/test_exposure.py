"""Cumulative exposure: done sessions and mg per drug and route; the median days between courses."""

from __future__ import annotations

from datetime import date

from paindiary.analysis.exposure import exposure, year_before
from paindiary.clinic_records import SessionStatus
from paindiary.domain import Route
from tests.analysis.clinic.clinic_builders import analyse, at, session


def test_sessions_and_mg_per_drug_and_route_in_the_last_90_days_and_12_months() -> None:
    sessions = [
        session("2023-07-01 08:00", dose_mg=999),  # a year before to the day: outside the 12 months
        session("2023-07-02 08:00", dose_mg=40),  # the first date inside the 12 months
        session("2024-04-03 08:00", dose_mg=50.5),  # the first date inside the 90 days (1 Jul is the 90th)
        session("2024-04-02 08:00", dose_mg=60),  # the day before it (the same course)
        session("2024-06-20 08:00", dose_mg=100),
        session("2024-06-01 08:00", drug="esketamine", route=Route.INTRANASAL, dose_mg=56),
        session("2024-06-25 08:00", dose_mg=100, status=SessionStatus.PLANNED),  # not confirmed: left out
        session("2024-07-02 08:00", dose_mg=100),  # after the summary moment: left out
    ]
    result = exposure(analyse([], sessions, at("2024-07-01 12:00")))
    assert result.as_json() == {
        "per_drug_route": [
            {
                "drug": "esketamine",
                "route": "intranasal",
                "sessions_90_days": 1,
                "mg_90_days": 56.0,
                "sessions_12_months": 1,
                "mg_12_months": 56.0,
            },
            {
                "drug": "ketamine",
                "route": "iv-infusion",
                "sessions_90_days": 2,
                "mg_90_days": 150.5,
                "sessions_12_months": 4,
                "mg_12_months": 250.5,
            },
        ],
        # Courses start 1 Jul 2023, 2 Apr, 1 Jun and 20 Jun: 276, 60 and 19 days apart.
        "median_days_between_courses": 60.0,
        "at": "2024-07-01",
    }


def test_a_session_without_a_dose_leaves_the_window_mg_unknown() -> None:
    sessions = [session("2024-01-10 08:00", dose_mg=None), session("2024-06-10 08:00", dose_mg=80)]
    (line,) = exposure(analyse([], sessions, at("2024-07-01 12:00"))).per_drug_route
    assert (line.sessions_90_days, line.mg_90_days) == (1, 80.0)
    assert (line.sessions_12_months, line.mg_12_months) == (2, None)


def test_no_sessions_and_a_single_course_give_no_lines_and_no_median() -> None:
    assert exposure(analyse([], [], at("2024-07-01 12:00"))).as_json() == {
        "per_drug_route": [],
        "median_days_between_courses": None,
        "at": "2024-07-01",
    }
    one = exposure(
        analyse([], [session("2024-06-01 08:00"), session("2024-06-02 08:00")], at("2024-07-01 12:00"))
    )
    assert one.median_days_between_courses is None  # two sessions, one course


def test_the_median_of_an_even_number_of_gaps_is_the_mean_of_the_middle_two() -> None:
    firsts = ["2024-01-01", "2024-01-11", "2024-01-31", "2024-03-01", "2024-04-10"]  # 10, 20, 30, 40
    result = exposure(analyse([], [session(f"{day} 08:00") for day in firsts], at("2024-07-01 12:00")))
    assert result.median_days_between_courses == 25.0


def test_a_year_before_29_february_is_28_february() -> None:
    assert year_before(date(2024, 2, 29)) == date(2023, 2, 28)
    assert year_before(date(2024, 3, 1)) == date(2023, 3, 1)
