"""Rule 3 (the follow-up window), rule 4 (reduction) and rule 5 (smoothing)."""

from __future__ import annotations

from paindiary.analysis import ReliefStatus, relief_summary
from tests.analysis.analysis_builders import (
    DEFAULT,
    START,
    daily,
    entry,
    one_course,
    only_relief,
    relief_of,
    session,
    week_before,
)


def test_window_ends_at_the_last_logged_date() -> None:
    # Entries on days 0, 1, 2 → K = 2, three follow-up days.
    relief = relief_of([5, 5, 5])
    assert relief.follow_up_days == 3
    assert relief.reduction == (50.0, 50.0, 50.0)


def test_window_ends_the_day_before_the_next_course() -> None:
    # Courses on 10 and 20 March (10 days apart): K = (20 − 10) − 1 = 9 for the first course,
    # although the diary goes on to 29 March.
    entries = week_before(START, pain=10) + daily("2024-03-10", [5] * 20)
    reliefs = relief_summary(entries, [session(START), session("2024-03-20 08:00")], DEFAULT)
    assert [relief.follow_up_days for relief in reliefs] == [10, 10]


def test_window_ends_at_the_horizon() -> None:
    relief = relief_of([5] * 10, horizon_days=5)
    assert relief.follow_up_days == 5
    assert relief.relief_days_30 == 5
    assert relief.censored_30 is True


def test_day_0_counts_only_entries_from_the_last_session_on() -> None:
    # 10 Mar 07:00 (pain 0) is before the 08:00 session: baseline, not day 0.
    # Day 0 is the 12:00 entry alone: r(0) = 100 × (B − 6) / B with B = (7 × 10 + 0) / 8 = 8.75,
    # so r(0) = 100 × 2.75 / 8.75 = 31.428…
    entries, sessions = one_course([6])
    relief = only_relief([*entries, entry("2024-03-10 07:00", 0)], sessions)
    assert relief.baseline == 8.75
    assert relief.reduction[0] is not None
    assert abs(relief.reduction[0] - 100 * 2.75 / 8.75) < 1e-9


def test_no_entries_after_the_session_is_no_follow_up() -> None:
    # The diary ends the day before: K = −1, no follow-up days.
    relief = only_relief(week_before(START, pain=10), [session(START)])
    assert relief.status is ReliefStatus.NO_FOLLOW_UP
    assert (relief.follow_up_days, relief.baseline) == (0, 10.0)
    assert relief.reduction == relief.smoothed == ()
    assert relief.relief_days_30 is relief.censored_30 is relief.peak_reduction_pct is None


def test_a_window_without_entries_is_no_follow_up() -> None:
    # Next course on 14 March: K = 3, but nothing was logged from 10 to 13 March.
    entries = week_before(START, pain=10) + daily("2024-03-14", [5, 5, 5])
    first = relief_summary(entries, [session(START), session("2024-03-14 08:00")], DEFAULT)[0]
    assert first.status is ReliefStatus.NO_FOLLOW_UP
    assert first.follow_up_days == 4
    assert first.smoothed == (None, None, None, None)


def test_several_entries_a_day_are_averaged() -> None:
    # Day 0: 4 and 6 → p(0) = 5 → r(0) = 50 against B = 10.
    entries = [*week_before(START, pain=10), entry("2024-03-10 09:00", 4), entry("2024-03-10 21:00", 6)]
    assert only_relief(entries, [session(START)]).reduction == (50.0,)


def test_skipped_days_are_not_filled_in() -> None:
    # B = 10; pain 5 on day 0 and 7 on day 4 only: r = 50, -, -, -, 30.
    # s(0) = r0 = 50; s(1) = median{r0} = 50; s(2): no r on days 1–3 → undefined;
    # s(3) = median{r4} = 30; s(4) = 30.
    relief = relief_of([5, None, None, None, 7])
    assert relief.reduction == (50.0, None, None, None, 30.0)
    assert relief.smoothed == (50.0, 50.0, None, 30.0, 30.0)
    # At 30 no defined day drops below: censored, 1 + 4 = 5 days.
    assert (relief.onset_day_30, relief.relief_days_30, relief.censored_30) == (0, 5, True)
    # At 50 day 3 (30) and the next defined day 4 (30) are below: ends at 3; last day ≥ 50 is 1 → 2.
    assert (relief.onset_day_50, relief.relief_days_50, relief.censored_50) == (0, 2, False)


def test_smoothing_is_the_median_of_three_and_the_mean_of_two() -> None:
    # B = 10; pains 2, 9, 6, 10 → r = 80, 10, 40, 0.
    # s(0) = (80 + 10) / 2 = 45; s(1) = median(80, 10, 40) = 40; s(2) = median(10, 40, 0) = 10;
    # s(3) = (40 + 0) / 2 = 20.
    relief = relief_of([2, 9, 6, 10])
    assert relief.reduction == (80.0, 10.0, 40.0, 0.0)
    assert relief.smoothed == (45.0, 40.0, 10.0, 20.0)
