"""Rule 2: the baseline window, its edges and the statuses that come from it."""

from __future__ import annotations

from paindiary.analysis import ReliefStatus
from tests.analysis.analysis_builders import DEFAULT, daily, entry, only_relief, session, week_before

START = "2024-03-10 08:00"
FOLLOW_UP = daily("2024-03-10", [5, 5, 5, 5])  # noon from day 0, after the session


def test_entry_exactly_seven_times_24_hours_before_the_start_counts() -> None:
    # Window: 2024-03-03 08:00 ≤ at < 2024-03-10 08:00. The 07:59 entry is outside.
    # Dates 3 Mar (4), 5 Mar (6), 7 Mar (8): B = (4 + 6 + 8) / 3 = 6.
    entries = [
        entry("2024-03-03 07:59", 10),
        entry("2024-03-03 08:00", 4),
        entry("2024-03-05 12:00", 6),
        entry("2024-03-07 12:00", 8),
    ]
    relief = only_relief(entries + FOLLOW_UP, [session(START)])
    assert relief.baseline == 6.0
    assert relief.baseline_days == 3


def test_same_day_entries_before_the_session_count_and_later_ones_do_not() -> None:
    # 8 Mar (3), 9 Mar (6), 10 Mar 07:00 (9) are baseline: B = (3 + 6 + 9) / 3 = 6.
    # 10 Mar 08:00 is exactly at the start: follow-up day 0, not baseline.
    entries = [
        entry("2024-03-08 12:00", 3),
        entry("2024-03-09 12:00", 6),
        entry("2024-03-10 07:00", 9),
        entry("2024-03-10 08:00", 3),
    ]
    relief = only_relief(entries, [session(START)])
    assert (relief.baseline, relief.baseline_days) == (6.0, 3)
    # Day 0: only the 08:00 entry: r(0) = 100 × (6 − 3) / 6 = 50.
    assert relief.reduction == (50.0,)


def test_up_to_eight_dates_take_part() -> None:
    # 3 Mar 08:00 (first date) … 10 Mar 07:00 (start date): 8 dates, all pain 5.
    entries = [entry("2024-03-03 09:00", 5), *daily("2024-03-04", [5] * 6), entry("2024-03-10 07:00", 5)]
    relief = only_relief(entries + FOLLOW_UP, [session(START)])
    assert (relief.baseline, relief.baseline_days) == (5.0, 8)


def test_baseline_is_the_mean_of_daily_means_not_of_entries() -> None:
    # 7 Mar: 2, 4, 9 (mean 5); 8 Mar: 8; 9 Mar: 5 → B = (5 + 8 + 5) / 3 = 6
    # (the mean of the five entries would be 28 / 5 = 5.6).
    entries = [
        entry("2024-03-07 08:00", 2),
        entry("2024-03-07 12:00", 4),
        entry("2024-03-07 20:00", 9),
        entry("2024-03-08 12:00", 8),
        entry("2024-03-09 12:00", 5),
    ]
    relief = only_relief(entries + FOLLOW_UP, [session(START)])
    assert (relief.baseline, relief.baseline_days) == (6.0, 3)


def test_entries_between_the_first_and_last_session_count_nowhere() -> None:
    # Course: sessions 10 Mar 08:00 and 12 Mar 08:00; day 0 = 12 Mar.
    # The 0s on 11 Mar and 12 Mar 07:00 are neither baseline nor follow-up: B stays 7 and
    # day 0 holds only the entry exactly at the last session's start (pain 7, r = 0).
    entries = [
        *week_before(START, pain=7),
        entry("2024-03-11 12:00", 0),
        entry("2024-03-12 07:00", 0),
        entry("2024-03-12 08:00", 7),
    ]
    relief = only_relief(entries, [session(START), session("2024-03-12 08:00")])
    assert (relief.baseline, relief.baseline_days) == (7.0, 7)
    assert relief.reduction == (0.0,)
    assert relief.follow_up_days == 1


def test_too_few_dates_is_insufficient_baseline_with_every_metric_null() -> None:
    # Two dates (8 and 9 Mar) with min_baseline_days 3.
    entries = daily("2024-03-08", [6, 6]) + FOLLOW_UP
    relief = only_relief(entries, [session(START)])
    assert relief.status is ReliefStatus.INSUFFICIENT_BASELINE
    assert (relief.baseline, relief.baseline_days, relief.follow_up_days) == (None, 2, 4)
    assert relief.as_json()["onset_day_30"] is None
    assert relief.reduction == (None, None, None, None)


def test_a_baseline_of_zero_is_no_baseline_pain() -> None:
    entries = daily("2024-03-07", [0, 0, 0]) + FOLLOW_UP
    relief = only_relief(entries, [session(START)])
    assert relief.status is ReliefStatus.NO_BASELINE_PAIN
    assert (relief.baseline, relief.baseline_days) == (0.0, 3)
    assert relief.peak_day is None


def test_insufficient_baseline_is_checked_before_no_baseline_pain() -> None:
    relief = only_relief(daily("2024-03-08", [0, 0]) + FOLLOW_UP, [session(START)])
    assert relief.status is ReliefStatus.INSUFFICIENT_BASELINE


def test_no_baseline_pain_is_checked_before_no_follow_up() -> None:
    relief = only_relief(daily("2024-03-07", [0, 0, 0]), [session(START)])
    assert relief.status is ReliefStatus.NO_BASELINE_PAIN
    assert relief.follow_up_days == 0


def test_min_baseline_days_setting() -> None:
    # Two dates of 6 are enough once min_baseline_days is 2.
    relief = only_relief(
        daily("2024-03-08", [6, 6]) + FOLLOW_UP, [session(START)], DEFAULT.with_changes(min_baseline_days=2)
    )
    assert (relief.status, relief.baseline) == (ReliefStatus.OK, 6.0)
