"""The diary's records as plain, validated values: no Qt, no SQL.

Every record checks itself when it is built, so an invalid value never reaches
the store. Errors name the field and the values that are allowed, in words a
patient understands.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, ClassVar, Self

from paindiary.clinic_records import (
    ChecklistItem,
    RideHome,
    SessionStatus,
    SideEffectOnset,
    check_checklist,
    check_lasted_hours,
    check_onset,
    check_ride_home,
    check_session_status,
)
from paindiary.field_checks import (
    NAME_MAX,
    PAIN_MAX,
    PAIN_MIN,
    TEXT_MAX,
    ValidationError,
    check_choice,
    check_minutes,
    check_moment,
    check_name,
    check_positive,
    check_score,
    check_text,
    format_moment,
    new_id,
    parse_date,
    parse_moment,
    parse_uuid,
)
from paindiary.i18n import _
from paindiary.session_limits import DOSE, DURATION, RATE, WEIGHT, check_amount, worked_out_rate

# The field checks and their error live in field_checks; callers may keep importing them from here.
__all__ = [
    "NAME_MAX",
    "PAIN_MAX",
    "PAIN_MIN",
    "RATE_ROUTES",
    "ROUTE_LABELS",
    "SIDE_EFFECT_CATALOG",
    "TEXT_MAX",
    "AnalysisSettings",
    "ChecklistItem",
    "PainEntry",
    "RideHome",
    "Route",
    "SessionSeries",
    "SessionStatus",
    "Severity",
    "SideEffect",
    "SideEffectOnset",
    "TreatmentSession",
    "ValidationError",
    "check_minutes",
    "check_moment",
    "check_name",
    "check_positive",
    "check_route",
    "check_score",
    "check_series",
    "check_severity",
    "check_text",
    "day_start",
    "format_moment",
    "new_id",
    "parse_date",
    "parse_moment",
    "parse_uuid",
    "side_effect_label",
]


class Route(StrEnum):
    IV_INFUSION = "iv-infusion"
    IM_INJECTION = "im-injection"
    SUBCUTANEOUS = "subcutaneous"
    INTRANASAL = "intranasal"
    ORAL = "oral"
    LOCAL_INJECTION = "local-injection"
    OTHER = "other"


class SessionSeries(StrEnum):
    """How a session is grouped into a course (docs/relief-metrics.md, rule 1)."""

    AUTO = "auto"  # joins the previous session's course when at most course_gap_days later
    JOIN = "join"  # always part of the previous session's course
    NEW = "new"  # always starts a new course


class Severity(StrEnum):
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


# Routes whose dose runs over the session's duration: only for these is a rate per hour worked out
# (a nasal dose over a 40-minute visit has no rate).
RATE_ROUTES = frozenset({Route.IV_INFUSION, Route.SUBCUTANEOUS})

ROUTE_LABELS: dict[Route, str] = {
    Route.IV_INFUSION: "IV infusion",
    Route.IM_INJECTION: "IM injection",
    Route.SUBCUTANEOUS: "Subcutaneous",
    Route.INTRANASAL: "Intranasal",
    Route.ORAL: "Oral",
    Route.LOCAL_INJECTION: "Local injection",
    Route.OTHER: "Other",
}

# The side-effect catalog's keys (docs/records.md), in the order shown to the patient.
SIDE_EFFECT_CATALOG: tuple[str, ...] = (
    "dissociation",
    "hallucinations",
    "visual-disturbances",
    "disorientation",
    "dizziness",
    "drowsiness",
    "nausea",
    "vomiting",
    "headache",
    "elevated-heart-rate",
    "elevated-blood-pressure",
    "increased-secretions",
    "anxiety",
    "agitation",
    "bladder-symptoms",
    "memory-or-concentration",
    "other",
)


def side_effect_label(kind: str) -> str:
    """A catalog key as words in the user's language ("elevated-heart-rate" -> "Elevated heart rate").

    A name the patient typed is shown as typed.
    """
    if kind in SIDE_EFFECT_CATALOG:
        words = kind.replace("-", " ")
        return _(words[:1].upper() + words[1:])
    return kind


def check_route(value: object) -> Route:
    return check_choice("route", value, Route)


def check_series(value: object) -> SessionSeries:
    return check_choice("series", value, SessionSeries)


def check_severity(value: object) -> Severity:
    return check_choice("severity", value, Severity)


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class PainEntry:
    """One moment's pain report."""

    at: datetime
    pain: int
    worst: int | None = None
    enjoyment: int | None = None
    activity: int | None = None
    sleep_interference: int | None = None  # how much pain interfered with last night's sleep
    mood: int | None = None  # 0 very low … 10 very good
    locations: tuple[str, ...] = ()
    note: str = ""
    for_clinician: bool = False  # the note may go into the appointment report when notes are included
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "at", check_moment("at", self.at))
        check_score("pain", self.pain, required=True)
        check_score("worst", self.worst, required=False)
        check_score("enjoyment", self.enjoyment, required=False)
        check_score("activity", self.activity, required=False)
        check_score("sleep_interference", self.sleep_interference, required=False)
        check_score("mood", self.mood, required=False)
        if isinstance(self.locations, str) or not isinstance(self.locations, tuple | list):
            raise ValidationError("locations", _("must be a list of body-region names"))
        cleaned: list[str] = []
        for index, region in enumerate(self.locations):
            name = check_name(f"locations[{index}]", region)
            if name not in cleaned:
                cleaned.append(name)
        object.__setattr__(self, "locations", tuple(cleaned))
        object.__setattr__(self, "note", check_text("note", self.note))
        if not isinstance(self.for_clinician, bool):
            message = _("{value} is not yes or no").format(value=repr(self.for_clinician))
            raise ValidationError("for_clinician", message)

    @property
    def peg(self) -> float | None:
        """PEG score (mean of pain, enjoyment, activity) when all three were answered."""
        if self.enjoyment is None or self.activity is None:
            return None
        return (self.pain + self.enjoyment + self.activity) / 3

    def same_content(self, other: PainEntry) -> bool:
        """Equal apart from bookkeeping timestamps."""
        return _content(self) == _content(other)


@dataclass(frozen=True, slots=True)
class SideEffect:
    """A side effect noticed after a session; may be recorded days later."""

    kind: str
    severity: Severity = Severity.MILD
    note: str = ""
    onset: SideEffectOnset | None = None
    lasted_hours: float | None = None
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        kind = check_name("kind", self.kind)
        # Catalog keys are stored as their lowercase key whatever the case typed.
        lowered = kind.lower()
        object.__setattr__(self, "kind", lowered if lowered in SIDE_EFFECT_CATALOG else kind)
        object.__setattr__(self, "severity", check_severity(self.severity))
        object.__setattr__(self, "note", check_text("note", self.note))
        object.__setattr__(self, "onset", check_onset(self.onset))
        object.__setattr__(self, "lasted_hours", check_lasted_hours(self.lasted_hours))

    def same_content(self, other: SideEffect) -> bool:
        return _content(self) == _content(other)


@dataclass(frozen=True, slots=True)
class TreatmentSession:
    """One treatment session (an infusion, an injection, a nasal dose...)."""

    at: datetime
    route: Route
    drug: str = "ketamine"
    dose_mg: float | None = None
    weight_kg: float | None = None
    minutes: int | None = None
    rate_mg_per_kg_h: float | None = None
    clinic: str = ""
    note: str = ""
    side_effects: tuple[SideEffect, ...] = ()
    series: SessionSeries = SessionSeries.AUTO
    status: SessionStatus = SessionStatus.DONE
    # The session day (optional): what the patient prepares and wants to ask.
    ride_home: RideHome = RideHome.UNKNOWN
    new_medicines: str = ""
    checklist: tuple[ChecklistItem, ...] = ()
    questions: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "at", check_moment("at", self.at))
        object.__setattr__(self, "route", check_route(self.route))
        object.__setattr__(self, "drug", check_name("drug", self.drug))
        # The limits and their wording are shared with the session dialog and the command line.
        object.__setattr__(self, "dose_mg", check_amount(DOSE, self.dose_mg))
        object.__setattr__(self, "weight_kg", check_amount(WEIGHT, self.weight_kg))
        object.__setattr__(self, "minutes", check_amount(DURATION, self.minutes))
        object.__setattr__(self, "rate_mg_per_kg_h", check_amount(RATE, self.rate_mg_per_kg_h))
        object.__setattr__(self, "clinic", check_text("clinic", self.clinic, limit=NAME_MAX * 2))
        object.__setattr__(self, "note", check_text("note", self.note))
        object.__setattr__(self, "series", check_series(self.series))
        object.__setattr__(self, "status", check_session_status(self.status))
        object.__setattr__(self, "ride_home", check_ride_home(self.ride_home))
        object.__setattr__(self, "new_medicines", check_text("new_medicines", self.new_medicines))
        object.__setattr__(self, "checklist", check_checklist(self.checklist))
        object.__setattr__(self, "questions", check_text("questions", self.questions))
        if not isinstance(self.side_effects, tuple | list):
            raise ValidationError("side_effects", _("must be a list"))
        for index, effect in enumerate(self.side_effects):
            if not isinstance(effect, SideEffect):
                raise ValidationError(f"side_effects[{index}]", _("is not a side effect"))
        object.__setattr__(self, "side_effects", tuple(self.side_effects))

    @property
    def done(self) -> bool:
        """Confirmed as happened: only done sessions take part in the analysis."""
        return self.status is SessionStatus.DONE

    @property
    def dose_mg_per_kg(self) -> float | None:
        """Dose per kilogram of body weight, when both are known."""
        if self.dose_mg is None or not self.weight_kg:
            return None
        return self.dose_mg / self.weight_kg

    @property
    def worked_out_rate(self) -> float | None:
        """mg/kg/h from dose, weight and duration, for an infusion without a recorded rate."""
        if self.rate_mg_per_kg_h is not None or self.route not in RATE_ROUTES:
            return None
        return worked_out_rate(self.dose_mg, self.weight_kg, self.minutes)

    def same_content(self, other: TreatmentSession) -> bool:
        mine = _content(self, skip={"side_effects"})
        theirs = _content(other, skip={"side_effects"})
        return mine == theirs and sorted(_content(e) for e in self.side_effects) == sorted(
            _content(e) for e in other.side_effects
        )


_BOOKKEEPING = {"created", "updated"}


def _content(record: Any, skip: set[str] | None = None) -> tuple[tuple[str, str], ...]:
    ignored = _BOOKKEEPING | (skip or set())
    return tuple((f.name, repr(getattr(record, f.name))) for f in fields(record) if f.name not in ignored)


# ---------------------------------------------------------------- settings


@dataclass(frozen=True, slots=True)
class AnalysisSettings:
    """The settings of Relief metrics v2 (docs/relief-metrics.md); they travel with the diary."""

    baseline_days: int = 28
    min_baseline_days: int = 3
    full_baseline_days: int = 5
    course_gap_days: int = 3
    horizon_days: int = 90
    onset_window_days: int = 3
    max_gap_days: int = 3
    washout_days: int = 7
    carry_forward_days: int = 180
    peak_window_days: int = 14

    LIMITS: ClassVar[dict[str, tuple[int, int]]] = {
        "baseline_days": (1, 120),
        "min_baseline_days": (1, 60),
        "full_baseline_days": (1, 120),
        "course_gap_days": (0, 60),
        "horizon_days": (1, 730),
        "onset_window_days": (0, 30),
        "max_gap_days": (0, 30),
        "washout_days": (1, 90),
        "carry_forward_days": (0, 3650),
        "peak_window_days": (1, 90),
    }
    # A stored or imported set of settings naming none of these was written under v1.
    V2_NAMES: ClassVar[frozenset[str]] = frozenset(
        {"full_baseline_days", "max_gap_days", "washout_days", "carry_forward_days", "peak_window_days"}
    )

    def __post_init__(self) -> None:
        for name, (low, high) in self.LIMITS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                message = _("{value} is not a whole number of days").format(value=repr(value))
                raise ValidationError(name, message)
            if not low <= value <= high:
                message = _("{value} is outside {low}–{high}").format(value=value, low=low, high=high)
                raise ValidationError(name, message)
        if self.min_baseline_days > self.baseline_days + 1:
            raise ValidationError(
                "min_baseline_days",
                _("{value} is more than the {dates} dates a baseline can have").format(
                    value=self.min_baseline_days, dates=self.baseline_days + 1
                ),
            )

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.LIMITS}

    @classmethod
    def written_under_v1(cls, values: dict[str, Any]) -> bool:
        """True for settings saved before Relief metrics v2: they take every v2 default instead."""
        return not cls.V2_NAMES & set(values)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Self:
        unknown = set(values) - set(cls.LIMITS)
        if unknown:
            known = ", ".join(cls.LIMITS)
            raise ValidationError(
                sorted(unknown)[0], _("is not a setting (known: {known})").format(known=known)
            )
        if cls.written_under_v1(values):
            # Still checked, so a damaged file is refused; then v2's defaults replace the v1 values.
            cls(**{"baseline_days": 7, **values})
            return cls()
        return cls(**values)

    def with_changes(self, **changes: int) -> AnalysisSettings:
        return replace(self, **changes)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time())
