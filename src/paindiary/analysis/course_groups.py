"""Courses of Relief metrics v2 (docs/relief-metrics.md, rule 1): sessions grouped by series and gap."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction

from paindiary.analysis.rounding import round_computed, typed_fraction
from paindiary.domain import AnalysisSettings, SessionSeries, TreatmentSession


def session_end(session: TreatmentSession) -> datetime:
    """Start + minutes; the start when the duration was not recorded."""
    return session.at + timedelta(minutes=session.minutes or 0)


def done_sessions(sessions: Iterable[TreatmentSession], at: datetime) -> list[TreatmentSession]:
    """The sessions that take part in the analysis at `at`: done ones that have started by then.

    A session starting later is planned (rule 1), and so is one whose status is still
    planned until the patient confirms it happened; neither, nor a cancelled one, takes part
    in courses, intervals and runs.
    """
    return [session for session in sessions if session.done and session.at <= at]


@dataclass(frozen=True, slots=True)
class Course:
    """One course: a single session or a series of sessions."""

    number: int  # 1-based, chronological
    sessions: tuple[TreatmentSession, ...]  # by start; equal starts in the order entered; never empty

    @property
    def start(self) -> datetime:
        """When the first session started."""
        return self.sessions[0].at

    @property
    def end(self) -> datetime:
        """The latest end among the sessions (course end)."""
        return max(session_end(session) for session in self.sessions)

    @property
    def day0(self) -> date:
        """The calendar date of the course end."""
        return self.end.date()

    @property
    def drug_route(self) -> str:
        """ "<drug> <route>"; a mixed course joins its distinct pairs in session order with " + "."""
        pairs = dict.fromkeys(f"{session.drug} {session.route.value}" for session in self.sessions)
        return " + ".join(pairs)

    @property
    def dose_mg(self) -> float | None:
        """Total dose in mg, unrounded; None if any session lacks a dose."""
        doses = [session.dose_mg for session in self.sessions]
        if any(dose is None for dose in doses):
            return None
        return math.fsum(dose for dose in doses if dose is not None)

    def _per_kg(self) -> list[tuple[float, float]] | None:
        pairs: list[tuple[float, float]] = []
        for session in self.sessions:
            if session.dose_mg is None or session.weight_kg is None or session.weight_kg <= 0:
                return None
            pairs.append((session.dose_mg, session.weight_kg))
        return pairs

    @property
    def dose_mg_per_kg(self) -> float | None:
        """Sum of each session's mg/kg, 2 decimals; None if any dose or positive weight is missing."""
        pairs = self._per_kg()
        if pairs is None:
            return None
        return round_computed(
            math.fsum(dose / weight for dose, weight in pairs),
            2,
            lambda: sum((typed_fraction(d) / typed_fraction(w) for d, w in pairs), Fraction(0)),
        )

    @property
    def dose_mg_per_kg_per_session(self) -> float | None:
        """The mean of the sessions' mg/kg, 2 decimals; the same nulls as dose_mg_per_kg."""
        pairs = self._per_kg()
        if pairs is None:
            return None
        return round_computed(
            math.fsum(dose / weight for dose, weight in pairs) / len(pairs),
            2,
            lambda: sum((typed_fraction(d) / typed_fraction(w) for d, w in pairs), Fraction(0)) / len(pairs),
        )


def find_courses(
    sessions: Iterable[TreatmentSession], settings: AnalysisSettings, at: datetime
) -> list[Course]:
    """Group the sessions done by `at` into courses by their series field and the gap rule."""
    # A stable sort keeps sessions with the same start in the order they were given (entered).
    ordered = sorted(done_sessions(sessions, at), key=lambda session: session.at)
    groups: list[list[TreatmentSession]] = []
    for session in ordered:
        if groups and _joins_previous(session, groups[-1][-1], settings):
            groups[-1].append(session)
        else:
            groups.append([session])
    return [Course(number, tuple(group)) for number, group in enumerate(groups, start=1)]


def _joins_previous(
    session: TreatmentSession, previous: TreatmentSession, settings: AnalysisSettings
) -> bool:
    if session.series is SessionSeries.JOIN:
        return True
    if session.series is SessionSeries.NEW:
        return False
    return (session.at.date() - previous.at.date()).days <= settings.course_gap_days
