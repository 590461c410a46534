"""Side effects counted by kind and severity, per course and per month."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from paindiary.analysis.course_groups import Course
from paindiary.domain import SIDE_EFFECT_CATALOG, Severity, SideEffect, TreatmentSession

BLADDER_SYMPTOMS = "bladder-symptoms"  # ketamine uropathy: the report always says if it was ever seen

# kind -> severity -> number of times recorded
Counts = Mapping[str, Mapping[Severity, int]]


@dataclass(frozen=True, slots=True)
class SideEffectSummary:
    """Side-effect counts for charts and the report."""

    kinds: tuple[str, ...]  # every kind recorded: catalog order, then the patient's own names A–Z
    by_course: Mapping[int, Counts]  # every course number, also those without side effects
    by_month: Mapping[date, Counts]  # first day of every month with a session, chronological
    total: Counts
    bladder_symptoms: bool


def side_effect_summary(sessions: Iterable[TreatmentSession], courses: Sequence[Course]) -> SideEffectSummary:
    """Count side effects per course (from `courses`) and per calendar month of the session."""
    months: dict[date, list[SideEffect]] = {}
    for session in sorted(sessions, key=lambda item: item.at):
        months.setdefault(session.at.date().replace(day=1), []).extend(session.side_effects)
    by_course = {
        course.number: _count(effect for session in course.sessions for effect in session.side_effects)
        for course in courses
    }
    by_month = {month: _count(effects) for month, effects in months.items()}
    total = _count(effect for effects in months.values() for effect in effects)
    kinds = sorted(total, key=_kind_order)
    return SideEffectSummary(tuple(kinds), by_course, by_month, total, BLADDER_SYMPTOMS in total)


def recurring_side_effects(summary: SideEffectSummary, last_n: int = 3) -> tuple[str, ...]:
    """Kinds recorded in every one of the last `last_n` courses; none while there are fewer courses."""
    if last_n <= 0 or len(summary.by_course) < last_n:
        return ()
    numbers = sorted(summary.by_course)[-last_n:]
    shared = set.intersection(*(set(summary.by_course[number]) for number in numbers))
    return tuple(kind for kind in summary.kinds if kind in shared)


def bladder_symptoms_recorded(summary: SideEffectSummary) -> bool:
    """Whether `bladder-symptoms` was ever recorded."""
    return summary.bladder_symptoms


def kind_totals(counts: Counts) -> dict[str, int]:
    """How often each kind was recorded, whatever the severity."""
    return {kind: sum(by_severity.values()) for kind, by_severity in counts.items()}


def _count(effects: Iterable[SideEffect]) -> dict[str, dict[Severity, int]]:
    counts: dict[str, dict[Severity, int]] = {}
    for effect in effects:
        by_severity = counts.setdefault(effect.kind, {})
        by_severity[effect.severity] = by_severity.get(effect.severity, 0) + 1
    return counts


def _kind_order(kind: str) -> tuple[int, str]:
    if kind in SIDE_EFFECT_CATALOG:
        return SIDE_EFFECT_CATALOG.index(kind), ""
    return len(SIDE_EFFECT_CATALOG), kind.casefold()
