"""Helpers shared by tests (import as `tests.support`)."""

from __future__ import annotations

from datetime import datetime

# Analysis settings as a diary or a file kept them under Relief metrics v1 (none of v2's names).
V1_SETTINGS = {
    "baseline_days": 10,
    "min_baseline_days": 4,
    "course_gap_days": 5,
    "horizon_days": 60,
    "onset_window_days": 2,
}


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
