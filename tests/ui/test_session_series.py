"""The session dialog's "same series" check box: preset by the gap rule, the patient's to change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.domain import AnalysisSettings, Route, SessionSeries, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.session_dialog import SessionDialog

if TYPE_CHECKING:
    from tests.ui.conftest import User

# It is 3 June 2024 at noon, so a new session starts on 3 June at 09:00 (the course gap is 3 days).
NOW = [datetime(2024, 6, 3, 12, 0)]


@pytest.fixture(autouse=True)
def fixed_time() -> None:
    NOW[0] = datetime(2024, 6, 3, 12, 0)


@pytest.fixture
def open_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> Callable[..., SessionDialog]:
    def opener(session: TreatmentSession | None = None) -> SessionDialog:
        dialog = SessionDialog(adapter, session=session, clock=lambda: NOW[0])
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


def session_on(
    adapter: DiaryAdapter, at: datetime, series: SessionSeries = SessionSeries.AUTO
) -> TreatmentSession:
    return adapter.add_session(TreatmentSession(at=at, route=Route.INTRANASAL, series=series))


def save(user: User, dialog: SessionDialog) -> TreatmentSession:
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.saved is not None
    return dialog.saved


def test_checked_when_the_previous_session_was_at_most_the_course_gap_earlier(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    session_on(adapter, datetime(2024, 5, 20, 9, 0))
    session_on(adapter, datetime(2024, 5, 31, 18, 0))  # 3 dates before 3 June
    dialog = open_dialog()
    assert dialog.same_series.isChecked()
    assert dialog.series_hint.text() == "The previous session was on 2024-05-31, 3 days earlier."


def test_unchecked_when_the_previous_session_was_longer_ago(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    session_on(adapter, datetime(2024, 5, 30, 9, 0))  # 4 dates before 3 June
    dialog = open_dialog()
    assert not dialog.same_series.isChecked()
    assert dialog.series_hint.text() == "The previous session was on 2024-05-30, 4 days earlier."


def test_the_gap_is_the_diarys_setting(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    adapter.set_analysis_settings(AnalysisSettings(course_gap_days=5))
    session_on(adapter, datetime(2024, 5, 29, 9, 0))  # 5 dates before 3 June
    assert open_dialog().same_series.isChecked()


def test_a_session_that_has_not_taken_place_is_not_the_previous_one(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    NOW[0] = datetime(2024, 6, 2, 12, 0)
    session_on(adapter, datetime(2024, 6, 2, 15, 0))  # planned: after now
    dialog = open_dialog()
    assert not dialog.same_series.isChecked()
    assert dialog.series_hint.text() == "No earlier session is recorded."


def test_the_preset_follows_the_date_until_the_patient_touches_the_box(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    session_on(adapter, datetime(2024, 5, 31, 9, 0))
    dialog = open_dialog()
    assert dialog.same_series.isChecked()
    user.type_moment(dialog.when, "202406050900")
    assert not dialog.same_series.isChecked()
    assert dialog.series_hint.text() == "The previous session was on 2024-05-31, 5 days earlier."
    dialog.route.setFocus()  # tabbing in again selects the first section to type over
    user.type_moment(dialog.when, "202405310930")
    assert dialog.same_series.isChecked()
    assert dialog.series_hint.text() == "The previous session was on the same day."
    user.click(dialog.same_series)  # now the patient's choice: dates no longer move it
    assert not dialog.same_series.isChecked()
    dialog.route.setFocus()
    user.type_moment(dialog.when, "202406010900")
    assert dialog.series_hint.text() == "The previous session was on 2024-05-31, the day before."
    assert not dialog.same_series.isChecked()


@pytest.mark.parametrize(
    ("previous", "clicks", "stored"),
    [
        (datetime(2024, 5, 31, 9, 0), 0, SessionSeries.AUTO),  # left alone: checked by the rule
        (datetime(2024, 5, 25, 9, 0), 0, SessionSeries.AUTO),  # left alone: unchecked by the rule
        (datetime(2024, 5, 31, 9, 0), 1, SessionSeries.NEW),  # unchecked against the rule
        (datetime(2024, 5, 25, 9, 0), 1, SessionSeries.JOIN),  # checked against the rule
        (datetime(2024, 5, 25, 9, 0), 2, SessionSeries.AUTO),  # back to the rule's answer
    ],
)
def test_what_is_stored(
    *,
    open_dialog: Callable[..., SessionDialog],
    adapter: DiaryAdapter,
    user: User,
    previous: datetime,
    clicks: int,
    stored: SessionSeries,
) -> None:
    session_on(adapter, previous)
    dialog = open_dialog()
    for _ in range(clicks):
        user.click(dialog.same_series)
    assert save(user, dialog).series is stored
    assert adapter.reader.sessions()[-1].series is stored


def test_space_on_the_box_is_the_patients_choice_too(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    session_on(adapter, datetime(2024, 5, 25, 9, 0))
    dialog = open_dialog()
    dialog.when.setFocus()
    dialog.focusNextChild()
    assert dialog.focusWidget() is dialog.same_series
    user.press(dialog.same_series, Qt.Key.Key_Space)
    assert dialog.same_series.isChecked()
    assert save(user, dialog).series is SessionSeries.JOIN


@pytest.mark.parametrize(
    ("stored", "previous", "shown"),
    [
        (SessionSeries.JOIN, datetime(2024, 5, 1, 9, 0), True),  # against the rule, as stored
        (SessionSeries.NEW, datetime(2024, 6, 2, 9, 0), False),  # against the rule, as stored
        (SessionSeries.AUTO, datetime(2024, 6, 2, 9, 0), True),  # the rule's answer
        (SessionSeries.AUTO, datetime(2024, 5, 1, 9, 0), False),
    ],
)
def test_editing_shows_the_stored_choice_and_keeps_it_when_left_alone(
    *,
    open_dialog: Callable[..., SessionDialog],
    adapter: DiaryAdapter,
    user: User,
    stored: SessionSeries,
    previous: datetime,
    shown: bool,
) -> None:
    session_on(adapter, previous)
    edited = session_on(adapter, datetime(2024, 6, 3, 9, 0), stored)
    dialog = open_dialog(edited)
    assert dialog.same_series.isChecked() is shown
    user.retype(dialog.clinic, "Day unit")
    assert save(user, dialog).series is stored


def test_editing_a_choice_back_to_the_rules_answer_stores_auto(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    session_on(adapter, datetime(2024, 6, 2, 9, 0))
    edited = session_on(adapter, datetime(2024, 6, 3, 9, 0), SessionSeries.NEW)
    dialog = open_dialog(edited)
    user.click(dialog.same_series)
    assert dialog.same_series.isChecked()
    assert save(user, dialog).series is SessionSeries.AUTO


def test_an_edited_session_is_not_its_own_previous_session(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    session_on(adapter, datetime(2024, 5, 1, 9, 0))
    edited = session_on(adapter, datetime(2024, 6, 3, 9, 0))
    later = session_on(adapter, datetime(2024, 6, 4, 9, 0))
    dialog = open_dialog(edited)
    assert dialog.series_hint.text() == "The previous session was on 2024-05-01, 33 days earlier."
    assert not dialog.same_series.isChecked()
    assert open_dialog(later).same_series.isChecked()  # its previous session is the edited one
