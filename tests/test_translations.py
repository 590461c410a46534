"""Translations: complete German and Spanish catalogues, in step with the source, installed at start-up."""

from __future__ import annotations

import csv
import re
import shutil
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from unittest.mock import patch

import pytest
from matplotlib.backend_bases import RendererBase
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from paindiary import i18n
from paindiary.resources import catalogue, translations_dir
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.language import choose_language, install_translator, system_language
from tests.ui.conftest import isolated_settings  # noqa: F401 - the fixture, for the window test

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations  # noqa: E402

LANGUAGES = ("de", "es")
CATALOGUES = ("en", *LANGUAGES)  # English holds only the counted messages ("1 entry", "2 entries")
FIELD = re.compile(r"\{([^{}]*)\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)\S")
HAS_LUPDATE = (
    shutil.which("pyside6-lupdate") is not None or (Path(sys.executable).parent / "pyside6-lupdate").is_file()
)


def messages(language: str) -> list[update_translations.Message]:
    return list(update_translations.read_ts(translations_dir() / f"paindiary_{language}.ts"))


@pytest.mark.parametrize("language", CATALOGUES)
def test_every_string_is_translated(language: str) -> None:
    untranslated = [m.source for m in messages(language) if not m.translated]
    assert untranslated == [], f"{len(untranslated)} untranslated in paindiary_{language}.ts"


@pytest.mark.parametrize("language", CATALOGUES)
def test_translations_keep_every_placeholder_and_mnemonic(language: str) -> None:
    broken = []
    for message in messages(language):
        for text in message.forms if message.numerus else [message.translation]:
            fields, wanted = sorted(FIELD.findall(text)), sorted(FIELD.findall(message.source))
            # A singular may leave out what one makes obvious ("day 0", not "day 0 to day {last}").
            singular = message.numerus and text != message.forms[-1]
            if fields != wanted and not (singular and set(fields) <= set(wanted)):
                broken.append(f"placeholders: {message.source!r} -> {text!r}")
            if bool(MNEMONIC.search(message.source)) != bool(MNEMONIC.search(text)):
                broken.append(f"& shortcut letter: {message.source!r} -> {text!r}")
            if ("%n" in message.source) != ("%n" in text):
                broken.append(f"count: {message.source!r} -> {text!r}")
    assert broken == []


def test_the_english_catalogue_holds_the_counted_messages_and_nothing_else() -> None:
    english = messages("en")
    assert english
    assert all(message.numerus and len(message.forms) == 2 for message in english)
    assert {m.source for m in english} == {m.source for m in messages("de") if m.numerus}


@pytest.mark.skipif(not HAS_LUPDATE, reason="pyside6-lupdate is not installed (PySide6-Essentials ships it)")
def test_catalogues_are_up_to_date_with_the_source() -> None:
    current, _unmarked = update_translations.extract()
    for language in CATALOGUES:
        wanted = update_translations.catalogue_messages(current, language)
        extracted = {message.key for message in wanted}
        stored = {message.key for message in messages(language)}
        new = sorted(source for _context, source, _comment in extracted - stored)
        gone = sorted(source for _context, source, _comment in stored - extracted)
        assert (new, gone) == ([], []), (
            f"paindiary_{language}.ts is out of date: run `make translations` and translate the new strings"
        )


@pytest.mark.skipif(not HAS_LUPDATE, reason="pyside6-lrelease is not installed (PySide6-Essentials ships it)")
@pytest.mark.parametrize("language", CATALOGUES)
def test_compiled_catalogues_match_their_sources(language: str, tmp_path: Path) -> None:
    ts = translations_dir() / f"paindiary_{language}.ts"
    update_translations.compile_qm(ts, tmp_path / "fresh.qm")
    assert (tmp_path / "fresh.qm").read_bytes() == catalogue(language).read_bytes(), "run `make translations`"


@pytest.fixture
def app_language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, English and the previous default locale come back afterwards."""
    before = QLocale()
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.usefixtures("app_language")
def test_german_reaches_qt_code_the_core_and_the_locale(qapp: QApplication) -> None:
    assert install_translator(qapp, "de") == "de"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert i18n._("IV infusion") == "Intravenöse Infusion"
    assert i18n._n("{count} session", "{count} sessions", 5) == "{count} Sitzungen"
    assert QLocale().language() == QLocale.Language.German
    assert QLocale().toString(2.5, "f", 1) == "2,5"
    # Qt's own catalogue too, where Qt ships one: its standard buttons speak German
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") in ("Abbrechen", "Cancel")


@pytest.mark.usefixtures("app_language")
@pytest.mark.parametrize(("language", "march", "april"), [("de", "Mär", "Apr"), ("es", "mar", "abr")])
def test_charts_and_the_report_write_months_and_decimals_in_the_chosen_language(
    qapp: QApplication, language: str, march: str, april: str
) -> None:
    from paindiary.charts.common import prepare
    from paindiary.charts.export import build_chart
    from paindiary.domain import AnalysisSettings
    from paindiary.formatting import format_date, format_number
    from tests.charts.chart_data import drawn, two_courses

    install_translator(qapp, language)
    day = "5." if language == "de" else "5"  # German writes a full stop after the day
    assert format_date(date(2024, 3, 5)) == f"{day} {march} 2024"
    assert format_number(1.25, 2) == "1,25"
    figure = drawn(build_chart("timeline", prepare(*two_courses(), AnalysisSettings())))
    (axes,) = figure.axes
    assert march in [label.get_text() for label in axes.get_xticklabels()]
    sixth = "6." if language == "de" else "6"
    assert str(figure._suptitle.get_text()).endswith(f" – {sixth} {april} 2024")  # type: ignore[union-attr]


def texts_outside(figure: Figure) -> list[str]:
    """Texts drawn beyond the figure's edges or over its title (ticks outside the view are not drawn)."""
    drawn_texts: list[Text] = []
    original = Text.draw

    def recording(text: Text, renderer: RendererBase) -> None:
        original(text, renderer)
        if text.get_visible() and text.get_text().strip():
            drawn_texts.append(text)

    with patch.object(Text, "draw", recording):
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
    renderer = canvas.get_renderer()
    page = figure.bbox.padded(0.5)
    found = [
        text.get_text()
        for text in drawn_texts
        if not all(page.contains(*corner) for corner in text.get_window_extent(renderer).corners())
    ]
    # Axis labels, long in some languages, must also stay clear of the chart's title.
    title = figure.get_suptitle()
    title_box = next(text for text in drawn_texts if text.get_text() == title).get_window_extent(renderer)
    for axes in figure.axes:
        for label in (axes.xaxis.label, axes.yaxis.label):
            if label in drawn_texts and label.get_window_extent(renderer).overlaps(title_box):
                found.append(f"{label.get_text()} (over the title)")
    return found


@pytest.mark.usefixtures("app_language")
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_chart_fits_its_text_in_every_language(qapp: QApplication, language: str) -> None:
    from paindiary.charts import CHART_KINDS
    from paindiary.charts.common import prepare
    from paindiary.charts.export import build_chart
    from paindiary.demo import build_demo
    from paindiary.domain import AnalysisSettings

    install_translator(qapp, language)
    data = prepare(*build_demo(date(2024, 6, 1)), AnalysisSettings())
    outside = {kind: texts_outside(build_chart(kind, data)) for kind in CHART_KINDS}
    assert {kind: found for kind, found in outside.items() if found} == {}


@pytest.mark.usefixtures("app_language")
@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_comparable_groups_typical_relief_and_runs_fit_in_every_language(
    qapp: QApplication, language: str
) -> None:
    from paindiary.charts.export import build_chart
    from tests.charts.chart_data import hand_made
    from tests.charts.layout import texts_overlapping_or_outside
    from tests.charts.test_comparable_groups import analysis
    from tests.charts.test_runs import maintenance

    install_translator(qapp, language)
    figures = {
        "relief": build_chart("relief", hand_made(analysis())),
        "durations": build_chart("durations", hand_made(analysis())),
        "runs": build_chart("timeline", maintenance()),
    }
    found = {
        name: texts_outside(figure) + texts_overlapping_or_outside(figure) for name, figure in figures.items()
    }
    assert {name: texts for name, texts in found.items() if texts} == {}


@pytest.mark.usefixtures("app_language")
@pytest.mark.parametrize(
    ("language", "where", "said"),
    [("de", "Zeile 3, Spalte 'pain'", "Spalte 'mood'"), ("es", "línea 3, columna 'pain'", "columna 'mood'")],
)
def test_a_refused_file_names_the_place_in_the_chosen_language(
    qapp: QApplication, diary: Diary, tmp_path: Path, *, language: str, where: str, said: str
) -> None:
    from paindiary.domain import PainEntry
    from paindiary.field_checks import ValidationError
    from paindiary.formats import csv_document, tabular
    from paindiary.formats.importing import import_path

    install_translator(qapp, language)
    rows = [csv_document.entry_row(PainEntry(at=datetime(2024, 3, day, 8), pain=4)) for day in (1, 2)]
    rows[1][csv_document.COLUMNS.index("pain")] = "12"
    bad_cell = tmp_path / "entries.csv"
    with bad_cell.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([csv_document.COLUMNS, *rows])
    with pytest.raises(ValidationError) as refused:
        import_path(diary, bad_cell)
    assert where in str(refused.value)
    assert diary.entry_count() == 0
    table = tabular.Table("t.csv", ("at", "pain"), [], ",", "utf-8")
    with pytest.raises(ValidationError) as missing:
        table.column("mood")
    assert missing.value.field == said
    assert "file" not in missing.value.message  # the sentence around the columns is translated too


@pytest.mark.usefixtures("app_language")
def test_switching_back_to_english_removes_the_catalogues(qapp: QApplication) -> None:
    install_translator(qapp, "es")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n._("IV infusion") == "IV infusion"


def test_the_system_language_is_followed_when_paindiary_speaks_it() -> None:
    assert system_language(["de-AT", "en-US"]) == "de"
    assert system_language(["fr-FR", "es_MX"]) == "es"
    assert system_language(["fr-FR", "it-IT"]) == "en"
    assert choose_language("es") == "es"
    assert choose_language("xx") in ("en", "de", "es")


class RecordingTranslator(QTranslator):
    """Notes every (context, text) the app asks for, and answers nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source_text))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.mark.usefixtures("app_language", "isolated_settings")
def test_what_the_window_asks_for_is_in_the_catalogue(qapp: QApplication, qtbot: QtBot, diary: Diary) -> None:
    """Catches texts lupdate could not see, and a context that differs at run time (a subclass's tr)."""
    from paindiary.ui.main_window import PAGES
    from paindiary.ui.settings_dialog import SettingsDialog

    install_translator(qapp, "de")
    recorder = RecordingTranslator()
    qapp.installTranslator(recorder)
    try:
        window = build_window(DiaryAdapter(diary))
        qtbot.addWidget(window)
        window.show()
        for page in PAGES:
            window.show_page(page)
        # built, not opened: a modal dialog would linger
        settings = SettingsDialog(window.adapter, window.preferences, window)
        qtbot.addWidget(settings)
    finally:
        qapp.removeTranslator(recorder)
    known = {(m.context, m.source) for m in messages("de")}
    ours = {context for context, _source in known}
    assert len(recorder.asked) > 50, "the recording translator was not asked"
    missing = sorted((c, s) for c, s in recorder.asked if c in ours and s and (c, s) not in known)
    assert missing == []
