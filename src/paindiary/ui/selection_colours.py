"""Colours for a chosen score or body place that stand out in any palette, dark or light.

WCAG 2 relative luminance and contrast, and a fill worked out from the palette's own highlight:
its hue is kept and its lightness moved until it differs clearly from the unchosen buttons.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

# WCAG asks 3:1 for the parts of a control. Styles paint buttons in gradients around the
# palette's colour (Fusion's dark buttons come out up to half again lighter), so the fill keeps
# 4.5:1 from the palette's colour and 3.5:1 from that colour shaded by half.
FILL_CONTRAST = 4.5
SHADED_CONTRAST = 3.5
STYLE_SHADING = 150  # percent, as QColor.lighter and QColor.darker take it
LIGHTNESS_STEP = 0.01


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (same luminance) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class SelectionColours:
    """How a chosen button is painted: its fill, and the text and check mark on it."""

    fill: QColor
    text: QColor


def selection_colours(palette: QPalette) -> SelectionColours:
    """The chosen state's colours for buttons painted on `palette`."""
    button = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Button)
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    return _colours_for(button.rgba(), highlight.rgba())


@functools.lru_cache(maxsize=16)
def _colours_for(button_rgba: int, highlight_rgba: int) -> SelectionColours:
    # Worked out once per palette: every chosen button asks again at each paint.
    neighbour = QColor.fromRgba(button_rgba)
    fill = _apart_from(QColor.fromRgba(highlight_rgba), neighbour)
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    text = max((black, white), key=lambda colour: contrast_ratio(colour, fill))
    return SelectionColours(fill=fill, text=text)


def _apart_from(start: QColor, neighbour: QColor) -> QColor:
    """`start` made darker or lighter (whichever can go further) until it stands out from `neighbour`."""
    luminance = relative_luminance(neighbour)
    # The best contrast reachable going to black, and going to white.
    darken = (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05)
    # An achromatic colour has no hue (-1); any hue does then.
    hue, saturation, lightness = max(start.hslHueF(), 0.0), start.hslSaturationF(), start.lightnessF()
    colour = QColor.fromHslF(hue, saturation, lightness)
    shaded = neighbour.darker(STYLE_SHADING) if darken else neighbour.lighter(STYLE_SHADING)

    def too_close(candidate: QColor) -> bool:
        return (
            contrast_ratio(candidate, neighbour) < FILL_CONTRAST
            or contrast_ratio(candidate, shaded) < SHADED_CONTRAST
        )

    while too_close(colour):
        lightness += -LIGHTNESS_STEP if darken else LIGHTNESS_STEP
        if not 0.0 <= lightness <= 1.0:
            break
        colour = QColor.fromHslF(hue, saturation, lightness)
    return colour
