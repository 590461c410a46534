"""File ▸ Blood pressure… and the bladder check-in: dialogs that store what was typed and ticked,
and Today's check-in prompt (monthly, after a session with bladder symptoms, skippable)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.clinic_records import Checkin, VitalsMoment
from paindiary.domain import Route, Severity, SideEffect, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.bladder_due import SKIPPED_KEY, checkin_due
from paindiary.ui.clinic_actions import CheckinPrompt, install
from paindiary.ui.clinic_dialogs import BloodPressureDialog, CheckinDialog
from paindiary.ui.first_paint import first_paint_done
from paindiary.ui.main_window import MainWindow
from tests.support import FakeClock
from tests.ui.conftest import User

NOW = datetime(2024, 6, 1, 12, 0)


def save(user: User, buttons: QDialogButtonBox) -> None:
    user.click(buttons.button(QDialogButtonBox.StandardButton.Save))


def test_a_home_reading_is_stored_as_typed(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    dialog = BloodPressureDialog(adapter, FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.open()
    user.retype(dialog.systolic, "152")
    user.retype(dialog.diastolic, "94")
    user.retype(dialog.heart_rate, "80")
    user.retype(dialog.note, "after the walk")
    save(user, dialog.buttons)
    (stored,) = adapter.reader.vitals()
    assert (stored.moment, stored.session, stored.systolic, stored.diastolic, stored.heart_rate) == (
        VitalsMoment.HOME, None, 152, 94, 80,
    )  # fmt: skip
    assert (stored.at, stored.note) == (NOW, "after the walk")


def test_an_impossible_reading_is_named_and_not_saved(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    dialog = BloodPressureDialog(adapter, FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.open()
    user.retype(dialog.systolic, "90")
    user.retype(dialog.diastolic, "95")
    save(user, dialog.buttons)
    assert "Systolic (upper number): 90/95" in dialog.error.text()
    assert dialog.isVisible()
    assert adapter.reader.vitals() == []


def test_the_checkin_stores_what_was_ticked(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    dialog = CheckinDialog(adapter, FakeClock(NOW))
    qtbot.addWidget(dialog)
    dialog.open()
    user.click(dialog.urgency)
    user.click(dialog.blood)
    user.retype(dialog.note, "twice")
    save(user, dialog.buttons)
    (stored,) = adapter.reader.checkins()
    assert (stored.more_often, stored.urgency, stored.pain, stored.blood, stored.note) == (
        False, True, False, True, "twice",
    )  # fmt: skip


def a_session(adapter: DiaryAdapter, at: datetime, *, bladder: bool = False) -> TreatmentSession:
    effects = (SideEffect(kind="bladder-symptoms", severity=Severity.MILD),) if bladder else ()
    return adapter.add_session(
        TreatmentSession(at=at, route=Route.IV_INFUSION, dose_mg=35, weight_kg=70, side_effects=effects)
    )


@pytest.mark.parametrize(("days", "due"), [(29, False), (30, True)])
def test_monthly_after_the_first_session(adapter: DiaryAdapter, days: int, due: bool) -> None:
    a_session(adapter, NOW - timedelta(days=days))
    assert checkin_due(adapter.reader.sessions(), [], {}, NOW) is due


def test_not_after_a_recent_checkin_and_not_without_sessions(adapter: DiaryAdapter) -> None:
    assert not checkin_due([], [], {}, NOW)
    a_session(adapter, NOW - timedelta(days=60))
    recent = Checkin(at=NOW - timedelta(days=10))
    assert not checkin_due(adapter.reader.sessions(), [recent], {}, NOW)
    assert not checkin_due(
        adapter.reader.sessions(), [], {SKIPPED_KEY: (NOW - timedelta(days=3)).date().isoformat()}, NOW
    )


def test_at_once_after_a_session_with_bladder_symptoms(adapter: DiaryAdapter) -> None:
    a_session(adapter, NOW - timedelta(days=40))
    old = Checkin(at=NOW - timedelta(days=5))
    a_session(adapter, NOW - timedelta(days=1), bladder=True)
    assert checkin_due(adapter.reader.sessions(), [old], {}, NOW)
    after = Checkin(at=NOW - timedelta(hours=2))
    assert not checkin_due(adapter.reader.sessions(), [old, after], {}, NOW)


def prompt_on(qtbot: QtBot, adapter: DiaryAdapter, *, sample: bool = False) -> CheckinPrompt:
    window = MainWindow(adapter, clock=FakeClock(NOW), features=[install], sample=sample)
    qtbot.add_widget(window)
    window.show()
    qtbot.waitUntil(lambda: first_paint_done(window))  # the prompts read the diary after the first paint
    return window.today.findChild(CheckinPrompt)  # type: ignore[return-value]


def test_the_prompt_opens_the_checkin_and_goes_once_saved(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    a_session(adapter, NOW - timedelta(days=31))
    prompt = prompt_on(qtbot, adapter)
    assert prompt.isVisible()
    user.click(prompt.open_button)
    assert prompt.dialog is not None
    user.click(prompt.dialog.more_often)
    save(user, prompt.dialog.buttons)
    assert len(adapter.reader.checkins()) == 1
    assert not prompt.isVisible()


def test_not_now_waits_and_the_sample_diary_is_never_asked(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    a_session(adapter, NOW - timedelta(days=31))
    assert not prompt_on(qtbot, adapter, sample=True).isVisible()
    prompt = prompt_on(qtbot, adapter)
    user.click(prompt.not_now)
    assert not prompt.isVisible()
    assert not prompt_on(qtbot, adapter).isVisible()
    assert adapter.reader.checkins() == []
