"""Rule 1 (courses) and rule 10 (dose per course)."""

from __future__ import annotations

from datetime import date

from paindiary.analysis import find_courses
from paindiary.domain import Route
from tests.analysis.analysis_builders import DEFAULT, at, session


def test_loading_series_chains_from_the_immediately_preceding_session() -> None:
    # 1, 4 and 7 March are each 3 days after the previous session (gap 3), so they chain into one
    # course although 7 March is 6 days after the first; 11 March is 4 days after 7 March: new course.
    sessions = [session("2024-03-07 09:00"), session("2024-03-01 09:00"), session("2024-03-11 09:00")]
    sessions.append(session("2024-03-04 09:00"))
    courses = find_courses(sessions, DEFAULT)
    assert [course.number for course in courses] == [1, 2]
    assert [[s.at.day for s in course.sessions] for course in courses] == [[1, 4, 7], [11]]
    first = courses[0]
    assert first.start == at("2024-03-01 09:00")
    assert first.last_start == at("2024-03-07 09:00")
    assert first.day0 == date(2024, 3, 7)


def test_gap_counts_calendar_dates_not_hours() -> None:
    # 23:00 on 1 March to 01:00 on 4 March is 50 hours but 3 calendar days: within a gap of 3,
    # not within a gap of 2.
    sessions = [session("2024-03-01 23:00"), session("2024-03-04 01:00")]
    assert len(find_courses(sessions, DEFAULT)) == 1
    assert len(find_courses(sessions, DEFAULT.with_changes(course_gap_days=2))) == 2


def test_gap_zero_joins_only_sessions_on_the_same_date() -> None:
    sessions = [session("2024-03-01 08:00"), session("2024-03-01 15:00"), session("2024-03-02 08:00")]
    courses = find_courses(sessions, DEFAULT.with_changes(course_gap_days=0))
    assert [len(course.sessions) for course in courses] == [2, 1]


def test_no_sessions_no_courses() -> None:
    assert find_courses([], DEFAULT) == []


def test_dose_sums_over_the_sessions() -> None:
    # 100 + 50 = 150 mg; 100/70 + 50/80 = 1.428571… + 0.625 = 2.053571… → 2.05 mg/kg.
    course = find_courses(
        [session("2024-03-01 08:00", 100, 70), session("2024-03-02 08:00", 50, 80)], DEFAULT
    )[0]
    assert course.dose_mg == 150.0
    assert course.dose_mg_per_kg == 2.05


def test_dose_rounds_half_away_from_zero_as_typed() -> None:
    # 1.005 mg as typed rounds to 1.01 (the float 1.00499… would give 1.0);
    # 1.5 mg / 200 kg = 0.0075 → 0.01.
    course = find_courses([session("2024-03-01 08:00", 1.005, 200)], DEFAULT)[0]
    assert course.dose_mg == 1.01
    course = find_courses([session("2024-03-01 08:00", 1.5, 200)], DEFAULT)[0]
    assert course.dose_mg_per_kg == 0.01


def test_a_missing_dose_nulls_both_and_a_missing_weight_nulls_mg_per_kg() -> None:
    no_dose = [session("2024-03-01 08:00", 100, 70), session("2024-03-02 08:00", None, 70)]
    course = find_courses(no_dose, DEFAULT)[0]
    assert (course.dose_mg, course.dose_mg_per_kg) == (None, None)
    no_weight = [session("2024-03-01 08:00", 100, 70), session("2024-03-02 08:00", 100, None)]
    course = find_courses(no_weight, DEFAULT)[0]
    assert (course.dose_mg, course.dose_mg_per_kg) == (200.0, None)


def test_routes_are_listed_once_in_order_of_first_use() -> None:
    sessions = [
        session("2024-03-01 08:00", route=Route.INTRANASAL),
        session("2024-03-02 08:00", route=Route.IV_INFUSION),
        session("2024-03-03 08:00", route=Route.INTRANASAL),
    ]
    assert find_courses(sessions, DEFAULT)[0].routes == (Route.INTRANASAL, Route.IV_INFUSION)
