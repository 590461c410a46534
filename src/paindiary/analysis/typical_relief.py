"""Typical relief per comparable group: a Kaplan–Meier median (docs/relief-metrics.md, "Across courses").

Courses whose relief was still going when the diary stopped showing it are censored at their
value, so a group with open courses is not cut short; the median is computed exactly (Fractions),
as R's survfit does, including the midpoint where the curve sits at exactly one half.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from paindiary.analysis.results import CourseRelief, ReliefStatus, TypicalRelief

MINIMUM_COURSES = 3
HALF = Fraction(1, 2)

GroupKey = tuple[str, int]  # drug_route, sessions per course


def comparable_groups(courses: Sequence[CourseRelief]) -> dict[GroupKey, list[CourseRelief]]:
    """Courses by drug and route and number of sessions, groups in the order they first appear."""
    groups: dict[GroupKey, list[CourseRelief]] = {}
    for course in courses:
        groups.setdefault((course.drug_route, course.sessions_per_course), []).append(course)
    return groups


def kaplan_meier_median(observations: Sequence[tuple[int, bool]]) -> Fraction | None:
    """Median of (time, ended) pairs; ended False = censored at that time. None: S never reaches ½."""
    event_times = sorted({time for time, ended in observations if ended})
    survival = Fraction(1)
    curve: list[tuple[int, Fraction]] = []
    for time in event_times:
        at_risk = sum(1 for other, _ended in observations if other >= time)
        events = sum(1 for other, ended in observations if ended and other == time)
        survival *= 1 - Fraction(events, at_risk)
        curve.append((time, survival))
    for index, (time, value) in enumerate(curve):
        if value == HALF:
            # Flat at exactly one half until the next event: the midpoint (or t at the curve's end).
            return (time + Fraction(curve[index + 1][0])) / 2 if index + 1 < len(curve) else Fraction(time)
        if value < HALF:
            return Fraction(time)
    return None


def typical_relief(courses: Sequence[CourseRelief]) -> tuple[TypicalRelief, ...]:
    """One entry per comparable group with at least three judged `ok` courses."""
    typical: list[TypicalRelief] = []
    for (drug_route, size), members in comparable_groups(courses).items():
        used = [
            course
            for course in members
            if course.status is ReliefStatus.OK and course.relief_days_30 is not None
        ]
        if len(used) < MINIMUM_COURSES:
            continue
        observations = [(course.relief_days_30 or 0, not course.censored_30) for course in used]
        days = [time for time, _ended in observations]
        median = kaplan_meier_median(observations)
        typical.append(
            TypicalRelief(
                drug_route=drug_route,
                sessions_per_course=size,
                courses=len(used),
                typical_relief_days=float(median) if median is not None else None,
                at_least_days=max(days) if median is None else None,
                min=min(days),
                max=max(days),
                course_numbers=tuple(course.course for course in used),
            )
        )
    return tuple(typical)
