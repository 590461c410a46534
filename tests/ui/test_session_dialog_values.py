"""The session dialog's amounts: implausible values refused or questioned, the weight offered, the rate
worked out. Typed and clicked as a patient would, then checked in the diary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import Route, SessionStatus, TreatmentSession
from paindiary.session_limits import unusual_values
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.session_dialog import SessionDialog
from paindiary.ui.sessions_view import SessionsView

if TYPE_CHECKING:
    from tests.ui.conftest import User

NOW = datetime(2024, 6, 3, 14, 7)
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def open_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> Callable[..., SessionDialog]:
    def opener(session: TreatmentSession | None = None) -> SessionDialog:
        dialog = SessionDialog(adapter, session=session, clock=lambda: NOW)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    return opener


def save_button(dialog: SessionDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def answer(qtbot: QtBot, button: QMessageBox.StandardButton | None) -> list[str]:
    """Click `button` in the question once it is up (None: press Enter); returns what it said."""
    seen: list[str] = []
    tries = iter(range(250))  # gives up after about five seconds instead of polling forever

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        if button is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


@pytest.fixture
def no_question(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions the dialog would have asked (answered Yes without a box), for tests expecting none."""
    asked: list[str] = []

    def record(_dialog: SessionDialog, sentence: str) -> bool:
        asked.append(sentence)
        return True

    monkeypatch.setattr(SessionDialog, "ask_is_this_right", record)
    return asked


# ---------------------------------------------------------------- refused


@pytest.mark.parametrize("case", [("dose", "Total dose", "mg"), ("weight", "Body weight", "kg")])
def test_a_zero_is_refused_naming_the_field_and_an_empty_field_means_not_recorded(
    open_dialog: Callable[..., SessionDialog],
    adapter: DiaryAdapter,
    user: User,
    no_question: list[str],
    case: tuple[str, str, str],
) -> None:
    field, label, unit = case
    dialog = open_dialog()
    other = dialog.weight if field == "dose" else dialog.dose
    user.retype(other, "70")
    user.retype(getattr(dialog, field), "0")
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.text() == (
        f"{label}: 0 {unit} is not possible: it must be more than 0 (leave it out when it was not recorded)"
    )
    assert dialog.focusWidget() is getattr(dialog, field)
    assert adapter.reader.session_count() == 0

    user.retype(getattr(dialog, field), "")
    assert getattr(dialog, field).placeholderText() == "Not recorded"
    user.click(save_button(dialog))
    [stored] = adapter.reader.sessions()
    assert getattr(stored, f"{field}_{unit}") is None
    assert getattr(stored, "weight_kg" if field == "dose" else "dose_mg") == 70


def test_typing_past_the_maximum_is_kept_and_refused_not_cut_short(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, no_question: list[str]
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "50000")
    assert dialog.dose.text() == "50000"  # every keystroke kept: a spin box turned this into 5000
    assert dialog.per_kg.text() == "–"  # nothing worked out from a value that cannot be saved
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.error.text() == "Total dose: 50000 mg is above the highest possible value (10000 mg)"
    assert dialog.focusWidget() is dialog.dose
    assert adapter.reader.session_count() == 0
    user.retype(dialog.dose, "5000")
    user.click(save_button(dialog))
    assert [s.dose_mg for s in adapter.reader.sessions()] == [5000]


def test_text_that_is_not_a_number_is_refused_with_an_example(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    user.retype(dialog.minutes, "4 hours")
    user.click(save_button(dialog))
    assert dialog.error.text() == "Duration: '4 hours' is not a whole number (write it like 90, 4 h, 5 d)"
    assert adapter.reader.session_count() == 0


# ---------------------------------------------------------------- asked about


def test_15_mg_per_kg_asks_and_yes_saves(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "1050")
    user.retype(dialog.weight, "70")
    seen = answer(qtbot, Yes)
    user.click(save_button(dialog))
    assert seen == ["15.00 mg/kg in one session is more than 10 mg/kg. Is this right?"]
    assert not dialog.isVisible()
    [stored] = adapter.reader.sessions()
    assert (stored.dose_mg, stored.weight_kg) == (1050, 70)


def test_15_mg_per_kg_asks_and_no_returns_to_the_dose_with_nothing_saved(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "1050")
    user.retype(dialog.weight, "70")
    seen = answer(qtbot, No)
    user.click(save_button(dialog))
    assert seen == ["15.00 mg/kg in one session is more than 10 mg/kg. Is this right?"]
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.dose
    assert dialog.error.text() == "Total dose: 15.00 mg/kg in one session is more than 10 mg/kg."
    assert adapter.reader.session_count() == 0
    assert dialog.dose.text() == "1050"

    user.retype(dialog.dose, "105")  # the slip corrected: nothing more to ask
    user.click(save_button(dialog))
    assert [s.dose_mg for s in adapter.reader.sessions()] == [105]


def test_enter_in_the_question_answers_no_so_a_slip_is_not_saved_by_reflex(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "1050")
    user.retype(dialog.weight, "70")
    seen = answer(qtbot, None)
    user.press(dialog.weight, Qt.Key.Key_Return)  # Enter in the form is Save
    assert len(seen) == 1
    assert dialog.isVisible()
    assert adapter.reader.session_count() == 0


def test_an_8_day_session_asks_and_yes_saves_it(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    user.retype(dialog.minutes, str(8 * 24 * 60))
    seen = answer(qtbot, Yes)
    user.click(save_button(dialog))
    assert seen == ["A session of 8 d is longer than 7 days. Is this right?"]
    assert [s.minutes for s in adapter.reader.sessions()] == [11520]


def test_a_five_day_infusion_is_typed_in_days_and_shown_in_days_again(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    unit = dialog.minutes.parentWidget().findChild(QLabel)
    assert unit is not None
    assert unit.text() == "min"
    user.retype(dialog.minutes, "5 d")
    assert unit.text() == ""  # the unit typed is the one that counts
    user.click(save_button(dialog))
    [saved] = adapter.reader.sessions()
    assert saved.minutes == 5 * 24 * 60
    again = open_dialog(saved)
    assert again.minutes.text() == "5 d"


def test_an_8_day_session_answered_no_is_not_saved(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    user.retype(dialog.minutes, "11520")
    answer(qtbot, No)
    user.click(save_button(dialog))
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.minutes
    assert adapter.reader.session_count() == 0


def test_a_session_that_already_had_an_unusual_dose_is_edited_without_asking_again(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, no_question: list[str]
) -> None:
    original = adapter.add_session(
        TreatmentSession(at=datetime(2024, 5, 2, 9, 0), route=Route.IV_INFUSION, dose_mg=900, weight_kg=60)
    )
    dialog = open_dialog(original)
    user.retype(dialog.clinic, "Ward 4")
    user.click(save_button(dialog))
    assert no_question == []
    stored = adapter.reader.get_session(original.id)
    assert stored is not None
    assert (stored.clinic, stored.dose_mg) == ("Ward 4", 900)


def test_the_dialog_and_the_command_line_share_the_sentence() -> None:
    [unusual] = unusual_values(1050, 70, None)
    assert unusual.sentence == "15.00 mg/kg in one session is more than 10 mg/kg."


# ---------------------------------------------------------------- the patient's language


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_german_decimal_commas_are_read_and_a_point_is_refused_rather_than_guessed(
    german: None, open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "1.500")  # German for 1500, or a point typed for 1,5: refused, not guessed
    user.retype(dialog.weight, "72,5")
    user.click(save_button(dialog))
    assert dialog.error.text() == "Total dose: '1.500' is not a number (write it like 12,5)"
    assert adapter.reader.session_count() == 0
    user.retype(dialog.dose, "37,5")
    assert dialog.per_kg.text() == "0,52 mg/kg"
    user.click(save_button(dialog))
    [stored] = adapter.reader.sessions()
    assert (stored.dose_mg, stored.weight_kg) == (37.5, 72.5)


def test_a_stored_amount_is_shown_in_the_patients_notation(
    german: None, open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter
) -> None:
    original = adapter.add_session(
        TreatmentSession(at=datetime(2024, 5, 2, 9, 0), route=Route.IV_INFUSION, weight_kg=72.5, dose_mg=1500)
    )
    dialog = open_dialog(original)
    assert (dialog.weight.text(), dialog.dose.text()) == ("72,5", "1500")


# ---------------------------------------------------------------- defaults


def test_a_new_session_starts_now_rounded_down_to_the_quarter_hour(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, no_question: list[str]
) -> None:
    dialog = open_dialog()
    assert dialog.when.dateTime().toPython() == datetime(2024, 6, 3, 14, 0)
    user.click(save_button(dialog))
    [stored] = adapter.reader.sessions()
    assert (stored.at, stored.status) == (datetime(2024, 6, 3, 14, 0), SessionStatus.DONE)


def test_the_previous_sessions_weight_is_offered_and_says_where_it_came_from(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User
) -> None:
    adapter.set_default_weight_kg(80)  # Settings' usual weight gives way to a newer measured one
    for at, weight in (
        (datetime(2024, 4, 1, 9, 0), 70.0),
        (datetime(2024, 5, 2, 9, 0), 68.5),  # the latest with a weight
        (datetime(2024, 5, 20, 9, 0), None),
        (datetime(2024, 6, 10, 9, 0), 90.0),  # planned, still to come
    ):
        adapter.add_session(TreatmentSession(at=at, route=Route.IV_INFUSION, weight_kg=weight))
    dialog = open_dialog()
    assert dialog.weight.text() == "68.5"
    note = dialog.amounts.weight_note
    assert note.isVisible()
    assert note.text() == "From your session of 2024-05-02. Change it if your weight has changed."

    user.retype(dialog.weight, "67")
    assert not note.isVisible()  # no longer the previous session's
    user.click(save_button(dialog))
    assert dialog.saved is not None
    stored = adapter.reader.get_session(dialog.saved.id)
    assert stored is not None
    assert stored.weight_kg == 67


def test_without_an_earlier_weight_the_field_is_empty_and_says_nothing(
    open_dialog: Callable[..., SessionDialog],
) -> None:
    dialog = open_dialog()
    assert dialog.weight.text() == ""
    assert not dialog.amounts.weight_note.isVisible()


# ---------------------------------------------------------------- the rate


def test_the_rate_is_worked_out_as_typed_and_stored_only_when_the_patient_gives_one(
    open_dialog: Callable[..., SessionDialog], adapter: DiaryAdapter, user: User, no_question: list[str]
) -> None:
    dialog = open_dialog()
    note = dialog.amounts.rate_note
    assert note.text() == "Worked out when the dose, weight and duration are filled in."
    user.retype(dialog.dose, "140")
    user.retype(dialog.weight, "70")
    user.retype(dialog.minutes, "240")
    assert note.text() == "Worked out from dose, weight and duration: 0.50 mg/kg/h"
    assert dialog.rate.text() == ""
    user.click(save_button(dialog))
    [worked_out] = adapter.reader.sessions()
    assert worked_out.rate_mg_per_kg_h is None  # not recorded: only shown
    assert worked_out.worked_out_rate == pytest.approx(0.5)

    typed = open_dialog()
    user.retype(typed.dose, "140")
    user.retype(typed.rate, "0.4")
    user.click(save_button(typed))
    assert {s.rate_mg_per_kg_h for s in adapter.reader.sessions()} == {None, 0.4}


def test_no_rate_is_worked_out_for_a_nasal_dose(
    open_dialog: Callable[..., SessionDialog], user: User
) -> None:
    dialog = open_dialog()
    user.retype(dialog.dose, "56")
    user.retype(dialog.weight, "80")
    user.retype(dialog.minutes, "40")
    assert dialog.amounts.rate_note.isVisible()
    user.choose(dialog.route, "intranasal")
    assert not dialog.amounts.rate_note.isVisible()


def test_the_sessions_page_shows_the_rate_recorded_or_worked_out_and_says_which(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, no_question: list[str]
) -> None:
    view = SessionsView(adapter, QUndoStack(), clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    user.click(view.new_button)
    dialog = view.findChild(SessionDialog)
    assert dialog is not None
    user.retype(dialog.dose, "140")
    user.retype(dialog.weight, "70")
    user.retype(dialog.minutes, "240")
    user.click(save_button(dialog))
    [session] = adapter.reader.sessions()
    row = view._session_items[session.id]
    assert row.text(3) == "2.00 mg/kg, 0.50 mg/kg/h worked out"

    user.click(view.edit_button)  # the new session is selected
    edit = next(d for d in view.findChildren(SessionDialog) if d.isVisible())
    user.retype(edit.rate, "0.4")
    user.click(save_button(edit))
    qtbot.waitUntil(lambda: view._session_items[session.id].text(3) == "2.00 mg/kg, 0.40 mg/kg/h")
