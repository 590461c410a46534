"""The diary's records as plain, validated values: no Qt, no SQL.

Every record checks itself when it is built, so an invalid value never reaches
the store. Errors name the field and the values that are allowed, in words a
patient understands.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar

from paindiary.i18n import _

PAIN_MIN, PAIN_MAX = 0, 10
TEXT_MAX = 10_000
NAME_MAX = 100


class ValidationError(ValueError):
    """A value a patient typed (or a file held) that the diary cannot accept."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field = field_name
        self.message = message

    def within(self, prefix: str) -> ValidationError:
        """The same error with its field placed inside a record, e.g. entries[3].pain."""
        return ValidationError(f"{prefix}.{self.field}" if prefix else self.field, self.message)

    def in_file(self, path: object) -> ValidationError:
        """The same error said of a file: `a.json: entries[3].pain: ...`."""
        if self.field == str(path):
            return self
        return ValidationError(f"{path}: {self.field}", self.message)


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


def new_id() -> uuid.UUID:
    return uuid.uuid4()


# ---------------------------------------------------------------- field checks


def check_score(name: str, value: object, *, required: bool) -> int | None:
    """A 0-10 whole number (pain, worst, PEG items)."""
    if value is None:
        if required:
            raise ValidationError(name, _("is required (a whole number from 0 to 10)"))
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, _("{value} is not a whole number from 0 to 10").format(value=repr(value)))
    if not PAIN_MIN <= value <= PAIN_MAX:
        raise ValidationError(name, _("{value} is outside 0–10").format(value=value))
    return value


def check_positive(name: str, value: object, *, upper: float, unit: str) -> float | None:
    """An optional positive amount with a plausible upper bound."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, _("{value} is not a number").format(value=repr(value)))
    number = float(value)
    if not math.isfinite(number) or number <= 0 or number > upper:
        message = _("{value} is outside the allowed range (more than 0, up to {upper} {unit})")
        raise ValidationError(name, message.format(value=value, upper=f"{upper:g}", unit=unit))
    return number


def check_minutes(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            "minutes", _("{value} is not a whole number of minutes").format(value=repr(value))
        )
    if not 0 < value <= 24 * 60 * 14:
        raise ValidationError("minutes", _("{value} is outside 1–20160 minutes").format(value=value))
    return value


def check_text(name: str, value: object, *, limit: int = TEXT_MAX) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(name, _("{value} is not text").format(value=repr(value)))
    if len(value) > limit:
        raise ValidationError(name, _("is longer than {limit} characters").format(limit=limit))
    if "\x00" in value:
        raise ValidationError(name, _("contains a NUL character"))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            # A lone surrogate (from a JSON escape or a non-UTF-8 command line) cannot be stored.
            raise ValidationError(
                name,
                _("contains a character that is not valid text (at position {position})").format(
                    position=error.start + 1
                ),
            ) from None
    return value


def check_name(name: str, value: object) -> str:
    """A short non-empty label (a body region, a side-effect kind, a drug)."""
    text = check_text(name, value, limit=NAME_MAX).strip()
    if not text:
        raise ValidationError(name, _("must not be empty"))
    if any(ch in text for ch in "\r\n\t"):
        raise ValidationError(name, _("must be on one line"))
    return text


def check_moment(name: str, value: object) -> datetime:
    """A local wall-clock time, without time zone, kept to the second."""
    if not isinstance(value, datetime):
        raise ValidationError(name, _("{value} is not a date and time").format(value=repr(value)))
    if value.tzinfo is not None:
        raise ValidationError(name, _("must be a local time without a time zone"))
    if not 1900 <= value.year <= 2999:
        raise ValidationError(name, _("{year} is outside the years 1900–2999").format(year=value.year))
    return value.replace(microsecond=0)


_ISO_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$")


def parse_moment(name: str, text: str) -> datetime:
    """Parse `YYYY-MM-DD[THH:MM[:SS]]` (a bare date means midnight)."""
    match = _ISO_MOMENT.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValidationError(
            name, _("{text} is not a date and time like 2024-03-01T08:30").format(text=repr(text))
        )
    year, month, day, hour, minute, second = (int(part) if part else 0 for part in match.groups())
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError as exc:
        message = _("{text} is not a real date or time ({detail})")
        raise ValidationError(name, message.format(text=repr(text), detail=exc)) from None
    return check_moment(name, moment)


def parse_date(name: str, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            name, _("{text} is not a date like 2024-03-01").format(text=repr(text))
        ) from None


def format_moment(moment: datetime) -> str:
    """ISO 8601 local time: minutes, plus seconds only when there are any."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S" if moment.second else "%Y-%m-%dT%H:%M")


def parse_uuid(name: str, value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ValidationError(name, _("{value} is not an id (a UUID)").format(value=repr(value))) from None


_Choice = TypeVar("_Choice", bound=StrEnum)


def _choice(name: str, value: object, kind: type[_Choice]) -> _Choice:
    allowed = ", ".join(member.value for member in kind)
    refusal = _("{value} is not one of: {allowed}").format(value=repr(value), allowed=allowed)
    if not isinstance(value, str):
        raise ValidationError(name, refusal)
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(name, refusal) from None


def check_route(value: object) -> Route:
    return _choice("route", value, Route)


def check_series(value: object) -> SessionSeries:
    return _choice("series", value, SessionSeries)


def check_severity(value: object) -> Severity:
    return _choice("severity", value, Severity)


# ---------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class PainEntry:
    """One moment's pain report."""

    at: datetime
    pain: int
    worst: int | None = None
    enjoyment: int | None = None
    activity: int | None = None
    locations: tuple[str, ...] = ()
    note: str = ""
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
        if isinstance(self.locations, str) or not isinstance(self.locations, tuple | list):
            raise ValidationError("locations", _("must be a list of body-region names"))
        cleaned: list[str] = []
        for index, region in enumerate(self.locations):
            name = check_name(f"locations[{index}]", region)
            if name not in cleaned:
                cleaned.append(name)
        object.__setattr__(self, "locations", tuple(cleaned))
        object.__setattr__(self, "note", check_text("note", self.note))

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
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "at", check_moment("at", self.at))
        object.__setattr__(self, "route", check_route(self.route))
        object.__setattr__(self, "drug", check_name("drug", self.drug))
        object.__setattr__(self, "dose_mg", check_positive("dose_mg", self.dose_mg, upper=10_000, unit="mg"))
        object.__setattr__(
            self, "weight_kg", check_positive("weight_kg", self.weight_kg, upper=500, unit="kg")
        )
        object.__setattr__(self, "minutes", check_minutes(self.minutes))
        object.__setattr__(
            self,
            "rate_mg_per_kg_h",
            check_positive("rate_mg_per_kg_h", self.rate_mg_per_kg_h, upper=100, unit="mg/kg/h"),
        )
        object.__setattr__(self, "clinic", check_text("clinic", self.clinic, limit=NAME_MAX * 2))
        object.__setattr__(self, "note", check_text("note", self.note))
        object.__setattr__(self, "series", check_series(self.series))
        if not isinstance(self.side_effects, tuple | list):
            raise ValidationError("side_effects", _("must be a list"))
        for index, effect in enumerate(self.side_effects):
            if not isinstance(effect, SideEffect):
                raise ValidationError(f"side_effects[{index}]", _("is not a side effect"))
        object.__setattr__(self, "side_effects", tuple(self.side_effects))

    @property
    def dose_mg_per_kg(self) -> float | None:
        """Dose per kilogram of body weight, when both are known."""
        if self.dose_mg is None or not self.weight_kg:
            return None
        return self.dose_mg / self.weight_kg

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
                raise ValidationError(name, f"{value!r} is not a whole number of days")
            if not low <= value <= high:
                raise ValidationError(name, f"{value} is outside {low}–{high}")
        if self.min_baseline_days > self.baseline_days + 1:
            raise ValidationError(
                "min_baseline_days",
                f"{self.min_baseline_days} is more than the {self.baseline_days + 1} dates "
                "a baseline can have",
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
            raise ValidationError(sorted(unknown)[0], f"is not a setting (known: {', '.join(cls.LIMITS)})")
        if cls.written_under_v1(values):
            # Still checked, so a damaged file is refused; then v2's defaults replace the v1 values.
            cls(**{"baseline_days": 7, **values})
            return cls()
        return cls(**values)

    def with_changes(self, **changes: int) -> AnalysisSettings:
        return replace(self, **changes)


def day_start(day: date) -> datetime:
    return datetime.combine(day, time())
