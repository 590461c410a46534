"""Properties of relief_summary on generated diaries, and agreement with a literal exact reading."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from paindiary.analysis import relief_summary, summary_document
from paindiary.domain import AnalysisSettings, PainEntry, Route, TreatmentSession
from tests.analysis.relief_reference import reference_summary

ORIGIN = datetime(2024, 3, 1)
SLOT_HOURS = 3  # a coarse grid makes entries land exactly on session times and window edges
SLOTS = 30 * 24 // SLOT_HOURS

FAST = settings(max_examples=150, deadline=None)


@st.composite
def analysis_settings(draw: st.DrawFn) -> AnalysisSettings:
    baseline_days = draw(st.integers(1, 8))
    return AnalysisSettings(
        baseline_days=baseline_days,
        min_baseline_days=draw(st.integers(1, baseline_days + 1)),
        course_gap_days=draw(st.integers(0, 4)),
        horizon_days=draw(st.integers(1, 25)),
        onset_window_days=draw(st.integers(0, 4)),
    )


def moments(first_slot: int = 0) -> st.SearchStrategy[datetime]:
    return st.integers(first_slot, SLOTS).map(lambda slot: ORIGIN + timedelta(hours=SLOT_HOURS * slot))


# Few distinct pain values: ties, exact thresholds and flat stretches are the interesting cases.
pain_scores = st.one_of(st.sampled_from([0, 3, 5, 7, 10]), st.integers(0, 10))


@st.composite
def diary_entries(draw: st.DrawFn) -> list[PainEntry]:
    """Mostly a dense diary (0–3 entries a day, some days skipped) plus a few entries anywhere."""
    logged_day = st.lists(
        st.tuples(st.integers(0, 24 // SLOT_HOURS - 1), pain_scores), min_size=1, max_size=3
    )
    day: st.SearchStrategy[list[tuple[int, int]]] = st.one_of(
        logged_day, logged_day, logged_day, st.just([])
    )  # about one day in four skipped
    days = draw(st.lists(day, min_size=draw(st.sampled_from([0, 10, 25])), max_size=31))
    entries = [
        PainEntry(at=ORIGIN + timedelta(days=day, hours=SLOT_HOURS * slot), pain=pain)
        for day, slots in enumerate(days)
        for slot, pain in slots
    ]
    return entries + draw(st.lists(st.builds(PainEntry, at=moments(), pain=pain_scores), max_size=5))


entries_strategy = diary_entries()
sessions_strategy = st.lists(
    st.builds(
        TreatmentSession,
        at=moments(first_slot=SLOTS // 8),  # most sessions have some diary before them
        route=st.just(Route.IV_INFUSION),
        dose_mg=st.one_of(st.none(), st.sampled_from([0.5, 1.005, 25.0, 100.0, 37.5])),
        weight_kg=st.one_of(st.none(), st.sampled_from([60.0, 70.0, 200.0])),
    ),
    max_size=5,
)


@FAST
@given(entries_strategy, sessions_strategy, analysis_settings())
def test_matches_the_literal_exact_reading(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings
) -> None:
    document = summary_document(entries, sessions, config)
    assert document["courses"] == reference_summary(entries, sessions, config)


@FAST
@given(entries_strategy, sessions_strategy, analysis_settings(), st.randoms(use_true_random=False))
def test_order_of_records_never_matters(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings, rng: random.Random
) -> None:
    shuffled_entries = list(entries)
    shuffled_sessions = list(sessions)
    rng.shuffle(shuffled_entries)
    rng.shuffle(shuffled_sessions)
    assert summary_document(shuffled_entries, shuffled_sessions, config) == summary_document(
        entries, sessions, config
    )


@FAST
@given(entries_strategy, sessions_strategy, analysis_settings())
def test_relief_stays_within_the_window_and_50_within_30(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings
) -> None:
    for relief in relief_summary(entries, sessions, config):
        assert len(relief.reduction) == len(relief.smoothed) == relief.follow_up_days
        for days in (relief.relief_days_30, relief.relief_days_50):
            if days is not None:
                # Relief never reaches into the next course or past the last entry.
                assert 0 <= days <= relief.follow_up_days
        if relief.relief_days_30 is not None and relief.relief_days_50 is not None:
            assert relief.relief_days_50 <= relief.relief_days_30


@FAST
@given(
    entries_strategy,
    sessions_strategy.filter(bool),
    analysis_settings(),
    st.lists(
        st.builds(
            PainEntry, at=st.integers(1, 400).map(lambda h: ORIGIN - timedelta(hours=h)), pain=pain_scores
        )
    ),
)
def test_entries_before_every_baseline_window_change_nothing(
    entries: list[PainEntry],
    sessions: list[TreatmentSession],
    config: AnalysisSettings,
    early: list[PainEntry],
) -> None:
    first_start = min(session.at for session in sessions)
    window_start = first_start - timedelta(days=config.baseline_days)
    before = [entry for entry in early if entry.at < window_start]
    assert summary_document(entries + before, sessions, config) == summary_document(entries, sessions, config)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            PainEntry,
            at=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)),
            pain=st.integers(0, 10),
        ),
        max_size=30,
    ),
    st.lists(
        st.builds(
            TreatmentSession,
            at=st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)),
            route=st.sampled_from(Route),
            dose_mg=st.one_of(st.none(), st.floats(0.001, 10_000)),
            weight_kg=st.one_of(st.none(), st.floats(0.5, 500)),
        ),
        max_size=6,
    ),
    analysis_settings(),
)
def test_any_diary_is_summarised_without_error(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings
) -> None:
    document = summary_document(entries, sessions, config)
    assert len(document["courses"]) <= len(sessions)
