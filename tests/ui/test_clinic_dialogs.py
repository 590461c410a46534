"""File ▸ Blood pressure…: typed, not spun. An empty field is "not recorded"; 0, a non-number or
a value out of range is refused on Save naming the field, with nothing saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.clinic_dialogs import BloodPressureDialog
from tests.support import FakeClock
from tests.ui.conftest import User

NOW = datetime(2024, 6, 1, 12, 0)


@pytest.fixture
def dialog(qtbot: QtBot, adapter: DiaryAdapter) -> BloodPressureDialog:
    opened = BloodPressureDialog(adapter, FakeClock(NOW))
    qtbot.addWidget(opened)
    opened.open()
    qtbot.waitExposed(opened)
    return opened


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def save(user: User, dialog: BloodPressureDialog) -> None:
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def test_a_systolic_of_0_is_refused_not_read_as_not_recorded(
    dialog: BloodPressureDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.retype(dialog.systolic, "0")
    user.retype(dialog.diastolic, "80")
    save(user, dialog)
    assert dialog.error.text() == (
        "Systolic (upper number): 0 mmHg is not possible: it must be more than 0 "
        "(leave it out when it was not recorded)"
    )
    assert dialog.focusWidget() is dialog.systolic
    assert dialog.isVisible()
    assert adapter.reader.vitals() == []


def test_a_heart_rate_of_1400_is_kept_as_typed_and_refused(
    dialog: BloodPressureDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.retype(dialog.heart_rate, "1400")
    user.retype(dialog.note, "after the stairs")
    save(user, dialog)
    assert dialog.heart_rate.text() == "1400"
    assert dialog.error.text() == "Heart rate: 1400 /min is above the highest possible value (250 /min)"
    assert dialog.focusWidget() is dialog.heart_rate
    assert adapter.reader.vitals() == []


def test_an_empty_blood_pressure_is_not_recorded_and_the_heart_rate_is_stored(
    dialog: BloodPressureDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.retype(dialog.heart_rate, "64")
    save(user, dialog)
    assert not dialog.isVisible()
    (reading,) = adapter.reader.vitals()
    assert (reading.systolic, reading.diastolic, reading.heart_rate) == (None, None, 64)


def test_a_diastolic_that_is_not_a_number_is_refused(
    dialog: BloodPressureDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.retype(dialog.systolic, "130")
    user.retype(dialog.diastolic, "eighty")
    save(user, dialog)
    assert dialog.error.text() == (
        "Diastolic (lower number): 'eighty' is not a whole number (write it like 90)"
    )
    assert dialog.focusWidget() is dialog.diastolic
    assert adapter.reader.vitals() == []


def test_tab_goes_through_the_fields_in_the_order_shown(dialog: BloodPressureDialog, qtbot: QtBot) -> None:
    dialog.systolic.setFocus()
    for expected in (dialog.diastolic, dialog.heart_rate, dialog.note):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected


def test_german_locale_reads_whole_numbers_and_refuses_a_decimal_comma(
    german: None, dialog: BloodPressureDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.retype(dialog.systolic, "135,5")
    user.retype(dialog.diastolic, "85")
    save(user, dialog)
    assert dialog.error.text() == "Systolic (upper number): '135,5' is not a whole number (write it like 90)"
    assert adapter.reader.vitals() == []
    user.retype(dialog.systolic, "135")
    save(user, dialog)
    (reading,) = adapter.reader.vitals()
    assert (reading.systolic, reading.diastolic, reading.heart_rate) == (135, 85, None)
