"""The incremental relief analysis gives exactly what a full recomputation gives, on random diaries."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paindiary.analysis import incremental
from paindiary.analysis.incremental import IncrementalRelief
from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.domain import AnalysisSettings, PainEntry, Route, SessionSeries, TreatmentSession
from tests.analysis.relief.test_properties import FAST, RECENT, diaries, pain_scores

DAYS = 120
END = RECENT + timedelta(days=DAYS, hours=20)
Diary = tuple[list[PainEntry], list[TreatmentSession]]

# One change between two calls: (kind, where in the diary 0…1, pain)
changes = st.tuples(
    st.sampled_from(["today", "past", "delete", "edit", "later", "settings"]),
    st.floats(0, 1),
    pain_scores,
)


def changed(
    entries: list[PainEntry], at: datetime, change: tuple[str, float, int]
) -> tuple[list[PainEntry], datetime]:
    kind, where, pain = change
    if kind == "today":
        return [*entries, PainEntry(at=at - timedelta(minutes=int(where * 600)), pain=pain)], at
    if kind == "past":
        moment = RECENT + timedelta(hours=int(where * DAYS * 24))
        return [*entries, PainEntry(at=moment, pain=pain)], at
    if kind == "later":
        return entries, at + timedelta(hours=int(where * 72))
    if not entries:
        return entries, at
    index = min(int(where * len(entries)), len(entries) - 1)
    if kind == "delete":
        return entries[:index] + entries[index + 1 :], at
    if kind == "edit":
        edited = PainEntry(at=entries[index].at, pain=pain, id=entries[index].id)
        return [*entries[:index], edited, *entries[index + 1 :]], at
    return entries, at


@FAST
@given(diary=diaries(RECENT, DAYS), steps=st.lists(changes, min_size=1, max_size=4))
def test_after_each_change_the_incremental_result_equals_a_full_recomputation(
    diary: Diary, steps: list[tuple[str, float, int]]
) -> None:
    entries, sessions = diary
    settings, at = AnalysisSettings(), END
    kept = IncrementalRelief()
    assert kept.analysis(entries, sessions, settings, at) == relief_analysis(entries, sessions, settings, at)
    for step in steps:
        entries, at = changed(entries, at, step)
        if step[0] == "settings":
            settings = AnalysisSettings(baseline_days=settings.baseline_days + 7)
        full = relief_analysis(entries, sessions, settings, at)
        assert kept.analysis(entries, sessions, settings, at) == full


def test_an_entry_added_today_assesses_only_the_latest_course(monkeypatch: pytest.MonkeyPatch) -> None:
    sessions = [
        TreatmentSession(at=RECENT + timedelta(days=day, hours=9), route=Route.IV_INFUSION, dose_mg=100.0)
        for day in (10, 40, 70, 100)
    ]
    entries = [PainEntry(at=RECENT + timedelta(days=day, hours=19), pain=6) for day in range(DAYS)]
    kept = IncrementalRelief()
    kept.analysis(entries, sessions, AnalysisSettings(), END)
    assessed: list[int] = []
    original = incremental.assess_next
    monkeypatch.setattr(incremental, "assess_next", lambda *args: (assessed.append(1), original(*args))[1])
    today = [*entries, PainEntry(at=END - timedelta(hours=1), pain=2)]
    result = kept.analysis(today, sessions, AnalysisSettings(), END)
    assert assessed == [1], "only the latest of four courses"
    assert result == relief_analysis(today, sessions, AnalysisSettings(), END)
    past = [*today, PainEntry(at=RECENT + timedelta(days=20), pain=9)]
    assessed.clear()
    assert kept.analysis(past, sessions, AnalysisSettings(), END) == relief_analysis(
        past, sessions, AnalysisSettings(), END
    )
    assert len(assessed) == 4, "an entry in the past: every course again"


def test_an_entry_on_the_day_two_courses_share_is_read_by_the_earlier_one_too() -> None:
    """Found by the property test: an earlier course ending on the latest course's first day
    reads that day (its mean during the course), so an entry there is not "after" it."""
    same_day = RECENT
    sessions = [
        TreatmentSession(at=same_day, route=Route.IV_INFUSION, weight_kg=70.0, minutes=60),
        TreatmentSession(at=same_day, route=Route.IV_INFUSION, weight_kg=70.0, series=SessionSeries.NEW),
    ]
    kept = IncrementalRelief()
    kept.analysis([], sessions, AnalysisSettings(), END)
    entries = [PainEntry(at=same_day, pain=0)]
    assert kept.analysis(entries, sessions, AnalysisSettings(), END) == relief_analysis(
        entries, sessions, AnalysisSettings(), END
    )
