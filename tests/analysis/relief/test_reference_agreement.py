"""The real Relief metrics v2 analysis agrees with a literal exact reading of its text.

`relief_analysis(...).as_json()` is held against tests/analysis/relief/reference_across.py on
generated diaries (entries with gaps, sessions of mixed series, routes and durations, varied
settings) and on a few hand-made ones.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.domain import AnalysisSettings, PainEntry, Route, SessionSeries, TreatmentSession
from tests.analysis.relief.reference_across import reference_summary
from tests.analysis.relief.reference_relief import COURSE_ORDER

ORIGIN = datetime(2025, 1, 6)
DIARY_DAYS = 150
SLOT_HOURS = 2  # a coarse grid puts entries exactly on session starts and ends

FAST = settings(
    max_examples=150, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SOAK = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def analysed(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings, at: datetime
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the real document with `now.text` left out, the reference document)."""
    real = relief_analysis(entries, sessions, config, at).as_json()
    if real["now"] is not None:
        real["now"] = {key: value for key, value in real["now"].items() if key != "text"}
    return real, reference_summary(entries, sessions, config, at)


def assert_agrees(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings, at: datetime
) -> None:
    real, expected = analysed(entries, sessions, config, at)
    assert list(real) == list(expected)
    for course in real["courses"]:
        assert list(course) == COURSE_ORDER
    assert real == expected, differences(real, expected)


def differences(real: Any, expected: Any, where: str = "") -> list[str]:
    """Where two documents differ, as "path: real != reference" lines."""
    if isinstance(real, dict) and isinstance(expected, dict):
        keys = list(dict.fromkeys([*expected, *real]))
        return [
            line for key in keys for line in differences(real.get(key), expected.get(key), f"{where}.{key}")
        ]
    if isinstance(real, list) and isinstance(expected, list) and len(real) == len(expected):
        return [
            line
            for i, (a, b) in enumerate(zip(real, expected, strict=True))
            for line in differences(a, b, f"{where}[{i}]")
        ]
    return [] if real == expected else [f"{where}: {real!r} != {expected!r}"]


# ---------------------------------------------------------------- generated diaries


@st.composite
def analysis_settings(draw: st.DrawFn) -> AnalysisSettings:
    if draw(st.booleans()):
        return AnalysisSettings(baseline_days=28)  # the v2 defaults
    baseline_days = draw(st.integers(1, 35))
    return AnalysisSettings(
        baseline_days=baseline_days,
        min_baseline_days=draw(st.integers(1, min(8, baseline_days + 1))),
        full_baseline_days=draw(st.integers(1, 10)),
        course_gap_days=draw(st.integers(0, 5)),
        horizon_days=draw(st.sampled_from([1, 2, 4, 10, 20, 45, 90])),
        onset_window_days=draw(st.integers(0, 5)),
        max_gap_days=draw(st.integers(0, 5)),
        washout_days=draw(st.integers(1, 14)),
        carry_forward_days=draw(st.sampled_from([0, 10, 30, 180])),
        peak_window_days=draw(st.integers(1, 20)),
    )


@st.composite
def diary_entries(draw: st.DrawFn) -> list[PainEntry]:
    """1–3 entries on most dates, none on others, stretches of silence, at least one entry.

    Hypothesis draws the shape (length, density, usual level, a silent stretch, a better spell);
    a seeded generator it also draws fills in the dates, which keeps big diaries fast to make.
    """
    rng = draw(st.randoms(use_true_random=False))
    length = draw(st.integers(1, DIARY_DAYS))
    skip_share = draw(st.sampled_from([0.0, 0.2, 0.5]))
    level = draw(st.integers(0, 9))
    silent_from, silent_for = draw(st.integers(0, DIARY_DAYS)), draw(st.integers(0, 12))
    better_from, better_for = draw(st.integers(0, DIARY_DAYS)), draw(st.integers(0, 25))
    entries = []
    for day in range(length):
        if rng.random() < skip_share or silent_from <= day < silent_from + silent_for:
            continue
        usual = level - 4 if better_from <= day < better_from + better_for else level
        for slot in rng.sample(range(24 // SLOT_HOURS), rng.choice([1, 1, 2, 3])):
            if rng.random() < 0.2:
                pain = rng.choice([0, 2, 3, 5, 7, 10])  # odd values: ties and exact thresholds
            else:
                pain = min(10, max(0, usual + rng.choice([-1, 0, 0, 1])))
            entries.append(PainEntry(at=ORIGIN + timedelta(days=day, hours=SLOT_HOURS * slot), pain=pain))
    if not entries:
        entries.append(PainEntry(at=ORIGIN + timedelta(hours=8), pain=draw(st.integers(0, 10))))
    return entries


def moments(first_day: int, last_day: int) -> st.SearchStrategy[datetime]:
    return st.tuples(st.integers(first_day, last_day), st.integers(0, 24 // SLOT_HOURS - 1)).map(
        lambda day_slot: ORIGIN + timedelta(days=day_slot[0], hours=SLOT_HOURS * day_slot[1])
    )


def one_session(at: st.SearchStrategy[datetime]) -> st.SearchStrategy[TreatmentSession]:
    return st.builds(
        TreatmentSession,
        at=at,
        route=st.sampled_from([Route.IV_INFUSION, Route.INTRANASAL]),
        drug=st.sampled_from(["ketamine", "ketamine", "esketamine"]),
        dose_mg=st.one_of(st.none(), st.sampled_from([10.0, 25.0, 35.0, 37.5, 56.0, 100.0])),
        weight_kg=st.one_of(st.none(), st.sampled_from([60.0, 70.0, 80.0])),
        # null, short, a working day, and multi-day infusions (100 h)
        minutes=st.sampled_from([None, 40, 120, 240, 600, 2880, 6000]),
        series=st.sampled_from(
            [SessionSeries.AUTO, SessionSeries.AUTO, SessionSeries.JOIN, SessionSeries.NEW]
        ),
    )


@st.composite
def diary_sessions(draw: st.DrawFn) -> list[TreatmentSession]:
    """Scattered sessions, and sometimes a maintenance schedule at a steady interval."""
    sessions = draw(st.lists(one_session(moments(0, DIARY_DAYS + 5)), min_size=0, max_size=8))
    if draw(st.booleans()) or not sessions:
        first = draw(st.integers(5, 60))
        interval = draw(st.sampled_from([2, 3, 4, 7, 14]))
        count = draw(st.integers(3, 12 - min(len(sessions), 9)))
        sessions += [
            draw(one_session(st.just(ORIGIN + timedelta(days=first + i * interval, hours=10))))
            for i in range(count)
        ]
    return sessions[:12]


@st.composite
def summary_times(draw: st.DrawFn, entries: list[PainEntry]) -> datetime:
    # The time of the summary is never before the latest entry: entries after it are not covered
    # by the text.
    latest = max(entry.at for entry in entries)
    return latest + timedelta(hours=draw(st.integers(0, 24 * 20)))


class Diary:
    """A generated diary; its repr is short enough to read back a failing example."""

    def __init__(
        self,
        entries: list[PainEntry],
        sessions: list[TreatmentSession],
        config: AnalysisSettings,
        at: datetime,
    ) -> None:
        self.entries, self.sessions, self.config, self.at = entries, sessions, config, at

    def __repr__(self) -> str:
        pains = " ".join(f"{e.at:%m-%d/%H}={e.pain}" for e in self.entries)
        sessions = "; ".join(
            f"{s.at:%m-%d %H:%M} {s.route.value} {s.drug} {s.dose_mg}mg {s.weight_kg}kg "
            f"{s.minutes}min {s.series.value}"
            for s in self.sessions
        )
        settings = self.config.as_dict()
        return f"Diary(at={self.at:%m-%d %H:%M}, {settings},\n sessions: {sessions}\n entries: {pains})"


@st.composite
def diaries(draw: st.DrawFn) -> Diary:
    entries = draw(diary_entries())
    return Diary(entries, draw(diary_sessions()), draw(analysis_settings()), draw(summary_times(entries)))


@st.composite
def booster_diaries(draw: st.DrawFn) -> Diary:
    """8–13 single sessions of one drug and route, pain lower for a few days after each.

    Enough uncensored courses in one comparable group for dose–response (exact p up to 10,
    the t-approximation above) and typical relief.
    """
    rng = draw(st.randoms(use_true_random=False))
    count = draw(st.integers(8, 15))
    route, drug = draw(st.sampled_from([(Route.IV_INFUSION, "ketamine"), (Route.INTRANASAL, "esketamine")]))
    weight = draw(st.sampled_from([None, 70.0, 80.0]))
    # Every dose known (mg/kg per session when weighed), or some missing (dose_mg over the rest).
    dose_values = st.sampled_from([25.0, 35.0, 50.0, 100.0])
    doses = dose_values if draw(st.booleans()) else st.one_of(dose_values, st.none())
    starts = [30 + i * draw(st.integers(8, 12)) for i in range(count)]
    relief = {start: draw(st.integers(0, 6)) for start in starts}
    sessions = [
        TreatmentSession(
            at=ORIGIN + timedelta(days=start, hours=10),
            route=route,
            drug=drug,
            dose_mg=draw(doses),
            weight_kg=weight,
            minutes=draw(st.sampled_from([None, 40, 240])),
            series=SessionSeries.NEW,
        )
        for start in starts
    ]
    level = draw(st.integers(4, 9))
    entries = []
    for day in range(starts[-1] + 20):
        since = max((start for start in starts if start <= day), default=None)
        low = since is not None and day - since < relief[since]
        for hour in rng.sample([8, 14, 20], rng.choice([1, 2])):
            pain = max(0, level - 4 if low else level + rng.choice([-1, 0, 0, 1]))
            entries.append(PainEntry(at=ORIGIN + timedelta(days=day, hours=hour), pain=min(10, pain)))
    config = AnalysisSettings(baseline_days=28, washout_days=draw(st.integers(1, 7)))
    return Diary(
        entries,
        sessions,
        config,
        max(entry.at for entry in entries) + timedelta(days=draw(st.integers(0, 30))),
    )


@FAST
@given(diaries())
def test_agrees_with_the_literal_reading(
    diary: Diary,
) -> None:
    assert_agrees(diary.entries, diary.sessions, diary.config, diary.at)


@pytest.mark.soak
@pytest.mark.skipif("'soak' not in config.getoption('markexpr')", reason="soak run: select it with -m soak")
@SOAK
@given(diaries())
def test_agrees_with_the_literal_reading_at_length(
    diary: Diary,
) -> None:
    assert_agrees(diary.entries, diary.sessions, diary.config, diary.at)


@settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(booster_diaries())
def test_agrees_on_booster_series(diary: Diary) -> None:
    assert_agrees(diary.entries, diary.sessions, diary.config, diary.at)
