"""The sample diary's window opens offset from the patient's own and leaves its place alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.main_window import MainWindow
from paindiary.ui.preferences import Preferences
from paindiary.ui.sample_placement import SAMPLE_OFFSET, offset_geometry, show_in_place

SCREEN = QRect(0, 0, 960, 540)  # a 1080p screen at 200 %


def opened(qtbot: QtBot, adapter: DiaryAdapter, *, sample: bool) -> MainWindow:
    """A window opened as start-up opens it: remembered geometry, then the sample's offset."""
    window = build_window(adapter, sample=sample, preferences=Preferences())
    qtbot.addWidget(window)
    show_in_place(window)
    qtbot.waitExposed(window)
    return window


def test_the_sample_opens_down_and_right_of_the_patients_window(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    own = opened(qtbot, adapter, sample=False)
    own.setGeometry(QRect(QPoint(0, 80), own.minimumSize()))  # leaves room on a small test screen
    own.close()  # remembers where it was
    patient = opened(qtbot, adapter, sample=False)
    sample = opened(qtbot, adapter, sample=True)
    assert sample.x() - patient.x() == SAMPLE_OFFSET
    assert sample.y() - patient.y() == SAMPLE_OFFSET
    assert sample.size() == patient.size()
    assert sample.screen().availableGeometry().contains(sample.geometry())
    sample.close()
    again = opened(qtbot, adapter, sample=False)
    assert again.geometry() == patient.geometry(), "the sample's place is not remembered for the diary"


@pytest.mark.parametrize(
    ("own", "placed"),
    [
        (QRect(100, 80, 700, 420), QRect(140, 120, 700, 420)),
        (QRect(260, 120, 700, 420), QRect(220, 80, 700, 420)),  # at the bottom-right edge: up and left
        (QRect(0, 0, 960, 540), QRect(40, 40, 920, 500)),  # fills the screen: shrinks to show the other
        (QRect(-3000, 50, 700, 420), QRect(0, 90, 700, 420)),  # left on a screen no longer there
    ],
)
def test_the_offset_stays_within_the_screen(own: QRect, placed: QRect) -> None:
    assert offset_geometry(own, SCREEN) == placed
    assert SCREEN.contains(placed)
