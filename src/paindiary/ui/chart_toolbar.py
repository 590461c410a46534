"""The Charts page's toolbar (matplotlib's zoom and pan, with plain icons) and chart colours
taken from the app's palette."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from matplotlib.backends.backend_qt import NavigationToolbar2QT
from PySide6.QtGui import QIcon, QImage, QPalette, QPixmap

from paindiary.charts import style


class ChartToolbar(NavigationToolbar2QT):
    """matplotlib's zoom and pan tools, without its own save (the view's Export replaces it)."""

    def use_plain_icons(self, palette: QPalette) -> None:
        """matplotlib's PNG icons (white on dark palettes) in place of its SVG icon engine.

        That engine asks PySide6 6.12 for a deprecated attribute each time it paints.
        """
        images = Path(matplotlib.get_data_path()) / "images"
        dark = palette.color(QPalette.ColorRole.Window).value() < 128
        files = {str(item[0]): str(item[2]) for item in self.toolitems if item[0]}
        for action in self.actions():
            name = files.get(action.text())
            if name is None:
                continue
            image = QImage(str(images / f"{name}_large.png"))
            if dark:
                image.invertPixels(QImage.InvertMode.InvertRgb)
            action.setIcon(QIcon(QPixmap.fromImage(image)))

    toolitems: list[tuple[str, ...] | tuple[None, ...]] = [  # noqa: RUF012  # matplotlib reads the class attribute
        item
        for item in NavigationToolbar2QT.toolitems
        if item[0] in ("Home", "Back", "Forward", "Pan", "Zoom")
    ]


def palette_theme(palette: QPalette) -> style.Theme:
    """Chart colours from the app's palette, so dark palettes get light text on a dark chart."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)

    def mix(share: float) -> str:
        red = base.redF() + (text.redF() - base.redF()) * share
        green = base.greenF() + (text.greenF() - base.greenF()) * share
        blue = base.blueF() + (text.blueF() - base.blueF()) * share
        return "#{:02X}{:02X}{:02X}".format(*(round(255 * part) for part in (red, green, blue)))

    return style.Theme(foreground=text.name(), background=base.name(), muted=mix(0.6), grid=mix(0.18))
