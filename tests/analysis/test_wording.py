"""The v2 sentences, one test per kind, on hand-built results (expectations worked out by hand)."""

from __future__ import annotations

from datetime import datetime

from paindiary.analysis.results import CensorReason, FrequencyBand, ReliefStatus
from paindiary.analysis.wording import course_sentences, lowest, relief_sentence
from paindiary.analysis.wording_across import (
    describe_bladder_symptoms,
    describe_recurring_side_effects,
    immpact_caution,
    now_sentence,
    run_sentence,
    status_phrase,
    typical_relief,
)
from paindiary.analysis.wording_treatment import dose_per_session, treatment_label
from paindiary.domain import AnalysisSettings, Route
from tests.support.relief_factory import course, not_ok, now_line, run, treatment, typical

SETTINGS = AnalysisSettings()
FORBIDDEN = ("helped", "worked", "best", "above your average")


def words(relief: object) -> str:
    return " ".join(course_sentences(relief, SETTINGS))  # type: ignore[arg-type]


def test_relief_that_ended_gives_its_days_usual_pain_and_the_lowest_day() -> None:
    # B = 6.3; lowest s = 62 % on day 2 → 6.3 × 0.38 = 2.394 → "2.4".
    assert course_sentences(course(), SETTINGS) == [
        "For 13 days after this course (day 0 to day 12) your pain was at least 30 % below your usual "
        "pain (6.3/10).",
        "Lowest on day 2: 2.4/10, 62 % below usual.",
    ]


def test_each_censored_variant_says_why_it_is_at_least() -> None:
    going = {"relief_days_30": 8, "censored_30": True, "category": None}
    assert relief_sentence(course(**going, censor_reason_30=CensorReason.END_OF_DIARY), SETTINGS) == (
        "For at least 8 days so far after this course (day 0 to day 7) your pain was at least 30 % below "
        "your usual pain (6.3/10); it had not ended on your last entry."
    )
    assert relief_sentence(course(**going, censor_reason_30=CensorReason.NEXT_COURSE), SETTINGS).endswith(
        "(6.3/10); it had not ended when the next course began."
    )
    assert relief_sentence(course(**going, censor_reason_30=CensorReason.GAP), SETTINGS).endswith(
        "(6.3/10); then there were no entries for more than 3 days."
    )
    assert relief_sentence(course(**going, censor_reason_30=CensorReason.HORIZON), SETTINGS).endswith(
        "(6.3/10); relief is followed for 90 days at most."
    )
    one = course(relief_days_30=1, censored_30=True, censor_reason_30=CensorReason.END_OF_DIARY)
    assert relief_sentence(one, SETTINGS).startswith("For at least 1 day so far after this course (day 0) ")


def test_no_relief_names_the_largest_early_fall_and_when_it_came_too_late() -> None:
    # s = 10, 20, 15, 12 in the onset window, then 40 on day 6: too late to count.
    late = (10.0, 20.0, 15.0, 12.0, None, None, 40.0, 35.0)
    none = {"relief_days_30": 0, "onset_day_30": None, "peak_day": 1, "peak_reduction_pct": 20.0}
    assert relief_sentence(course(**none, smoothed=late), SETTINGS) == (
        "Your pain did not fall by 30 % or more below your usual pain (6.3/10) by day 3 after this "
        "course. Its largest fall in the first 14 days came on day 6 (3.8/10, 40 % below usual): too "
        "late to count for this course."
    )
    # The largest fall inside the onset window: said plainly (6.3 × 0.8 = 5.04 → "5").
    early = (10.0, 20.0, 15.0, 12.0, 5.0)
    assert relief_sentence(course(**none, smoothed=early), SETTINGS).endswith(
        "Its largest fall in the first 14 days: 20 % below usual on day 1 (5/10)."
    )
    worse = (-10.0, -5.0, -20.0, -8.0)
    assert relief_sentence(course(**none, smoothed=worse), SETTINGS).endswith(
        "In the first 14 days it was not lower than usual."
    )
    assert lowest(course(**none, smoothed=late)) is None


def test_brief_relief_says_only_the_session_day_and_the_next() -> None:
    assert relief_sentence(course(relief_days_30=2, category=None), SETTINGS) == (
        "Pain was lower only on the day of the session and the next day."
    )
    assert (
        relief_sentence(course(relief_days_30=1), SETTINGS)
        == "Pain was lower only on the day of the session."
    )


def test_statuses_without_relief_numbers() -> None:
    too_early = course(relief_days_30=None, censored_30=True, censor_reason_30=CensorReason.TOO_EARLY)
    assert relief_sentence(too_early, SETTINGS) == (
        "Too early to tell: 20 days of diary since this course; relief has until day 3 to begin."
    )
    assert relief_sentence(not_ok(ReliefStatus.NO_EARLY_ENTRIES), SETTINGS) == (
        "No entries in the first days after this course (day 0 to day 3), so the diary cannot show how "
        "your pain changed after it."
    )
    assert relief_sentence(not_ok(ReliefStatus.NO_FOLLOW_UP), SETTINGS) == (
        "No entries in the days after this course, so relief cannot be measured."
    )
    assert relief_sentence(not_ok(ReliefStatus.NO_BASELINE_PAIN, baseline=0.0), SETTINGS) == (
        "Your usual pain before this course was 0/10, so there was no pain for relief to reduce."
    )
    sparse = not_ok(ReliefStatus.INSUFFICIENT_BASELINE, baseline=None, baseline_source=None, baseline_dates=2)
    assert relief_sentence(sparse, SETTINGS) == (
        "Not enough entries before this course to know your usual pain (2 days with entries; 3 needed)."
    )
    influenced = not_ok(
        ReliefStatus.INSUFFICIENT_BASELINE, baseline=None, baseline_dates=0, baseline_influenced_by=(1, 2)
    )
    # carry_forward_days 180 → 6 months.
    assert relief_sentence(influenced, SETTINGS).endswith(
        "there were no treatment-free weeks in the last 6 months to compare with."
    )


def test_a_carried_baseline_names_its_course_value_and_month() -> None:
    source = course(treatment(1, start=date_time(2025, 2, 10)), baseline=7.1)
    carried = course(
        treatment(3),
        baseline=7.1,
        baseline_source=None,
        baseline_from_course=1,
        baseline_influenced_by=(2,),
        baseline_dates=1,
    )
    assert course_sentences(carried, SETTINGS, source)[2] == (
        "Compared with your usual pain before course 1 (7.1/10, Feb 2025), because the weeks before "
        "this course were still affected by earlier sessions."
    )
    sparse = course(baseline=7.1, baseline_from_course=1, baseline_dates=2)
    assert course_sentences(sparse, SETTINGS, source)[2].endswith(
        "because there were too few entries in the weeks before this course."
    )


def test_notes_on_short_baseline_flare_coverage_and_late_change() -> None:
    assert words(course(short_baseline=True, baseline_dates=4)).endswith(
        "Your usual pain rests on only 4 days with entries before this course."
    )
    assert words(course(baseline_flare=True, week_before_mean=8.0)).endswith(
        "In the week before this course your pain was higher than usual (8/10 against 6.3/10), so part "
        "of a fall afterwards may be that flare passing."
    )
    assert words(course(sparse_follow_up=True, logged_days_first_14=4, logging_dropped=True)).endswith(
        "Based on 4 days with entries in the first 14 days. You logged less than half as often as before "
        "this course."
    )
    # follow_up_days 74 → K = 73, the late window (59, 73] begins on day 60.
    late = course(late_reduction_pct=35.0, smoothed=(50.0,) * 13 + (0.0,) * 61)
    assert words(late).endswith(
        "Your pain was also lower late in this period (from about day 60). The diary cannot link that "
        "to this course."
    )
    # Not while relief is still going, nor below 30 %.
    assert "late in this period" not in words(course(late_reduction_pct=35.0, censored_30=True))
    assert "late in this period" not in words(course(late_reduction_pct=29.0))


def test_a_low_baseline_gives_changes_in_points() -> None:
    # B = 2.5, lowest 62 % → 1.55 points → "about 2 points lower" (pain 0.95 → "1"); 40 % → 1 point (1.5).
    low = course(baseline=2.5, low_baseline=True)
    assert (
        lowest(low)
        == "Your usual pain was low; in points, on day 2 your pain was about 2 points lower (1/10)."
    )
    assert lowest(course(baseline=2.5, low_baseline=True, peak_reduction_pct=40.0)) == (
        "Your usual pain was low; in points, on day 2 your pain was about 1 point lower (1.5/10)."
    )
    # 10 % of 2.5 = 0.25 points: about the same; pain 2.25 → "2.3" (half away from zero).
    assert lowest(course(baseline=2.5, low_baseline=True, peak_reduction_pct=10.0)) == (
        "Your usual pain was low; on day 2 your pain was about the same (2.3/10)."
    )


def test_dose_per_session_and_treatment() -> None:
    # 3 × 148 mg at 60 kg = 2.466… mg/kg → 2.47.
    three = course(treatment(sessions=3, dose_mg=148.0))
    assert dose_per_session(three) == "3 × 2.47 mg/kg"
    assert dose_per_session(course(treatment(weight_kg=None))) == "1 × 150 mg"
    assert dose_per_session(course(treatment(dose_mg=None))) is None
    assert treatment_label("esketamine intranasal") == "Intranasal, esketamine"
    assert treatment_label("ketamine iv-infusion + ketamine oral") == "IV infusion, ketamine + Oral, ketamine"
    assert course(treatment(route=Route.INTRANASAL, drug="esketamine")).drug_route == "esketamine intranasal"


def test_typical_relief_per_group() -> None:
    assert typical_relief(typical()) == (
        "IV infusion, ketamine, single sessions: relief at 30 % typically lasted 15 days (4 courses, "
        "11–18 days)."
    )
    assert typical_relief(typical(sessions_per_course=3, days=12.5)).startswith(
        "IV infusion, ketamine, courses of 3 sessions: relief at 30 % typically lasted 12.5 days"
    )
    assert typical_relief(typical(days=None, courses=3, low=5, high=20)) == (
        "IV infusion, ketamine, single sessions: relief at 30 % typically lasted at least 20 days "
        "(3 courses, 5–20 days)."
    )
    assert typical_relief(typical(days=0.0, courses=5, low=0, high=4)) == (
        "IV infusion, ketamine, single sessions: in most courses pain did not fall by 30 % or more "
        "(5 courses, 0–4 days of relief)."
    )


def test_runs_give_absolute_pain_beside_the_percentage() -> None:
    assert run_sentence(run()) == (
        "Twice a week or more from 3 Mar 2025 to 30 Mar 2025 (8 sessions): pain averaged 4.1/10, 35 % "
        "below your usual 6.3/10 (before course 1); before doses 4.8/10."
    )
    bare = run(FrequencyBand.ABOUT_WEEKLY, reference=None, pct_below=None, predose=None)
    assert (
        run_sentence(bare)
        == "About weekly from 3 Mar 2025 to 30 Mar 2025 (8 sessions): pain averaged 4.1/10."
    )
    higher = run(pct_below=-12.0)
    assert "against your usual 6.3/10 (before course 1)" in run_sentence(higher)
    assert run_sentence(run(mean_pain=None)).endswith(": no entries.")


def test_the_now_line_is_absolute_and_never_above_your_average() -> None:
    going = course(relief_days_30=8, censored_30=True, censor_reason_30=CensorReason.END_OF_DIARY)
    assert now_sentence(now_line(going, day=7, recent_mean=3.0), SETTINGS) == (
        "Day 7 after course 1. Your pain on your last two days with entries was about 3/10; your usual "
        "is 6.3/10. Relief at 30 % for at least 8 days so far."
    )
    assert status_phrase(course(), SETTINGS) == "Relief at 30 % lasted 13 days."
    cut_short = course(relief_days_30=4, censored_30=True, censor_reason_30=CensorReason.NEXT_COURSE)
    assert status_phrase(cut_short, SETTINGS) == "Relief at 30 % for at least 4 days."  # not "so far"
    # Pain higher than usual is still just two numbers.
    assert "above" not in now_sentence(now_line(course(), recent_mean=8.5), SETTINGS)
    without = now_sentence(now_line(course(), day=30, recent_mean=None), SETTINGS)
    assert without == (
        "Day 30 after course 1. Your usual pain before it was 6.3/10; there are not two recent days with "
        "entries after it to compare with. Relief at 30 % lasted 13 days."
    )
    early = not_ok(ReliefStatus.NO_EARLY_ENTRIES)
    assert now_sentence(now_line(early, day=4, recent_mean=None), SETTINGS).startswith(
        "Day 4 after course 1. No entries in the first days"
    )


def test_no_sentence_credits_the_treatment() -> None:
    samples = [
        *course_sentences(course(), SETTINGS),
        relief_sentence(course(relief_days_30=0, onset_day_30=None), SETTINGS),
        typical_relief(typical()),
        run_sentence(run()),
        now_sentence(now_line(course(), recent_mean=9.0), SETTINGS),
        immpact_caution(),
    ]
    for text in samples:
        for word in FORBIDDEN:
            assert word not in text.lower(), (word, text)


def test_side_effect_sentences() -> None:
    assert describe_recurring_side_effects(("nausea", "Metallic taste"), 3) == (
        "Recorded after each of your last 3 courses: Nausea, Metallic taste."
    )
    assert describe_recurring_side_effects((), 3) is None
    assert describe_bladder_symptoms(False) is None
    assert describe_bladder_symptoms(True) == "Bladder symptoms were recorded after at least one session."


def date_time(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0)


def test_relief_that_began_after_day_0_names_the_days_it_was_seen() -> None:
    began_later = course(onset_day_30=1, relief_days_30=8, censored_30=False)
    assert relief_sentence(began_later, SETTINGS) == (
        "Your pain was at least 30 % below your usual pain (6.3/10) from day 1 to day 7 after this "
        "course. That is 8 days of relief, counted from day 0."
    )


def test_relief_that_began_after_day_0_and_was_still_going_says_why_it_stopped_showing() -> None:
    going = course(
        onset_day_30=2, relief_days_30=9, censored_30=True, censor_reason_30=CensorReason.END_OF_DIARY
    )
    assert relief_sentence(going, SETTINGS) == (
        "Your pain was at least 30 % below your usual pain (6.3/10) from day 2 to day 8 after this "
        "course. It had not ended on your last entry. That is at least 9 days of relief, counted from day 0."
    )
    cut_short = course(
        onset_day_30=1, relief_days_30=2, censored_30=True, censor_reason_30=CensorReason.NEXT_COURSE
    )
    assert relief_sentence(cut_short, SETTINGS) == (
        "Your pain was at least 30 % below your usual pain (6.3/10) on day 1 after this course. It had "
        "not ended when the next course began. That is at least 2 days of relief, counted from day 0."
    )


def test_a_brief_relief_on_the_day_after_the_session_only_is_not_said_to_include_the_session_day() -> None:
    next_day_only = course(onset_day_30=1, relief_days_30=2, censored_30=False)
    sentence = relief_sentence(next_day_only, SETTINGS)
    assert "day of the session" not in sentence
    assert sentence.startswith(
        "Your pain was at least 30 % below your usual pain (6.3/10) only on day 1 after this course."
    )
