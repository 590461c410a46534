"""Everything fits the screen: at 200 % on a 1920 × 1080 screen and at 125 %/150 % on a 1366 × 768
laptop the main window and every dialog it opens lie inside the free screen, buttons in view.

The scaled screens run in a child process (tests/ui/fit_probe.py): the scale and the screen are
chosen before Qt starts, through QT_SCALE_FACTOR and the offscreen platform's screen file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import paindiary
from paindiary.domain import ValidationError
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.delete_data_dialog import DeleteDataDialog
from paindiary.ui.entry_dialog import EntryDialog
from paindiary.ui.flow_layout import FlowLayout
from paindiary.ui.main_window import MainWindow
from paindiary.ui.preferences import Preferences
from paindiary.ui.save_flow import SavingDialog
from paindiary.ui.screen_fit import clamp_into
from tests.support import FakeClock
from tests.ui.conftest import User

ROOT = Path(__file__).resolve().parents[2]
# Every dialog the probe opens; each must have opened (a renamed menu item fails here).
DIALOGS = (
    "session",
    "session edit",
    "side effect",
    "entry",
    "entry new",
    "settings",
    "settings analysis",
    "vitals",
    "check-in",
    "backups",
    "import wizard",
    "report choices",
    "delete data",
    "help relief",
    "help shortcuts",
    "medicine",
    "co-treatment",
    "intake",
)


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, width, height = rect
    left, top, area_width, area_height = area
    return x >= left and y >= top and x + width <= left + area_width and y + height <= top + area_height


def probe(tmp_path: Path, width: int, height: int, scale: str) -> dict[str, object]:
    """Run the app on one screen at one scale; what the probe saw."""
    screens = tmp_path / "screens.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screens.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    out = tmp_path / "fit.json"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    env["QT_SCALE_FACTOR"] = scale
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(paindiary.__file__).parents[1]), str(ROOT)])
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe", str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
    return report


@pytest.mark.slow
@pytest.mark.parametrize(
    ("width", "height", "scale", "logical"),
    [(1920, 1080, "2", (960, 540)), (1366, 768, "1.25", (1093, 614)), (1366, 768, "1.5", (911, 512))],
)
def test_the_window_and_every_dialog_fit_with_their_buttons_in_view(
    tmp_path: Path, width: int, height: int, scale: str, logical: tuple[int, int]
) -> None:
    report = probe(tmp_path, width, height, scale)
    windows = {name: seen for name, seen in report.items() if name.startswith("main window")}
    assert len(windows) >= 7, "the window, then each of its six pages"
    for name, seen in windows.items():
        assert isinstance(seen, dict)
        available = seen["available"]
        assert abs(available[2] - logical[0]) <= 1
        assert abs(available[3] - logical[1]) <= 1
        assert inside(seen["frame"], available), name
    assert report["today sideways"] == 0, "Today never scrolls sideways"
    for name in DIALOGS:
        opened = report[name]
        assert isinstance(opened, list)
        assert len(opened) == 1, f"{name} did not open"
        seen = opened[0]
        assert inside(seen["frame"], seen["available"]), f"{name} leaves the screen: {seen}"
        assert seen["buttons"], f"{name} shows no buttons"
        for buttons in seen["buttons"]:
            assert inside(buttons, seen["inside"]), f"{name}'s buttons are cut off: {seen}"


# ---------------------------------------------------------------- in this process (800 × 600)


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter, clock: FakeClock) -> MainWindow:
    main = build_window(adapter, preferences=Preferences(), clock=clock)
    qtbot.addWidget(main)
    return main


def frame_inside_screen(widget: QWidget) -> bool:
    return widget.screen().availableGeometry().contains(widget.frameGeometry())


def test_a_first_start_opens_a_window_that_fits_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.restore_geometry()
    window.show()
    qtbot.waitExposed(window)
    assert frame_inside_screen(window)
    assert window.minimumSize().width() <= 960
    assert window.minimumSize().height() <= 540 - 40


def test_a_window_remembered_on_a_larger_or_missing_screen_comes_back_inside(
    qtbot: QtBot, adapter: DiaryAdapter, window: MainWindow
) -> None:
    window.show()
    qtbot.waitExposed(window)
    # As if last closed on a second, larger monitor to the right of this one.
    window.setGeometry(QRect(2200, 300, 1700, 1000))
    window.preferences.set_window_geometry(window.saveGeometry())
    again = build_window(adapter, preferences=window.preferences)
    qtbot.addWidget(again)
    again.restore_geometry()
    again.show()
    qtbot.waitExposed(again)
    assert frame_inside_screen(again)


def test_clamp_into_moves_and_shrinks_as_little_as_needed() -> None:
    area = QRect(0, 0, 960, 540)
    assert clamp_into(QRect(100, 100, 200, 200), area) == QRect(100, 100, 200, 200)
    assert clamp_into(QRect(900, 500, 200, 200), area) == QRect(760, 340, 200, 200)
    assert clamp_into(QRect(-50, -20, 2000, 900), area) == area
    assert clamp_into(QRect(3000, 0, 400, 300), QRect(1920, 0, 1366, 768)) == QRect(2886, 0, 400, 300)


def test_the_diary_entry_dialog_fits_a_small_screen_and_saves(
    qtbot: QtBot, user: User, window: MainWindow, diary: Diary
) -> None:
    """Diary ▸ Add entry on an 800 × 600 screen: the form fits (wrapping or scrolling), Save in view."""
    window.restore_geometry()
    window.show()
    window.show_page("diary")
    window.diary_view.add_entry()
    dialog = window.findChild(EntryDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert frame_inside_screen(dialog)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert dialog.rect().contains(QRect(box.mapTo(dialog, QPoint(0, 0)), box.size()))
    assert not dialog.has_changes(), "fitting the dialog is not a change the patient made"
    user.click(dialog.scores.buttons[6])
    user.click(box.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: diary.entry_count() == 1)
    assert [entry.pain for entry in diary.entries()] == [6]


class TallForm(SavingDialog):
    """A form taller than any laptop screen, with its own error line above the buttons."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.fields: list[QLineEdit] = []
        for number in range(30):
            layout.addWidget(QLabel(f"Question {number}", self))
            field = QLineEdit(self)
            field.setMinimumHeight(40)
            self.fields.append(field)
            layout.addWidget(field)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, self)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.saved: list[str] = []

    def save(self) -> None:
        if not self.fields[-1].text():
            raise ValidationError("answer", "is needed for the last question")
        self.saved = [field.text() for field in self.fields]


def test_a_tall_record_dialog_scrolls_with_save_and_its_error_in_view(qtbot: QtBot, user: User) -> None:
    dialog = TallForm()
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert frame_inside_screen(dialog)
    assert dialog.findChild(QScrollArea, "fitting_scroll_area") is not None
    assert not dialog.has_changes(), "moving the form into a scroll area changes nothing typed"
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    user.click(save)
    assert dialog.isVisible(), "refused: the last answer is missing"
    error_at = QRect(dialog.error.mapTo(dialog, QPoint(0, 0)), dialog.error.size())
    assert dialog.error.isVisible()
    assert dialog.rect().contains(error_at)
    user.retype(dialog.fields[-1], "yes")
    user.click(save)
    assert dialog.saved[-1] == "yes"
    assert not dialog.isVisible()


@pytest.mark.parametrize(("width", "rows"), [(900, 1), (500, 2), (300, 3)])
def test_the_flow_layout_wraps_buttons_into_even_rows(qtbot: QtBot, width: int, rows: int) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder)
    buttons = []
    for number in range(11):
        button = QLabel(str(number), holder)
        button.setMinimumSize(QSize(52, 52))
        flow.addWidget(button)
        buttons.append(button)
    holder.resize(width, flow.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    tops = sorted({button.geometry().top() for button in buttons})
    assert len(tops) == rows
    assert all(button.geometry().right() < width for button in buttons), "nothing beyond the edge"
    assert len({button.width() for button in buttons}) == 1, "the rows line up"


def test_the_pain_scale_on_today_wraps_rather_than_scroll_sideways(
    qtbot: QtBot, user: User, window: MainWindow, diary: Diary
) -> None:
    window.show()
    window.resize(window.minimumSize())
    qtbot.waitExposed(window)
    scores = window.today.scores.buttons
    qtbot.waitUntil(lambda: scores[10].geometry().top() > scores[0].geometry().top())
    assert all(button.mapTo(window, QPoint(button.width(), 0)).x() <= window.width() for button in scores)
    user.click(scores[10])
    user.click(window.today.save_button)
    assert [entry.pain for entry in diary.entries()] == [10]


def test_a_dialog_with_its_own_button_row_keeps_it_in_view(qtbot: QtBot, window: MainWindow) -> None:
    """File ▸ Delete all my data… names the backup folder in full: wider than a small screen."""
    window.show()
    qtbot.waitExposed(window)
    delete = next(
        action
        for action in window.menu("file").actions()
        if action.text().replace("&", "") == "Delete all my data…"
    )
    delete.trigger()
    dialog = window.findChild(DeleteDataDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert frame_inside_screen(dialog)
    for button in (dialog.cancel_button, dialog.delete_button):
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
    dialog.reject()
