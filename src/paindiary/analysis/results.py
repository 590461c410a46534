"""What Relief metrics v2 computes (docs/relief-metrics.md): frozen results, and their JSON form.

These types are the contract between the analysis and everything that shows it (the command
line, Today, Sessions, the charts, the report). Attribute names are the keys of
`paindiary summary --json`; each JSON object lists its keys in the order the spec gives them.
Numbers are already rounded for output (half away from zero); the unrounded curves that charts
draw travel beside them and never reach the JSON document.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from paindiary.analysis.course_groups import Course
    from paindiary.domain import AnalysisSettings

JsonObject = dict[str, Any]

THRESHOLDS = (30, 50)  # moderately important and substantial reduction (IMMPACT)
MINIMAL_CHANGE = 10  # % below which a change counts as no change


class ReliefStatus(StrEnum):
    """Rule 9, in the order the statuses are checked."""

    INSUFFICIENT_BASELINE = "insufficient-baseline"
    NO_BASELINE_PAIN = "no-baseline-pain"
    NO_FOLLOW_UP = "no-follow-up"
    NO_EARLY_ENTRIES = "no-early-entries"
    OK = "ok"


class Category(StrEnum):
    """Rule 13."""

    SUBSTANTIAL = "substantial"
    MODERATE = "moderate"
    BRIEF = "brief"
    MINIMAL = "minimal"
    NONE = "none"


class CensorReason(StrEnum):
    """Why relief at a threshold was still going when the diary stopped showing it (rules 10, 11)."""

    TOO_EARLY = "too-early"
    GAP = "gap"
    NEXT_COURSE = "next-course"
    HORIZON = "horizon"
    END_OF_DIARY = "end-of-diary"


class BaselineSource(StrEnum):
    """Rule 4: the course's own usual pain, or one carried from an earlier course."""

    OWN = "own"
    CARRIED = "carried"


class FrequencyBand(StrEnum):
    """Dosing-frequency bands of maintenance runs, by days between dosing dates."""

    TWICE_WEEKLY_OR_MORE = "twice a week or more"  # 1–4 days
    ABOUT_WEEKLY = "about weekly"  # 5–9 days
    ABOUT_FORTNIGHTLY = "about every two weeks"  # 10–17 days


# The course object's keys, in the spec's order: the v1 fields that remain, then v2's.
COURSE_KEYS = (
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
)

TYPICAL_RELIEF_KEYS: tuple[str, ...] = (
    "drug_route",
    "sessions_per_course",
    "courses",
    "typical_relief_days",
    "at_least_days",  # present only when typical_relief_days is null
    "min",
    "max",
)

DOSE_RESPONSE_KEYS = (
    "drug_route",
    "sessions_per_course",
    "n",
    "dose_measure",
    "course_numbers",
    "rho",
    "p",
    "p_method",
    "rho_time",
)

RUN_KEYS = (
    "band",
    "start",
    "end",
    "sessions",
    "logged_days",
    "days",
    "mean_pain",
    "reference",
    "pct_below_reference",
    "pct_logged_days_30_below",
    "predose_mean_pain",
    "predose_pct_below_reference",
)

NOW_KEYS = ("course", "day", "recent_days", "recent_mean", "baseline", "status", "text")

SUMMARY_KEYS = ("settings", "courses", "typical_relief", "dose_response", "runs", "now")


def json_value(value: object) -> object:
    """One attribute as the JSON document writes it."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    return value


def json_object(record: object, keys: tuple[str, ...]) -> JsonObject:
    """The record's attributes named by `keys`, in that order, as JSON values."""
    return {key: json_value(getattr(record, key)) for key in keys}


@dataclass(frozen=True, slots=True)
class CourseRelief:
    """Rules 1–17 for one course. JSON attributes first (in COURSE_KEYS order), then the curves."""

    course: int  # 1-based, chronological among done sessions
    sessions: tuple[uuid.UUID, ...]
    start: datetime  # the first session's start
    day0: date  # calendar date of the course end
    status: ReliefStatus
    baseline: float | None  # B, 2 decimals; null only for insufficient-baseline
    follow_up_days: int  # max(0, K + 1)
    onset_day_30: int | None
    relief_days_30: int | None
    censored_30: bool | None
    onset_day_50: int | None
    relief_days_50: int | None
    censored_50: bool | None
    peak_reduction_pct: float | None  # 1 decimal
    peak_day: int | None
    category: Category | None
    return_to_baseline_day: int | None
    dose_mg: float | None  # unrounded sum; null if any session lacks a dose
    dose_mg_per_kg: float | None  # sum of each session's mg/kg, 2 decimals
    end: datetime  # the latest end among the sessions (start + minutes)
    baseline_dates: int  # n: usable dates of this course's own baseline window
    baseline_source: BaselineSource | None
    baseline_from_course: int | None  # when carried: the course whose B this is
    baseline_influenced_by: tuple[int, ...]  # ascending
    short_baseline: bool
    week_before_mean: float | None  # 2 decimals
    baseline_flare: bool
    baseline_trend_per_4_weeks: float | None  # 1 decimal
    low_baseline: bool
    during_mean: float | None  # 2 decimals
    censor_reason_30: CensorReason | None
    censor_reason_50: CensorReason | None
    late_reduction_pct: float | None  # 1 decimal
    influence_end: date
    logged_days_first_14: int
    sparse_follow_up: bool
    logging_ratio: float | None  # 2 decimals
    logging_dropped: bool
    dose_mg_per_kg_per_session: float | None  # 2 decimals
    drug_route: str  # "esketamine intranasal"; a mixed course joins its pairs with " + "
    # Not in the JSON document: the course itself and its unrounded curves for k = 0…K
    # (each tuple has follow_up_days items; None on days without entries).
    treatment: Course
    baseline_exact: float | None
    daily: tuple[float | None, ...]  # p(k)
    reduction: tuple[float | None, ...]  # r(k) in %
    smoothed: tuple[float | None, ...]  # s(k) in %

    def as_json(self) -> JsonObject:
        return json_object(self, COURSE_KEYS)

    def onset_day(self, threshold: int) -> int | None:
        return self.onset_day_30 if threshold == 30 else self.onset_day_50

    def relief_days(self, threshold: int) -> int | None:
        return self.relief_days_30 if threshold == 30 else self.relief_days_50

    def censored(self, threshold: int) -> bool | None:
        return self.censored_30 if threshold == 30 else self.censored_50

    def censor_reason(self, threshold: int) -> CensorReason | None:
        return self.censor_reason_30 if threshold == 30 else self.censor_reason_50

    @property
    def too_early(self) -> bool:
        """Relief at 30 % cannot be judged yet: the onset window is not over."""
        return self.censor_reason_30 is CensorReason.TOO_EARLY

    @property
    def sessions_per_course(self) -> int:
        return len(self.sessions)


@dataclass(frozen=True, slots=True)
class TypicalRelief:
    """Kaplan–Meier median of relief days at 30 % within one comparable group."""

    drug_route: str
    sessions_per_course: int
    courses: int  # how many courses the median rests on
    typical_relief_days: float | None  # null when the curve never reaches 0.5
    at_least_days: int | None  # only when typical_relief_days is null: the largest value seen
    min: int
    max: int
    course_numbers: tuple[int, ...]  # not in JSON: which courses were used

    def as_json(self) -> JsonObject:
        keys = TYPICAL_RELIEF_KEYS
        if self.typical_relief_days is not None:
            keys = tuple(key for key in keys if key != "at_least_days")
        return json_object(self, keys)


@dataclass(frozen=True, slots=True)
class DoseResponseGroup:
    """Spearman's ρ of dose against relief days within one comparable group of ≥ 8 courses."""

    drug_route: str
    sessions_per_course: int
    n: int
    dose_measure: str  # "dose_mg_per_kg_per_session" or "dose_mg"
    course_numbers: tuple[int, ...]
    rho: float | None  # 2 decimals; null when every dose or every relief value is equal
    p: float | None  # 3 decimals
    p_method: str | None  # "exact-permutation" or "t-approximation"
    rho_time: float | None  # course order against relief days, 2 decimals

    def as_json(self) -> JsonObject:
        return json_object(self, DOSE_RESPONSE_KEYS)


@dataclass(frozen=True, slots=True)
class DosingRun:
    """A maintenance schedule: sessions at a steady frequency band for at least two weeks."""

    band: FrequencyBand
    start: date
    end: date
    sessions: int  # a count of dosing sessions in the run
    logged_days: int
    days: int  # end − start + 1
    mean_pain: float | None  # 2 decimals
    reference: float | None  # the B the run is compared with, 2 decimals
    pct_below_reference: float | None  # 1 decimal
    pct_logged_days_30_below: float | None  # 1 decimal
    predose_mean_pain: float | None  # 2 decimals
    predose_pct_below_reference: float | None  # 1 decimal
    # Not in JSON: for the chart.
    session_dates: tuple[date, ...]
    reference_course: int | None
    daily: tuple[tuple[date, float], ...]  # (date, p(d)) on logged dates, unrounded

    def as_json(self) -> JsonObject:
        return json_object(self, RUN_KEYS)


@dataclass(frozen=True, slots=True)
class NowLine:
    """Today against the latest course whose day 0 has come."""

    course: int
    day: int  # today's day number k of that course
    recent_days: tuple[date, ...]  # the diary's last two dates with entries, when both are logged days
    recent_mean: float | None  # mean of their p(k), 2 decimals
    baseline: float | None
    status: ReliefStatus
    text: str  # the relief status in the course's own words
    relief: CourseRelief  # not in JSON: the course as of today

    def as_json(self) -> JsonObject:
        return json_object(self, NOW_KEYS)


@dataclass(frozen=True, slots=True)
class ReliefAnalysis:
    """Everything `paindiary summary --json` prints, computed once for one moment."""

    settings: AnalysisSettings
    courses: tuple[CourseRelief, ...]
    typical_relief: tuple[TypicalRelief, ...]
    dose_response: tuple[DoseResponseGroup, ...]
    runs: tuple[DosingRun, ...]
    now: NowLine | None
    at: datetime  # the time of the summary: later sessions count as planned

    def as_json(self) -> JsonObject:
        """The summary document, keys in the spec's order."""
        return {
            "settings": self.settings.as_dict(),
            "courses": [course.as_json() for course in self.courses],
            "typical_relief": [group.as_json() for group in self.typical_relief],
            "dose_response": [group.as_json() for group in self.dose_response],
            "runs": [run.as_json() for run in self.runs],
            "now": self.now.as_json() if self.now is not None else None,
        }

    def typical_for(self, course: CourseRelief) -> TypicalRelief | None:
        for group in self.typical_relief:
            if (group.drug_route, group.sessions_per_course) == (
                course.drug_route,
                course.sessions_per_course,
            ):
                return group
        return None
