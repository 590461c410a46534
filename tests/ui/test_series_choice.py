"""The session dialog's series rule on its own: which session is the previous one, what is stored."""

from __future__ import annotations

from datetime import datetime

import pytest

from paindiary.domain import Route, SessionSeries, TreatmentSession
from paindiary.ui.series_choice import SeriesChoice, joins_by_gap, previous_done_session

NOW = datetime(2024, 6, 10, 12, 0)
START = datetime(2024, 6, 3, 9, 0)


def entered(at: datetime, created: datetime) -> TreatmentSession:
    return TreatmentSession(at=at, route=Route.ORAL, created=created)


def test_of_two_sessions_with_the_same_start_the_one_entered_first_comes_first() -> None:
    first = entered(START, datetime(2024, 6, 3, 10, 0))
    second = entered(START, datetime(2024, 6, 3, 11, 0))
    sessions = [first, second]
    assert previous_done_session(sessions, START, now=NOW, own=None) == second  # a new one comes last
    assert previous_done_session(sessions, START, now=NOW, own=second) == first
    assert previous_done_session(sessions, START, now=NOW, own=first) is None


def test_only_sessions_that_have_taken_place_count() -> None:
    done = entered(datetime(2024, 6, 1, 9, 0), NOW)
    planned = entered(datetime(2024, 6, 11, 9, 0), NOW)
    assert previous_done_session([done, planned], datetime(2024, 6, 12, 9, 0), now=NOW, own=None) == done


@pytest.mark.parametrize(
    ("previous_at", "joins"),
    [
        (datetime(2024, 6, 3, 0, 0), True),  # the same date
        (datetime(2024, 5, 31, 23, 59), True),  # 3 dates earlier
        (datetime(2024, 5, 30, 23, 59), False),  # 4 dates earlier, though only 3 days and 9 hours
    ],
)
def test_the_gap_counts_calendar_dates(previous_at: datetime, joins: bool) -> None:
    assert joins_by_gap(START, entered(previous_at, NOW), 3) is joins
    assert not joins_by_gap(START, None, 3)


@pytest.mark.parametrize(
    ("checked", "rule_joins", "stored"),
    [
        (True, True, SessionSeries.AUTO),
        (False, False, SessionSeries.AUTO),
        (True, False, SessionSeries.JOIN),
        (False, True, SessionSeries.NEW),
    ],
)
def test_a_touched_box_stores_auto_only_when_it_agrees_with_the_rule(
    checked: bool, rule_joins: bool, stored: SessionSeries
) -> None:
    assert SeriesChoice(SessionSeries.NEW, touched=True).to_store(checked, rule_joins) is stored


def test_an_untouched_box_keeps_what_was_stored() -> None:
    assert SeriesChoice(SessionSeries.JOIN).to_store(checked=False, rule_joins=False) is SessionSeries.JOIN
    assert SeriesChoice().to_store(checked=True, rule_joins=False) is SessionSeries.AUTO
