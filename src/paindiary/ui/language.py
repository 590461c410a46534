"""The interface language: the system's, or the one chosen in Settings.

One call at start-up loads paindiary's catalogue and Qt's own (standard buttons, dialogs),
makes QLocale format dates and numbers for that language, and routes the Qt-free core's
`_()` and `_n()` text through the same catalogues. English has a small catalogue of its own:
Qt needs it to say "1 entry" rather than "1 entries" for a counted `tr("%n entries", "", n)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from paindiary import i18n
from paindiary.resources import LANGUAGES, catalogue, translations_dir

SOURCE_LANGUAGE = "en"
# The translators in use, kept alive here (Qt does not own them) and removed on a switch.
_installed: list[QTranslator] = []
_english_forms: list[object] = []  # the application and its English catalogue, installed once
_running = [SOURCE_LANGUAGE]  # what the interface speaks: English until a catalogue is installed


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred languages that paindiary speaks, else English."""
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(requested: str | None) -> str:
    """The language to use for a Settings value ("" or None: follow the system)."""
    if requested and requested in LANGUAGES:
        return requested
    return system_language()


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks `language` (keeping its region), else that language's own."""
    system = QLocale.system()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(language)


def install_english_forms(app: QCoreApplication) -> None:
    """Install English's counted forms ("1 entry") once, beneath every language installed later.

    Qt asks the most recently installed catalogue first, so German or Spanish answer when
    chosen, and a counted text they lack still reads "1 entry" rather than "1 entries".
    """
    if _english_forms and _english_forms[0] is app:
        return
    forms = QTranslator(app)
    if forms.load(catalogue(SOURCE_LANGUAGE).name, str(catalogue(SOURCE_LANGUAGE).parent)):
        app.installTranslator(forms)
        _english_forms[:] = [app, forms]


def running_language() -> str:
    """The language the interface speaks now: the one installed last, not the one saved for next time."""
    return _running[0]


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogues for `language` (None or "": the system's); return the language used."""
    _running[0] = _install_catalogues(app, language)
    return _running[0]


def _install_catalogues(app: QCoreApplication, language: str | None) -> str:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    install_english_forms(app)
    chosen = choose_language(language)
    # Dates and numbers follow the chosen language even where its catalogue is missing.
    QLocale.setDefault(locale_for(chosen))
    if chosen == SOURCE_LANGUAGE:
        # The core's `_n()` picks its English forms by itself.
        i18n.set_translator(None)
        return chosen
    ours = QTranslator(app)
    if not ours.load(catalogue(chosen).name, str(catalogue(chosen).parent)):
        i18n.set_translator(None)
        return SOURCE_LANGUAGE
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    # Qt's own texts (standard buttons, file dialogs): from Qt's folder, or a bundle's copy beside ours.
    for folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(translations_dir())):
        if qt_own.load(f"qtbase_{chosen}", folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
            break
    i18n.set_translator(_translate)
    return chosen


def _translate(context: str, text: str, count: int) -> str:
    return QCoreApplication.translate(context, text, None, count)


def use_catalogue_without_app(language: str) -> str:
    """Route the core's `_()` through `language`'s catalogue with no application object.

    For the command line (`paindiary report --language de`): QTranslator reads the catalogue
    by itself, so no window or QCoreApplication is made. Returns the language in use.
    """
    if language == SOURCE_LANGUAGE or language not in LANGUAGES:
        i18n.set_translator(None)
        return SOURCE_LANGUAGE
    translator = QTranslator()
    if not translator.load(catalogue(language).name, str(catalogue(language).parent)):
        i18n.set_translator(None)
        return SOURCE_LANGUAGE
    _standalone[:] = [translator]  # kept alive for as long as the translator is in use

    def translate(context: str, text: str, count: int) -> str:
        return translator.translate(context, text, None, count) or text

    i18n.set_translator(translate)
    return language


_standalone: list[QTranslator] = []
