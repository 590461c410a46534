"""The wheel never changes a field it passes over; focus shows a ring and returns after a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

import paindiary
from paindiary.ui.input_guards import InputGuards, install_input_guards
from paindiary.ui.moment_edit import MomentEdit


@pytest.fixture
def guards(qapp: QApplication) -> Iterator[InputGuards]:
    installed = install_input_guards(qapp)
    yield installed
    installed.remove()


class Page:
    """A tall page in a scroll area: a line edit, a spin box, a combo box and a date field."""

    def __init__(self, qtbot: QtBot) -> None:
        self.area = QScrollArea()
        qtbot.addWidget(self.area)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.line = QLineEdit(content)
        self.spin = QSpinBox(content)
        self.spin.setRange(0, 100)
        self.spin.setValue(50)
        self.combo = QComboBox(content)
        self.combo.addItems(["one", "two", "three"])
        self.combo.setCurrentIndex(1)
        self.moment = MomentEdit(parent=content)
        self.button = QPushButton("Open", content)
        for widget in (self.line, self.spin, self.combo, self.moment, self.button):
            layout.addWidget(widget)
        layout.addSpacing(2000)  # taller than the window: the page scrolls
        self.area.setWidget(content)
        self.area.resize(300, 300)
        self.area.show()
        qtbot.waitExposed(self.area)
        self.area.activateWindow()
        qtbot.waitUntil(self.area.isActiveWindow)


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel, turned towards the patient, with the pointer over `widget`."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_unfocused_fields_scrolls_the_page_and_changes_nothing(
    qtbot: QtBot, guards: InputGuards
) -> None:
    page = Page(qtbot)
    page.line.setFocus()
    before = page.moment.dateTime()
    for field in (page.spin, page.combo, page.moment):
        wheel_down(field)
    assert (page.spin.value(), page.combo.currentIndex(), page.moment.dateTime()) == (50, 1, before)
    assert page.area.verticalScrollBar().value() > 0, "the page scrolled instead"


def test_a_focused_field_still_takes_the_wheel(qtbot: QtBot, guards: InputGuards) -> None:
    page = Page(qtbot)
    page.spin.setFocus()
    wheel_down(page.spin)
    assert page.spin.value() == 49


def test_fields_no_longer_take_focus_from_the_wheel(qtbot: QtBot, guards: InputGuards) -> None:
    page = Page(qtbot)
    for field in (page.spin, page.combo, page.moment):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_without_the_guards_the_wheel_would_change_the_field(qtbot: QtBot) -> None:
    page = Page(qtbot)
    page.line.setFocus()
    wheel_down(page.spin)
    assert page.spin.value() == 49, "what the guard prevents"


def around(widget: QWidget) -> QImage:
    """The widget and a few pixels of its parent around it, as on screen."""
    parent = widget.parentWidget()
    assert parent is not None
    return parent.grab(widget.geometry().adjusted(-4, -4, 4, 4)).toImage()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_control_with_focus_has_a_ring_in_the_highlight_colour(
    qtbot: QtBot, guards: InputGuards, scheme: str
) -> None:
    page = Page(qtbot)
    palette = page.area.palette()
    if scheme == "dark":
        palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        palette.setColor(QPalette.ColorRole.Button, QColor("#303030"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#4aa3ff"))
    page.area.setPalette(palette)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    for control in (page.button, page.spin, page.line):
        page.moment.setFocus()
        qtbot.waitUntil(page.moment.hasFocus)
        without = around(control)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        with_focus = around(control)
        assert with_focus != without
        # The top edge of the ring, 2 px above the control, is drawn in the highlight colour.
        ring = QColor(with_focus.pixel(with_focus.width() // 2, 3))
        assert ring.rgb() == highlight.rgb(), f"{control!r}: {ring.name()} is not {highlight.name()}"


def test_the_app_installs_the_guards_once_at_start(tmp_path: Path) -> None:
    code = (
        "import os\n"
        "os.environ['PAINDIARY_EXIT_WHEN_READY'] = '1'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from paindiary.ui import app\n"
        "from paindiary.ui.input_guards import InputGuards\n"
        "original = app._run_window\n"
        "def spy(qt, diary, **kw):\n"
        "    print('GUARDS', len(qt.findChildren(InputGuards)))\n"
        "    return original(qt, diary, **kw)\n"
        "app._run_window = spy\n"
        "print('EXIT', app.run_app(None, demo=True))\n"
    )
    # The same sources as this test, wherever the interpreter's own install points.
    env = {**os.environ, "PYTHONPATH": str(Path(paindiary.__file__).resolve().parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )
    assert "GUARDS 1" in result.stdout, result.stderr
    assert "EXIT 0" in result.stdout
