"""The situations Relief metrics v2 was written for, each checked on the summary document.

Expected numbers were computed by hand from docs/relief-metrics.md before running the
analysis; each test's comment shows the arithmetic. Unless said otherwise: usual pain 7 on the
28 dates before the course (one entry a day at noon), so B = 7, r = 100·(7 − p)/7 and
a pain of 3 is r = 57.14 %, within 1 point of usual pain is s ≤ 100/7 = 14.29 %.
"""

from __future__ import annotations

from paindiary.domain import Route, SessionSeries
from tests.analysis.relief.builders import (
    analyse,
    course_json,
    daily,
    days_before,
    entry,
    picked,
    session,
)


def test_a_booster_during_relief_is_compared_with_the_weeks_before_the_first_course() -> None:
    # Course 1 on 03-10, booster (course 2) on 03-24 = course 1's day 14; pain 3 from 03-10 to
    # 04-12, then 7 to 05-12.
    # Course 1: K = min(89, 14 − 1) = 13; s = 57.14 on days 0…13; the walk runs out on day 13
    # with K − 13 = 0 ≤ 3, K set by the next course → 14 days, censored, next-course;
    # 14 ≥ washout 7 so graded: relief_50 14 ≥ 3 → substantial. Influence: last = K + 1 = 14 →
    # 03-10 + 14 = 03-24. Course 2: candidates 02-25…03-24; 03-10…03-24 are under course 1 →
    # the 14 dates 02-25…03-09 (pain 7) remain → own B = 7, influenced by [1].
    # Day 0 = 03-24; pain 3 on days 0…19, 7 from day 20 (04-13): s(19) = median(57, 57, 0) = 57,
    # s(20) = s(21) = 0 → relief 20 days, not censored; return on day 20 (s(20), s(21) ≤ 14.29).
    entries = days_before("2024-03-10", [7] * 28) + daily("2024-03-10", [3] * 34 + [7] * 30)
    analysis = analyse(entries, [session("2024-03-10 08:00"), session("2024-03-24 08:00")])
    first, second = course_json(analysis, 1), course_json(analysis, 2)
    assert picked(
        first, "relief_days_30", "censored_30", "censor_reason_30", "category", "influence_end"
    ) == {
        "relief_days_30": 14,
        "censored_30": True,
        "censor_reason_30": "next-course",
        "category": "substantial",
        "influence_end": "2024-03-24",
    }
    assert picked(
        second,
        "baseline",
        "baseline_source",
        "baseline_dates",
        "baseline_influenced_by",
        "relief_days_30",
        "censored_30",
        "return_to_baseline_day",
        "category",
    ) == {
        "baseline": 7.0,
        "baseline_source": "own",
        "baseline_dates": 14,
        "baseline_influenced_by": [1],
        "relief_days_30": 20,
        "censored_30": False,
        "return_to_baseline_day": 20,
        "category": "substantial",
    }


def _loading_series(join: bool) -> list[dict[str, object]]:
    # Sessions 09:00–13:00 on 03-04, 03-05, 03-06, a holiday, then 03-11 and 03-12. Pain 7 on the
    # 28 dates before 03-04; 4 at 18:00 on 03-04…03-12; 3 at noon on 03-13…04-10; 7 on 04-11…05-10.
    entries = days_before("2024-03-04", [7] * 28)
    entries += daily("2024-03-04", [4] * 9, hour=18) + daily("2024-03-13", [3] * 29 + [7] * 30)
    dates = ["2024-03-04", "2024-03-05", "2024-03-06", "2024-03-11", "2024-03-12"]
    sessions = [
        session(
            f"{when} 09:00",
            minutes=240,
            series=SessionSeries.JOIN if join and when == "2024-03-11" else SessionSeries.AUTO,
        )
        for when in dates
    ]
    return [course.as_json() for course in analyse(entries, sessions).courses]


def test_a_loading_series_split_by_a_holiday_keeps_the_usual_pain_of_before_the_series() -> None:
    # Without join the 5-day gap makes two courses. Course 1: day 0 = 03-06 (end 13:00); during =
    # the 18:00 entries of 03-04 and 03-05 = 4. K = 03-11 − 03-06 − 1 = 4; p = 4 → r = 42.86 on
    # days 0…4 → relief 5 days, censored by the next course; 5 < washout 7 → no category.
    # Influence: max(K + 1 = 5, 6) → 03-12. Course 2: its candidates 02-12…03-11 lose 03-04…03-11
    # → 21 dates of 7 → B = 7 (v1 took the loading days: "usual pain 3.9").
    # Course 2's day 0 = 03-12: p(0) = 4 (r 42.86), p = 3 on days 1…29, 7 from day 30:
    # s(0) = median(42.86, 57.14) = 50 → onset at 30 and 50 on day 0; s(29) = 57, s(30) = s(31) = 0
    # → 30 days at both thresholds, substantial, return on day 30; lowest point: P =
    # min(59, max(13, 29)) = 29 → 57.1 on day 1.
    first, second = _loading_series(join=False)
    assert picked(
        first, "day0", "during_mean", "relief_days_30", "censor_reason_30", "category", "influence_end"
    ) == {
        "day0": "2024-03-06",
        "during_mean": 4.0,
        "relief_days_30": 5,
        "censor_reason_30": "next-course",
        "category": None,
        "influence_end": "2024-03-12",
    }
    assert picked(
        second,
        "baseline",
        "baseline_dates",
        "baseline_influenced_by",
        "relief_days_30",
        "relief_days_50",
        "category",
        "return_to_baseline_day",
        "peak_reduction_pct",
        "peak_day",
    ) == {
        "baseline": 7.0,
        "baseline_dates": 21,
        "baseline_influenced_by": [1],
        "relief_days_30": 30,
        "relief_days_50": 30,
        "category": "substantial",
        "return_to_baseline_day": 30,
        "peak_reduction_pct": 57.1,
        "peak_day": 1,
    }


def test_a_loading_series_joined_across_the_holiday_is_one_course() -> None:
    # With join: one course of 5 sessions, first date 03-04, day 0 = 03-12. Baseline: the 28
    # dates before 03-04 (no entry before 09:00 on 03-04) → B = 7, n = 28. During: the 18:00
    # entries of 03-04…03-11 (8 × 4) → 4. The follow-up is course 2's above: 30 days.
    (course,) = _loading_series(join=True)
    assert picked(
        course,
        "day0",
        "baseline",
        "baseline_dates",
        "baseline_influenced_by",
        "during_mean",
        "relief_days_30",
        "category",
        "dose_mg",
    ) == {
        "day0": "2024-03-12",
        "baseline": 7.0,
        "baseline_dates": 28,
        "baseline_influenced_by": [],
        "during_mean": 4.0,
        "relief_days_30": 30,
        "category": "substantial",
        "dose_mg": 500.0,
    }
    assert len(course["sessions"]) == 5


def test_twice_weekly_nasal_dosing_then_weekly_shows_as_two_runs() -> None:
    # Esketamine at 09:00 Mon/Thu 03-04…03-28 (8 dates, intervals 3, 4, 3, 4, 3, 4, 3), then weekly
    # 04-04…04-25. Pain 6 at noon on the 28 dates before 03-04, then 4 every day to 05-10.
    # Run 1 (twice a week or more): 03-04…03-28; the band changes at 03-28 → 04-04, so 03-28 opens
    # run 2 and run 1 ends the day before: 03-04…03-27 = 24 days, all logged at 4. Reference =
    # course 1's own B = 6 (courses 2–8 are influenced by the one before) → 100·(6 − 4)/6 = 33.3 %,
    # every day ≥ 30 % below → 100.0. Pre-dose (24 h before each session): 6 before 03-04 (the
    # 03-03 noon entry), 4 before the other 7 → 34/8 = 4.25 → 100·1.75/6 = 29.2 %.
    # Run 2 (about weekly): 03-28, 04-04, 04-11, 04-18, 04-25; ⌊median 7⌋ → 04-25 + 6 = 05-01;
    # 35 days, all logged at 4; pre-dose 4 → 33.3 %.
    twice = ["03-04", "03-07", "03-11", "03-14", "03-18", "03-21", "03-25", "03-28"]
    weekly = ["04-04", "04-11", "04-18", "04-25"]
    sessions = [
        session(f"2024-{when} 09:00", drug="esketamine", route=Route.INTRANASAL, dose_mg=56.0)
        for when in twice + weekly
    ]
    entries = days_before("2024-03-04", [6] * 28) + daily("2024-03-04", [4] * 68)
    analysis = analyse(entries, sessions)
    assert len(analysis.courses) == 8  # the gap rule pairs Mon/Thu: a course cannot show relief
    assert analysis.as_json()["runs"] == [
        {
            "band": "twice a week or more",
            "start": "2024-03-04",
            "end": "2024-03-27",
            "sessions": 8,
            "logged_days": 24,
            "days": 24,
            "mean_pain": 4.0,
            "reference": 6.0,
            "pct_below_reference": 33.3,
            "pct_logged_days_30_below": 100.0,
            "predose_mean_pain": 4.25,
            "predose_pct_below_reference": 29.2,
        },
        {
            "band": "about weekly",
            "start": "2024-03-28",
            "end": "2024-05-01",
            "sessions": 5,
            "logged_days": 35,
            "days": 35,
            "mean_pain": 4.0,
            "reference": 6.0,
            "pct_below_reference": 33.3,
            "pct_logged_days_30_below": 100.0,
            "predose_mean_pain": 4.0,
            "predose_pct_below_reference": 33.3,
        },
    ]


def test_logging_only_on_bad_days_is_not_read_as_weeks_of_relief() -> None:
    # After the course: entries on days 0, 7, 14 (pain 3) and 22 (pain 7). s(0) = r(0) = 57.1 →
    # onset 0; day 7 is 6 unlogged days later > max_gap 3 → stop: 1 day, censored, gap; 1 < 7 →
    # no category (v1: "22 days of relief"). Coverage: days 0 and 7 logged in the first 14 →
    # sparse; ratio (4 logged ÷ min(28, 23)) ÷ (28/28) = 0.17 → dropped. Peak over days 0…13: 57.1.
    entries = days_before("2024-03-10", [7] * 28)
    entries += [
        entry(f"2024-{when} 12:00", pain)
        for when, pain in [("03-10", 3), ("03-17", 3), ("03-24", 3), ("04-01", 7)]
    ]
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert picked(
        course,
        "relief_days_30",
        "censored_30",
        "censor_reason_30",
        "category",
        "logged_days_first_14",
        "sparse_follow_up",
        "logging_ratio",
        "logging_dropped",
        "peak_reduction_pct",
        "influence_end",
    ) == {
        "relief_days_30": 1,
        "censored_30": True,
        "censor_reason_30": "gap",
        "category": None,
        "logged_days_first_14": 2,
        "sparse_follow_up": True,
        "logging_ratio": 0.17,
        "logging_dropped": True,
        "peak_reduction_pct": 57.1,
        "influence_end": "2024-04-01",  # ok with an onset and no return: last = K = 22
    }


def test_a_course_booked_during_a_flare_is_compared_with_the_trimmed_usual_pain() -> None:
    # 21 dates of 6, then a flare of 7 dates at 9. Trimmed mean of 28: drop ⌊5.6⌋ = 5 from each
    # end → 16 × 6 + 2 × 9 = 114 over 18 = 6.333 → B = 6.33. Week before (03-04…03-09): 9 ≥
    # 6.33 + 1.5 → flare. Afterwards pain 6: r = 100·(6.333 − 6)/6.333 = 100·6/114 = 5.26 → no
    # relief, peak 5.3 < 10 → none (v1, against the flare week: "moderate").
    entries = days_before("2024-03-10", [6] * 21 + [9] * 7) + daily("2024-03-10", [6] * 21)
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert picked(
        course,
        "baseline",
        "week_before_mean",
        "baseline_flare",
        "baseline_trend_per_4_weeks",
        "relief_days_30",
        "peak_reduction_pct",
        "category",
    ) == {
        "baseline": 6.33,
        "week_before_mean": 9.0,
        "baseline_flare": True,
        "baseline_trend_per_4_weeks": 0.0,  # 231 of the 378 pairwise slopes are 0
        "relief_days_30": 0,
        "peak_reduction_pct": 5.3,
        "category": "none",
    }


def test_a_late_improvement_is_a_late_change_not_the_course_peak() -> None:
    # Pain 7 on days 0…59, 3 on days 60…89 (K = 89). No onset by day 3 → 0 days; the lowest
    # point is looked for in days 0…13 only → 0.0, none. Late change: median s over days 76…89 =
    # 57.1 (v1: "peak 57 %"). No relief: influence = washout only → 03-10 + 6 = 03-16.
    entries = days_before("2024-03-10", [7] * 28) + daily("2024-03-10", [7] * 60 + [3] * 30)
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert picked(
        course,
        "follow_up_days",
        "relief_days_30",
        "peak_reduction_pct",
        "category",
        "late_reduction_pct",
        "influence_end",
    ) == {
        "follow_up_days": 90,
        "relief_days_30": 0,
        "peak_reduction_pct": 0.0,
        "category": "none",
        "late_reduction_pct": 57.1,
        "influence_end": "2024-03-16",
    }


def test_relief_on_the_infusion_day_only_is_brief() -> None:
    # Session 08:00–12:00; pain 2 at 18:00 on day 0 (r = 71.43), then 7 on days 1…20.
    # s(0) = median(71.43, 0) = 35.71 ≥ 30 → onset 0; s(1) = s(2) = 0 → 1 day → brief
    # (v1: "moderate"); at 50: none. Return on day 1. Peak 35.7 on day 0.
    entries = [*days_before("2024-03-10", [7] * 28), entry("2024-03-10 18:00", 2)]
    entries += daily("2024-03-11", [7] * 20)
    course = course_json(analyse(entries, [session("2024-03-10 08:00", minutes=240)]))
    assert picked(
        course,
        "relief_days_30",
        "relief_days_50",
        "category",
        "return_to_baseline_day",
        "peak_reduction_pct",
        "peak_day",
    ) == {
        "relief_days_30": 1,
        "relief_days_50": 0,
        "category": "brief",
        "return_to_baseline_day": 1,
        "peak_reduction_pct": 35.7,
        "peak_day": 0,
    }


def test_a_low_baseline_never_returns_to_usual_pain_before_relief_ends() -> None:
    # Usual pain 3 (B = 3 < 4: low). Pain 2 on days 0…9 → r = 33.3 ≥ 30, then 3 on days 10…20.
    # s(10) = median(33.3, 0, 0) = 0 → relief 10 days, moderate (never 50 %). 1 point = 100/3 =
    # 33.3 % so days 0…9 are also "within a point": return is looked for from day 10 → 10.
    entries = days_before("2024-03-10", [3] * 28) + daily("2024-03-10", [2] * 10 + [3] * 11)
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert picked(
        course,
        "baseline",
        "low_baseline",
        "relief_days_30",
        "relief_days_50",
        "category",
        "return_to_baseline_day",
    ) == {
        "baseline": 3.0,
        "low_baseline": True,
        "relief_days_30": 10,
        "relief_days_50": 0,
        "category": "moderate",
        "return_to_baseline_day": 10,
    }


def test_a_100_hour_infusion_does_not_count_its_own_days_as_relief() -> None:
    # 03-10 08:00 + 6000 min = 03-14 12:00 → day 0 = 03-14. Baseline: 28 dates of 7 and the 07:00
    # entry of 03-10 (7) → n = 29, B = 7. During: 5 entries of 2 (03-10 18:00, 03-11…03-13 noon,
    # 03-14 09:00) → 2.0. After: 6 at 18:00 on day 0 and at noon on days 1…20 → r = 14.29 →
    # 0 days; peak 14.3 ≥ 10 → minimal (v1 counted the infusion days as relief).
    entries = [*days_before("2024-03-10", [7] * 28), entry("2024-03-10 07:00", 7)]
    entries += [entry("2024-03-10 18:00", 2), entry("2024-03-14 09:00", 2), entry("2024-03-14 18:00", 6)]
    entries += daily("2024-03-11", [2, 2, 2]) + daily("2024-03-15", [6] * 20)
    course = course_json(analyse(entries, [session("2024-03-10 08:00", minutes=6000)]))
    assert picked(
        course,
        "end",
        "day0",
        "baseline_dates",
        "baseline",
        "during_mean",
        "follow_up_days",
        "relief_days_30",
        "peak_reduction_pct",
        "category",
    ) == {
        "end": "2024-03-14T12:00",
        "day0": "2024-03-14",
        "baseline_dates": 29,
        "baseline": 7.0,
        "during_mean": 2.0,
        "follow_up_days": 21,
        "relief_days_30": 0,
        "peak_reduction_pct": 14.3,
        "category": "minimal",
    }
