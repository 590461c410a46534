"""Day numbers and pains of entries as numpy arrays."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import numpy.typing as npt

from paindiary.domain import PainEntry

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


def day_number(day: date) -> int:
    """Days since 1970-01-01."""
    return day.toordinal() - _EPOCH_ORDINAL


def day_numbers(entries: Sequence[PainEntry]) -> IntArray:
    """Each entry's calendar date as days since 1970-01-01, in the entries' order."""
    ordinals = np.fromiter((entry.at.toordinal() for entry in entries), dtype=np.int64, count=len(entries))
    return ordinals - _EPOCH_ORDINAL


def pains(entries: Sequence[PainEntry]) -> IntArray:
    return np.fromiter((entry.pain for entry in entries), dtype=np.int64, count=len(entries))
