"""Cumulative exposure: done sessions and mg per drug and route, and the usual time between courses.

The windows end on the analysis date and count calendar dates: the last 90 days are that date
and the 89 before it; the last 12 months start the day after the same date a year earlier.
Only done sessions that have started by then take part (the analysis's courses hold exactly
those). The median between courses spans every course in the diary (docs/clinic-summary.md).
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Sequence
from datetime import date, timedelta

from paindiary.analysis.clinic_results import Exposure, ExposureLine
from paindiary.analysis.results import ReliefAnalysis
from paindiary.analysis.rounding import round_computed, typed_fraction
from paindiary.domain import TreatmentSession

SHORT_WINDOW_DAYS = 90


def year_before(day: date) -> date:
    """The same date a year earlier; 28 February for a 29 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def exposure(analysis: ReliefAnalysis) -> Exposure:
    """Sessions and mg per drug and route in the last 90 days and 12 months; median days between courses."""
    today = analysis.at.date()
    short_first = today - timedelta(days=SHORT_WINDOW_DAYS - 1)
    long_after = year_before(today)
    done = [session for course in analysis.courses for session in course.treatment.sessions]
    in_year = [session for session in done if long_after < session.at.date() <= today]
    pairs = sorted({(session.drug, session.route.value) for session in in_year})
    lines = []
    for drug, route in pairs:
        year = [session for session in in_year if (session.drug, session.route.value) == (drug, route)]
        recent = [session for session in year if session.at.date() >= short_first]
        lines.append(
            ExposureLine(
                drug=drug,
                route=route,
                sessions_90_days=len(recent),
                mg_90_days=total_mg(recent),
                sessions_12_months=len(year),
                mg_12_months=total_mg(year),
            )
        )
    firsts = [course.start.date() for course in analysis.courses]
    gaps = [(later - earlier).days for earlier, later in itertools.pairwise(firsts)]
    median = round(statistics.median(gaps), 1) if gaps else None  # whole or .5: exact in binary
    return Exposure(per_drug_route=tuple(lines), median_days_between_courses=median, at=today)


def total_mg(sessions: Sequence[TreatmentSession]) -> float | None:
    """The sessions' mg to 1 decimal; None when any of them has no dose (0 for no sessions)."""
    doses = [session.dose_mg for session in sessions]
    if any(dose is None for dose in doses):
        return None
    known = [dose for dose in doses if dose is not None]
    return round_computed(math.fsum(known), 1, lambda: sum(map(typed_fraction, known), typed_fraction(0.0)))
