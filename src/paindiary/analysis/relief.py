"""Relief metrics v1 per course (CLINICAL.md rules 1–11) and the summary document."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction
from typing import NamedTuple, TypedDict

import numpy as np

from paindiary.analysis import relief_curves as curves
from paindiary.analysis.courses import Course, find_courses
from paindiary.analysis.rounding import reaches, round_computed
from paindiary.analysis.timeline import EntryTimeline, FloatArray, day_number
from paindiary.analysis.windows import BaselineTable, FollowUpTable, baseline_table, follow_up_table
from paindiary.domain import AnalysisSettings, PainEntry, Route, TreatmentSession

THRESHOLDS = (30, 50)  # moderately important and substantial reduction (IMMPACT)
MINIMAL_CHANGE = 10  # below this peak a course counts as no change

JsonValue = int | float | str | bool | None | list[str]


class SummaryDocument(TypedDict):
    """What `paindiary summary --json` prints."""

    settings: dict[str, int]
    courses: list[dict[str, JsonValue]]


class ReliefStatus(StrEnum):
    OK = "ok"
    INSUFFICIENT_BASELINE = "insufficient-baseline"
    NO_BASELINE_PAIN = "no-baseline-pain"
    NO_FOLLOW_UP = "no-follow-up"


class Category(StrEnum):
    SUBSTANTIAL = "substantial"
    MODERATE = "moderate"
    MINIMAL = "minimal"
    NONE = "none"


class ThresholdRelief(NamedTuple):
    """One threshold's onset, relief days and censoring, as in the spec."""

    onset_day: int | None
    relief_days: int | None
    censored: bool | None


# The course object of `paindiary summary --json`, in the spec's order.
JSON_FIELDS = (
    "course",
    "sessions",
    "start",
    "day0",
    "status",
    "baseline",
    "baseline_days",
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
)


@dataclass(frozen=True, slots=True)
class CourseRelief:
    """The relief metrics of one course, with the unrounded curve behind them for charts."""

    course: int
    sessions: tuple[uuid.UUID, ...]
    start: datetime
    day0: date
    status: ReliefStatus
    baseline: float | None
    baseline_days: int
    follow_up_days: int
    onset_day_30: int | None
    relief_days_30: int | None
    censored_30: bool | None
    onset_day_50: int | None
    relief_days_50: int | None
    censored_50: bool | None
    peak_reduction_pct: float | None
    peak_day: int | None
    category: Category | None
    return_to_baseline_day: int | None
    dose_mg: float | None
    dose_mg_per_kg: float | None
    # Not in the JSON document: the course itself and the unrounded curve, k = 0…K.
    treatment: Course
    baseline_exact: float | None
    reduction: tuple[float | None, ...]
    smoothed: tuple[float | None, ...]

    @property
    def routes(self) -> tuple[Route, ...]:
        return self.treatment.routes

    @property
    def too_early(self) -> bool:
        """Relief at 30 % cannot be judged yet: the onset window is not over."""
        return self.status is ReliefStatus.OK and self.censored_30 is True and self.relief_days_30 is None

    def at_threshold(self, threshold: int) -> ThresholdRelief:
        """The onset, relief days and censoring at 30 or 50 %."""
        if threshold == 30:
            return ThresholdRelief(self.onset_day_30, self.relief_days_30, self.censored_30)
        if threshold == 50:
            return ThresholdRelief(self.onset_day_50, self.relief_days_50, self.censored_50)
        raise ValueError(f"no relief metrics at {threshold} %")

    def as_json(self) -> dict[str, JsonValue]:
        """The spec's course object, fields in the spec's order."""
        values: dict[str, JsonValue] = {}
        for name in JSON_FIELDS:
            value = getattr(self, name)
            if name == "sessions":
                value = [str(session_id) for session_id in value]
            elif name == "start":
                value = value.strftime("%Y-%m-%dT%H:%M")
            elif name == "day0":
                value = value.isoformat()
            elif isinstance(value, StrEnum):
                value = value.value
            values[name] = value
        return values


def relief_summary(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], settings: AnalysisSettings
) -> list[CourseRelief]:
    """The relief metrics of every course, chronologically."""
    courses = find_courses(sessions, settings)
    return assess_courses(EntryTimeline.from_entries(entries), courses, settings)


def summary_document(
    entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], settings: AnalysisSettings
) -> SummaryDocument:
    """`{"settings": {...}, "courses": [...]}` as `paindiary summary --json` prints it."""
    reliefs = relief_summary(entries, sessions, settings)
    return {"settings": settings.as_dict(), "courses": [relief.as_json() for relief in reliefs]}


def assess_courses(
    timeline: EntryTimeline, courses: Sequence[Course], settings: AnalysisSettings, first: int = 0
) -> list[CourseRelief]:
    """Relief of courses[first:], all courses' arrays computed together."""
    selected = courses[first:]
    if not selected:
        return []
    next_days: list[int | None] = [day_number(course.start.date()) for course in selected[1:]]
    next_days.append(None)
    base = baseline_table(timeline, selected, settings)
    follow = follow_up_table(timeline, selected, next_days, settings)
    reduction = curves.reductions(base.value, follow.totals, follow.counts)
    smoothed = curves.smooth(reduction, follow.inside)
    window = settings.onset_window_days
    onset = {threshold: curves.onsets(smoothed, threshold, window) for threshold in THRESHOLDS}
    spans = {
        threshold: curves.relief_spans(smoothed, threshold, onset[threshold]) for threshold in THRESHOLDS
    }
    peak, peak_day = curves.peaks(smoothed)
    back = curves.return_days(smoothed, base.value, peak_day)

    # Plain lists index far faster than numpy scalars in the per-course loop below.
    rows = _Rows(
        settings=settings,
        base=base,
        follow=follow,
        base_value=base.value.tolist(),
        days_used=base.days_used.tolist(),
        base_total=base.totals.sum(axis=1).tolist(),
        last_day=follow.last_day.tolist(),
        onset={t: onset[t].tolist() for t in THRESHOLDS},
        days={t: spans[t][0].tolist() for t in THRESHOLDS},
        censored={t: spans[t][1].tolist() for t in THRESHOLDS},
        peak=peak.tolist(),
        peak_day=peak_day.tolist(),
        back=back.tolist(),
        reduction=_optional_rows(reduction),
        smoothed=_optional_rows(smoothed),
    )
    return [_course_relief(course, index, rows) for index, course in enumerate(selected)]


@dataclass(frozen=True, slots=True)
class _Rows:
    """Every course's results as plain lists, plus the tables for exact rounding."""

    settings: AnalysisSettings
    base: BaselineTable
    follow: FollowUpTable
    base_value: list[float]
    days_used: list[int]
    base_total: list[int]
    last_day: list[int]
    onset: dict[int, list[int]]
    days: dict[int, list[int]]
    censored: dict[int, list[bool]]
    peak: list[float]
    peak_day: list[int]
    back: list[int]
    reduction: list[list[float | None]]
    smoothed: list[list[float | None]]


class _Metrics(NamedTuple):
    """The metrics that only an `ok` course has."""

    at_30: ThresholdRelief
    at_50: ThresholdRelief
    peak_reduction_pct: float | None
    peak_day: int | None
    category: Category | None
    return_to_baseline_day: int | None


_NO_METRICS = _Metrics(
    ThresholdRelief(None, None, None), ThresholdRelief(None, None, None), None, None, None, None
)


def _optional_rows(matrix: FloatArray) -> list[list[float | None]]:
    """Rows as lists with None for NaN, converted in one pass over all courses."""
    values = matrix.astype(object)
    values[np.isnan(matrix)] = None
    rows: list[list[float | None]] = values.tolist()
    return rows


def _status(rows: _Rows, index: int) -> ReliefStatus:
    if rows.days_used[index] < rows.settings.min_baseline_days:
        return ReliefStatus.INSUFFICIENT_BASELINE
    if rows.base_total[index] == 0:
        return ReliefStatus.NO_BASELINE_PAIN
    if rows.peak_day[index] == curves.NONE:
        return ReliefStatus.NO_FOLLOW_UP
    return ReliefStatus.OK


def _course_relief(course: Course, index: int, rows: _Rows) -> CourseRelief:
    status = _status(rows, index)
    follow_up_days = max(0, rows.last_day[index] + 1)
    has_baseline = status is not ReliefStatus.INSUFFICIENT_BASELINE
    baseline_exact = rows.base_value[index] if has_baseline else None
    baseline = None
    if baseline_exact is not None:
        baseline = round_computed(baseline_exact, 2, lambda: _exact_baseline(rows.base, index))
    if has_baseline and status is not ReliefStatus.NO_BASELINE_PAIN:
        reduction = tuple(rows.reduction[index][:follow_up_days])
        smoothed = tuple(rows.smoothed[index][:follow_up_days])
    else:
        reduction = smoothed = (None,) * follow_up_days
    # Every metric but the always-present ones stays null unless the status is ok (rule 11).
    metrics = _metrics(rows, index) if status is ReliefStatus.OK else _NO_METRICS
    return CourseRelief(
        course=course.number,
        sessions=tuple(session.id for session in course.sessions),
        start=course.start,
        day0=course.day0,
        status=status,
        baseline=baseline,
        baseline_days=rows.days_used[index],
        follow_up_days=follow_up_days,
        onset_day_30=metrics.at_30.onset_day,
        relief_days_30=metrics.at_30.relief_days,
        censored_30=metrics.at_30.censored,
        onset_day_50=metrics.at_50.onset_day,
        relief_days_50=metrics.at_50.relief_days,
        censored_50=metrics.at_50.censored,
        peak_reduction_pct=metrics.peak_reduction_pct,
        peak_day=metrics.peak_day,
        category=metrics.category,
        return_to_baseline_day=metrics.return_to_baseline_day,
        dose_mg=course.dose_mg,
        dose_mg_per_kg=course.dose_mg_per_kg,
        treatment=course,
        baseline_exact=baseline_exact,
        reduction=reduction,
        smoothed=smoothed,
    )


def _metrics(rows: _Rows, index: int) -> _Metrics:
    at_30 = _threshold_relief(rows, index, 30)
    at_50 = _threshold_relief(rows, index, 50)
    peak, peak_day = rows.peak[index], rows.peak_day[index]
    too_early = at_30.relief_days is None
    back = rows.back[index]
    return _Metrics(
        at_30,
        at_50,
        round_computed(peak, 1, lambda: _exact_smoothed(rows.base, rows.follow, index, peak_day)),
        peak_day,
        None if too_early else _category(at_30.onset_day, at_50.onset_day, peak),
        # Only a course with relief at 30 % has something to return from.
        back if at_30.onset_day is not None and back != curves.NONE else None,
    )


def _threshold_relief(rows: _Rows, index: int, threshold: int) -> ThresholdRelief:
    onset = rows.onset[threshold][index]
    if onset != curves.NONE:
        return ThresholdRelief(onset, rows.days[threshold][index], rows.censored[threshold][index])
    if rows.last_day[index] < rows.settings.onset_window_days:
        return ThresholdRelief(None, None, True)  # too early to tell
    return ThresholdRelief(None, 0, False)


def _category(onset_30: int | None, onset_50: int | None, peak: float) -> Category:
    if onset_50 is not None:
        return Category.SUBSTANTIAL
    if onset_30 is not None:
        return Category.MODERATE
    if reaches(peak, MINIMAL_CHANGE):
        return Category.MINIMAL
    return Category.NONE


def _exact_baseline(base: BaselineTable, index: int) -> Fraction:
    """B as an exact fraction, for rounding a value the float arithmetic left next to a tie."""
    pairs = zip(base.totals[index].tolist(), base.counts[index].tolist(), strict=True)
    daily = [Fraction(total, count) for total, count in pairs if count]
    return sum(daily, Fraction(0)) / len(daily)


def _exact_smoothed(base: BaselineTable, follow: FollowUpTable, index: int, day: int) -> Fraction:
    """s(day) as an exact fraction, from the same day totals the float curve used."""
    baseline = _exact_baseline(base, index)
    width = follow.counts.shape[1]
    values = sorted(
        100 * (baseline - Fraction(int(follow.totals[index, k]), int(follow.counts[index, k]))) / baseline
        for k in (day - 1, day, day + 1)
        if 0 <= k < width and follow.counts[index, k] > 0
    )
    if len(values) == 2:
        return (values[0] + values[1]) / 2
    return values[len(values) // 2]
