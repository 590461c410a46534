"""The literal reading of Relief metrics v2, rules 9–17: statuses, relief walk, peak, category,
return, coverage, dose, and one course's JSON object; `reference_courses` runs rules 1–17.

Rules 1–8 are in reference.py; readings of the text are quoted beside the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from paindiary.analysis.rounding import round_exact
from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession
from tests.analysis.relief.reference import (
    THETAS,
    RefCourse,
    mean,
    median,
    minute_text,
    rounded,
    rule1_courses,
    rule2_during_mean,
    rule2_follow_up_value,
    rule3_influence_end,
    rule4_baseline,
    rule5_flags,
    rule6_follow_up,
    rule7_8_curves,
)

# ---------------------------------------------------------------- rules 9–14


def rule9_status(course: RefCourse, settings: AnalysisSettings) -> str:
    """Rule 9: the statuses, checked in order."""
    if course.source is None:
        return "insufficient-baseline"
    if course.baseline == 0:
        return "no-baseline-pain"
    if not course.p:
        return "no-follow-up"
    if settings.onset_window_days <= course.K and not any(k <= settings.onset_window_days for k in course.p):
        return "no-early-entries"
    return "ok"


def rule10_11_relief(
    course: RefCourse, theta: int, window_reason: str, settings: AnalysisSettings
) -> tuple[int | None, int | None, bool | None, str | None]:
    """Rules 10 and 11 at θ: (onset day, relief days, censored, censor reason)."""
    logged = sorted(course.s)
    s, gap = course.s, settings.max_gap_days
    onset = next((k for k in logged if k <= settings.onset_window_days and s[k] >= theta), None)
    if onset is None:
        if settings.onset_window_days > course.K:
            return None, None, True, "too-early"
        return None, 0, False, None
    last = prev = onset
    after = [k for k in logged if k > onset]

    def ran_out() -> str:
        # "reason gap when K − (the last logged day) > max_gap_days, else by window"
        return "gap" if course.K - logged[-1] > gap else window_reason

    for i, k in enumerate(after):
        if k - prev - 1 > gap:
            return onset, last + 1, True, "gap"
        if s[k] >= theta:
            last = k
        else:
            k2 = after[i + 1] if i + 1 < len(after) else None
            if k2 is None:
                return onset, last + 1, True, ran_out()
            if k2 - k - 1 > gap:
                return onset, last + 1, True, "gap"
            if s[k2] < theta:
                return onset, last + 1, False, None  # relief ends
            # one odd logged day: go on
        prev = k
    return onset, last + 1, True, ran_out()


def rule12_peak(
    course: RefCourse, relief_30: int | None, settings: AnalysisSettings
) -> tuple[Fraction | None, int | None]:
    """Rule 12: the lowest point within P."""
    reach = (
        settings.peak_window_days - 1
        if relief_30 is None
        else max(settings.peak_window_days - 1, relief_30 - 1)
    )
    P = min(course.K, reach)
    window = [k for k in sorted(course.s) if k <= P]
    # No logged day in 0…P (possible when P < K) is not covered by the text: read as no peak.
    if not window:
        return None, None
    peak = max(course.s[k] for k in window)
    return peak, next(k for k in window if course.s[k] == peak)


def rule12_late(course: RefCourse) -> Fraction | None:
    """Rule 12: late change, the median of s over logged days in (K − 14, K], whenever K ≥ 28."""
    late = [v for k, v in course.s.items() if course.K - 14 < k <= course.K]
    return median(late) if late else None


def rule13_category(
    relief_30: int | None,
    censored_30: bool | None,
    relief_50: int | None,
    peak: Fraction | None,
    settings: AnalysisSettings,
) -> str | None:
    """Rule 13."""
    if relief_30 is None:
        return None
    if censored_30 and relief_30 < settings.washout_days:
        return None
    if relief_30 >= 3:
        return "substantial" if relief_50 is not None and relief_50 >= 3 else "moderate"
    if relief_30 >= 1:
        return "brief"
    # A missing peak (rule 12, no logged day in 0…P) is read as below 10.
    return "minimal" if peak is not None and peak >= 10 else "none"


def rule14_return(course: RefCourse, relief_30: int, settings: AnalysisSettings) -> int | None:
    """Rule 14: the first logged k ≥ relief_days_30 with s(k) ≤ 100/B and a close next day also so."""
    # Read as: the first k for which all the conditions hold (not: the first k with s(k) ≤ 100/B,
    # then null when its next day fails).
    assert course.baseline is not None
    limit = 100 / course.baseline
    logged = sorted(course.s)
    for i, k in enumerate(logged):
        if k < relief_30 or course.s[k] > limit or i + 1 == len(logged):
            continue
        k2 = logged[i + 1]
        if k2 - k - 1 <= settings.max_gap_days and course.s[k2] <= limit:
            return k
    return None


# ---------------------------------------------------------------- rules 15 and 16


def rule15_coverage(entries: Sequence[PainEntry], course: RefCourse) -> dict[str, Any]:
    """Rule 15: logged days in the first 14, sparse follow-up, logging ratio and drop."""
    K = course.K
    first_14 = sum(1 for k in course.p if k <= min(13, K))
    span_14 = min(14, K + 1)
    sparse = span_14 >= 7 and first_14 < Fraction(span_14, 2)
    follow_up_days = max(0, K + 1)
    after_logged = sum(1 for k in course.p if k <= min(27, K))
    before_dates = {course.first_date - timedelta(days=i) for i in range(1, 29)}
    before_logged = len({e.at.date() for e in entries} & before_dates)
    before_rate = Fraction(before_logged, 28)
    ratio: Fraction | None = None
    if min(28, follow_up_days) != 0 and before_rate != 0:
        ratio = Fraction(after_logged, min(28, follow_up_days)) / before_rate
    dropped = (
        ratio is not None
        and ratio < Fraction(1, 2)
        and before_rate >= Fraction(3, 10)
        and min(28, K + 1) >= 14
    )
    return {
        "logged_days_first_14": first_14,
        "sparse_follow_up": sparse,
        "logging_ratio": rounded(ratio, 2),
        "logging_dropped": dropped,
    }


def rule16_dose(course: RefCourse) -> dict[str, Any]:
    """Rule 16: doses as the patient typed them (exact decimals), drug and route."""
    sessions = course.sessions
    dose_mg = None
    if all(s.dose_mg is not None for s in sessions):
        dose_mg = float(sum((Fraction(repr(s.dose_mg)) for s in sessions), Fraction(0)))
    per_kg: list[Fraction] | None = None
    if all(s.dose_mg is not None and s.weight_kg is not None and s.weight_kg > 0 for s in sessions):
        per_kg = [Fraction(repr(s.dose_mg)) / Fraction(repr(s.weight_kg)) for s in sessions]
    pairs = list(dict.fromkeys(f"{s.drug} {s.route.value}" for s in sessions))
    return {
        "dose_mg": dose_mg,
        "dose_mg_per_kg": None if per_kg is None else round_exact(sum(per_kg, Fraction(0)), 2),
        "dose_mg_per_kg_per_session": None if per_kg is None else round_exact(mean(per_kg), 2),
        "dose_per_session_exact": None if per_kg is None else mean(per_kg),
        "drug_route": " + ".join(pairs),
    }


# ---------------------------------------------------------------- rule 17: one course's object

NULL_UNLESS_OK = (
    "onset_day_30",
    "relief_days_30",
    "censored_30",
    "onset_day_50",
    "relief_days_50",
    "censored_50",
    "censor_reason_30",
    "censor_reason_50",
    "peak_reduction_pct",
    "peak_day",
    "category",
    "return_to_baseline_day",
    "late_reduction_pct",
)


def course_metrics(
    entries: Sequence[PainEntry],
    course: RefCourse,
    earlier: Sequence[RefCourse],
    following: RefCourse | None,
    settings: AnalysisSettings,
) -> None:
    """Rules 2 and 4–16 for one course, then rule 3 for its influence window (fills course.json)."""
    base = rule4_baseline(entries, course, earlier, settings)
    usable = base.pop("usable")
    course.K, window_reason = rule6_follow_up(entries, course, following, settings)
    course.p = {
        k: value
        for k in range(course.K + 1)
        if (value := rule2_follow_up_value(entries, course, k)) is not None
    }
    course.status = rule9_status(course, settings)
    out: dict[str, Any] = dict.fromkeys(NULL_UNLESS_OK)
    if course.status == "ok":
        rule7_8_curves(course)
        for theta in THETAS:
            onset, days, censored, reason = rule10_11_relief(course, theta, window_reason, settings)
            out[f"onset_day_{theta}"], out[f"relief_days_{theta}"] = onset, days
            out[f"censored_{theta}"], out[f"censor_reason_{theta}"] = censored, reason
        peak, peak_day = rule12_peak(course, out["relief_days_30"], settings)
        out["peak_reduction_pct"], out["peak_day"] = rounded(peak, 1), peak_day
        if course.K >= 28:
            out["late_reduction_pct"] = rounded(rule12_late(course), 1)
        out["category"] = rule13_category(
            out["relief_days_30"], out["censored_30"], out["relief_days_50"], peak, settings
        )
        if out["onset_day_30"] is not None:
            out["return_to_baseline_day"] = rule14_return(course, out["relief_days_30"], settings)
    out["status"] = course.status
    course.json = out
    course.influence_end = rule3_influence_end(course, settings)
    dose = rule16_dose(course)
    fields = {
        "course": course.number,
        "sessions": [str(s.id) for s in course.sessions],
        "start": minute_text(course.start),
        "day0": course.day0.isoformat(),
        "status": course.status,
        "baseline": rounded(course.baseline, 2),
        "follow_up_days": max(0, course.K + 1),
        **{key: out[key] for key in NULL_UNLESS_OK},
        "dose_mg": dose["dose_mg"],
        "dose_mg_per_kg": dose["dose_mg_per_kg"],
        "end": minute_text(course.end),
        **base,
        "baseline_source": course.source,
        "short_baseline": course.short_baseline,
        **rule5_flags(entries, course, earlier, usable),
        "during_mean": rounded(rule2_during_mean(entries, course), 2),
        "influence_end": course.influence_end.isoformat(),
        **rule15_coverage(entries, course),
        "dose_mg_per_kg_per_session": dose["dose_mg_per_kg_per_session"],
        "drug_route": dose["drug_route"],
    }
    course.json = {key: fields[key] for key in COURSE_ORDER}
    course.dose_per_session = dose["dose_per_session_exact"]


# The course object's keys in the order CLINICAL.md lists them (v1 fields, then v2's).
COURSE_ORDER = [
    "course",
    "sessions",
    "start",
    "day0",
    "status",
    "baseline",
    "follow_up_days",
    "onset_day_30",
    "relief_days_30",
    "censored_30",
    "onset_day_50",
    "relief_days_50",
    "censored_50",
    "peak_reduction_pct",
    "peak_day",
    "category",
    "return_to_baseline_day",
    "dose_mg",
    "dose_mg_per_kg",
    "end",
    "baseline_dates",
    "baseline_source",
    "baseline_from_course",
    "baseline_influenced_by",
    "short_baseline",
    "week_before_mean",
    "baseline_flare",
    "baseline_trend_per_4_weeks",
    "low_baseline",
    "during_mean",
    "censor_reason_30",
    "censor_reason_50",
    "late_reduction_pct",
    "influence_end",
    "logged_days_first_14",
    "sparse_follow_up",
    "logging_ratio",
    "logging_dropped",
    "dose_mg_per_kg_per_session",
    "drug_route",
]


def reference_courses(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    at: datetime,
) -> list[RefCourse]:
    """Every course with its metrics, computed chronologically (rule 3's windows feed rule 4)."""
    courses = rule1_courses(sessions, settings, at)
    for index, course in enumerate(courses):
        following = courses[index + 1] if index + 1 < len(courses) else None
        course_metrics(entries, course, courses[:index], following, settings)
    return courses
