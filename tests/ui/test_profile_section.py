"""The Profile section of Settings: typed values are stored on OK, one write; nothing is required."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from paindiary.clinic_records import Profile
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.preferences import Preferences
from paindiary.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import User


def open_settings(qtbot: QtBot, adapter: DiaryAdapter) -> SettingsDialog:
    dialog = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def ok(user: User, dialog: SettingsDialog) -> None:
    user.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))


def test_typed_profile_is_stored_in_one_write(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    written: list[str] = []
    adapter.changed.connect(lambda kind, _ids: written.append(kind))
    dialog = open_settings(qtbot, adapter)
    section = dialog.profile_section
    user.retype(section.name, "Ana Ruiz")
    user.retype(section.conditions, "CRPS, left foot")
    user.retype(section.clinician, "Dr. Weber")
    user.retype(section.born, "1971-05-31")
    ok(user, dialog)
    assert adapter.reader.profile() == Profile(
        name="Ana Ruiz", born=date(1971, 5, 31), conditions="CRPS, left foot", clinician="Dr. Weber"
    )
    assert written == ["profile"]


def test_nothing_typed_stores_nothing_and_a_cleared_profile_is_removed(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_settings(qtbot, adapter)
    ok(user, dialog)
    assert adapter.reader.profile() == Profile()
    adapter.set_profile(Profile(name="Ana", born=date(1971, 5, 31)))
    dialog = open_settings(qtbot, adapter)
    assert dialog.profile_section.name.text() == "Ana"
    user.retype(dialog.profile_section.name, "")
    user.retype(dialog.profile_section.born, "")
    ok(user, dialog)
    assert adapter.reader.profile() == Profile()


def test_every_field_is_named_for_screen_readers(
    qtbot: QtBot, adapter: DiaryAdapter, accessibility_gaps: Callable[[QWidget], list[str]]
) -> None:
    dialog = open_settings(qtbot, adapter)
    assert accessibility_gaps(dialog.profile_section) == []


def test_an_unreadable_date_of_birth_is_said_and_nothing_is_saved(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    dialog = open_settings(qtbot, adapter)
    user.retype(dialog.profile_section.name, "Ana")
    user.retype(dialog.profile_section.born, "31.05.1971")
    ok(user, dialog)
    assert dialog.isVisible()
    assert "Date of birth: 31.05.1971 is not a date like 1970-05-31" in dialog.profile_section.error.text()
    assert adapter.reader.profile() == Profile()
    user.retype(dialog.profile_section.born, "1850-01-01")
    ok(user, dialog)
    assert "before 1900" in dialog.profile_section.error.text()
    assert adapter.reader.profile() == Profile()
