"""Render the app icon's PNG sizes from resources/icons/paindiary.svg (run after editing the SVG).

    .venv/bin/python packaging/make_icons.py

Renders offscreen with QSvgRenderer, so it needs no display. The PNGs are committed: the
desktop entry, the window and the tray use them without rendering SVG at run time.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from paindiary.resources import ICON_SIZES, icon_png, icon_svg


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at `size` × `size` pixels, antialiased, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write one PNG per size next to the SVG; 1 if the SVG cannot be read."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(icon_svg()))
    if not renderer.isValid():
        print(f"cannot read {icon_svg()}", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        target = icon_png(size)
        if not render(renderer, size).save(str(target), b"PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
