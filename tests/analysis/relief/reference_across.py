"""A literal reading of CLINICAL.md "Relief metrics v2" across courses: typical relief,
dose–response, dosing-frequency runs, the Now line, and the whole summary document.

Exact fractions throughout; the only floating point is Student's t for p above n = 10, which the
text itself calls an approximation. Readings of the text are quoted and given beside the code.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

from paindiary.analysis.rounding import round_exact
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from tests.analysis.relief.reference import RefCourse, mean, median, rounded
from tests.analysis.relief.reference_relief import reference_courses

Group = tuple[str, int]


def comparable_groups(courses: Sequence[RefCourse]) -> dict[Group, list[RefCourse]]:
    """Courses with the same drug_route and number of sessions, groups in order of first course."""
    # The text gives no order for the lists of groups: read as the order of each group's first course.
    groups: dict[Group, list[RefCourse]] = {}
    for course in courses:
        groups.setdefault((course.json["drug_route"], len(course.sessions)), []).append(course)
    return groups


# ---------------------------------------------------------------- typical relief


def kaplan_meier_median(values: Sequence[tuple[int, bool]]) -> Fraction | None:
    """KM median of (time, event): smallest t with S(t) ≤ 0.5; a flat 0.5 to t′ gives (t + t′)/2."""
    event_times = sorted({t for t, event in values if event})
    survival = Fraction(1)
    for index, t in enumerate(event_times):
        at_risk = sum(1 for u, _ in values if u >= t)  # censored at t are still at risk at t
        deaths = sum(1 for u, event in values if u == t and event)
        survival *= 1 - Fraction(deaths, at_risk)
        if survival == Fraction(1, 2) and index + 1 < len(event_times):
            return Fraction(t + event_times[index + 1], 2)
        if survival <= Fraction(1, 2):
            return Fraction(t)  # below 0.5, or 0.5 to the end of the curve
    return None


def typical_relief(courses: Sequence[RefCourse]) -> list[dict[str, Any]]:
    """Per comparable group with ≥ 3 ok courses whose relief_days_30 is not null."""
    result = []
    for (drug_route, size), group in comparable_groups(courses).items():
        used = [c.json for c in group if c.status == "ok" and c.json["relief_days_30"] is not None]
        if len(used) < 3:
            continue
        values = [(c["relief_days_30"], not c["censored_30"]) for c in used]
        median_days = kaplan_meier_median(values)
        days = [t for t, _ in values]
        item: dict[str, Any] = {
            "drug_route": drug_route,
            "sessions_per_course": size,
            "courses": len(used),
            "typical_relief_days": None if median_days is None else float(median_days),
        }
        if median_days is None:
            item["at_least_days"] = max(days)
        item |= {"min": min(days), "max": max(days)}
        result.append(item)
    return result


# ---------------------------------------------------------------- dose–response


def mid_ranks(values: Sequence[Fraction]) -> list[Fraction]:
    """Ranks 1…n, ties as the mean of the ranks they share."""
    ordered = sorted(values)
    return [Fraction(2 * ordered.index(v) + 1 + ordered.count(v), 2) for v in values]


def spearman_parts(x: Sequence[Fraction], y: Sequence[Fraction]) -> tuple[Fraction, Fraction]:
    """(numerator, squared denominator) of Pearson's r over the mid-ranks: ρ = num / √den²."""
    rx, ry = mid_ranks(x), mid_ranks(y)
    mx, my = mean(rx), mean(ry)
    num = sum(((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True)), Fraction(0))
    den2 = sum(((a - mx) ** 2 for a in rx), Fraction(0)) * sum(((b - my) ** 2 for b in ry), Fraction(0))
    return num, den2


def round_root_ratio(num: Fraction, den2: Fraction, places: int) -> float:
    """num / √den2 rounded half away from zero, exactly (the ratio can be irrational)."""
    square = num * num / den2  # ρ²
    scale = 10**places
    # whole = the largest m with (m − ½)/scale ≤ |ρ|, i.e. ((m − ½)/scale)² ≤ ρ².
    whole = 0
    while Fraction(2 * (whole + 1) - 1, 2 * scale) ** 2 <= square:
        whole += 1
    return 0.0 if whole == 0 else math.copysign(whole / scale, num)


def exact_permutation_p(x: Sequence[Fraction], y: Sequence[Fraction]) -> Fraction:
    """Share of the n! pairings of y with x whose |ρ| ≥ the observed |ρ| (ranks, ties as mid-ranks)."""
    rx, ry = mid_ranks(x), mid_ranks(y)
    n = len(rx)
    # ρ of a pairing is (Σ rx·ry − n·mx·my) / (a constant): compare |Σ − n·mx·my| only.
    centre = n * mean(rx) * mean(ry)
    observed = abs(sum((a * b for a, b in zip(rx, ry, strict=True)), Fraction(0)) - centre)
    # Count pairings by their Σ: assign rx[0], rx[1], … in turn to the unused ry (by subset).
    sums: dict[int, Counter[Fraction]] = {0: Counter({Fraction(0): 1})}
    for mask in range(1 << n):
        if mask not in sums:
            continue
        i = bin(mask).count("1")
        if i == n:
            continue
        for j in range(n):
            if not mask & (1 << j):
                target = sums.setdefault(mask | (1 << j), Counter())
                for total, count in sums[mask].items():
                    target[total + rx[i] * ry[j]] += count
    full = sums[(1 << n) - 1]
    hits = sum(count for total, count in full.items() if abs(total - centre) >= observed)
    return Fraction(hits, math.factorial(n))


def student_t_two_sided(t: float, df: int) -> float:
    """P(|T| ≥ |t|) for Student's t with whole df (Abramowitz & Stegun 26.7.3–4)."""
    theta = math.atan(abs(t) / math.sqrt(df))
    c2, sin, cos = math.cos(theta) ** 2, math.sin(theta), math.cos(theta)
    if df % 2:
        series, term = 0.0, 1.0
        for k in range(1, (df - 1) // 2 + 1):
            series += term
            term *= c2 * (2 * k) / (2 * k + 1)
        inside = (2 / math.pi) * (theta + (sin * cos * series if df > 1 else 0.0))
    else:
        series, term = 0.0, 1.0
        for k in range(1, df // 2 + 1):
            series += term
            term *= c2 * (2 * k - 1) / (2 * k)
        inside = sin * series
    return 1.0 - inside


def dose_response(courses: Sequence[RefCourse]) -> list[dict[str, Any]]:
    """Spearman ρ of dose against relief days, per comparable group of ≥ 8 uncensored courses used."""
    result = []
    for (drug_route, size), group in comparable_groups(courses).items():
        # "uncensored courses": ok, relief_days_30 not null, censored_30 false.
        uncensored = [c for c in group if c.status == "ok" and c.json["censored_30"] is False]
        if all(c.dose_per_session is not None for c in uncensored):
            # The unrounded mg/kg per session is ranked ("decisions use unrounded values").
            measure = "dose_mg_per_kg_per_session"
            used = uncensored
            doses = [c.dose_per_session for c in used]
        else:
            measure = "dose_mg"
            used = [c for c in uncensored if c.json["dose_mg"] is not None]
            doses = [Fraction(c.json["dose_mg"]) for c in used]
        if len(used) < 8:
            continue
        days = [Fraction(c.json["relief_days_30"]) for c in used]
        order = [Fraction(c.number) for c in used]
        rho = p = method = None
        num, den2 = spearman_parts(doses, days)  # type: ignore[arg-type]
        if den2 != 0:  # every dose or every relief value equal: ρ undefined
            rho = round_root_ratio(num, den2, 2)
            if len(used) <= 10:
                p, method = round_exact(exact_permutation_p(doses, days), 3), "exact-permutation"  # type: ignore[arg-type]
            else:
                r2 = num * num / den2
                t = math.inf if r2 == 1 else math.sqrt(float(r2 * (len(used) - 2) / (1 - r2)))
                p = round(student_t_two_sided(t, len(used) - 2), 3) + 0.0
                method = "t-approximation"
        num_t, den2_t = spearman_parts(order, days)
        # rho_time with every relief value equal is 0/0 as well: read as null.
        rho_time = None if den2_t == 0 else round_root_ratio(num_t, den2_t, 2)
        result.append(
            {
                "drug_route": drug_route,
                "sessions_per_course": size,
                "n": len(used),
                "dose_measure": measure,
                "course_numbers": [c.number for c in used],
                "rho": rho,
                "p": p,
                "p_method": method,
                "rho_time": rho_time,
            }
        )
    return result


# ---------------------------------------------------------------- dosing-frequency runs


def band_of(interval: int) -> str | None:
    if 1 <= interval <= 4:
        return "twice a week or more"
    if 5 <= interval <= 9:
        return "about weekly"
    if 10 <= interval <= 17:
        return "about every two weeks"
    return None


def run_date_lists(dates: Sequence[date]) -> list[tuple[str, list[date], bool]]:
    """Runs of dosing dates: (band, dates, whether a change of band ended it)."""
    runs: list[tuple[str, list[date], bool]] = []
    current: tuple[str, list[date]] | None = None
    for index in range(len(dates) - 1):
        interval = (dates[index + 1] - dates[index]).days
        band = band_of(interval)
        if current is not None and band == current[0]:
            current[1].append(dates[index + 1])  # the run grows
            continue
        if current is not None:
            # "when the band changes to another band, the previous run's last session opens the
            # next run"; an interval in no band just ends it.
            runs.append((current[0], current[1], band is not None))
        current = None if band is None else (band, [dates[index], dates[index + 1]])
    if current is not None:
        runs.append((current[0], current[1], False))
    return runs


def daily_all(entries: Sequence[PainEntry]) -> dict[date, Fraction]:
    """For runs p(d) = mean of all entries on d."""
    by_date: dict[date, list[Fraction]] = {}
    for entry in entries:
        by_date.setdefault(entry.at.date(), []).append(Fraction(entry.pain))
    return {day: mean(values) for day, values in by_date.items()}


def pct_below(reference: Fraction | None, value: Fraction | None) -> float | None:
    # A reference of 0 leaves the percentage undefined: read as null.
    if reference is None or value is None or reference == 0:
        return None
    return round_exact(100 * (reference - value) / reference, 1)


def dosing_runs(
    entries: Sequence[PainEntry], done: Sequence[TreatmentSession], courses: Sequence[RefCourse]
) -> list[dict[str, Any]]:
    """Maintenance schedules: runs by frequency band with ≥ 3 dates over ≥ 14 days."""
    dates = sorted({s.at.date() for s in done})
    p = daily_all(entries)
    last_logged = max(p)
    result = []
    for band, run, band_changed in run_date_lists(dates):
        if len(run) < 3 or (run[-1] - run[0]).days < 14:
            continue
        start = run[0]
        if band_changed:
            # "the previous run's period ends the day before" the session that opens the next run.
            end = run[-1] - timedelta(days=1)
        else:
            intervals = [Fraction((b - a).days) for a, b in itertools.pairwise(run)]
            bounds = [run[-1] + timedelta(days=math.floor(median(intervals)) - 1)]
            # "min(…, last logged date)": a diary that ends before the run starts would give a
            # period that ends before it begins; read as bounding only a run the diary reaches.
            if last_logged >= start:
                bounds.append(last_logged)
            later = [d for d in dates if d > run[-1]]
            if later:
                bounds.append(later[0] - timedelta(days=1))
            end = min(bounds)
        # "Reference = B of the latest course starting on or before the run's start with
        # baseline_source = own and empty baseline_influenced_by": read as the latest of the
        # courses meeting those conditions.
        eligible = [
            c
            for c in courses
            if c.first_date <= start and c.source == "own" and not c.json["baseline_influenced_by"]
        ]
        reference = eligible[-1].baseline if eligible else None
        logged = [p[d] for d in sorted(p) if start <= d <= end]
        mean_pain = mean(logged) if logged else None
        # The run's sessions: every session on one of its dosing dates (the date shared by two
        # runs after a change of band counts in both).
        sessions = [s for s in done if s.at.date() in run]
        predose = []
        for session in sessions:
            before = [
                Fraction(e.pain) for e in entries if session.at - timedelta(hours=24) <= e.at < session.at
            ]
            if before:
                predose.append(mean(before))
        predose_mean = mean(predose) if predose else None
        below_30 = None
        if reference is not None and reference != 0 and logged:
            hits = sum(1 for v in logged if 100 * (reference - v) / reference >= 30)
            below_30 = round_exact(Fraction(100 * hits, len(logged)), 1)
        result.append(
            {
                "band": band,
                "start": start.isoformat(),
                "end": end.isoformat(),
                "sessions": len(sessions),
                "logged_days": len(logged),
                "days": (end - start).days + 1,
                "mean_pain": rounded(mean_pain, 2),
                "reference": rounded(reference, 2),
                "pct_below_reference": pct_below(reference, mean_pain),
                "pct_logged_days_30_below": below_30,
                "predose_mean_pain": rounded(predose_mean, 2),
                "predose_pct_below_reference": pct_below(reference, predose_mean),
            }
        )
    return result


# ---------------------------------------------------------------- Now


def now_line(
    entries: Sequence[PainEntry], courses: Sequence[RefCourse], at: datetime
) -> dict[str, Any] | None:
    """The latest course whose day 0 ≤ today; its day; the last two dates with entries (no `text`)."""
    today = at.date()
    started = [c for c in courses if c.day0 <= today]
    if not started:
        return None
    course = started[-1]
    dates = sorted({e.at.date() for e in entries if e.at.date() <= today})[-2:]
    ks = [(d - course.day0).days for d in dates]
    recent: list[str] = []
    recent_mean = None
    if len(dates) == 2 and all(0 <= k <= course.K and k in course.p for k in ks):
        recent = [d.isoformat() for d in dates]
        recent_mean = rounded(mean([course.p[k] for k in ks]), 2)
    return {
        "course": course.number,
        "day": (today - course.day0).days,
        "recent_days": recent,
        "recent_mean": recent_mean,
        "baseline": rounded(course.baseline, 2),
        "status": course.status,
    }


# ---------------------------------------------------------------- the document


def reference_summary(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    at: datetime,
) -> dict[str, Any]:
    """What `paindiary summary --json` prints, by the text; `now` without its `text`."""
    courses = reference_courses(entries, sessions, settings, at)
    done = [s for c in courses for s in c.sessions]
    return {
        "settings": settings.as_dict(),
        "courses": [c.json for c in courses],
        "typical_relief": typical_relief(courses),
        "dose_response": dose_response(courses),
        "runs": dosing_runs(entries, done, courses),
        "now": now_line(entries, courses, at),
    }
