"""now_status: today against the latest course."""

from __future__ import annotations

from datetime import date

from paindiary.analysis import ReliefStatus, now_status
from tests.analysis.analysis_builders import DEFAULT, START, daily, one_course, session


def test_none_before_any_session() -> None:
    entries, sessions = one_course([5, 5])
    assert now_status(entries, [], DEFAULT, date(2024, 3, 12)) is None
    # A session booked for later does not count yet.
    assert now_status(entries, sessions, DEFAULT, date(2024, 3, 9)) is None


def test_relief_holding_today() -> None:
    # B = 10, pain 5 from 10 to 14 March; today 14 March is day 4: s(4) = median(50, 50) = 50.
    entries, sessions = one_course([5, 5, 5, 5, 5])
    now = now_status(entries, sessions, DEFAULT, date(2024, 3, 14))
    assert now is not None
    assert (now.course, now.day0, now.days_since_day0) == (1, date(2024, 3, 10), 4)
    assert (now.baseline, now.reduction_today, now.relief_holds) == (10.0, 50.0, True)
    assert now.status is ReliefStatus.OK


def test_relief_no_longer_holding() -> None:
    # Pains 5 5 5 9 9 9; today is day 5: s(5) = median(10, 10) = 10 < 30.
    entries, sessions = one_course([5, 5, 5, 9, 9, 9])
    now = now_status(entries, sessions, DEFAULT, date(2024, 3, 15))
    assert now is not None
    assert (now.reduction_today, now.relief_holds) == (10.0, False)


def test_entries_and_sessions_after_today_are_ignored() -> None:
    entries, sessions = one_course([5, 5, 5, 5, 5])
    later = daily("2024-03-15", [10] * 5)
    now = now_status(entries + later, [*sessions, session("2024-03-25 08:00")], DEFAULT, date(2024, 3, 14))
    assert now is not None
    assert (now.course, now.reduction_today) == (1, 50.0)


def test_no_reduction_when_today_is_past_the_last_entry() -> None:
    # Last entry on 14 March (K = 4); today, 20 March, is day 10: outside the window.
    entries, sessions = one_course([5, 5, 5, 5, 5])
    now = now_status(entries, sessions, DEFAULT, date(2024, 3, 20))
    assert now is not None
    assert (now.days_since_day0, now.reduction_today, now.relief_holds) == (10, None, None)


def test_status_other_than_ok_is_passed_on() -> None:
    entries = daily(
        "2024-03-09", [6, 6, 6]
    )  # baseline dates 9 and 10 March (10 March before 08:00? no: noon)
    now = now_status(entries, [session(START)], DEFAULT, date(2024, 3, 11))
    assert now is not None
    assert now.status is ReliefStatus.INSUFFICIENT_BASELINE
    assert now.reduction_today is None
