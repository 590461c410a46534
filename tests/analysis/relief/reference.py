"""A slow, literal reading of CLINICAL.md "Relief metrics v2" in exact fractions: rules 1–8.

It shares no code with the analysis it checks (only the output rounding, `round_exact`), so the
agreement test can hold `relief_analysis(...).as_json()` against it on generated diaries. Each
function implements one numbered rule and says which; where the text needed reading, the rule is
quoted and the reading given beside it. Rules 9–17 are in reference_relief.py, the rules across
courses and the Now line in reference_across.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

from paindiary.analysis.rounding import round_exact
from paindiary.domain import AnalysisSettings, PainEntry, SessionSeries, TreatmentSession

THETAS = (30, 50)


def mean(values: Sequence[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def median(values: Sequence[Fraction]) -> Fraction:
    """The middle value; of an even count the mean of the two middle ones."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def rounded(value: Fraction | None, places: int) -> float | None:
    return None if value is None else round_exact(value, places)


def minute_text(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


@dataclass
class RefCourse:
    """One course as the reference sees it, with every number it works out."""

    number: int
    sessions: list[TreatmentSession]
    start: datetime = field(init=False)
    end: datetime = field(init=False)
    first_date: date = field(init=False)
    day0: date = field(init=False)
    # Filled in by the rules below.
    baseline: Fraction | None = None
    source: str | None = None
    status: str = ""
    short_baseline: bool = False
    influence_end: date | None = None
    K: int = 0
    p: dict[int, Fraction] = field(default_factory=dict)
    s: dict[int, Fraction] = field(default_factory=dict)
    json: dict[str, Any] = field(default_factory=dict)
    dose_per_session: Fraction | None = None  # unrounded mg/kg per session, for dose–response

    def __post_init__(self) -> None:
        # Rule 1: course end = the latest end among its sessions (start + minutes; the start
        # when minutes is null); day 0 = its calendar date.
        self.start = self.sessions[0].at
        self.end = max(s.at + timedelta(minutes=s.minutes or 0) for s in self.sessions)
        self.first_date = self.start.date()
        self.day0 = self.end.date()


# ---------------------------------------------------------------- rule 1


def rule1_courses(
    sessions: Sequence[TreatmentSession], settings: AnalysisSettings, at: datetime
) -> list[RefCourse]:
    """Rule 1: sort by start (equal starts keep the order entered); join/new/auto by the gap."""
    # "A session is planned when ... its start is after the time of the summary": the diary has
    # no status field, so only a start after `at` makes a session planned.
    done = sorted((s for s in sessions if not s.at > at), key=lambda s: s.at)  # stable sort
    groups: list[list[TreatmentSession]] = []
    for session in done:
        previous = groups[-1][-1] if groups else None
        if previous is None:
            # "join puts it in the previous session's course": with no previous session, a
            # joining session starts the first course.
            groups.append([session])
        elif session.series is SessionSeries.JOIN:
            groups[-1].append(session)
        elif session.series is SessionSeries.NEW:
            groups.append([session])
        elif (session.at.date() - previous.at.date()).days <= settings.course_gap_days:
            groups[-1].append(session)
        else:
            groups.append([session])
    return [RefCourse(number, group) for number, group in enumerate(groups, start=1)]


# ---------------------------------------------------------------- rule 2


def rule2_baseline_value(entries: Sequence[PainEntry], course: RefCourse, day: date) -> Fraction | None:
    """Rule 2: p(d) of a date before the course; on its first date only pre-session entries."""
    if day == course.first_date:
        pains = [Fraction(e.pain) for e in entries if e.at.date() == day and e.at < course.start]
    else:
        pains = [Fraction(e.pain) for e in entries if e.at.date() == day]
    return mean(pains) if pains else None


def rule2_follow_up_value(entries: Sequence[PainEntry], course: RefCourse, k: int) -> Fraction | None:
    """Rule 2: p(k) after the course; on day 0 only entries at or after the course end."""
    day = course.day0 + timedelta(days=k)
    if k == 0:
        pains = [Fraction(e.pain) for e in entries if e.at.date() == day and e.at >= course.end]
    else:
        pains = [Fraction(e.pain) for e in entries if e.at.date() == day]
    return mean(pains) if pains else None


def rule2_during_mean(entries: Sequence[PainEntry], course: RefCourse) -> Fraction | None:
    """Rule 2: entries with first session start ≤ time < course end: the mean of those entries."""
    pains = [Fraction(e.pain) for e in entries if course.start <= e.at < course.end]
    return mean(pains) if pains else None


# ---------------------------------------------------------------- rule 3


def rule3_influence_end(course: RefCourse, settings: AnalysisSettings) -> date:
    """Rule 3: the last date of the course's influence window, from its own metrics."""
    out = course.json
    last = -1  # "−1 otherwise (no relief at 30, or any other status)"
    if out["status"] == "ok" and out["onset_day_30"] is not None:
        back = out["return_to_baseline_day"]
        last = course.K if back is None else back - 1
    elif out["status"] == "ok" and out["censor_reason_30"] == "too-early":
        last = course.K
    # "When relief at 30 is censored with reason next-course, last = K + 1": read as overriding
    # the cases above (it can only happen with an onset at 30).
    if out["censor_reason_30"] == "next-course":
        last = course.K + 1
    return course.day0 + timedelta(days=max(last, settings.washout_days - 1))


# ---------------------------------------------------------------- rules 4 and 5


def rule4_candidate_dates(course: RefCourse, settings: AnalysisSettings) -> list[date]:
    """Rule 4: the `baseline_days` whole dates before the first date, plus the first date."""
    return [course.first_date - timedelta(days=i) for i in range(settings.baseline_days, -1, -1)]


def in_influence(day: date, earlier: RefCourse) -> bool:
    assert earlier.influence_end is not None
    return earlier.first_date <= day <= earlier.influence_end


def rule4_usable(
    entries: Sequence[PainEntry], course: RefCourse, earlier: Sequence[RefCourse], days: Sequence[date]
) -> dict[date, Fraction]:
    """Rule 4: of `days`, those in no earlier course's influence window, with entries → p(d)."""
    usable: dict[date, Fraction] = {}
    for day in days:
        if any(in_influence(day, other) for other in earlier):
            continue
        value = rule2_baseline_value(entries, course, day)
        if value is not None:
            usable[day] = value
    return usable


def rule4_trimmed_mean(values: Sequence[Fraction]) -> Fraction:
    """Rule 4: sort, drop ⌊0.2·n⌋ values from each end, mean of the rest."""
    ordered = sorted(values)
    cut = (2 * len(ordered)) // 10
    return mean(ordered[cut : len(ordered) - cut])


def rule4_baseline(
    entries: Sequence[PainEntry], course: RefCourse, earlier: Sequence[RefCourse], settings: AnalysisSettings
) -> dict[str, Any]:
    """Rule 4: B, its source, and the precedence a–d."""
    candidates = rule4_candidate_dates(course, settings)
    influenced_by = [o.number for o in earlier if any(in_influence(day, o) for day in candidates)]
    usable = rule4_usable(entries, course, earlier, candidates)
    n = len(usable)
    out: dict[str, Any] = {
        "baseline_dates": n,
        "baseline_from_course": None,
        "baseline_influenced_by": influenced_by,
        "usable": usable,
    }
    if n >= settings.full_baseline_days:  # a.
        course.baseline, course.source = rule4_trimmed_mean(list(usable.values())), "own"
        return out
    carry_from = [
        o
        for o in earlier
        if o.source == "own"
        and not o.short_baseline
        and o.status in ("ok", "no-early-entries")
        and (course.first_date - o.first_date).days <= settings.carry_forward_days
    ]
    if carry_from:  # b. "the most recent" = the latest such course
        chosen = carry_from[-1]
        course.baseline, course.source = chosen.baseline, "carried"
        out["baseline_from_course"] = chosen.number
        return out
    if n >= settings.min_baseline_days:  # c.
        course.baseline, course.source = rule4_trimmed_mean(list(usable.values())), "own"
        course.short_baseline = True
        return out
    course.baseline, course.source = None, None  # d. insufficient-baseline
    return out


def rule5_theil_sen(usable: dict[date, Fraction]) -> Fraction | None:
    """Rule 5: median of pairwise slopes of p(d) against d, × 28; null with fewer than 10 dates."""
    if len(usable) < 10:
        return None
    points = sorted(usable.items())
    slopes = [(p2 - p1) / (d2 - d1).days for i, (d1, p1) in enumerate(points) for d2, p2 in points[i + 1 :]]
    return median(slopes) * 28


def rule5_flags(
    entries: Sequence[PainEntry],
    course: RefCourse,
    earlier: Sequence[RefCourse],
    usable: dict[date, Fraction],
) -> dict[str, Any]:
    """Rule 5: week-before mean and flare, trend, low baseline (information only)."""
    # "the usable dates among the first date (pre-session entries) and the 6 dates before it":
    # "usable dates" read as rule 4's (the n dates of the own window), so a `baseline_days`
    # shorter than 6 leaves the older dates of the week out.
    week_dates = {course.first_date - timedelta(days=i) for i in range(7)}
    week = {day: value for day, value in usable.items() if day in week_dates}
    week_mean = mean(list(week.values())) if len(week) >= 3 else None
    B = course.baseline
    # The flare and low-baseline flags compare with the course's B, carried or own.
    return {
        "week_before_mean": rounded(week_mean, 2),
        "baseline_flare": week_mean is not None and B is not None and week_mean >= B + Fraction(3, 2),
        "baseline_trend_per_4_weeks": rounded(rule5_theil_sen(usable), 1),
        "low_baseline": B is not None and B < 4,
    }


# ---------------------------------------------------------------- rules 6–8


def rule6_follow_up(
    entries: Sequence[PainEntry], course: RefCourse, following: RefCourse | None, settings: AnalysisSettings
) -> tuple[int, str]:
    """Rule 6: K, and which term set it (for rule 11's window reasons)."""
    # The three terms; "the first that applies" in rule 11 is next-course, horizon, end-of-diary.
    terms: list[tuple[int, str]] = []
    if following is not None:
        terms.append(((following.first_date - course.day0).days - 1, "next-course"))
    terms.append((settings.horizon_days - 1, "horizon"))
    # The generated diaries always have an entry, so "the diary's latest entry" exists.
    terms.append(((max(e.at for e in entries).date() - course.day0).days, "end-of-diary"))
    K = min(value for value, _ in terms)
    reason = next(name for value, name in terms if value == K)
    return K, reason


def rule7_8_curves(course: RefCourse) -> None:
    """Rule 7: r(k) = 100 (B − p(k)) / B on logged days; rule 8: s(k), median over logged neighbours."""
    assert course.baseline is not None
    B = course.baseline
    r = {k: 100 * (B - p) / B for k, p in course.p.items()}
    course.s = {
        k: median([r[j] for j in (k - 1, k, k + 1) if j in r and 0 <= j <= course.K]) for k in sorted(r)
    }
