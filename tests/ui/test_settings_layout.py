"""The Settings dialog's order: the patient's own settings first, the analysis folded away below."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import AnalysisSettings
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.preferences import Preferences
from paindiary.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from tests.ui.conftest import User

V2_NAMES = ("full_baseline_days", "max_gap_days", "washout_days", "carry_forward_days", "peak_window_days")


def top_in(settings_dialog: SettingsDialog, widget: QWidget) -> int:
    return widget.mapTo(settings_dialog, QPoint(0, 0)).y()


def test_the_patients_own_settings_come_first_and_the_analysis_starts_folded(
    settings_dialog: SettingsDialog,
) -> None:
    order = [
        settings_dialog.weight,
        settings_dialog.reminder,
        settings_dialog.autostart,
        settings_dialog.language,
        settings_dialog.analysis_toggle,
    ]
    tops = [top_in(settings_dialog, widget) for widget in order]
    assert tops == sorted(tops)
    assert len(set(tops)) == len(tops)
    assert settings_dialog.analysis_toggle.text() == "&How relief is measured"
    assert settings_dialog.analysis_toggle.accessibleName() == "How relief is measured"
    assert not settings_dialog.analysis_panel.isVisible()
    assert not settings_dialog.restore_defaults.isVisible()


def test_a_click_unfolds_and_folds_the_analysis_settings(settings_dialog: SettingsDialog, user: User) -> None:
    user.click(settings_dialog.analysis_toggle)
    assert settings_dialog.analysis_panel.isVisible()
    assert settings_dialog.analysis_toggle.arrowType() == Qt.ArrowType.DownArrow
    assert all(box.isVisible() for box in settings_dialog.analysis.values())
    user.click(settings_dialog.analysis_toggle)
    assert not settings_dialog.analysis_panel.isVisible()
    assert settings_dialog.analysis_toggle.arrowType() == Qt.ArrowType.RightArrow


def test_the_keyboard_reaches_and_unfolds_them(settings_dialog: SettingsDialog, user: User) -> None:
    settings_dialog.language.setFocus()
    settings_dialog.focusNextChild()
    assert settings_dialog.focusWidget() is settings_dialog.analysis_toggle
    user.press(settings_dialog.analysis_toggle, Qt.Key.Key_Space)
    assert settings_dialog.analysis_panel.isVisible()
    settings_dialog.focusNextChild()
    assert settings_dialog.focusWidget() is settings_dialog.analysis["baseline_days"]


def test_each_analysis_setting_says_in_one_line_what_it_does(
    settings_dialog: SettingsDialog, user: User
) -> None:
    user.click(settings_dialog.analysis_toggle)
    assert list(settings_dialog.analysis) == list(AnalysisSettings.LIMITS)
    for name, box in settings_dialog.analysis.items():
        said = settings_dialog.analysis_explanations[name]
        assert said.isVisible()
        assert said.text()
        assert "\n" not in said.text()
        assert box.accessibleDescription() == said.text()
        assert top_in(settings_dialog, said) > top_in(settings_dialog, box)  # right under its field
    assert settings_dialog.analysis_explanations["max_gap_days"].text() == (
        "The longest run of days without entries that relief may bridge"
    )


def test_the_new_settings_are_saved_in_the_diary(
    settings_dialog: SettingsDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.click(settings_dialog.analysis_toggle)
    for name, typed in zip(V2_NAMES, ("6", "4", "10", "365", "21"), strict=True):
        user.retype(settings_dialog.analysis[name], typed)
    user.click(settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert adapter.reader.analysis_settings() == AnalysisSettings(
        full_baseline_days=6, max_gap_days=4, washout_days=10, carry_forward_days=365, peak_window_days=21
    )
    assert adapter.reader.preference("analysis")["peak_window_days"] == 21


def test_restore_defaults_puts_back_all_ten(qtbot: QtBot, adapter: DiaryAdapter, user: User) -> None:
    adapter.set_analysis_settings(AnalysisSettings(washout_days=30, course_gap_days=9))
    settings_dialog = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(settings_dialog)
    settings_dialog.open()
    assert settings_dialog.analysis["washout_days"].value() == 30
    user.click(settings_dialog.analysis_toggle)
    user.retype(settings_dialog.analysis["peak_window_days"], "30")
    user.retype(settings_dialog.analysis["horizon_days"], "45")
    user.click(settings_dialog.restore_defaults)
    assert {
        name: box.value() for name, box in settings_dialog.analysis.items()
    } == AnalysisSettings().as_dict()
    user.click(settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert adapter.reader.analysis_settings() == AnalysisSettings()


def test_a_refused_combination_unfolds_the_settings_again_at_the_field(
    settings_dialog: SettingsDialog, adapter: DiaryAdapter, user: User
) -> None:
    user.click(settings_dialog.analysis_toggle)
    user.retype(settings_dialog.analysis["baseline_days"], "3")
    user.retype(settings_dialog.analysis["min_baseline_days"], "6")
    user.click(settings_dialog.analysis_toggle)  # folded with the mistake inside
    user.click(settings_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert settings_dialog.isVisible()
    assert settings_dialog.analysis_panel.isVisible()
    assert settings_dialog.analysis_error.isVisible()
    assert settings_dialog.focusWidget() is settings_dialog.analysis["min_baseline_days"]
    assert adapter.reader.preference("analysis") is None


def test_unfolded_it_fits_a_1080p_screen_at_200_percent_with_the_buttons_in_view(
    qtbot: QtBot, adapter: DiaryAdapter, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SettingsDialog, "available_size", lambda _self: QSize(960, 540))
    settings_dialog = SettingsDialog(adapter, Preferences())
    qtbot.addWidget(settings_dialog)
    settings_dialog.open()
    user.click(settings_dialog.analysis_toggle)
    assert settings_dialog.width() <= 960
    assert settings_dialog.height() <= 540
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
        button = settings_dialog.buttons.button(which)
        corner = button.mapTo(settings_dialog, QPoint(button.width(), button.height()))
        assert settings_dialog.rect().contains(corner)
        assert not settings_dialog.scroll_area.isAncestorOf(button)
    assert settings_dialog.scroll_area.verticalScrollBar().maximum() > 0  # the rest scrolls
