"""Tolerant comparisons and half-away-from-zero rounding, as CLINICAL.md's arithmetic rule asks."""

from __future__ import annotations

import math
from collections.abc import Callable
from fractions import Fraction

# A value this close to a threshold counts as reaching it (≥ and ≤ both hold).
TOLERANCE = 1e-9


def reaches(value: float, threshold: float) -> bool:
    """value ≥ threshold, counting values within the tolerance as equal."""
    return value >= threshold - TOLERANCE


def round_exact(value: Fraction, places: int) -> float:
    """Round an exact value half away from zero to `places` decimals."""
    scale: int = 10**places
    whole = math.floor(abs(value) * scale + Fraction(1, 2))
    if whole == 0:
        return 0.0  # never -0.0 in the output
    return math.copysign(whole / scale, value)


def typed_fraction(value: float) -> Fraction:
    """A float as the decimal the patient typed, exactly."""
    return Fraction(repr(value))


def round_computed(value: float, places: int, exact: Callable[[], Fraction]) -> float:
    """Round a computed value half away from zero; near a tie, round its exact value instead."""
    # Near a tie (within 1e-6 of .5 at the last place) only exact arithmetic can round; for a
    # finite x ≥ 0, x % 1.0 is exactly x − ⌊x⌋.
    if abs(abs(value) * 10.0**places % 1.0 - 0.5) < 1e-6:
        return round_exact(exact(), places)
    return round(value, places) + 0.0  # away from a tie any rounding agrees; + 0.0 drops a -0.0


def whole_percent(value: float) -> int:
    """A percentage for a sentence: whole number, half away from zero, ties within the tolerance."""
    whole = math.floor(abs(value) + 0.5 + TOLERANCE)
    return int(math.copysign(whole, value)) if whole else 0
