"""The clinic's half of the record as plain, validated values: vitals, global impression of
change (PGIC), bladder check-ins, the session day and the profile. No Qt, no SQL.

Ranges come from the clinical reference (docs/records.md); values are recorded, never graded.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from paindiary.field_checks import (
    NAME_MAX,
    ValidationError,
    check_choice,
    check_flag,
    check_moment,
    check_name,
    check_optional_date,
    check_positive,
    check_text,
    new_id,
    parse_uuid,
)
from paindiary.i18n import _
from paindiary.session_limits import Amount


class SessionStatus(StrEnum):
    DONE = "done"
    PLANNED = "planned"  # never analysed until the patient confirms it happened
    CANCELLED = "cancelled"


class RideHome(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class SideEffectOnset(StrEnum):
    DURING = "during"
    SAME_DAY = "same-day"
    LATER = "later"


class VitalsMoment(StrEnum):
    BEFORE = "before"
    HIGHEST = "highest"  # the highest reading during the session
    DISCHARGE = "discharge"
    HOME = "home"  # a reading at home, not tied to a session


SYSTOLIC_RANGE = (60, 260)
DIASTOLIC_RANGE = (30, 160)
HEART_RATE_RANGE = (25, 250)
# The dialogs' typed fields: they refuse 0, a non-number or a value above the range as typed (the
# record's own check below refuses one under it), naming the record's field.
SYSTOLIC = Amount("systolic", "mmHg", SYSTOLIC_RANGE[1], whole=True)
DIASTOLIC = Amount("diastolic", "mmHg", DIASTOLIC_RANGE[1], whole=True)
HEART_RATE = Amount("heart_rate", "/min", HEART_RATE_RANGE[1], whole=True)
PGIC_RANGE = (1, 7)
PGIC_DAYS = (7, 28)
LASTED_HOURS_MAX = 24 * 90.0
CHECKLIST_MAX_ITEMS = 50


def pgic_question() -> str:
    """The PGIC question in the user's language."""
    return _("Since this course began, how would you describe the change in your pain condition?")


def pgic_words(value: int) -> str:
    """One of the seven PGIC answers (public domain) in the user's language."""
    words = {
        1: _("Very much improved"),
        2: _("Much improved"),
        3: _("Minimally improved"),
        4: _("No change"),
        5: _("Minimally worse"),
        6: _("Much worse"),
        7: _("Very much worse"),
    }
    return words[value]


def check_whole(name: str, value: object, low: int, high: int, *, unit: str) -> int | None:
    """An optional whole number within low–high."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, _("{value} is not a whole number").format(value=repr(value)))
    if not low <= value <= high:
        message = _("{value} is outside {low}–{high} {unit}").format(
            value=value, low=low, high=high, unit=unit
        )
        raise ValidationError(name, message.strip())
    return value


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One item of the patient's own checklist for a session day."""

    text: str
    done: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", check_name("checklist", self.text))
        object.__setattr__(self, "done", check_flag("checklist", self.done))


def check_checklist(value: object) -> tuple[ChecklistItem, ...]:
    if isinstance(value, str) or not isinstance(value, tuple | list):
        raise ValidationError("checklist", _("must be a list"))
    if len(value) > CHECKLIST_MAX_ITEMS:
        raise ValidationError("checklist", _("has more than {n} items").format(n=CHECKLIST_MAX_ITEMS))
    for item in value:
        if not isinstance(item, ChecklistItem):
            raise ValidationError("checklist", _("is not a list of checklist items"))
    return tuple(value)


@dataclass(frozen=True, slots=True)
class Vitals:
    """Blood pressure and/or heart rate at a session moment, or at home."""

    at: datetime
    moment: VitalsMoment
    session: uuid.UUID | None = None  # None for a home reading
    systolic: int | None = None  # mmHg
    diastolic: int | None = None  # mmHg
    heart_rate: int | None = None  # beats per minute
    note: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "at", check_moment("at", self.at))
        moment = check_choice("moment", self.moment, VitalsMoment)
        object.__setattr__(self, "moment", moment)
        if self.session is not None:
            object.__setattr__(self, "session", parse_uuid("session", self.session))
        if (moment is VitalsMoment.HOME) != (self.session is None):
            message = _("is 'home' exactly when the reading belongs to no session")
            raise ValidationError("moment", message)
        check_whole(SYSTOLIC.field, self.systolic, *SYSTOLIC_RANGE, unit=SYSTOLIC.unit)
        check_whole(DIASTOLIC.field, self.diastolic, *DIASTOLIC_RANGE, unit=DIASTOLIC.unit)
        check_whole(HEART_RATE.field, self.heart_rate, *HEART_RATE_RANGE, unit=HEART_RATE.unit)
        if (self.systolic is None) != (self.diastolic is None):
            raise ValidationError("diastolic", _("blood pressure needs both numbers, as in 130/85"))
        if self.systolic is not None and self.diastolic is not None and self.systolic <= self.diastolic:
            message = _("{systolic}/{diastolic}: the first number must be higher than the second")
            raise ValidationError(
                "systolic", message.format(systolic=self.systolic, diastolic=self.diastolic)
            )
        if self.systolic is None and self.heart_rate is None:
            raise ValidationError("systolic", _("enter a blood pressure, a heart rate or both"))
        object.__setattr__(self, "note", check_text("note", self.note))


@dataclass(frozen=True, slots=True)
class Impression:
    """The patient's global impression of change (PGIC, 1–7) after a course."""

    at: datetime
    value: int
    session: uuid.UUID | None = None  # the course's last session when asked
    day: int | None = None  # 7 or 28 when prompted; None when volunteered
    note: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "at", check_moment("at", self.at))
        if self.value is None:
            raise ValidationError("value", _("is required (a whole number from 1 to 7)"))
        check_whole("value", self.value, *PGIC_RANGE, unit="")
        if self.session is not None:
            object.__setattr__(self, "session", parse_uuid("session", self.session))
        if self.day is not None and (isinstance(self.day, bool) or self.day not in PGIC_DAYS):
            raise ValidationError("day", _("{value} is not 7, 28 or empty").format(value=repr(self.day)))
        object.__setattr__(self, "note", check_text("note", self.note))

    @property
    def words(self) -> str:
        """The answer in the user's language."""
        return pgic_words(self.value)


@dataclass(frozen=True, slots=True)
class Checkin:
    """A bladder check-in: yes/no for each urinary symptom since the last one."""

    at: datetime
    more_often: bool = False
    urgency: bool = False
    pain: bool = False
    blood: bool = False
    note: str = ""
    id: uuid.UUID = field(default_factory=new_id)
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", parse_uuid("id", self.id))
        object.__setattr__(self, "at", check_moment("at", self.at))
        for name in ("more_often", "urgency", "pain", "blood"):
            check_flag(name, getattr(self, name))
        object.__setattr__(self, "note", check_text("note", self.note))

    @property
    def any_symptom(self) -> bool:
        return self.more_often or self.urgency or self.pain or self.blood


@dataclass(frozen=True, slots=True)
class Profile:
    """Optional header of the appointment report; never required, never sent anywhere."""

    name: str = ""
    born: date | None = None
    conditions: str = ""
    clinic: str = ""
    clinician: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_text("name", self.name, limit=NAME_MAX * 2).strip())
        object.__setattr__(self, "born", check_optional_date("born", self.born))
        if self.born is not None and self.born.year < 1900:
            raise ValidationError("born", _("{value} is before 1900").format(value=self.born.isoformat()))
        object.__setattr__(self, "conditions", check_text("conditions", self.conditions, limit=1000))
        object.__setattr__(self, "clinic", check_text("clinic", self.clinic, limit=NAME_MAX * 2).strip())
        object.__setattr__(
            self, "clinician", check_text("clinician", self.clinician, limit=NAME_MAX * 2).strip()
        )

    @property
    def empty(self) -> bool:
        return not (self.name or self.born or self.conditions or self.clinic or self.clinician)


def check_lasted_hours(value: object) -> float | None:
    return check_positive("lasted_hours", value, upper=LASTED_HOURS_MAX, unit="h")


def check_session_status(value: object) -> SessionStatus:
    return check_choice("status", value, SessionStatus)


def check_ride_home(value: object) -> RideHome:
    return check_choice("ride_home", value, RideHome)


def check_onset(value: object) -> SideEffectOnset | None:
    return None if value is None else check_choice("onset", value, SideEffectOnset)
