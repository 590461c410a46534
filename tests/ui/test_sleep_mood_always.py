"""Settings ▸ "Always show sleep and mood on Today" opens Today's detail, now and at the next start."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.main_window import MainWindow
from paindiary.ui.preferences import Preferences
from paindiary.ui.sleep_mood_always import install


def test_the_choice_opens_the_detail_with_sleep_and_mood(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    preferences = Preferences()
    window = MainWindow(adapter, preferences=preferences, features=[install])
    qtbot.add_widget(window)
    window.show()
    assert not window.today.more.isChecked()
    preferences.save(replace(preferences.choices(), sleep_mood_always=True))
    assert window.today.more.isChecked()
    assert window.today.detail.isVisible()
    again = MainWindow(adapter, preferences=Preferences(), features=[install])
    qtbot.add_widget(again)
    again.show()
    assert again.today.more.isChecked()  # kept for the next start
