"""Properties of relief_analysis on generated diaries: what must not matter, must not matter."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from paindiary.domain import PainEntry, Route, SessionSeries, TreatmentSession
from tests.analysis.relief.builders import analyse

SLOT_HOURS = 3  # a coarse grid lands entries exactly on session times and window edges
FAST = settings(max_examples=60, deadline=None)
pain_scores = st.one_of(st.sampled_from([0, 3, 5, 7, 10]), st.integers(0, 10))


@st.composite
def diaries(draw: st.DrawFn, origin: datetime, days: int) -> tuple[list[PainEntry], list[TreatmentSession]]:
    slots = days * 24 // SLOT_HOURS
    moment = st.integers(0, slots).map(lambda slot: origin + timedelta(hours=SLOT_HOURS * slot))
    entries = draw(st.lists(st.builds(PainEntry, at=moment, pain=pain_scores), min_size=0, max_size=120))
    sessions = draw(
        st.lists(
            st.builds(
                TreatmentSession,
                at=moment,
                route=st.sampled_from([Route.IV_INFUSION, Route.INTRANASAL]),
                dose_mg=st.sampled_from([None, 50.0, 100.0]),
                weight_kg=st.just(70.0),
                minutes=st.sampled_from([None, 60, 240, 3000]),
                series=st.sampled_from(list(SessionSeries)),
            ),
            max_size=8,
        )
    )
    return entries, sessions


RECENT = datetime(2024, 3, 1)
FAR_PAST = datetime(2020, 1, 1)  # ends by mid-2020: > 3 years before the recent part
SUMMARY = datetime(2024, 9, 1)


@FAST
@given(diary=diaries(RECENT, 120), seed=st.integers(0, 2**32 - 1))
def test_entry_order_does_not_matter(
    diary: tuple[list[PainEntry], list[TreatmentSession]], seed: int
) -> None:
    entries, sessions = diary
    shuffled = list(entries)
    random.Random(seed).shuffle(shuffled)
    assert analyse(entries, sessions, SUMMARY).as_json() == analyse(shuffled, sessions, SUMMARY).as_json()


REFERENCE_KEYS = (
    "reference",
    "pct_below_reference",
    "pct_logged_days_30_below",
    "predose_pct_below_reference",
)


def _without_reference(run: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in run.items() if key not in REFERENCE_KEYS}


def _renumbered(course: dict[str, Any], offset: int) -> dict[str, Any]:
    shifted = dict(course)
    shifted["course"] -= offset
    if shifted["baseline_from_course"] is not None:
        shifted["baseline_from_course"] -= offset
    shifted["baseline_influenced_by"] = [number - offset for number in shifted["baseline_influenced_by"]]
    return shifted


@FAST
@given(recent=diaries(RECENT, 120), past=diaries(FAR_PAST, 150))
def test_splitting_the_far_past_off_changes_nothing_recent(
    recent: tuple[list[PainEntry], list[TreatmentSession]],
    past: tuple[list[PainEntry], list[TreatmentSession]],
) -> None:
    sessions = list(recent[1])
    if sessions:
        # Only "join" may reach back years: the first recent session must open its own course.
        first = min(range(len(sessions)), key=lambda index: sessions[index].at)
        sessions[first] = dataclasses.replace(sessions[first], series=SessionSeries.NEW)
    alone = analyse(recent[0], sessions, SUMMARY).as_json()
    whole = analyse(past[0] + recent[0], past[1] + sessions, SUMMARY).as_json()
    offset = len(whole["courses"]) - len(alone["courses"])
    assert [_renumbered(course, offset) for course in whole["courses"][offset:]] == alone["courses"]
    recent_runs = [run for run in whole["runs"] if run["start"] >= RECENT.date().isoformat()]
    # A run's reference has no age limit: without one of its own, a recent run may be compared
    # with a course of the far past. Everything else about it is the recent diary's alone.
    assert [_without_reference(run) for run in recent_runs] == [
        _without_reference(run) for run in alone["runs"]
    ]
    for whole_run, alone_run in zip(recent_runs, alone["runs"], strict=True):
        if alone_run["reference"] is not None:
            assert whole_run == alone_run
    if alone["now"] is not None:
        assert {**whole["now"], "course": whole["now"]["course"] - offset} == alone["now"]
