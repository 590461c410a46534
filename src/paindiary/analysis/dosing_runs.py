"""Maintenance schedules: runs of sessions at a steady frequency (docs/relief-metrics.md, "Dosing runs").

Twice-weekly nasal dosing has no treatment-free days between sessions, so single courses cannot
show it; a run compares the pain over the whole stretch with the usual pain before it.
"""

from __future__ import annotations

import bisect
import itertools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction

from paindiary.analysis.daily_values import DiaryDays, day_date, tally_fraction
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
    on_date: dict[int, list[TreatmentSession]] = {}
    for session in sessions:
        on_date.setdefault(day_number(session.at.date()), []).append(session)
    dates = sorted(on_date)
    course_starts = [day_number(course.start.date()) for course in courses]
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
        reference = _reference(courses, course_starts, run_dates[0], carry_forward_days)
        chosen = [session for day in run_dates for session in on_date[day]]
        runs.append(_run(span.band, run_dates, end, chosen, reference_course=reference, days=days))
    return tuple(runs)


def _reference(
    courses: Sequence[CourseRelief], starts: list[int], run_start: int, carry_forward_days: int
) -> CourseRelief | None:
    """The latest course starting by the run's start, within carry_forward_days, with a clean own B."""
    index = bisect.bisect_right(starts, run_start) - 1
    while index >= 0 and starts[index] >= run_start - carry_forward_days:
        course = courses[index]
        if course.baseline_source is BaselineSource.OWN and not course.baseline_influenced_by:
            return course
        index -= 1
    return None


def _run(
    band: FrequencyBand,
    run_dates: list[int],
    end: int,
    chosen: list[TreatmentSession],
    *,
    reference_course: CourseRelief | None,
    days: DiaryDays,
) -> DosingRun:
    start = run_dates[0]
    logged = [(day, mean) for day in range(start, end + 1) for mean in [days.mean(day)] if mean is not None]
    reference = reference_course.baseline_exact if reference_course is not None else None
    usable = reference if reference is not None and reference > 0 else None

    def exact_mean() -> Fraction:
        tallies = [days.tally(day) for day, _mean in logged]
        return sum((tally_fraction(t) for t in tallies if t is not None), Fraction(0)) / len(logged)

    mean = math.fsum(value for _day, value in logged) / len(logged) if logged else None
    predose = [
        Fraction(sum(entry.pain for entry in before), len(before))
        for session in chosen
        for before in [days.all_between(session.at - timedelta(hours=PREDOSE_HOURS), session.at)]
        if before
    ]
    predose_exact = sum(predose, Fraction(0)) / len(predose) if predose else None
    below_30 = below_mean = below_predose = None
    if usable is not None and logged and mean is not None:
        hits = sum(1 for _day, value in logged if reaches(100 * (usable - value) / usable, RELIEF_PCT))
        below_30 = _to(100 * Fraction(hits, len(logged)), 1)
        below_mean = round_computed(100 * (usable - mean) / usable, 1, lambda: _below(usable, exact_mean()))
    if usable is not None and predose_exact is not None:
        below_predose = _to(_below(usable, predose_exact), 1)
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


def _below(reference: float, value: Fraction) -> Fraction:
    """How many % the value is below the reference (negative: above)."""
    return 100 * (Fraction(reference) - value) / Fraction(reference)


def _to(exact: Fraction, places: int) -> float:
    return round_computed(float(exact), places, lambda: exact)
