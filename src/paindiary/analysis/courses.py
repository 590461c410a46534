"""Treatment courses: sessions chained into loading series (CLINICAL.md rules 1 and 10)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from paindiary.analysis.rounding import round_computed, typed_fraction
from paindiary.domain import AnalysisSettings, Route, TreatmentSession


@dataclass(frozen=True, slots=True)
class Course:
    """One course: a single session or a loading series of sessions a few days apart."""

    number: int  # 1-based, chronological
    sessions: tuple[TreatmentSession, ...]  # chronological, never empty

    @property
    def start(self) -> datetime:
        """When the first session started."""
        return self.sessions[0].at

    @property
    def last_start(self) -> datetime:
        """When the last session started; follow-up on day 0 counts from here."""
        return self.sessions[-1].at

    @property
    def day0(self) -> date:
        """The calendar date of the last session."""
        return self.sessions[-1].at.date()

    @property
    def routes(self) -> tuple[Route, ...]:
        """Distinct routes in the order first used."""
        return tuple(dict.fromkeys(session.route for session in self.sessions))

    @property
    def drugs(self) -> tuple[str, ...]:
        """Distinct drugs in the order first used."""
        return tuple(dict.fromkeys(session.drug for session in self.sessions))

    @property
    def dose_mg(self) -> float | None:
        """Total dose in mg, rounded to 2 decimals; None if any session lacks a dose."""
        doses = [session.dose_mg for session in self.sessions]
        if None in doses:
            return None
        known = [dose for dose in doses if dose is not None]
        return round_computed(math.fsum(known), 2, lambda: sum(map(typed_fraction, known), Fraction(0)))

    @property
    def dose_mg_per_kg(self) -> float | None:
        """Sum of each session's mg/kg, rounded to 2 decimals; None if any dose or weight is missing."""
        pairs: list[tuple[float, float]] = []
        for session in self.sessions:
            if session.dose_mg is None or session.weight_kg is None or session.weight_kg <= 0:
                return None
            pairs.append((session.dose_mg, session.weight_kg))
        return round_computed(
            math.fsum(dose / weight for dose, weight in pairs),
            2,
            lambda: sum(
                (typed_fraction(dose) / typed_fraction(weight) for dose, weight in pairs), Fraction(0)
            ),
        )


def session_order(session: TreatmentSession) -> tuple[datetime, str]:
    """Chronological, with the id breaking ties so the order never depends on input order."""
    return session.at, str(session.id)


def find_courses(sessions: Iterable[TreatmentSession], settings: AnalysisSettings) -> list[Course]:
    """Group sessions into courses: a session within course_gap_days of the previous one joins its course."""
    groups: list[list[TreatmentSession]] = []
    previous: date | None = None
    for session in sorted(sessions, key=session_order):
        day = session.at.date()
        if previous is not None and (day - previous).days <= settings.course_gap_days:
            groups[-1].append(session)
        else:
            groups.append([session])
        previous = day  # chain from the immediately preceding session, not the course's first
    return [Course(number, tuple(group)) for number, group in enumerate(groups, start=1)]
