"""What was given, in words: drug and route, dates, and the dose per session ("3 × 2.47 mg/kg").

Tables and summaries show the dose per session, never the sum alone (docs/relief-metrics.md, rule 16).
"""

from __future__ import annotations

from paindiary.analysis.i18n import _, _n
from paindiary.analysis.results import CourseRelief
from paindiary.domain import ROUTE_LABELS, Route
from paindiary.formatting import drug_label, format_date, format_fixed, format_number, format_period


def per_kg(value: float) -> str:
    return format_fixed(value, 2)


def treatment_label(drug_route: str) -> str:
    """ "esketamine intranasal" -> "Intranasal, esketamine"; a mixed course keeps its " + "."""
    parts = []
    for pair in drug_route.split(" + "):
        drug, _space, route = pair.rpartition(" ")
        try:
            route_text = _(ROUTE_LABELS[Route(route)])
        except ValueError:
            route_text = route
        parts.append(
            _("{route}, {drug}").format(route=route_text, drug=drug_label(drug)) if drug else route_text
        )
    return " + ".join(parts)


def course_dates(course: CourseRelief) -> str:
    """ "3 Mar 2025", or "3 Mar 2025 – 5 Mar 2025" from the first session to day 0."""
    first = course.start.date()
    return format_date(first) if first == course.day0 else format_period(first, course.day0)


def sessions_count(count: int) -> str:
    return _n("{count} session", "{count} sessions", count).format(count=count)


def mg_per_session(course: CourseRelief) -> str | None:
    """ "3 × 150 mg": the mean dose per session, never the sum alone; None without doses."""
    if course.dose_mg is None:
        return None
    count = course.sessions_per_course
    return _("{count} × {dose} mg").format(count=count, dose=format_number(course.dose_mg / count, 2))


def per_kg_per_session(course: CourseRelief) -> str | None:
    """ "3 × 2.47 mg/kg": the mean mg/kg per session; None without doses and weights."""
    if course.dose_mg_per_kg_per_session is None:
        return None
    return _("{count} × {dose} mg/kg").format(
        count=course.sessions_per_course, dose=per_kg(course.dose_mg_per_kg_per_session)
    )


def dose_per_session(course: CourseRelief) -> str | None:
    """mg/kg per session where weights are known, else mg per session."""
    return per_kg_per_session(course) or mg_per_session(course)
