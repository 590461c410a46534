"""Rules 1 and 2: courses by series and gap, course end and day 0, the split dates, during_mean."""

from __future__ import annotations

from datetime import date, datetime

from paindiary.analysis.course_groups import find_courses
from paindiary.domain import Route, SessionSeries
from tests.analysis.relief.builders import (
    V2,
    analyse,
    course_json,
    daily,
    days_before,
    entry,
    picked,
    session,
)


def _grouped(sessions: list[object], at: datetime = datetime(2030, 1, 1)) -> list[list[date]]:
    return [[s.at.date() for s in course.sessions] for course in find_courses(sessions, V2, at)]  # type: ignore[arg-type]


def test_auto_joins_at_most_course_gap_days_after_the_previous_session() -> None:
    # 03-01 → 03-04 is 3 days (joins), 03-04 → 03-08 is 4 (a new course).
    sessions = [session("2024-03-01 09:00"), session("2024-03-04 09:00"), session("2024-03-08 09:00")]
    assert _grouped(sessions) == [[date(2024, 3, 1), date(2024, 3, 4)], [date(2024, 3, 8)]]


def test_join_and_new_override_the_gap_rule() -> None:
    sessions = [
        session("2024-03-01 09:00"),
        session("2024-03-02 09:00", series=SessionSeries.NEW),
        session("2024-03-20 09:00", series=SessionSeries.JOIN),
    ]
    assert _grouped(sessions) == [[date(2024, 3, 1)], [date(2024, 3, 2), date(2024, 3, 20)]]


def test_planned_sessions_take_no_part() -> None:
    sessions = [session("2024-03-01 09:00"), session("2024-03-02 09:00")]
    assert _grouped(sessions, at=datetime(2024, 3, 1, 12)) == [[date(2024, 3, 1)]]


def test_sessions_with_the_same_start_keep_the_order_entered() -> None:
    first, second = session("2024-03-01 09:00", dose_mg=50.0), session("2024-03-01 09:00", dose_mg=60.0)
    (course,) = find_courses([first, second], V2, datetime(2030, 1, 1))
    assert [s.dose_mg for s in course.sessions] == [50.0, 60.0]


def test_course_end_is_the_latest_session_end_and_day_0_its_date() -> None:
    # 22:00 + 240 min = 02:00 the next day; the second session ends earlier than the first.
    sessions = [session("2024-03-01 22:00", minutes=240), session("2024-03-02 01:00", minutes=30)]
    (course,) = find_courses(sessions, V2, datetime(2030, 1, 1))
    assert course.end == datetime(2024, 3, 2, 2, 0)
    assert course.day0 == date(2024, 3, 2)


def test_first_date_counts_only_before_the_session_and_day_0_only_after_the_end() -> None:
    # Three baseline dates of 6 plus the 07:00 entry of 8 on the first date: n = 4 < 5, no earlier
    # course → own and short; ⌊0.8⌋ = 0 trimmed → (6 + 6 + 6 + 8)/4 = 6.5. During 08:00–10:00:
    # 9 and 8 → 8.5. Day 0 = the same date: only the 11:00 entry (2) counts → p(0) = 2.
    entries = [
        *days_before("2024-03-10", [6, 6, 6]),
        entry("2024-03-10 07:00", 8),
        entry("2024-03-10 09:00", 9),
        entry("2024-03-10 09:30", 8),
        entry("2024-03-10 11:00", 2),
    ]
    analysis = analyse(entries, [session("2024-03-10 08:00", minutes=120)])
    course = course_json(analysis)
    assert (course["baseline"], course["baseline_dates"], course["short_baseline"]) == (6.5, 4, True)
    assert course["during_mean"] == 8.5
    assert analysis.courses[0].daily == (2.0,)


def test_during_mean_is_null_without_entries_in_the_course_hours() -> None:
    entries = days_before("2024-03-10", [6] * 5) + daily("2024-03-10", [3])
    assert course_json(analyse(entries, [session("2024-03-10 08:00")]))["during_mean"] is None


def test_entries_after_the_moment_of_the_summary_are_not_yet_in_the_diary() -> None:
    # As of 03-12 10:00 the noon entry of 03-12 does not exist: K = 1; relief on days 0 and 1 is
    # still going at the diary's end.
    entries = days_before("2024-03-10", [7] * 5) + daily("2024-03-10", [3, 3, 3, 3])
    analysis = analyse(entries, [session("2024-03-10 08:00")], when=datetime(2024, 3, 12, 10))
    assert course_json(analysis)["follow_up_days"] == 2
    assert course_json(analysis)["relief_days_30"] == 2
    assert course_json(analysis)["censor_reason_30"] == "end-of-diary"


def test_dose_per_course_and_per_session_and_a_mixed_drug_route() -> None:
    # 100 mg/70 kg twice and 56 mg/70 kg: Σ mg/kg = 256/70 = 3.657 → 3.66; per session 1.219 → 1.22.
    sessions = [
        session("2024-03-01 09:00"),
        session("2024-03-02 09:00"),
        session("2024-03-03 09:00", drug="esketamine", route=Route.INTRANASAL, dose_mg=56.0),
    ]
    entries = days_before("2024-03-01", [7] * 5) + daily("2024-03-03", [3])
    course = course_json(analyse(entries, sessions))
    assert picked(course, "dose_mg", "dose_mg_per_kg", "dose_mg_per_kg_per_session", "drug_route") == {
        "dose_mg": 256.0,
        "dose_mg_per_kg": 3.66,
        "dose_mg_per_kg_per_session": 1.22,
        "drug_route": "ketamine iv-infusion + esketamine intranasal",
    }
    # A session without a weight nulls both mg/kg values but not the total.
    sessions[1] = session("2024-03-02 09:00", weight_kg=None)
    course = course_json(analyse(entries, sessions))
    assert (course["dose_mg"], course["dose_mg_per_kg"], course["dose_mg_per_kg_per_session"]) == (
        256.0,
        None,
        None,
    )
