"""Rules 3–5: influence windows, the trimmed and carried baselines, and the baseline flags."""

from __future__ import annotations

from datetime import datetime

from tests.analysis.relief.builders import analyse, course_json, daily, days_before, picked, session

BASELINE_KEYS = (
    "status",
    "baseline",
    "baseline_source",
    "baseline_from_course",
    "baseline_dates",
    "baseline_influenced_by",
    "short_baseline",
)


def test_the_baseline_is_a_20_percent_trimmed_mean_and_the_trend_a_theil_sen_slope() -> None:
    # Values 1…10 on the 10 dates before: drop ⌊2⌋ from each end → mean(3…8) = 5.5. Every pairwise
    # slope is 1 point a day → 28.0 per 4 weeks.
    entries = days_before("2024-03-10", list(range(1, 11))) + daily("2024-03-10", [3])
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert (course["baseline"], course["baseline_dates"], course["short_baseline"]) == (5.5, 10, False)
    assert course["baseline_trend_per_4_weeks"] == 28.0


def test_the_trend_needs_ten_dates_and_the_week_before_three() -> None:
    # 9 usable dates; of the week before (03-04…03-10) only 03-08 and 03-09 have entries → 2 < 3.
    entries = days_before("2024-03-10", [7] * 7 + [None] * 4 + [7, 7]) + daily("2024-03-10", [3])
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert course["baseline_dates"] == 9
    assert course["baseline_trend_per_4_weeks"] is None
    assert course["week_before_mean"] is None


def _relief_then_second_course(second: str, baseline: list[int | None], **changes: int) -> list[dict]:
    # Course 1 on 03-10: pain 3 on days 0…28 (to 04-07), then 7. s(28) = 57, s(29) = s(30) = 0 →
    # relief 29 days, return on day 29 → influence to day0 + 28 = 04-07.
    entries = days_before("2024-03-10", baseline) + daily("2024-03-10", [3] * 29 + [7] * 40)
    analysis = analyse(entries, [session("2024-03-10 08:00"), session(f"{second} 08:00")], **changes)
    return [course.as_json() for course in analysis.courses]


def test_dates_under_an_earlier_course_are_skipped_and_that_course_listed() -> None:
    # Course 2 on 04-20: candidates 03-23…04-20; 03-23…04-07 are under course 1 → 04-08…04-19
    # (12 dates of 7) remain → own B = 7 (with the relief days it would be 5.89).
    first, second = _relief_then_second_course("2024-04-20", [7] * 28)
    assert first["influence_end"] == "2024-04-07"
    assert first["return_to_baseline_day"] == 29
    assert picked(second, *BASELINE_KEYS) == {
        "status": "ok",
        "baseline": 7.0,
        "baseline_source": "own",
        "baseline_from_course": None,
        "baseline_dates": 12,
        "baseline_influenced_by": [1],
        "short_baseline": False,
    }


def test_too_few_clean_dates_carry_the_usual_pain_of_an_earlier_course() -> None:
    # Course 2 on 04-12: only 04-08…04-11 are clean (n = 4 < 5) → course 1's B (own, full, ok).
    _first, second = _relief_then_second_course("2024-04-12", [7] * 27 + [8])
    # Course 1: 27 sevens and an 8 → drop 5 each end → 18 sevens → 7.
    assert picked(second, *BASELINE_KEYS) == {
        "status": "ok",
        "baseline": 7.0,
        "baseline_source": "carried",
        "baseline_from_course": 1,
        "baseline_dates": 4,
        "baseline_influenced_by": [1],
        "short_baseline": False,
    }


def test_a_short_baseline_is_not_carried_and_a_short_own_one_is_used() -> None:
    # Course 1 has 4 baseline dates (short) → course 2 cannot carry it: own, short, n = 4.
    _first, second = _relief_then_second_course("2024-04-12", [7, 7, 7, 7])
    assert picked(second, "baseline", "baseline_source", "baseline_dates", "short_baseline") == {
        "baseline": 7.0,
        "baseline_source": "own",
        "baseline_dates": 4,
        "short_baseline": True,
    }


def test_a_baseline_older_than_carry_forward_days_is_not_carried() -> None:
    # 03-10 → 04-12 is 33 days > 20.
    _first, second = _relief_then_second_course("2024-04-12", [7] * 28, carry_forward_days=20)
    assert (second["baseline_source"], second["short_baseline"]) == ("own", True)


def test_without_enough_clean_dates_and_nothing_to_carry_the_baseline_is_insufficient() -> None:
    # Course 2 on 04-10: clean 04-08, 04-09 → n = 2 < 3; course 1 short → nothing to carry.
    _first, second = _relief_then_second_course("2024-04-10", [7, 7, 7, 7])
    assert picked(second, *BASELINE_KEYS, "relief_days_30", "category", "peak_reduction_pct") == {
        "status": "insufficient-baseline",
        "baseline": None,
        "baseline_source": None,
        "baseline_from_course": None,
        "baseline_dates": 2,
        "baseline_influenced_by": [1],
        "short_baseline": False,
        "relief_days_30": None,
        "category": None,
        "peak_reduction_pct": None,
    }


def test_an_earlier_window_is_listed_even_where_it_holds_no_entries() -> None:
    # Course 1 (01-01) has no entries at all: insufficient, influence = washout → 01-01…01-07.
    # Course 2 (01-20): candidates 12-23…01-20 include 01-01…01-07 (empty) → influenced by [1].
    entries = daily("2024-01-10", [7] * 10) + daily("2024-01-20", [3])
    analysis = analyse(entries, [session("2024-01-01 08:00"), session("2024-01-20 08:00")])
    assert course_json(analysis, 1)["influence_end"] == "2024-01-07"
    assert picked(course_json(analysis, 2), "baseline", "baseline_dates", "baseline_influenced_by") == {
        "baseline": 7.0,
        "baseline_dates": 10,
        "baseline_influenced_by": [1],
    }


def test_too_early_to_tell_keeps_the_window_to_k() -> None:
    # K = 2 < 3 with no onset: too early → last = K = 2 → influence to day0 + max(2, 0) = 03-12.
    entries = days_before("2024-03-10", [7] * 5) + daily("2024-03-10", [7, 7, 7])
    course = course_json(analyse(entries, [session("2024-03-10 08:00")], washout_days=1))
    assert (course["censor_reason_30"], course["influence_end"]) == ("too-early", "2024-03-12")


def test_flare_and_low_baseline_flags() -> None:
    # 21 threes then 7 fives: trimmed → 16 × 3 + 2 × 5 = 58/18 = 3.22 (< 4: low). The week before
    # (6 dates of 5) = 5.0 ≥ 3.22 + 1.5 → flare.
    entries = days_before("2024-03-10", [3] * 21 + [5] * 7) + daily("2024-03-10", [3])
    course = course_json(analyse(entries, [session("2024-03-10 08:00")], when=datetime(2024, 3, 10, 23)))
    assert picked(course, "baseline", "week_before_mean", "baseline_flare", "low_baseline") == {
        "baseline": 3.22,
        "week_before_mean": 5.0,
        "baseline_flare": True,
        "low_baseline": True,
    }


def test_a_baseline_of_exactly_4_is_not_low() -> None:
    entries = days_before("2024-03-10", [4] * 28) + daily("2024-03-10", [3])
    assert course_json(analyse(entries, [session("2024-03-10 08:00")]))["low_baseline"] is False


def test_the_baseline_is_rounded_half_away_from_zero_from_its_exact_value() -> None:
    # Four dates (short, nothing trimmed): 6, 6, 6 and 6.5 (entries 6 and 7) → 24.5/4 = 6.125 →
    # 6.13 (a float rounding to even would give 6.12).
    entries = days_before("2024-03-10", [6, 6, 6, 6]) + daily("2024-03-09", [7], hour=18)
    entries += daily("2024-03-10", [3])
    course = course_json(analyse(entries, [session("2024-03-10 08:00")]))
    assert (course["baseline"], course["short_baseline"]) == (6.13, True)
