"""The Settings dialog: analysis settings and default weight in the diary, the rest in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import AnalysisSettings
from paindiary.store import DiaryWriteError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.preferences import Preferences
from paindiary.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from tests.ui.conftest import User


def ok(user: User, settings_dialog: SettingsDialog) -> None:
    user.click(settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_qsettings_of_a_test_live_in_its_own_config_folder(isolated_settings: Path) -> None:
    stored = QSettings()
    stored.setValue("probe", 1)
    stored.sync()
    assert Path(stored.fileName()).is_relative_to(isolated_settings)
    assert Path(stored.fileName()).is_file()
    assert str(isolated_settings).startswith(str(Path.home()))  # the per-test home of tests/conftest.py


def test_it_shows_what_is_stored(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    adapter.set_analysis_settings(AnalysisSettings(baseline_days=10, horizon_days=60))
    adapter.set_default_weight_kg(64.5)
    stored = QSettings()
    stored.setValue("reminder/enabled", True)
    stored.setValue("reminder/time", "07:15")
    stored.setValue("autostart", True)
    stored.setValue("language", "es")
    shown = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(shown)
    assert shown.analysis["baseline_days"].value() == 10
    assert shown.analysis["horizon_days"].value() == 60
    assert shown.analysis["min_baseline_days"].value() == 3
    assert shown.weight.value() == 64.5
    assert shown.reminder.isChecked()
    assert shown.reminder_time.time() == QTime(7, 15)
    assert shown.autostart.isChecked()
    assert shown.language.currentText() == "Español"


def test_ok_saves_every_setting_where_it_belongs(
    settings_dialog: SettingsDialog, adapter: DiaryAdapter, user: User
) -> None:
    written: list[tuple[str, list[str]]] = []
    adapter.changed.connect(lambda kind, ids: written.append((kind, ids)))
    user.click(settings_dialog.analysis_toggle)
    user.retype(settings_dialog.analysis["baseline_days"], "14")
    user.retype(settings_dialog.analysis["min_baseline_days"], "5")
    user.retype(settings_dialog.analysis["course_gap_days"], "4")
    user.retype(settings_dialog.analysis["horizon_days"], "120")
    user.retype(settings_dialog.analysis["onset_window_days"], "2")
    user.retype(settings_dialog.weight, "68.5")
    assert not settings_dialog.reminder_time.isEnabled()
    user.click(settings_dialog.reminder)
    assert settings_dialog.reminder_time.isEnabled()
    user.type_moment(settings_dialog.reminder_time, "2130")
    user.click(settings_dialog.autostart)
    user.choose(settings_dialog.language, "de")
    ok(user, settings_dialog)

    assert settings_dialog.result() == SettingsDialog.DialogCode.Accepted
    assert adapter.reader.analysis_settings() == AnalysisSettings(
        baseline_days=14, min_baseline_days=5, course_gap_days=4, horizon_days=120, onset_window_days=2
    )
    assert adapter.default_weight_kg() == 68.5
    assert written == [("settings", []), ("settings", ["default_weight_kg"])]  # one write each
    stored = QSettings()
    assert stored.value("reminder/enabled", type=bool) is True
    assert stored.value("reminder/time") == "21:30"
    assert stored.value("autostart", type=bool) is True
    assert stored.value("language") == "de"


def test_a_weight_of_zero_means_not_set(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    adapter.set_default_weight_kg(70.0)
    settings_dialog = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(settings_dialog)
    settings_dialog.open()
    user.retype(settings_dialog.weight, "0")
    assert settings_dialog.weight.value() == 0
    ok(user, settings_dialog)
    assert adapter.reader.preference("default_weight_kg", "absent") is None


def test_following_the_system_language_is_stored_as_empty(
    settings_dialog: SettingsDialog, user: User
) -> None:
    QSettings().setValue("language", "de")
    user.choose(settings_dialog.language, "")
    ok(user, settings_dialog)
    assert QSettings().value("language") == ""


def test_a_baseline_that_cannot_be_met_is_explained_and_nothing_is_saved(
    settings_dialog: SettingsDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.click(settings_dialog.analysis_toggle)
    user.retype(settings_dialog.analysis["baseline_days"], "3")
    user.retype(settings_dialog.analysis["min_baseline_days"], "6")
    assert settings_dialog.analysis_error.isVisible()
    assert settings_dialog.analysis_error.text() == (
        "Minimum baseline days: 6 is more than the 4 dates a baseline can have"
    )
    user.retype(settings_dialog.weight, "80")
    user.click(settings_dialog.autostart)
    ok(user, settings_dialog)

    assert settings_dialog.isVisible()
    assert adapter.reader.analysis_settings() == AnalysisSettings()
    assert adapter.default_weight_kg() is None
    assert QSettings().value("autostart") is None
    assert settings_dialog.focusWidget() is settings_dialog.analysis["min_baseline_days"]

    user.retype(settings_dialog.analysis["min_baseline_days"], "4")
    assert not settings_dialog.analysis_error.isVisible()
    ok(user, settings_dialog)
    assert adapter.reader.analysis_settings().min_baseline_days == 4
    assert settings_dialog.error.text() == ""
    assert not settings_dialog.isVisible()


def test_restore_defaults_shows_the_defaults_and_ok_saves_them(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    adapter.set_analysis_settings(AnalysisSettings(baseline_days=20, course_gap_days=9))
    settings_dialog = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(settings_dialog)
    settings_dialog.open()
    user.click(settings_dialog.analysis_toggle)
    user.click(settings_dialog.restore_defaults)
    assert adapter.reader.analysis_settings().baseline_days == 20  # not saved yet
    assert settings_dialog.analysis["baseline_days"].value() == 28
    ok(user, settings_dialog)
    assert adapter.reader.analysis_settings() == AnalysisSettings()


def test_cancel_changes_nothing(settings_dialog: SettingsDialog, adapter: DiaryAdapter, user: User) -> None:
    user.click(settings_dialog.analysis_toggle)
    user.retype(settings_dialog.analysis["horizon_days"], "30")
    user.retype(settings_dialog.weight, "75")
    user.click(settings_dialog.reminder)
    user.click(settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    assert not settings_dialog.isVisible()
    assert adapter.reader.analysis_settings() == AnalysisSettings()
    assert adapter.default_weight_kg() is None
    assert QSettings().allKeys() == []


def test_a_failed_write_keeps_the_dialog_open_with_the_message(
    settings_dialog: SettingsDialog, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(_settings: AnalysisSettings) -> None:
        raise DiaryWriteError("Nothing was saved: the diary file is read-only.")

    monkeypatch.setattr(adapter, "set_analysis_settings", read_only)
    user.click(settings_dialog.analysis_toggle)
    user.retype(settings_dialog.analysis["horizon_days"], "30")
    user.click(settings_dialog.autostart)
    ok(user, settings_dialog)
    assert settings_dialog.isVisible()
    assert settings_dialog.error.text() == "Nothing was saved: the diary file is read-only."
    assert settings_dialog.analysis["horizon_days"].value() == 30
    assert QSettings().value("autostart") is None


def test_every_control_is_named_and_the_buttons_are_tall(
    settings_dialog: SettingsDialog, accessibility_gaps: Callable[[QWidget], list[str]]
) -> None:
    assert accessibility_gaps(settings_dialog) == []
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
        assert settings_dialog.buttons.button(which).height() >= 40
    assert settings_dialog.restore_defaults.toolTip()
