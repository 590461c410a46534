"""A chosen score or body place stands out: contrast measured on the pixels the buttons paint.

WCAG 2 asks 3:1 for the parts of a control. Measured between the chosen button's fill and its
unchosen neighbours' fill, and between its text and its fill, in the light palette, a dark one
and in grayscale (the same pixels converted to gray, as for a reader who sees no colour).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from paindiary.ui.selection_colours import contrast_ratio, selection_colours
from paindiary.ui.widgets import ChipBox, OptionalScore, ScoreSelector

WCAG_NON_TEXT = 3.0


def wcag_luminance(colour: QColor) -> float:
    """Written out again here from WCAG 2, so the module's own formula is checked too."""
    channels = []
    for value in (colour.red(), colour.green(), colour.blue()):
        srgb = value / 255
        channels.append(srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((wcag_luminance(first), wcag_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def light_palette() -> QPalette:
    style = QApplication.style()
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def painted(button: QPushButton, *, gray: bool) -> list[QColor]:
    """The colours of the pixels inside the button's frame, as it paints itself."""
    image = button.grab().toImage()
    if gray:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    inset = 4
    return [
        image.pixelColor(x, y)
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset)
    ]


def fill_of(pixels: list[QColor]) -> QColor:
    """The colour most pixels have: the button's fill."""
    return QColor.fromRgb(Counter(pixel.rgb() for pixel in pixels).most_common(1)[0][0])


def text_of(pixels: list[QColor], fill: QColor) -> QColor:
    """The colour of the text: the one furthest from the fill that covers a real area, not a fringe."""
    counts = Counter(pixel.rgb() for pixel in pixels)
    solid = [QColor.fromRgb(rgb) for rgb, count in counts.items() if count >= 6]
    return max(solid, key=lambda colour: contrast(colour, fill))


def pain_row(parent: QWidget) -> tuple[QPushButton, list[QPushButton]]:
    row = ScoreSelector(parent)
    row.set_value(6)
    return row.buttons[6], [row.buttons[5], row.buttons[7]]


def optional_row(parent: QWidget) -> tuple[QPushButton, list[QPushButton]]:
    row = OptionalScore("Mood today, 0 to 10", parent)
    row.setValue(0)
    return row.buttons[0], [row.buttons[1]]


def body_places(parent: QWidget) -> tuple[QPushButton, list[QPushButton]]:
    chips = ChipBox(("head", "neck", "back", "hips"), parent)
    chips.set_selected(["neck"])
    buttons = chips.chips()
    return buttons["neck"], [buttons["head"], buttons["back"]]


PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}
ROWS: dict[str, Callable[[QWidget], tuple[QPushButton, list[QPushButton]]]] = {
    "pain score": pain_row,
    "optional score": optional_row,
    "body place": body_places,
}


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("gray", [False, True], ids=["colour", "grayscale"])
@pytest.mark.parametrize("palette_name", list(PALETTES))
@pytest.mark.parametrize("row_name", list(ROWS))
def test_the_chosen_button_stands_out_from_its_neighbours_and_its_text_from_its_fill(
    qtbot: QtBot, page: QWidget, row_name: str, palette_name: str, gray: bool
) -> None:
    page.setPalette(PALETTES[palette_name]())
    chosen, neighbours = ROWS[row_name](page)
    page.resize(900, 200)
    page.show()
    qtbot.waitExposed(page)
    chosen_pixels = painted(chosen, gray=gray)
    fill = fill_of(chosen_pixels)
    for neighbour in neighbours:
        neighbour_fill = fill_of(painted(neighbour, gray=gray))
        assert contrast(fill, neighbour_fill) >= WCAG_NON_TEXT, (fill.name(), neighbour_fill.name())
    text = text_of(chosen_pixels, fill)
    assert contrast(text, fill) >= WCAG_NON_TEXT, (text.name(), fill.name())


@pytest.mark.parametrize(
    ("button", "highlight"),
    [
        ("#efefef", "#308cc6"),  # Fusion's light palette
        ("#ffffff", "#ffff00"),  # a yellow highlight on white buttons
        ("#808080", "#0078d7"),  # mid-gray buttons: the hardest case
        ("#3a3a3a", "#2a82da"),
        ("#000000", "#000080"),  # a high-contrast theme
        ("#f0f0f0", "#f0f0f0"),  # no highlight colour of its own
    ],
)
def test_a_fill_far_enough_from_the_buttons_is_found_for_any_palette(button: str, highlight: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Button, QColor(button))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    colours = selection_colours(palette)
    assert contrast(colours.fill, QColor(button)) >= 4.5
    assert contrast(colours.text, colours.fill) >= 4.5


def test_the_contrast_formula_matches_wcag_anchors() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # WebAIM's checker gives 4.54:1 for #767676 on white.
    assert contrast_ratio(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
