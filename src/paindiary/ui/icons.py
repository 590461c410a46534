"""The app icon for windows, the tray and dialogs."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from paindiary.resources import ICON_SIZES, icon_png, icon_svg


def app_icon() -> QIcon:
    """The paindiary icon, with every pre-rendered size (empty if the resources are missing)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_png(size)
        if path.is_file():
            icon.addFile(str(path))
    # The PNGs need no SVG plugin (a lean bundle may lack it); the SVG is only a fallback.
    if icon.isNull() and icon_svg().is_file():
        icon.addFile(str(icon_svg()))
    return icon
