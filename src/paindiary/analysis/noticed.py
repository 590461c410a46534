"""'Noticed in your diary': CLINICAL.md's rules 1–8 as facts with their numbers and dates.

Facts for the appointment, never advice: each sentence says what the diary holds, with no word
that grades it. Rule 2 (bladder) comes first and rule 8 (logging) last, as a note on the data's
quality rather than on health. How each rule is read is written down in docs/clinic-summary.md.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from paindiary.analysis.clinic_results import NoticedFact
from paindiary.analysis.function_summary import top_session_reading
from paindiary.analysis.i18n import _, _n
from paindiary.analysis.results import BaselineSource, CourseRelief, ReliefAnalysis
from paindiary.analysis.rounding import reaches
from paindiary.analysis.wording_treatment import per_kg, sessions_count, treatment_label
from paindiary.clinic_records import Checkin, Vitals
from paindiary.domain import PainEntry, Severity, TreatmentSession, side_effect_label
from paindiary.formatting import format_date, format_number

DATA_QUALITY_RULE = 8
WINDOW_DAYS = 90  # rule 1: the last 3 months and the 3 months before
MORE_OFTEN_FACTOR = 1.5
MORE_OFTEN_AT_LEAST = 2
BLADDER_DAYS = 180
BLADDER = "bladder-symptoms"
DOSE_GROUP_COURSES = 5
DOSE_FACTOR = 1.25
RELIEF_FACTOR = 0.7
RELIEF_SHORTER_DAYS = 3
USUAL_PAIN_POINTS = 1.5
LAST_COURSES = 3
PSYCHIATRIC = ("hallucinations", "agitation")


def noticed_heading() -> str:
    return _("Noticed in your diary: you may want to mention these at your next appointment")


def noticed_closing() -> str:
    return _("The diary cannot tell why.")


def is_data_quality(fact: NoticedFact) -> bool:
    """Rule 8 belongs with the data's quality, not with the health facts."""
    return fact.rule == DATA_QUALITY_RULE


def noticed(
    analysis: ReliefAnalysis,
    *,
    entries: Sequence[PainEntry],
    vitals: Sequence[Vitals],
    checkins: Sequence[Checkin],
) -> tuple[NoticedFact, ...]:
    """Every rule that holds as of the analysis date: rule 2 first, then 1, 3–7, then rule 8."""
    sessions = [session for course in analysis.courses for session in course.treatment.sessions]
    firsts = [min(entry.at for entry in entries)] if entries else []
    firsts += [sessions[0].at] if sessions else []
    found = [
        bladder_fact(sessions, checkins, analysis.at),
        sessions_fact(sessions, analysis.at, min(firsts, default=None)),
        blood_pressure_fact(sessions, vitals, analysis.at),
        *dose_facts(analysis.courses),
        *relief_facts(analysis.courses),
        usual_pain_fact(analysis.courses),
        side_effects_fact(analysis.courses),
        logging_fact(analysis.courses),
    ]
    return tuple(fact for fact in found if fact is not None)


def sessions_fact(
    sessions: Sequence[TreatmentSession], at: datetime, diary_start: datetime | None
) -> NoticedFact | None:
    """Rule 1: sessions in the last 90 days ≥ 1.5 × the 90 days before, and at least 2 more.

    The 90 days before must lie inside the diary (its first entry or session is at or before
    their start): before the diary began, no sessions and unrecorded ones look the same.
    """
    window = timedelta(days=WINDOW_DAYS)
    if diary_start is None or diary_start > at - 2 * window:
        return None
    last = sum(1 for session in sessions if at - window < session.at <= at)
    before = sum(1 for session in sessions if at - 2 * window < session.at <= at - window)
    if not (reaches(last, MORE_OFTEN_FACTOR * before) and last - before >= MORE_OFTEN_AT_LEAST):
        return None
    text = _n(
        "You had {count} session in the last 3 months, compared with {before} in the 3 months before.",
        "You had {count} sessions in the last 3 months, compared with {before} in the 3 months before.",
        last,
    ).format(count=last, before=before)
    return NoticedFact(1, text, (("sessions_last_90_days", last), ("sessions_90_days_before", before)))


def bladder_fact(
    sessions: Sequence[TreatmentSession], checkins: Sequence[Checkin], at: datetime
) -> NoticedFact | None:
    """Rule 2: ≥ 2 records in the last 180 days, or any blood in urine, or any moderate/severe."""
    since = at - timedelta(days=BLADDER_DAYS)
    moments = [checkin.at for checkin in checkins if checkin.any_symptom and checkin.at <= at]
    moments += [
        session.at for session in sessions if any(effect.kind == BLADDER for effect in session.side_effects)
    ]
    recent = sorted(moment for moment in moments if since < moment)
    blood = sorted(checkin.at.date() for checkin in checkins if checkin.blood and checkin.at <= at)
    rated = sorted(
        session.at.date()
        for session in sessions
        if any(
            effect.kind == BLADDER and effect.severity is not Severity.MILD for effect in session.side_effects
        )
    )
    parts = []
    if len(recent) >= 2:
        parts.append(
            _(
                "Bladder symptoms were recorded {count} times in the last 6 months, most recently on {date}."
            ).format(count=len(recent), date=format_date(recent[-1].date()))
        )
    if blood:
        parts.append(_("Blood in urine was recorded on {dates}.").format(dates=_dates(blood)))
    if rated:
        parts.append(
            _("Bladder symptoms rated moderate or severe were recorded on {dates}.").format(
                dates=_dates(rated)
            )
        )
    if not parts:
        return None
    numbers = (
        ("records_180_days", len(recent)),
        ("latest", recent[-1].date() if recent else None),
        ("blood_dates", blood),
        ("moderate_or_severe_dates", rated),
    )
    return NoticedFact(2, " ".join(parts), numbers)


def blood_pressure_fact(
    sessions: Sequence[TreatmentSession], vitals: Sequence[Vitals], at: datetime
) -> NoticedFact | None:
    """Rule 3: the top session reading (systolic, then diastolic), with its date."""
    reading = top_session_reading(vitals, {session.id for session in sessions}, at)
    if reading is None:
        return None
    text = _("The top blood pressure you recorded at a session was {systolic}/{diastolic} mmHg, on {date}.")
    text = text.format(
        systolic=reading.systolic, diastolic=reading.diastolic, date=format_date(reading.at.date())
    )
    numbers = (("systolic", reading.systolic), ("diastolic", reading.diastolic), ("date", reading.at.date()))
    return NoticedFact(3, text, numbers)


def _groups(courses: Sequence[CourseRelief]) -> dict[tuple[str, int], list[CourseRelief]]:
    """Comparable groups (drug and route, sessions per course), each in course order."""
    groups: dict[tuple[str, int], list[CourseRelief]] = {}
    for course in courses:
        groups.setdefault((course.drug_route, course.sessions_per_course), []).append(course)
    return groups


def _group_label(drug_route: str, sessions: int) -> str:
    return _("{treatment}, courses of {sessions}").format(
        treatment=treatment_label(drug_route), sessions=sessions_count(sessions)
    )


def dose_facts(courses: Sequence[CourseRelief]) -> list[NoticedFact]:
    """Rule 4: ≥ 5 dosed courses in a group; median mg/kg per session, last 3 ≥ 1.25 × first 3."""
    facts = []
    for (drug_route, size), group in _groups(courses).items():
        doses = [course.dose_mg_per_kg_per_session for course in group]
        known = [dose for dose in doses if dose is not None]
        if len(known) < DOSE_GROUP_COURSES:
            continue
        first, last = statistics.median(known[:LAST_COURSES]), statistics.median(known[-LAST_COURSES:])
        if not reaches(last, DOSE_FACTOR * first):
            continue
        text = _(
            "{group}: the median dose per session of your last 3 courses was {last} mg/kg, "
            "compared with {first} mg/kg for your first 3."
        ).format(group=_group_label(drug_route, size), last=per_kg(last), first=per_kg(first))
        numbers = (
            ("drug_route", drug_route),
            ("sessions_per_course", size),
            ("courses", len(known)),
            ("first_3_median_mg_per_kg", round(first, 2)),
            ("last_3_median_mg_per_kg", round(last, 2)),
        )
        facts.append(NoticedFact(4, text, numbers))
    return facts


def relief_facts(courses: Sequence[CourseRelief]) -> list[NoticedFact]:
    """Rule 5: uncensored relief days, last 3 ≤ 0.7 × the earlier median (≥ 2 earlier), ≥ 3 days less."""
    facts = []
    for (drug_route, size), group in _groups(courses).items():
        days = [
            course.relief_days_30
            for course in group
            if course.relief_days_30 is not None and course.censored_30 is False
        ]
        if len(days) < LAST_COURSES + 2:
            continue
        earlier, last = statistics.median(days[:-LAST_COURSES]), statistics.median(days[-LAST_COURSES:])
        if not (reaches(RELIEF_FACTOR * earlier, last) and reaches(earlier - last, RELIEF_SHORTER_DAYS)):
            continue
        text = _(
            "{group}: relief lasted a median of {last} after your last 3 courses, "
            "compared with {earlier} after the {count} before; this can be chance."
        ).format(
            group=_group_label(drug_route, size),
            last=_days(last),
            earlier=_days(earlier),
            count=len(days) - LAST_COURSES,
        )
        numbers = (
            ("drug_route", drug_route),
            ("sessions_per_course", size),
            ("earlier_median_days", earlier),
            ("last_3_median_days", last),
            ("earlier_courses", len(days) - LAST_COURSES),
        )
        facts.append(NoticedFact(5, text, numbers))
    return facts


def usual_pain_fact(courses: Sequence[CourseRelief]) -> NoticedFact | None:
    """Rule 6: the latest own usual pain ≥ the first own usual pain + 1.5."""
    own = [c for c in courses if c.baseline_source is BaselineSource.OWN and c.baseline is not None]
    if len(own) < 2:
        return None
    first, latest = own[0], own[-1]
    assert first.baseline is not None, "own usual pain is a number"
    assert latest.baseline is not None, "own usual pain is a number"
    if not reaches(latest.baseline, first.baseline + USUAL_PAIN_POINTS):
        return None
    text = _(
        "Your usual pain before course {latest_course} was {latest}, "
        "compared with {first} before course {first_course}."
    ).format(
        latest_course=latest.course,
        latest=format_number(latest.baseline),
        first=format_number(first.baseline),
        first_course=first.course,
    )
    numbers = (
        ("first_course", first.course),
        ("first_baseline", first.baseline),
        ("latest_course", latest.course),
        ("latest_baseline", latest.baseline),
    )
    return NoticedFact(6, text, numbers)


def side_effects_fact(courses: Sequence[CourseRelief]) -> NoticedFact | None:
    """Rule 7: any severe side effect; hallucinations or agitation at ≥ 2 of the last 3 courses."""
    severe = [
        (session.at.date(), effect.kind)
        for course in courses
        for session in course.treatment.sessions
        for effect in session.side_effects
        if effect.severity is Severity.SEVERE
    ]
    last = courses[-LAST_COURSES:]
    with_psychiatric = [
        course.course
        for course in last
        if any(
            effect.kind in PSYCHIATRIC
            for session in course.treatment.sessions
            for effect in session.side_effects
        )
    ]
    parts = []
    if severe:
        listed = ", ".join(
            _("{effect} on {date}").format(effect=side_effect_label(kind).lower(), date=format_date(day))
            for day, kind in severe
        )
        parts.append(_("Side effects you rated severe: {listed}.").format(listed=listed))
    if len(with_psychiatric) >= 2:
        parts.append(
            _("Hallucinations or agitation were recorded after {count} of your last {last} courses.").format(
                count=len(with_psychiatric), last=len(last)
            )
        )
    if not parts:
        return None
    numbers = (
        ("severe", [{"date": day.isoformat(), "kind": kind} for day, kind in severe]),
        ("hallucinations_or_agitation_courses", with_psychiatric),
    )
    return NoticedFact(7, " ".join(parts), numbers)


def logging_fact(courses: Sequence[CourseRelief]) -> NoticedFact | None:
    """Rule 8 (data quality): logging dropped after ≥ 2 of the last 3 courses."""
    last = courses[-LAST_COURSES:]
    dropped = [course.course for course in last if course.logging_dropped]
    if len(dropped) < 2:
        return None
    text = _(
        "About the diary itself: you logged pain on fewer days after {count} of your last {last} courses "
        "than before them, so those courses show less."
    ).format(count=len(dropped), last=len(last))
    return NoticedFact(DATA_QUALITY_RULE, text, (("courses", dropped),))


def _days(value: float) -> str:
    """ "1 day", "7 days", "7.5 days"."""
    return _n("{count} day", "{count} days", 1 if value == 1 else 2).format(count=format_number(value))


def _dates(days: Sequence[date]) -> str:
    return ", ".join(format_date(day) for day in days)
