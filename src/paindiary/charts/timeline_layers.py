"""The timeline's two layers of data: the daily points a new entry moves, and every other mark."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from paindiary.analysis.daily import daily_pain
from paindiary.analysis.results import DosingRun
from paindiary.charts import style
from paindiary.charts.common import ChartData
from paindiary.clinic_records import Vitals
from paindiary.domain import TreatmentSession
from paindiary.i18n import _n
from paindiary.medicine_records import CoTreatment, Intake

MEDIAN_DAYS = 7
MEDIAN_MIN_DAYS = 3  # fewer logged days in a window leave a gap in the median line

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class DailyPoints:
    """Daily mean pain at noon of each date, and its centred 7-day median (NaN where too sparse)."""

    days: list[date]
    x: FloatArray  # matplotlib date numbers
    mean: FloatArray
    count: npt.NDArray[np.int64]
    median_x: FloatArray
    median: FloatArray


def daily_points(data: ChartData) -> DailyPoints:
    """Daily means of the period's entries and the median of each date's ±3-day window."""
    series = daily_pain(data.entries_in_period())
    if len(series) == 0:
        empty = np.empty(0)
        return DailyPoints([], empty, empty, np.empty(0, dtype=np.int64), empty, empty)
    day_index = series.days.astype(np.int64)
    first = int(day_index[0])
    calendar = np.full(int(day_index[-1]) - first + 1, np.nan)
    calendar[day_index - first] = series.mean
    half = MEDIAN_DAYS // 2
    padded = np.concatenate([np.full(half, np.nan), calendar, np.full(half, np.nan)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, MEDIAN_DAYS)
    enough = np.count_nonzero(~np.isnan(windows), axis=1) >= MEDIAN_MIN_DAYS
    median = np.full(len(calendar), np.nan)
    if enough.any():
        median[enough] = np.nanmedian(windows[enough], axis=1)
    noon = float(style.date_numbers(series.days[0])) + 0.5
    return DailyPoints(
        days=series.days.tolist(),
        x=np.asarray(style.date_numbers(series.days), dtype=np.float64) + 0.5,
        mean=series.mean,
        count=series.count,
        median_x=noon + np.arange(len(calendar), dtype=np.float64),
        median=median,
    )


def day_description(points: DailyPoints, index: int) -> str:
    """ "3 Mar 2024: pain 5.5 (2 entries)"."""
    return _n(
        "{date}: pain {pain} ({count} entry)",
        "{date}: pain {pain} ({count} entries)",
        int(points.count[index]),
    ).format(
        date=style.format_date(points.days[index]),
        pain=style.format_number(float(points.mean[index]), 1),
        count=int(points.count[index]),
    )


@dataclass(frozen=True, slots=True)
class TimelineMarks:
    """What the timeline draws besides the daily dots and median; equal ones draw the same."""

    span: tuple[date, date]
    sessions: tuple[TreatmentSession, ...]
    # Each course as drawn: its relief span (if any), its dose label's place and text.
    courses: tuple[tuple[tuple[float, float] | None, float, str], ...]
    runs: tuple[DosingRun, ...]
    period: tuple[date | None, date | None]
    peg: tuple[list[date], list[float]]
    vitals: tuple[Vitals, ...]
    intakes: tuple[Intake, ...]
    co_treatments: tuple[CoTreatment, ...]

    @property
    def session_x(self) -> FloatArray:
        return np.array([style.moment_number(session.at) for session in self.sessions], dtype=np.float64)
