"""Counted texts take the form their number needs in English, German and Spanish ("1 entry", "2 entries")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from paindiary.appointment.build import header
from paindiary.charts.timeline import span_description
from paindiary.domain import PainEntry
from paindiary.formats.registry import describe_result
from paindiary.store import Diary, ImportResult
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.diary_view import DiaryView
from paindiary.ui.language import install_translator
from tests.appointment.inputs_factory import inputs
from tests.support.relief_factory import course

TODAY = date(2024, 6, 1)

# language -> what the Diary says for one and for two: shown, deleted, restored
DIARY_TEXTS = {
    "en": {
        1: ("1 entry shown", "Deleted 1 entry. Ctrl+Z brings it back.", "Restored 1 entry."),
        2: ("2 entries shown", "Deleted 2 entries. Ctrl+Z brings them back.", "Restored 2 entries."),
    },
    "de": {
        1: (
            "1 Eintrag angezeigt",
            "1 Eintrag gelöscht. Strg+Z holt ihn zurück.",
            "1 Eintrag wiederhergestellt.",
        ),
        2: (
            "2 Einträge angezeigt",
            "2 Einträge gelöscht. Strg+Z holt sie zurück.",
            "2 Einträge wiederhergestellt.",
        ),
    },
    "es": {
        1: ("1 registro mostrado", "1 registro borrado. Ctrl+Z lo recupera.", "Se restauró 1 registro."),
        2: (
            "2 registros mostrados",
            "2 registros borrados. Ctrl+Z los recupera.",
            "Se restauraron 2 registros.",
        ),
    },
}


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Switch the interface language for one test; English comes back afterwards."""
    before = QLocale()
    yield lambda language: install_translator(qapp, language)
    install_translator(qapp, "en")
    QLocale.setDefault(before)


def diary_view(qtbot: QtBot, diary: Diary, entries: int) -> tuple[DiaryView, QUndoStack, list[str]]:
    for hour in range(8, 8 + entries):
        diary.add_entry(PainEntry(at=datetime.combine(TODAY, time(hour)), pain=hour % 11))
    stack = QUndoStack()
    view = DiaryView(DiaryAdapter(diary), stack, clock=lambda: datetime.combine(TODAY, time(20)))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    said: list[str] = []
    view.message.connect(said.append)
    return view, stack, said


@pytest.mark.parametrize("language", DIARY_TEXTS)
@pytest.mark.parametrize("count", [1, 2])
def test_the_diary_counts_deletes_and_restores_in_the_right_form(
    qtbot: QtBot, diary: Diary, speak: Callable[[str], str], language: str, count: int
) -> None:
    assert speak(language) == language
    view, stack, said = diary_view(qtbot, diary, count)
    shown, deleted, restored = DIARY_TEXTS[language][count]
    assert view.count.text() == shown
    view.table.setFocus()
    view.table.selectAll()  # as Ctrl+A does
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert said[-1] == deleted
    assert diary.entry_count() == 0
    stack.undo()
    qtbot.waitUntil(lambda: said[-1] == restored)
    assert diary.entry_count() == count


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "Imported 1 entry and 1 session.", "Imported 2 entries and 2 sessions."),
        ("de", "1 Eintrag und 1 Sitzung importiert.", "2 Einträge und 2 Sitzungen importiert."),
        ("es", "Importados 1 registro y 1 sesión.", "Importados 2 registros y 2 sesiones."),
    ],
)
def test_the_cores_counted_texts_take_the_languages_forms(
    speak: Callable[[str], str], language: str, one: str, two: str
) -> None:
    speak(language)
    assert describe_result(ImportResult(added_entries=1, added_sessions=1)) == one
    assert describe_result(ImportResult(added_entries=2, added_sessions=2)) == two


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "for 1 day", "for 2 days"),
        ("de", "1 Tag lang", "2 Tage lang"),
        ("es", "durante 1 día", "durante 2 días"),
    ],
)
def test_days_of_relief_in_the_charts_take_the_languages_forms(
    speak: Callable[[str], str], language: str, one: str, two: str
) -> None:
    speak(language)
    assert one in span_description(course(relief_days_30=1))
    assert two in span_description(course(relief_days_30=2))


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 of 1 day in the period has entries", "1 of 2 days in the period have entries"),
        ("de", "1 von 1 Tag im Zeitraum hat Einträge", "1 von 2 Tagen im Zeitraum haben Einträge"),
        ("es", "1 de 1 día del periodo tiene registros", "1 de 2 días del periodo tienen registros"),
    ],
)
def test_the_reports_days_logged_take_the_languages_forms(
    speak: Callable[[str], str], language: str, one: str, two: str
) -> None:
    speak(language)
    entry = PainEntry(at=datetime.combine(TODAY, time(9)), pain=4)
    assert header(inputs(entries=(entry,), period=(TODAY, TODAY))).days_logged == one
    assert header(inputs(entries=(entry,), period=(TODAY - timedelta(days=1), TODAY))).days_logged == two
