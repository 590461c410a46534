"""Plain-language sentences, one function per case."""

from __future__ import annotations

from datetime import date

from paindiary.analysis import dose_response, find_courses, now_status, side_effect_summary
from paindiary.analysis.wording import (
    baseline_period,
    describe_bladder_symptoms,
    describe_dose_response,
    describe_now,
    describe_recurring_side_effects,
    describe_relief,
    insufficient_baseline,
    no_baseline_pain,
    no_follow_up,
    relief_caption,
    relief_lasted,
    relief_ongoing,
    too_early,
)
from paindiary.domain import Severity
from tests.analysis.analysis_builders import (
    DEFAULT,
    START,
    daily,
    one_course,
    only_relief,
    relief_of,
    session,
)

MILD = Severity.MILD


def test_the_sentences_of_the_brief() -> None:
    assert relief_lasted(13, baseline_period(7), 2, 62) == (
        "Pain stayed at least 30 % below your average of the week before for 13 days; "
        "best on day 2, 62 % lower."
    )
    assert relief_ongoing(9) == "At least 9 days so far (still going)."
    assert too_early(2) == "Too early to tell: 2 days of diary since this course."
    assert insufficient_baseline(2, 3) == (
        "Not enough diary before this course to know your usual pain (2 days; 3 needed)."
    )


def test_singulars_and_other_periods() -> None:
    assert too_early(1) == "Too early to tell: 1 day of diary since this course."
    assert relief_ongoing(1) == "At least 1 day so far (still going)."
    assert baseline_period(10) == "the 10 days before"
    assert baseline_period(1) == "the day before"
    assert relief_caption(13, False, baseline_period(7)) == (
        "Relief: 13 days (pain at least 30 % below your average of the week before, 3-day median)"
    )
    assert relief_caption(9, True, baseline_period(7)).startswith("Relief: at least 9 days so far (")


def test_describe_relief_for_every_case() -> None:
    # Relief ended: pains 5 5 5 9 9 9 → s = 50 50 50(50,50,10) 10 10 10 → 3 days; best day 0, 50 %.
    assert describe_relief(relief_of([5, 5, 5, 9, 9, 9]), DEFAULT) == (
        "Pain stayed at least 30 % below your average of the week before for 3 days; "
        "best on day 0, 50 % lower."
    )
    # Still going: s = 50 for 4 days.
    assert describe_relief(relief_of([5, 5, 5, 5]), DEFAULT) == (
        "Pain has stayed at least 30 % below your average of the week before for at least 4 days so far "
        "(still going); best on day 0, 50 % lower."
    )
    # No onset: r = 20 every day.
    assert describe_relief(relief_of([8, 8, 8, 8]), DEFAULT) == (
        "Pain did not drop 30 % below your average of the week before by day 3; best on day 0, 20 % lower."
    )
    assert describe_relief(relief_of([10, 10, 10, 10]), DEFAULT).endswith(
        "at best it was at that average (day 0)."
    )
    # B = 8, pain 9: r = −12.5 → "13 % higher" (half away from zero).
    assert describe_relief(relief_of([9, 9, 9, 9], baseline_pain=8), DEFAULT).endswith(
        "even at its lowest (day 0) it was 13 % higher."
    )
    assert describe_relief(relief_of([10, 9]), DEFAULT) == too_early(2)
    insufficient = only_relief(daily("2024-03-08", [6, 6]), [session(START)])
    assert describe_relief(insufficient, DEFAULT) == insufficient_baseline(2, 3)
    no_pain = only_relief(daily("2024-03-07", [0, 0, 0, 0]), [session(START)])
    assert describe_relief(no_pain, DEFAULT) == no_baseline_pain("the week before")
    assert (
        describe_relief(only_relief(daily("2024-03-07", [6, 6, 6]), [session(START)]), DEFAULT)
        == no_follow_up()
    )


def test_describe_now() -> None:
    entries, sessions = one_course([5, 5, 5, 5, 5])
    now = now_status(entries, sessions, DEFAULT, date(2024, 3, 14))
    assert now is not None
    assert describe_now(now, DEFAULT) == (
        "Day 4 after course 1: pain is 50 % below your average of the week before (3-day median)."
    )
    later = now_status(entries, sessions, DEFAULT, date(2024, 3, 20))
    assert later is not None
    assert describe_now(later, DEFAULT) == (
        "Day 10 after course 1: no entries close enough to today to compare yet."
    )


def test_describe_dose_response_gives_the_reason_or_the_direction() -> None:
    assert describe_dose_response(dose_response([relief_of([5, 5, 5, 9, 9, 9])])) == (
        "Needs at least 5 courses with a known dose and a completed relief window; you have 1."
    )


def test_side_effect_sentences() -> None:
    sessions = [
        session(
            f"2024-0{month}-01 08:00",
            effects=[("nausea", Severity.MILD), ("elevated-heart-rate", Severity.MILD)],
        )
        for month in (1, 2, 3)
    ]
    summary = side_effect_summary(sessions, find_courses(sessions, DEFAULT))
    assert describe_recurring_side_effects(("nausea", "elevated-heart-rate", "Metallic taste"), 3) == (
        "Recorded after each of your last 3 courses: Nausea, Elevated heart rate, Metallic taste."
    )
    assert describe_recurring_side_effects((), 3) is None
    assert describe_bladder_symptoms(summary.bladder_symptoms) is None
    assert describe_bladder_symptoms(True) == "Bladder symptoms were recorded after at least one session."
