"""Rules 6–9: onset, relief duration and censoring, peak, category, return to baseline.

Unless a test says otherwise the baseline is 10, so a day at pain p has r = 10 × (10 − p) %.
"""

from __future__ import annotations

from paindiary.analysis import Category, relief_summary
from tests.analysis.analysis_builders import DEFAULT, START, daily, relief_of, session, week_before


def test_a_single_bad_day_inside_relief_does_not_end_it() -> None:
    # Pains 5 5 5 9 5 5 5 8 8 8 → r = 50 50 50 10 50 50 50 20 20 20.
    # s = 50 50 50 50(median 50,10,50) 50 50 50 20(median 50,20,20) 20 20.
    # First s < 30 is day 7 and the next defined day 8 is below too: relief ends at 7;
    # the last day ≥ 30 before it is 6 → 7 days, not censored.
    relief = relief_of([5, 5, 5, 9, 5, 5, 5, 8, 8, 8])
    assert relief.smoothed == (50.0,) * 7 + (20.0,) * 3
    assert (relief.onset_day_30, relief.relief_days_30, relief.censored_30) == (0, 7, False)
    assert (relief.onset_day_50, relief.relief_days_50, relief.censored_50) == (0, 7, False)


def test_relief_ends_at_two_consecutive_low_smoothed_days() -> None:
    # Pains 4 4 4 8 8 4 4 → r = 60 60 60 20 20 60 60; s = 60 60 60(60,60,20) 20 20 60(20,60,60) 60.
    # s(3) = 20 and s(4) = 20 are both below 30: relief ends at day 3 even though it comes back.
    relief = relief_of([4, 4, 4, 8, 8, 4, 4])
    assert relief.smoothed == (60.0, 60.0, 60.0, 20.0, 20.0, 60.0, 60.0)
    assert (relief.relief_days_30, relief.censored_30) == (3, False)


def test_a_last_day_below_with_nothing_after_it_is_censored() -> None:
    # Pains 5 5 5 5 10 → r = 50 50 50 50 0; s(4) = (50 + 0) / 2 = 25 < 30 but nothing confirms it.
    relief = relief_of([5, 5, 5, 5, 10])
    assert relief.smoothed[-1] == 25.0
    assert (relief.relief_days_30, relief.censored_30) == (4, True)


def test_relief_is_censored_by_the_next_course() -> None:
    # Courses 10 and 15 March: K = 4 for the first; pain 5 every day → s = 50 throughout.
    entries = week_before(START, pain=10) + daily("2024-03-10", [5] * 10)
    first = relief_summary(entries, [session(START), session("2024-03-15 08:00")], DEFAULT)[0]
    assert first.follow_up_days == 5
    assert (first.relief_days_30, first.censored_30, first.relief_days_50, first.censored_50) == (
        5,
        True,
        5,
        True,
    )


def test_relief_is_censored_by_the_end_of_the_diary() -> None:
    relief = relief_of([5] * 6)
    assert (relief.relief_days_30, relief.censored_30) == (6, True)


def test_values_exactly_on_30_and_50_reach_them() -> None:
    # B = 10, pain 7 → r = 30 exactly; pain 5 → 50 exactly.
    assert relief_of([7, 7, 7, 7]).onset_day_30 == 0
    assert relief_of([5, 5, 5, 5]).onset_day_50 == 0


def test_a_seventh_is_reached_exactly_for_the_return_to_baseline() -> None:
    # B = 7; pains 3 3 3 6 6 6 → r = 400/7 ×3 then 100/7 ×3 (a day at 6 is exactly 100/7 %).
    # s = 57.14 57.14 57.14 14.29(median 57,14,14) 14.29 14.29.
    # Relief at 30 and 50 ends at day 3 → 3 days. Peak 400/7 = 57.142… → 57.1 on day 0.
    # Return: first k > 0 with s ≤ 100 / B = 100/7 → day 3, exactly on the limit.
    relief = relief_of([3, 3, 3, 6, 6, 6], baseline_pain=7)
    assert (relief.relief_days_30, relief.relief_days_50) == (3, 3)
    assert (relief.peak_reduction_pct, relief.peak_day) == (57.1, 0)
    assert relief.return_to_baseline_day == 3
    assert relief.category is Category.SUBSTANTIAL


def test_onset_on_the_last_day_of_the_onset_window_counts() -> None:
    # Pains 10 10 10 5 5 5 5 → r = 0 0 0 50 50 50 50; s(2) = median(0, 0, 50) = 0,
    # s(3) = median(0, 50, 50) = 50: onset on day 3 at both thresholds, relief 1 + 6 = 7 days.
    relief = relief_of([10, 10, 10, 5, 5, 5, 5])
    assert (relief.onset_day_30, relief.onset_day_50) == (3, 3)
    assert (relief.relief_days_30, relief.censored_30) == (7, True)


def test_improvement_after_the_onset_window_is_not_attributed() -> None:
    # Pains 10 10 10 10 5 5 5 → s(3) = median(0, 0, 50) = 0, s(4) = 50: first s ≥ 30 on day 4 > 3.
    # No onset with K = 6 ≥ 3: relief 0 days, not censored. The late peak 50 on day 4 still counts
    # for the peak, so the category is minimal; no return day without an onset at 30.
    relief = relief_of([10, 10, 10, 10, 5, 5, 5])
    assert (relief.onset_day_30, relief.relief_days_30, relief.censored_30) == (None, 0, False)
    assert (relief.onset_day_50, relief.relief_days_50, relief.censored_50) == (None, 0, False)
    assert (relief.peak_reduction_pct, relief.peak_day) == (50.0, 4)
    assert relief.category is Category.MINIMAL
    assert relief.return_to_baseline_day is None


def test_too_early_to_tell_while_the_onset_window_is_open() -> None:
    # Two days logged (K = 1 < 3), pains 10 9 → r = 0 10, s = 5 5: no onset yet.
    relief = relief_of([10, 9])
    assert (relief.onset_day_30, relief.relief_days_30, relief.censored_30) == (None, None, True)
    assert (relief.onset_day_50, relief.relief_days_50, relief.censored_50) == (None, None, True)
    assert relief.category is None
    assert relief.return_to_baseline_day is None
    assert (relief.peak_reduction_pct, relief.peak_day) == (5.0, 0)
    assert relief.too_early


def test_too_early_at_50_only_still_has_a_category() -> None:
    # Pains 7 7 (K = 1): s = 30 30 → onset at 30 on day 0, relief ≥ 2 days; 50 is too early.
    relief = relief_of([7, 7])
    assert (relief.relief_days_30, relief.censored_30) == (2, True)
    assert (relief.onset_day_50, relief.relief_days_50, relief.censored_50) == (None, None, True)
    assert relief.category is Category.MODERATE
    assert not relief.too_early


def test_no_onset_once_the_onset_window_has_passed() -> None:
    # K = 3 = onset_window_days and no s ≥ 30: relief 0, not censored.
    relief = relief_of([9, 9, 9, 9])
    assert (relief.relief_days_30, relief.censored_30) == (0, False)


def test_peak_day_is_the_first_day_of_the_maximum() -> None:
    # Pains 6 4 4 4 4 → r = 40 60 60 60 60; s = 50 60 60 60 60: peak 60 first on day 1.
    relief = relief_of([6, 4, 4, 4, 4])
    assert (relief.peak_reduction_pct, relief.peak_day) == (60.0, 1)


def test_category_rules() -> None:
    # Onset at 50 → substantial; at 30 only → moderate; no onset, peak ≥ 10 → minimal; else none.
    assert relief_of([5, 5, 5, 5]).category is Category.SUBSTANTIAL
    assert relief_of([6, 6, 6, 6]).category is Category.MODERATE  # r = 40
    assert relief_of([9, 9, 9, 9]).category is Category.MINIMAL  # r = 10 exactly counts as ≥ 10
    assert relief_of([10, 10, 10, 10]).category is Category.NONE  # r = 0


def test_return_to_baseline_is_the_first_day_within_one_point_after_the_peak() -> None:
    # Pains 4 4 4 4 9 9 9 → r = 60 ×4, 10 ×3; 100 / B = 10.
    # s = 60 60 60 60(60,60,10)... s(4) = median(60, 10, 10) = 10 ≤ 10 → return on day 4.
    relief = relief_of([4, 4, 4, 4, 9, 9, 9])
    assert relief.smoothed == (60.0, 60.0, 60.0, 60.0, 10.0, 10.0, 10.0)
    assert relief.return_to_baseline_day == 4


def test_no_return_day_when_pain_stays_low() -> None:
    assert relief_of([4, 4, 4, 4, 4]).return_to_baseline_day is None


def test_onset_window_setting() -> None:
    # With onset_window_days 4 the day-4 improvement of the earlier test becomes an onset.
    relief = relief_of([10, 10, 10, 10, 5, 5, 5], onset_window_days=4)
    assert (relief.onset_day_30, relief.relief_days_30) == (4, 7)
