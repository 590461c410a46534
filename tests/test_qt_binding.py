"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 under Python 3.11 lost one reference to None on every call of a method that returns
nothing (None is not immortal before 3.12): after some thousands of calls, e.g. a layout placing its
buttons, the app aborted with "Fatal Python error: none_dealloc". pyproject.toml excludes that
version; this test fails if an installed binding behaves like it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

CALLS = 200


def test_calls_that_return_nothing_keep_nones_references(qtbot: QtBot) -> None:
    assert QApplication.instance() is not None
    button = QPushButton("0")
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        button.setText("1")
        button.setGeometry(QRect(0, 0, 40, 40))
    # Other code may take or drop a few references meanwhile; a leak per call is hundreds.
    assert abs(sys.getrefcount(None) - before) < CALLS // 2


def test_calls_that_return_a_truth_value_keep_its_references(qtbot: QtBot) -> None:
    button = QPushButton("0")
    qtbot.addWidget(button)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        button.isCheckable()
        button.hasHeightForWidth()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert all(abs(a - b) < CALLS // 2 for a, b in zip(after, before, strict=True))
