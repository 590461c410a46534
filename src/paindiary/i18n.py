"""Translation hook for the Qt-free core (analysis wording, report text).

The core marks user-visible text with `_()`; the desktop app installs Qt's translator
with `set_translator`, so the same catalogues serve the window and the report.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "paindiary"
_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install `translator(context, text) -> text` (None: untranslated English)."""
    global _translator  # noqa: PLW0603 - one process-wide language, set once at start-up
    _translator = translator


def translator() -> Callable[[str, str], str] | None:
    """The translator in use, so a report in another language can put it back afterwards."""
    return _translator


def _(text: str) -> str:
    """Mark `text` for translation and return it in the current language."""
    return _translator(CONTEXT, text) if _translator is not None else text


def _n(singular: str, plural: str, count: int) -> str:
    """Pick the English singular or plural form by `count`, then translate that form.

    German and Spanish, our other languages, choose between the same two forms.
    """
    return _(singular if count == 1 else plural)
