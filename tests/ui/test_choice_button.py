"""A chosen button shows a check mark, not only a colour, and choosing never moves the row."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
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
