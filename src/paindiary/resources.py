"""Finding the app's resources (icons, translations) wherever the app runs from.

One rule for every layout: an installed or bundled app carries them inside the package
(`paindiary/resources`, copied there by the bundle spec or a wheel build); a development
checkout keeps the single source copy in the repository's top-level `resources/`.
"""

from __future__ import annotations

from pathlib import Path

APP_ID = "org.paindiary.Paindiary"
ICON_NAME = "paindiary"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LANGUAGES = ("en", "de", "es")
_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The folder holding `icons/` and `translations/` (packaged copy first, then the checkout's)."""
    packaged = _PACKAGE_DIR / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent.parent / "resources"


def icon_svg() -> Path:
    """The scalable app icon."""
    return resource_dir() / "icons" / f"{ICON_NAME}.svg"


def icon_png(size: int) -> Path:
    """The app icon rendered at `size` pixels (only the sizes in ICON_SIZES exist)."""
    return resource_dir() / "icons" / f"{ICON_NAME}-{size}.png"


def translations_dir() -> Path:
    """Where the .ts sources and compiled .qm catalogues live."""
    return resource_dir() / "translations"


def catalogue(language: str) -> Path:
    """The compiled catalogue for `language` (it may not exist)."""
    return translations_dir() / f"paindiary_{language}.qm"
