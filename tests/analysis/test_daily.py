"""daily_pain: mean pain per calendar date."""

from __future__ import annotations

import numpy as np

from paindiary.analysis.daily import daily_pain
from tests.analysis.analysis_builders import entry


def test_daily_mean_and_count_per_date_with_entries() -> None:
    # 1 Mar: 2 and 4 → 3; 3 Mar: 7. 2 Mar has no entries and no row. 23:59 still counts for its date.
    entries = [entry("2024-03-03 09:00", 7), entry("2024-03-01 23:59", 4), entry("2024-03-01 00:00", 2)]
    series = daily_pain(entries)
    assert series.days.tolist() == np.array(["2024-03-01", "2024-03-03"], dtype="datetime64[D]").tolist()
    assert series.mean.tolist() == [3.0, 7.0]
    assert series.count.tolist() == [2, 1]
    assert len(series) == 2


def test_empty_diary_gives_an_empty_series() -> None:
    series = daily_pain([])
    assert len(series) == 0
    assert series.mean.size == series.count.size == 0
