"""A session's plausible amounts, and the sentences that refuse or question one.

The session record, the session dialog and `paindiary session add` all use these, so a dose of 0
or 50000 mg is refused, and 15 mg/kg or an 8-day session is questioned, in the same words
everywhere. Numbers are written with the caller's decimal point (the dialog passes its locale's);
group separators are never used, so "1.500" can never silently mean 1.5 or 1500.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from paindiary.field_checks import ValidationError
from paindiary.i18n import _

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class Amount:
    """One of a session's optional amounts: its field in the record, its unit and the most it can be."""

    field: str
    unit: str
    upper: float
    whole: bool = False
    # Larger units it may also be typed in, with how many of `unit` each is ("5 d" for an infusion).
    larger_units: tuple[tuple[str, int], ...] = ()
    whole_example: str = "90"  # how a whole amount may be written, in a refusal
    required: bool = False  # a dose taken has an amount; a session's may be "not recorded"


DOSE = Amount("dose_mg", "mg", 10_000)
WEIGHT = Amount("weight_kg", "kg", 500)
DURATION = Amount(
    "minutes",
    "min",
    14 * MINUTES_PER_DAY,
    whole=True,
    larger_units=(("h", 60), ("d", MINUTES_PER_DAY)),
    whole_example="90, 4 h, 5 d",
)
RATE = Amount("rate_mg_per_kg_h", "mg/kg/h", 100)

# Above these a value can still be right (a long infusion, a big ward dose), so it is asked about
# before saving rather than refused.
ASK_ABOVE_MG_PER_KG = 10.0
ASK_ABOVE_DAYS = 7


@dataclass(frozen=True, slots=True)
class Unusual:
    """A value to ask about: the field to return to, and why it looks wrong."""

    field: str
    sentence: str


def format_number(value: float, decimals: int | None = None, decimal_point: str = ".") -> str:
    """`value` without group separators; `decimals` fixed, or as many as it has (up to 12 digits)."""
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:.12g}"
    return text.replace(".", decimal_point)


def _with_unit(value: float, amount: Amount, decimal_point: str) -> str:
    in_larger = format_in_largest_unit(amount, value, decimal_point)
    return f"{in_larger} {amount.unit}" if amount.unit and in_larger[-1:].isdigit() else in_larger


def check_amount(
    amount: Amount, value: object, *, name: str | None = None, decimal_point: str = "."
) -> float | None:
    """`value` as the diary keeps it (None: not recorded); raises ValidationError naming `name`.

    Zero is refused rather than read as "not recorded": a dose of 0 is a typing slip, and the
    patient who did not record one leaves the field out.
    """
    field = name or amount.field
    if value is None:
        return None
    if amount.whole and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError(field, _("{value} is not a whole number").format(value=repr(value)))
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(field, _("{value} is not a number").format(value=repr(value)))
    if value <= 0:
        message = (
            _("{amount} is not possible: it must be more than 0")
            if amount.required
            else _("{amount} is not possible: it must be more than 0 (leave it out when it was not recorded)")
        )
        raise ValidationError(field, message.format(amount=_with_unit(value, amount, decimal_point)))
    if value > amount.upper:
        message = _("{amount} is above the highest possible value ({upper})")
        raise ValidationError(
            field,
            message.format(
                amount=_with_unit(value, amount, decimal_point),
                upper=_with_unit(amount.upper, amount, decimal_point),
            ),
        )
    return value if amount.whole else float(value)


def parse_amount(
    amount: Amount, text: str | None, *, name: str | None = None, decimal_points: str = "."
) -> float | None:
    """Read what was typed for `amount` (empty: not recorded) and check it.

    `decimal_points` are the characters taken as the decimal point; the first one is the one shown
    in messages. A trailing unit ("50 mg", or a larger one such as "5 d") is allowed. Raises
    ValidationError naming `name`.
    """
    if text is None or not text.strip():
        return None
    typed = text.strip()
    for unit, factor in amount.larger_units:
        if typed.lower().endswith(unit) and re.search(r"\d\s*$", typed[: -len(unit)]):
            number = typed[: -len(unit)].rstrip()
            return _in_larger_unit(amount, number, factor, text, name=name, decimal_points=decimal_points)
    if amount.unit and typed.lower().endswith(amount.unit.lower()):
        typed = typed[: -len(amount.unit)].rstrip()
    point = decimal_points[:1] or "."
    if amount.whole:
        if not re.fullmatch(r"[+-]?\d+", typed):
            message = _("{text} is not a whole number (write it like {example})")
            raise ValidationError(
                name or amount.field, message.format(text=repr(text.strip()), example=amount.whole_example)
            )
        return check_amount(amount, int(typed), name=name, decimal_point=point)
    value = _decimal(typed, text, name or amount.field, decimal_points)
    return check_amount(amount, value, name=name, decimal_point=point)


def _decimal(typed: str, text: str, field: str, decimal_points: str) -> float:
    """The decimal number `typed` (from `text`, as the patient wrote it), not yet range-checked."""
    if len(set(decimal_points)) > 1:
        refuse_two_readings(typed, field)
    points = re.escape(decimal_points or ".")
    if not re.fullmatch(rf"[+-]?(\d+([{points}]\d*)?|[{points}]\d+)", typed):
        message = _("{text} is not a number (write it like {example})")
        example = format_number(12.5, 1, decimal_points[:1] or ".")
        raise ValidationError(field, message.format(text=repr(text.strip()), example=example))
    return float(re.sub(f"[{points}]", ".", typed))


# "1,500" or "1.500": a thousands separator to some readers, a decimal point to others.
_GROUPED = re.compile(r"([+-]?[1-9]\d{0,2})[.,](\d{3})")


def refuse_two_readings(typed: str, name: str) -> None:
    """Refuse a number that reads as two where both "." and "," are decimal points (the CLI).

    1,500 mg could be a dose of 1.5 or of 1500; a wrong guess would store a thousandfold error.
    """
    grouped = _GROUPED.fullmatch(typed.strip())
    if grouped is None:
        return
    whole, part = grouped.groups()
    small = f"{whole}.{part}".rstrip("0").rstrip(".")
    message = _("{text} could mean {small} or {large}: write it as {small} or {large}")
    raise ValidationError(name, message.format(text=repr(typed.strip()), small=small, large=whole + part))


def _in_larger_unit(
    amount: Amount, number: str, factor: int, text: str, *, name: str | None, decimal_points: str
) -> float | None:
    """`number` of a unit `factor` times `amount.unit`, as a whole number of `amount.unit`."""
    value = _decimal(number, text, name or amount.field, decimal_points) * factor
    if amount.whole and abs(value - round(value)) > 1e-6:
        message = _("{text} is not a whole number of minutes")  # only durations have larger units
        raise ValidationError(name or amount.field, message.format(text=repr(text.strip())))
    point = decimal_points[:1] or "."
    return check_amount(amount, round(value) if amount.whole else value, name=name, decimal_point=point)


def format_in_largest_unit(amount: Amount, value: float, decimal_point: str = ".") -> str:
    """`value` in the largest unit it is a whole number of ("5 d", "4 h"), else as it is."""
    for unit, factor in sorted(amount.larger_units, key=lambda pair: -pair[1]):
        if value >= factor and value % factor == 0:
            return f"{value // factor:.0f} {unit}"
    return format_number(value, decimal_point=decimal_point)


def worked_out_rate(dose_mg: float | None, weight_kg: float | None, minutes: float | None) -> float | None:
    """mg per kg per hour from the dose, the weight and the duration; None when one is missing."""
    if not dose_mg or not weight_kg or not minutes:
        return None
    return dose_mg / weight_kg / (minutes / 60)


def unusual_values(
    dose_mg: float | None, weight_kg: float | None, minutes: int | None, *, decimal_point: str = "."
) -> list[Unusual]:
    """The values that can be right but are worth a second look before saving, with why."""
    found = []
    if dose_mg and weight_kg and dose_mg / weight_kg > ASK_ABOVE_MG_PER_KG:
        sentence = _("{per_kg} mg/kg in one session is more than {limit} mg/kg.").format(
            per_kg=format_number(dose_mg / weight_kg, 2, decimal_point),
            limit=format_number(ASK_ABOVE_MG_PER_KG, decimal_point=decimal_point),
        )
        found.append(Unusual(DOSE.field, sentence))
    if minutes and minutes > ASK_ABOVE_DAYS * MINUTES_PER_DAY:
        sentence = _("A session of {amount} is longer than {days} days.").format(
            amount=_with_unit(minutes, DURATION, decimal_point), days=ASK_ABOVE_DAYS
        )
        found.append(Unusual(DURATION.field, sentence))
    return found


def is_this_right() -> str:
    """The question asked after an unusual value's sentence."""
    return _("Is this right?")
