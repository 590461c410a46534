"""Maintenance schedules: runs of sessions at a steady frequency (docs/relief-metrics.md, "Dosing runs").

Twice-weekly nasal dosing has no treatment-free days between sessions, so single courses cannot
show it; a run compares the pain over the whole stretch with the usual pain before it.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from paindiary.analysis.daily_values import DiaryDays, day_date, tally_fraction, tally_mean
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
    days: DiaryDays,
    carry_forward_days: int,
) -> tuple[DosingRun, ...]:
    """Every run of ≥ 3 dosing dates spanning ≥ 14 days, oldest first.

    The reference is a clean own usual pain no older than `carry_forward_days`, like a carried
    baseline: a usual pain from years before says nothing about a run today.
    """
    dates = sorted({day_number(session.at.date()) for session in sessions})
    runs: list[DosingRun] = []
    for span in _spans(dates):
        run_dates = dates[span.first : span.last + 1]
        if len(run_dates) < MINIMUM_DATES or run_dates[-1] - run_dates[0] < MINIMUM_SPAN:
            continue
        intervals = [later - earlier for earlier, later in itertools.pairwise(run_dates)]
        if span.handed_on:
            end = run_dates[-1] - 1
        else:
            end = run_dates[-1] + math.floor(statistics.median(intervals)) - 1
            if span.last + 1 < len(dates):
                end = min(end, dates[span.last + 1] - 1)
        if days.latest_day is not None and days.latest_day >= run_dates[0]:
            # The diary's end bounds a run it reaches into; a run after the last entry keeps its
            # own period (with no logged days), as in a diary with no entries at all.
            end = min(end, days.latest_day)
        on_run_dates = set(run_dates)
        chosen = [session for session in sessions if day_number(session.at.date()) in on_run_dates]
        runs.append(
            _run(
                span.band,
                run_dates=run_dates,
                end=end,
                chosen=chosen,
                courses=courses,
                days=days,
                carry_forward_days=carry_forward_days,
            )
        )
    return tuple(runs)


def _run(
    band: FrequencyBand,
    *,
    run_dates: list[int],
    end: int,
    chosen: list[TreatmentSession],
    courses: Sequence[CourseRelief],
    days: DiaryDays,
    carry_forward_days: int,
) -> DosingRun:
    start = run_dates[0]
    logged = [
        (day, tally) for day in range(start, end + 1) for tally in [days.tally(day)] if tally is not None
    ]
    reference_course = next(
        (
            course
            for course in reversed(courses)
            if day_date(start - carry_forward_days) <= course.start.date() <= day_date(start)
            and course.baseline_source is BaselineSource.OWN
            and not course.baseline_influenced_by
        ),
        None,
    )
    reference = reference_course.baseline_exact if reference_course is not None else None
    usable = reference if reference is not None and reference > 0 else None
    mean_exact = (
        sum((tally_fraction(tally) for _day, tally in logged), Fraction(0)) / len(logged) if logged else None
    )
    predose = [
        Fraction(sum(entry.pain for entry in before), len(before))
        for session in chosen
        for before in [days.all_between(session.at - timedelta(hours=PREDOSE_HOURS), session.at)]
        if before
    ]
    predose_exact = sum(predose, Fraction(0)) / len(predose) if predose else None
    below_30 = None
    if usable is not None and logged:
        hits = sum(
            1 for _day, tally in logged if reaches(_below(usable, Fraction(tally_mean(tally))), RELIEF_PCT)
        )
        below_30 = _to(100 * Fraction(hits, len(logged)), 1)
    return DosingRun(
        band=band,
        start=day_date(start),
        end=day_date(end),
        sessions=len(chosen),
        logged_days=len(logged),
        days=end - start + 1,
        mean_pain=_to(mean_exact, 2) if mean_exact is not None else None,
        reference=reference_course.baseline if reference_course is not None else None,
        pct_below_reference=_to(_below(usable, mean_exact), 1)
        if usable is not None and mean_exact is not None
        else None,
        pct_logged_days_30_below=below_30,
        predose_mean_pain=_to(predose_exact, 2) if predose_exact is not None else None,
        predose_pct_below_reference=_to(_below(usable, predose_exact), 1)
        if usable is not None and predose_exact is not None
        else None,
        session_dates=tuple(day_date(day) for day in run_dates),
        reference_course=reference_course.course if reference_course is not None else None,
        daily=tuple((day_date(day), tally_mean(tally)) for day, tally in logged),
    )


def _below(reference: float, value: Fraction) -> float:
    """How many % the value is below the reference (negative: above)."""
    return float(100 * (Fraction(reference) - value) / Fraction(reference))


def _to(value: Fraction | float, places: int) -> float:
    exact = value if isinstance(value, Fraction) else Fraction(value)
    return round_computed(float(exact), places, lambda: exact)
