"""A slow, literal reading of CLINICAL.md "Relief metrics v1" in exact fractions.

It shares no code with paindiary.analysis, so the property tests can hold the fast
implementation against it on generated diaries.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Any

from paindiary.domain import AnalysisSettings, PainEntry, TreatmentSession


def _round(value: Fraction, places: int) -> float:
    scale = 10**places
    whole = math.floor(abs(value) * scale + Fraction(1, 2))
    return 0.0 if whole == 0 else math.copysign(whole / scale, value)


def _median(values: list[Fraction]) -> Fraction:
    ordered = sorted(values)
    if len(ordered) == 2:
        return (ordered[0] + ordered[1]) / 2
    return ordered[len(ordered) // 2]


def _dose(course: list[TreatmentSession]) -> tuple[float | None, float | None]:
    if any(s.dose_mg is None for s in course):
        return None, None
    mg = sum((Fraction(repr(s.dose_mg)) for s in course), Fraction(0))
    if any(not s.weight_kg or s.weight_kg <= 0 for s in course):
        return _round(mg, 2), None
    per_kg = sum((Fraction(repr(s.dose_mg)) / Fraction(repr(s.weight_kg)) for s in course), Fraction(0))
    return _round(mg, 2), _round(per_kg, 2)


def reference_courses(
    sessions: Sequence[TreatmentSession], settings: AnalysisSettings
) -> list[list[TreatmentSession]]:
    courses: list[list[TreatmentSession]] = []
    for s in sorted(sessions, key=lambda s: (s.at, str(s.id))):
        if courses and (s.at.date() - courses[-1][-1].at.date()).days <= settings.course_gap_days:
            courses[-1].append(s)
        else:
            courses.append([s])
    return courses


def reference_summary(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], settings: AnalysisSettings
) -> list[dict[str, Any]]:
    courses = reference_courses(sessions, settings)
    last_logged = max(e.at for e in entries).date() if entries else None
    result = []
    for number, course in enumerate(courses, start=1):
        start: datetime = course[0].at
        last: datetime = course[-1].at
        day0 = last.date()
        low = start - timedelta(hours=24 * settings.baseline_days)
        baseline_dates: dict[Any, list[int]] = defaultdict(list)
        for e in entries:
            if low <= e.at < start:
                baseline_dates[e.at.date()].append(e.pain)
        n_dates = len(baseline_dates)
        baseline = (
            sum((Fraction(sum(v), len(v)) for v in baseline_dates.values()), Fraction(0)) / n_dates
            if n_dates
            else None
        )
        bounds = [settings.horizon_days - 1]
        if number < len(courses):
            bounds.append((courses[number][0].at.date() - day0).days - 1)
        bounds.append((last_logged - day0).days if last_logged is not None else -1)
        k_last = min(bounds)
        dose_mg, dose_mg_per_kg = _dose(course)
        out: dict[str, Any] = {
            "course": number,
            "sessions": [str(s.id) for s in course],
            "start": start.strftime("%Y-%m-%dT%H:%M"),
            "day0": day0.isoformat(),
            "status": "ok",
            "baseline": None
            if n_dates < settings.min_baseline_days or baseline is None
            else _round(baseline, 2),
            "baseline_days": n_dates,
            "follow_up_days": max(0, k_last + 1),
            **dict.fromkeys(
                [
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
                ]
            ),
            "dose_mg": dose_mg,
            "dose_mg_per_kg": dose_mg_per_kg,
        }
        result.append(out)
        if n_dates < settings.min_baseline_days or baseline is None:
            out["status"] = "insufficient-baseline"
            continue
        if baseline == 0:
            out["status"] = "no-baseline-pain"
            continue
        pain: dict[int, Fraction] = {}
        for k in range(k_last + 1):
            day = day0 + timedelta(days=k)
            values = [e.pain for e in entries if e.at.date() == day and (k > 0 or e.at >= last)]
            if values:
                pain[k] = Fraction(sum(values), len(values))
        r = {k: 100 * (baseline - p) / baseline for k, p in pain.items()}
        s: dict[int, Fraction] = {}
        for k in range(k_last + 1):
            near = [r[j] for j in (k - 1, k, k + 1) if 0 <= j <= k_last and j in r]
            if near:
                s[k] = _median(near)
        if not s:
            out["status"] = "no-follow-up"
            continue
        onsets: dict[int, int | None] = {}
        for theta in (30, 50):
            onset = next((k for k in range(settings.onset_window_days + 1) if k in s and s[k] >= theta), None)
            onsets[theta] = onset
            if onset is None:
                too_early = k_last < settings.onset_window_days
                out[f"relief_days_{theta}"] = None if too_early else 0
                out[f"censored_{theta}"] = too_early
                continue
            days = [k for k in sorted(s) if k > onset]
            end = None
            for i, k in enumerate(days):
                if s[k] < theta and i + 1 < len(days) and s[days[i + 1]] < theta:
                    end = k
                    break
            last_relief = max(k for k in s if k >= onset and (end is None or k < end) and s[k] >= theta)
            out[f"onset_day_{theta}"] = onset
            out[f"relief_days_{theta}"] = last_relief + 1
            out[f"censored_{theta}"] = end is None
        peak = max(s.values())
        peak_day = min(k for k in s if s[k] == peak)
        out["peak_reduction_pct"] = _round(peak, 1)
        out["peak_day"] = peak_day
        if out["relief_days_30"] is not None:
            if onsets[50] is not None:
                out["category"] = "substantial"
            elif onsets[30] is not None:
                out["category"] = "moderate"
            elif peak >= 10:
                out["category"] = "minimal"
            else:
                out["category"] = "none"
        if onsets[30] is not None:
            out["return_to_baseline_day"] = next(
                (k for k in sorted(s) if k > peak_day and s[k] <= 100 / baseline), None
            )
    return result
