"""Translation hook for the Qt-free core (analysis wording, report text).

The core marks user-visible text with `_()` and counted text with `_n()`; the desktop app
installs Qt's translator with `set_translator`, so the same catalogues serve the window and
the report.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "paindiary"
NO_COUNT = -1  # Qt's "not a counted message"

# translator(context, text, count) -> text; a counted message (count >= 0) is looked up by its
# English plural and answered in the form the language uses for `count`.
Translator = Callable[[str, str, int], str]
_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    """Install `translator(context, text, count) -> text` (None: untranslated English)."""
    global _translator  # noqa: PLW0603 - one process-wide language, set once at start-up
    _translator = translator


def translator() -> Translator | None:
    """The translator in use, so a report in another language can put it back afterwards."""
    return _translator


def _(text: str) -> str:
    """Mark `text` for translation and return it in the current language."""
    return _translator(CONTEXT, text, NO_COUNT) if _translator is not None else text


def _n(singular: str, plural: str, count: int) -> str:
    """The form of a counted text that fits `count`, in the current language.

    The catalogues hold it as one numerus message keyed by the English plural, with as many
    forms as the language has; English (or a message not translated yet) picks by itself.
    """
    english = singular if count == 1 else plural
    if _translator is None:
        return english
    translated = _translator(CONTEXT, plural, count)
    # Qt answers the source itself when the catalogue lacks the message.
    return english if translated == plural else translated
