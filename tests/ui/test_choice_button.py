"""A chosen button shows a check mark, not only a colour, and choosing never moves the row."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from paindiary.ui.choice_button import ChoiceButton
from paindiary.ui.selection_colours import selection_colours
from paindiary.ui.widgets import ChipBox, OptionalScore


def mark_pixels(button: ChoiceButton) -> set[int]:
    """The colours painted where the check mark goes."""
    image = button.grab().toImage()
    area = button.check_mark_rect().toAlignedRect() & QRect(0, 0, image.width(), image.height())
    return {
        image.pixelColor(x, y).rgb()
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    }


def test_the_chosen_number_has_a_check_mark_the_others_have_none(qtbot: QtBot) -> None:
    row = OptionalScore("Worst pain today, 0 to 10")
    qtbot.addWidget(row)
    row.resize(700, 60)
    row.show()
    qtbot.waitExposed(row)
    qtbot.mouseClick(row.buttons[6], Qt.MouseButton.LeftButton)
    mark_colour = selection_colours(row.palette()).text.rgb()
    assert mark_colour in mark_pixels(row.buttons[6])
    assert mark_colour not in mark_pixels(row.buttons[5]), "an unchosen number has no check mark"
    qtbot.mouseClick(row.buttons[6], Qt.MouseButton.LeftButton)
    assert mark_colour not in mark_pixels(row.buttons[6]), "the mark goes when the answer is left out"


def test_choosing_a_place_does_not_move_or_widen_anything(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    chips = ChipBox(("head", "shoulders", "back"), page)
    page.show()
    qtbot.waitExposed(page)
    before = {name: chip.geometry() for name, chip in chips.chips().items()}
    hint = chips.chips()["shoulders"].sizeHint()
    qtbot.mouseClick(chips.chips()["shoulders"], Qt.MouseButton.LeftButton)
    assert chips.selected() == ("shoulders",)
    assert chips.chips()["shoulders"].sizeHint() == hint
    assert {name: chip.geometry() for name, chip in chips.chips().items()} == before


def test_check_mark_and_number_fit_in_the_smallest_row(qtbot: QtBot) -> None:
    row = OptionalScore("Mood today, 0 to 10")
    qtbot.addWidget(row)
    row.resize(row.minimumSizeHint())
    row.show()
    qtbot.waitExposed(row)
    qtbot.mouseClick(row.buttons[10], Qt.MouseButton.LeftButton)
    ten = row.buttons[10]
    text_colour = selection_colours(row.palette()).text.rgb()
    image = ten.grab().toImage()

    def columns_with_text(first: int, last: int) -> list[int]:
        return [
            x
            for x in range(first, last)
            if any(image.pixelColor(x, y).rgb() == text_colour for y in range(image.height()))
        ]

    mark = ten.check_mark_rect()
    assert columns_with_text(0, 4) == [], "nothing is cut at the left edge"
    assert columns_with_text(image.width() - 4, image.width()) == [], "nor at the right edge"
    assert len(columns_with_text(round(mark.right()) + 2, image.width())) >= 6, "the number is drawn"


def ring_shown(button: ChoiceButton, colour: int) -> bool:
    """Whether the band where the focus ring goes (just inside the frame, along the top) has `colour`."""
    image = button.grab().toImage()
    band = [image.pixelColor(x, y).rgb() for x in range(12, image.width() - 12) for y in range(3, 6)]
    return band.count(colour) > len(band) // 4


def test_the_keyboard_focus_shows_a_ring_a_click_does_not(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    before = QLineEdit(page)
    row = OptionalScore("Worst pain today, 0 to 10", page)
    layout = QVBoxLayout(page)
    layout.addWidget(before)
    layout.addWidget(row)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    plain_ring = row.palette().color(QPalette.ColorRole.ButtonText).rgb()
    chosen_ring = selection_colours(row.palette()).text.rgb()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert row.buttons[0].hasFocus()
    assert ring_shown(row.buttons[0], plain_ring)
    qtbot.mouseClick(row.buttons[4], Qt.MouseButton.LeftButton)
    assert row.buttons[4].hasFocus()
    assert not ring_shown(row.buttons[4], chosen_ring), "a click shows the choice, not a ring"
    qtbot.keyClick(row.buttons[4], Qt.Key.Key_Right)
    assert ring_shown(row.buttons[5], plain_ring)
    qtbot.keyClick(row.buttons[5], Qt.Key.Key_Left)
    assert ring_shown(row.buttons[4], chosen_ring), "on a chosen number the ring takes the text's colour"
    # Today moves the focus from code to the number typed; Qt then forgets the keyboard was used.
    row.buttons[2].setFocus()
    assert ring_shown(row.buttons[2], plain_ring)
