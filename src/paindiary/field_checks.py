"""Checks of the single values records are built from, and the error that names what is wrong.

Each check returns the value as the diary keeps it or raises ValidationError naming the field and
what is allowed, in words a patient understands. The records in paindiary.domain call them.
"""

from __future__ import annotations

import math
import re
import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

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
        text = message.format(value=value, upper=f"{upper:g}", unit=unit)
        raise ValidationError(name, text.replace(" )", ")"))  # a count has no unit
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
    # Most times have no fraction: no copy for them (imports check tens of thousands).
    return value.replace(microsecond=0) if value.microsecond else value


_ISO_MOMENT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$")


def parse_moment(name: str, text: str) -> datetime:
    """Parse `YYYY-MM-DD[THH:MM[:SS]]` (a bare date means midnight)."""
    match = _ISO_MOMENT.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValidationError(
            name, _("{text} is not a date and time like 2024-03-01T08:30").format(text=repr(text))
        )
    try:  # the pattern has checked the form; fromisoformat reads exactly that form, in C
        moment = datetime.fromisoformat(match.group(0))
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


Choice = TypeVar("Choice", bound=StrEnum)


def check_choice(name: str, value: object, kind: type[Choice]) -> Choice:
    allowed = ", ".join(member.value for member in kind)
    refusal = _("{value} is not one of: {allowed}").format(value=repr(value), allowed=allowed)
    if not isinstance(value, str):
        raise ValidationError(name, refusal)
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(name, refusal) from None


def new_id() -> uuid.UUID:
    """A fresh id for a new record."""
    return uuid.uuid4()


def check_flag(name: str, value: object) -> bool:
    """A yes/no value: True or False, nothing that merely looks like one."""
    if not isinstance(value, bool):
        raise ValidationError(name, _("{value} is not yes or no").format(value=repr(value)))
    return value


def check_optional_date(name: str, value: object) -> date | None:
    """A calendar date (not a date and time), or None."""
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(name, _("{value} is not a date").format(value=repr(value)))
    return value
