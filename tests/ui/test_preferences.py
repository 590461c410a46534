"""This computer's preferences: typed, with their defaults, and the only code that names QSettings keys."""

from __future__ import annotations

import ast
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from paindiary.resources import LANGUAGES
from paindiary.ui.preferences import LANGUAGE_NAMES, Choices, Preferences, PreferencesError
from tests.ui.source_scan import modules_with


def test_nothing_saved_gives_the_defaults() -> None:
    assert Preferences().choices() == Choices(
        reminder_enabled=False, reminder_time=time(20, 0), autostart=False, language=""
    )
    assert Preferences().reminder_last_shown() is None
    assert Preferences().window_geometry() is None


def test_saved_choices_come_back_typed_and_say_changed(qtbot: QtBot) -> None:
    preferences = Preferences()
    chosen = Choices(reminder_enabled=True, reminder_time=time(7, 45), autostart=True, language="de")
    with qtbot.waitSignal(preferences.changed, timeout=1000):
        preferences.save(chosen)
    assert Preferences().choices() == chosen
    # stored as earlier versions stored them, so an upgrade keeps the patient's choices
    assert QSettings().value("reminder/time") == "07:45"


def test_unreadable_values_fall_back_to_the_defaults() -> None:
    stored = QSettings()
    stored.setValue("reminder/time", "half past seven")
    stored.setValue("language", "tlh")
    stored.setValue("reminder/last_shown", "yesterday")
    stored.setValue("window/geometry", "not bytes")
    preferences = Preferences()
    assert preferences.choices().reminder_time == time(20, 0)
    assert preferences.choices().language == ""
    assert preferences.reminder_last_shown() is None
    assert preferences.window_geometry() is None


def test_last_shown_and_geometry_round_trip() -> None:
    preferences = Preferences()
    preferences.set_reminder_last_shown(datetime(2024, 6, 1, 20, 0, 5))
    preferences.set_window_geometry(QByteArray(b"\x01\x02"))
    assert Preferences().reminder_last_shown() == datetime(2024, 6, 1, 20, 0, 5)
    assert Preferences().window_geometry() == QByteArray(b"\x01\x02")


def test_a_failed_write_raises_and_says_nothing_changed(tmp_path: Path) -> None:
    # A folder where the settings file should be: no user, not even root, can write it.
    preferences = Preferences(lambda: QSettings(str(tmp_path), QSettings.Format.IniFormat))
    heard: list[bool] = []
    preferences.changed.connect(lambda: heard.append(True))
    with pytest.raises(PreferencesError):
        preferences.save(Choices(autostart=True))
    assert heard == []


def test_every_language_has_a_name_in_itself() -> None:
    assert tuple(LANGUAGE_NAMES) == LANGUAGES


def test_only_the_preferences_module_opens_qsettings() -> None:
    assert modules_with(ast.Name, "QSettings") == ["preferences.py"]
