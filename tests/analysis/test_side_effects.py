"""Side effects per course and per month, recurring kinds and bladder symptoms."""

from __future__ import annotations

from datetime import date, datetime

from paindiary.analysis.course_groups import find_courses
from paindiary.analysis.side_effects import (
    bladder_symptoms_recorded,
    kind_totals,
    recurring_side_effects,
    side_effect_summary,
)
from paindiary.domain import Severity, TreatmentSession
from tests.analysis.analysis_builders import DEFAULT, session

LATER = datetime(2100, 1, 1)  # every session has taken place

MILD, MODERATE, SEVERE = Severity.MILD, Severity.MODERATE, Severity.SEVERE


def diary() -> list[TreatmentSession]:
    return [
        # Course 1 (loading series 30 Jan – 1 Feb): nausea twice, dizziness once.
        session("2024-01-30 08:00", effects=[("nausea", MILD), ("dizziness", MODERATE)]),
        session("2024-02-01 08:00", effects=[("nausea", SEVERE)]),
        # Course 2: nausea, a custom kind, dissociation.
        session(
            "2024-02-20 08:00", effects=[("Nausea", MILD), ("Metallic taste", MILD), ("dissociation", MILD)]
        ),
        # Course 3: nausea and bladder symptoms.
        session("2024-03-15 08:00", effects=[("nausea", MODERATE), ("bladder-symptoms", MILD)]),
        # Course 4: no side effects.
        session("2024-04-20 08:00"),
    ]


def test_counts_per_course_and_per_month() -> None:
    sessions = diary()
    summary = side_effect_summary(sessions, find_courses(sessions, DEFAULT, LATER))
    assert summary.by_course[1] == {"nausea": {MILD: 1, SEVERE: 1}, "dizziness": {MODERATE: 1}}
    assert summary.by_course[4] == {}
    # Months by the session's date: January holds the first session only.
    assert list(summary.by_month) == [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1), date(2024, 4, 1)]
    assert summary.by_month[date(2024, 1, 1)] == {"nausea": {MILD: 1}, "dizziness": {MODERATE: 1}}
    assert kind_totals(summary.by_month[date(2024, 2, 1)]) == {
        "nausea": 2,
        "Metallic taste": 1,
        "dissociation": 1,
    }
    assert kind_totals(summary.total)["nausea"] == 4
    # Catalog order first (dissociation, dizziness, nausea, bladder-symptoms), then own names.
    assert summary.kinds == ("dissociation", "dizziness", "nausea", "bladder-symptoms", "Metallic taste")


def test_recurring_kinds_are_those_in_each_of_the_last_n_courses() -> None:
    sessions = diary()
    summary = side_effect_summary(sessions, find_courses(sessions, DEFAULT, LATER))
    assert recurring_side_effects(summary, last_n=3) == ()  # course 4 had none
    assert recurring_side_effects(summary, last_n=1) == ()
    without_last = sessions[:-1]
    summary = side_effect_summary(without_last, find_courses(without_last, DEFAULT, LATER))
    assert recurring_side_effects(summary, last_n=3) == ("nausea",)
    assert recurring_side_effects(summary, last_n=4) == ()  # only 3 courses


def test_bladder_symptoms_ever_recorded() -> None:
    sessions = diary()
    assert bladder_symptoms_recorded(side_effect_summary(sessions, find_courses(sessions, DEFAULT, LATER)))
    early = sessions[:3]
    assert not bladder_symptoms_recorded(side_effect_summary(early, find_courses(early, DEFAULT, LATER)))
