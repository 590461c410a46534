"""Maintenance schedules: runs of sessions at a steady frequency (docs/relief-metrics.md, "Dosing runs").

Twice-weekly nasal dosing has no treatment-free days between sessions, so single courses cannot
show it; a run compares the pain over the whole stretch with the usual pain before it.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from paindiary.analysis.daily_values import DiaryDays, day_date, exact_sum, tally_fraction
from paindiary.analysis.results import BaselineSource, CourseRelief, DosingRun, FrequencyBand
from paindiary.analysis.rounding import reaches, round_computed
from paindiary.analysis.timeline import day_number
from paindiary.domain import TreatmentSession

BANDS = (
    (1, 4, FrequencyBand.TWICE_WEEKLY_OR_MORE),
    (5, 9, FrequencyBand.ABOUT_WEEKLY),
    (10, 17, FrequencyBand.ABOUT_FORTNIGHTLY),
)
MINIMUM_DATES = 3
MINIMUM_SPAN = 14
RELIEF_PCT = 30
PREDOSE_HOURS = 24


def frequency_band(interval: int) -> FrequencyBand | None:
    """The band of a number of days between dosing dates, or None outside every band."""
    return next((band for low, high, band in BANDS if low <= interval <= high), None)


@dataclass(frozen=True, slots=True)
class _Span:
    first: int  # index into the distinct session dates
    last: int
    band: FrequencyBand
    handed_on: bool  # the band changed: the last date opens the next run


def _spans(dates: Sequence[int]) -> list[_Span]:
    spans: list[_Span] = []
    first = 0
    while first < len(dates) - 1:
        band = frequency_band(dates[first + 1] - dates[first])
        if band is None:
            first += 1
            continue
        last = first + 1
        while last < len(dates) - 1 and frequency_band(dates[last + 1] - dates[last]) is band:
            last += 1
        handed_on = last < len(dates) - 1 and frequency_band(dates[last + 1] - dates[last]) is not None
        spans.append(_Span(first, last, band, handed_on))
        first = last if handed_on else last + 1
    return spans


def dosing_runs(
    sessions: Sequence[TreatmentSession],
    courses: Sequence[CourseRelief],
    exact_baselines: Sequence[Callable[[], Fraction] | None],
    days: DiaryDays,
) -> tuple[DosingRun, ...]:
    """Every run of ≥ 3 dosing dates spanning ≥ 14 days, oldest first.

    `exact_baselines` are the courses' B as exact fractions, in the order of `courses`, so that
    percentages against the unrounded reference round at a tie as the spec asks.
    """
    on_date: dict[int, list[TreatmentSession]] = {}
    for session in sessions:
        on_date.setdefault(day_number(session.at.date()), []).append(session)
    dates = sorted(on_date)
    course_starts = [day_number(course.start.date()) for course in courses]
    clean = _latest_clean(courses)
    runs: list[DosingRun] = []
    for span in _spans(dates):
        run_dates = dates[span.first : span.last + 1]
        if len(run_dates) < MINIMUM_DATES or run_dates[-1] - run_dates[0] < MINIMUM_SPAN:
            continue
        intervals = [later - earlier for earlier, later in itertools.pairwise(run_dates)]
        if span.handed_on:
            # "the previous run's period ends the day before it": not bounded by the diary's end,
            # which the spec applies only to a run that an interval in no band ends.
            end = run_dates[-1] - 1
        else:
            end = run_dates[-1] + math.floor(statistics.median(intervals)) - 1
            if span.last + 1 < len(dates):
                end = min(end, dates[span.last + 1] - 1)
            if days.latest_day is not None and days.latest_day >= run_dates[0]:
                # The diary's end bounds a run it reaches into; a run after the last entry keeps
                # its own period (with no logged days), as in a diary with no entries at all.
                end = min(end, days.latest_day)
        by_start = bisect.bisect_right(course_starts, run_dates[0]) - 1
        index = clean[by_start] if by_start >= 0 else None
        reference = None if index is None else (courses[index], exact_baselines[index])
        chosen = [session for day in run_dates for session in on_date[day]]
        runs.append(_run(span.band, run_dates, end, chosen, reference=reference, days=days))
    return tuple(runs)


def _latest_clean(courses: Sequence[CourseRelief]) -> list[int | None]:
    """For each course, the index of the latest course up to it with a clean own B (any age).

    One pass, so that a run's reference is a look-up however far back it lies.
    """
    latest: int | None = None
    found: list[int | None] = []
    for index, course in enumerate(courses):
        if course.baseline_source is BaselineSource.OWN and not course.baseline_influenced_by:
            latest = index
        found.append(latest)
    return found


def _run(
    band: FrequencyBand,
    run_dates: list[int],
    end: int,
    chosen: list[TreatmentSession],
    *,
    reference: tuple[CourseRelief, Callable[[], Fraction] | None] | None,
    days: DiaryDays,
) -> DosingRun:
    start = run_dates[0]
    logged = [(day, mean) for day in range(start, end + 1) for mean in [days.mean(day)] if mean is not None]
    reference_course = reference[0] if reference is not None else None
    exact_reference = reference[1] if reference is not None else None
    value = reference_course.baseline_exact if reference_course is not None else None
    usable = value if value is not None and value > 0 and exact_reference is not None else None

    def exact_mean() -> Fraction:
        tallies = [days.tally(day) for day, _mean in logged]
        return sum((tally_fraction(t) for t in tallies if t is not None), Fraction(0)) / len(logged)

    mean = math.fsum(value for _day, value in logged) / len(logged) if logged else None
    predose = [
        (sum(entry.pain for entry in before), len(before))
        for session in chosen
        for before in [days.all_between(session.at - timedelta(hours=PREDOSE_HOURS), session.at)]
        if before
    ]
    # Σ total/count exactly, one Fraction per distinct count rather than one per session.
    predose_exact = exact_sum(predose) / len(predose) if predose else None
    below_30 = below_mean = below_predose = None
    if usable is not None and exact_reference is not None and logged and mean is not None:
        exact_b = exact_reference
        hits = sum(1 for _day, daily in logged if reaches(100 * (usable - daily) / usable, RELIEF_PCT))
        below_30 = _to(100 * Fraction(hits, len(logged)), 1)
        below_mean = round_computed(
            100 * (usable - mean) / usable, 1, lambda: _below(exact_b(), exact_mean())
        )
    if usable is not None and exact_reference is not None and predose_exact is not None:
        exact_predose = predose_exact
        below_predose = round_computed(
            100 * (usable - float(exact_predose)) / usable,
            1,
            lambda: _below(exact_reference(), exact_predose),  # the exact B only near a tie
        )
    return DosingRun(
        band=band,
        start=day_date(start),
        end=day_date(end),
        sessions=len(chosen),
        logged_days=len(logged),
        days=end - start + 1,
        mean_pain=round_computed(mean, 2, exact_mean) if mean is not None else None,
        reference=reference_course.baseline if reference_course is not None else None,
        pct_below_reference=below_mean,
        pct_logged_days_30_below=below_30,
        predose_mean_pain=_to(predose_exact, 2) if predose_exact is not None else None,
        predose_pct_below_reference=below_predose,
        session_dates=tuple(day_date(day) for day in run_dates),
        reference_course=reference_course.course if reference_course is not None else None,
        daily=tuple((day_date(day), value) for day, value in logged),
    )


def _below(reference: Fraction, value: Fraction) -> Fraction:
    """How many % the value is below the (exact, unrounded) reference (negative: above)."""
    return 100 * (reference - value) / reference


def _to(exact: Fraction, places: int) -> float:
    return round_computed(float(exact), places, lambda: exact)
