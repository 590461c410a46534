"""The session dialog's blood pressure and heart rate: typed, not spun. An empty field is "not
recorded"; 0, a non-number or a value out of range is refused on Save naming the moment and the
field, with nothing saved. Typed as a patient would, then checked in the diary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from paindiary.clinic_records import Vitals, VitalsMoment
from paindiary.domain import Route, TreatmentSession
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.session_dialog import SessionDialog
from tests.ui.conftest import User

NOW = datetime(2024, 6, 3, 14, 7)
BEFORE, HIGHEST, DISCHARGE = VitalsMoment.BEFORE, VitalsMoment.HIGHEST, VitalsMoment.DISCHARGE


@pytest.fixture
def open_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> Callable[..., SessionDialog]:
    def opener(session: TreatmentSession | None = None) -> SessionDialog:
        dialog = SessionDialog(adapter, session=session, clock=lambda: NOW)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def type_row(user: User, dialog: SessionDialog, moment: VitalsMoment, *values: str) -> None:
    for field, value in zip(dialog.vitals.boxes[moment], values, strict=True):
        user.retype(field, value)


def save(user: User, dialog: SessionDialog) -> None:
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def stored(adapter: DiaryAdapter) -> list[tuple[VitalsMoment, int | None, int | None, int | None]]:
    return [(r.moment, r.systolic, r.diastolic, r.heart_rate) for r in adapter.reader.vitals()]


def test_a_systolic_of_0_is_refused_naming_the_moment_not_read_as_not_recorded(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    type_row(user, dialog, HIGHEST, "0", "80", "")
    save(user, dialog)
    assert dialog.error.text() == (
        "Highest, systolic: 0 mmHg is not possible: it must be more than 0 "
        "(leave it out when it was not recorded)"
    )
    assert dialog.focusWidget() is dialog.vitals.boxes[HIGHEST][0]
    assert dialog.isVisible()
    assert adapter.reader.sessions() == []
    assert adapter.reader.vitals() == []


def test_1400_is_kept_as_typed_and_refused_rather_than_cut_to_140(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    type_row(user, dialog, BEFORE, "1400", "85", "72")
    systolic = dialog.vitals.boxes[BEFORE][0]
    assert systolic.text() == "1400"
    user.retype(dialog.note, "first one")  # the focus leaves the field; what it holds stays
    save(user, dialog)
    assert systolic.text() == "1400"
    assert dialog.error.text() == "Before, systolic: 1400 mmHg is above the highest possible value (260 mmHg)"
    assert dialog.focusWidget() is systolic
    assert adapter.reader.sessions() == []
    user.retype(systolic, "140")
    save(user, dialog)
    assert stored(adapter) == [(BEFORE, 140, 85, 72)]


def test_a_heart_rate_that_is_not_a_whole_number_is_refused(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    type_row(user, dialog, DISCHARGE, "", "", "7x")
    save(user, dialog)
    assert dialog.error.text() == "Discharge, heart rate: '7x' is not a whole number (write it like 90)"
    assert dialog.focusWidget() is dialog.vitals.boxes[DISCHARGE][2]
    assert adapter.reader.sessions() == []


def test_a_value_below_the_range_is_refused_by_the_record_naming_its_field(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    type_row(user, dialog, BEFORE, "120", "20", "")
    save(user, dialog)
    assert dialog.error.text() == "Before, diastolic: 20 is outside 30–160 mmHg"
    assert dialog.focusWidget() is dialog.vitals.boxes[BEFORE][1]
    assert adapter.reader.sessions() == []


def test_empty_fields_are_not_recorded_and_a_valid_row_is_stored(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    type_row(user, dialog, BEFORE, "", "", "68")
    type_row(user, dialog, DISCHARGE, "128", "84", "70")
    save(user, dialog)
    (session,) = adapter.reader.sessions()
    assert stored(adapter) == [(BEFORE, None, None, 68), (DISCHARGE, 128, 84, 70)]
    assert {r.session for r in adapter.reader.vitals()} == {session.id}


def test_emptying_a_stored_row_removes_that_reading(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    session = adapter.add_session(TreatmentSession(at=datetime(2024, 6, 1, 9, 0), route=Route.IV_INFUSION))
    before = Vitals(at=session.at, moment=BEFORE, session=session.id, systolic=132, diastolic=86)
    highest = Vitals(at=session.at, moment=HIGHEST, session=session.id, heart_rate=91)
    adapter.save_session_with_vitals(session, [before, highest], new=False)
    dialog = open_dialog(session)
    assert [field.text() for field in dialog.vitals.boxes[BEFORE]] == ["132", "86", ""]
    type_row(user, dialog, BEFORE, "", "", "")
    save(user, dialog)
    assert stored(adapter) == [(HIGHEST, None, None, 91)]


def test_german_locale_reads_whole_numbers_and_refuses_a_decimal_comma(
    german: None, open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    type_row(user, dialog, HIGHEST, "150", "95", "88,5")
    save(user, dialog)
    assert dialog.error.text() == "Highest, heart rate: '88,5' is not a whole number (write it like 90)"
    assert adapter.reader.sessions() == []
    user.retype(dialog.vitals.boxes[HIGHEST][2], "88")
    save(user, dialog)
    assert stored(adapter) == [(HIGHEST, 150, 95, 88)]
