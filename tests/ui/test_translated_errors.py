"""Validation and store errors reach a German or Spanish window in its language, placeholders filled.

The core translates a message's template and then fills its named placeholders, so the
words follow the interface language and the values stay exactly as they were.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

import paindiary
from paindiary.domain import PainEntry, Route, TreatmentSession, ValidationError, check_score
from paindiary.store import RecordNotFound
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.entry_dialog import EntryDialog
from paindiary.ui.language import install_translator
from paindiary.ui.session_dialog import SideEffectDialog

if TYPE_CHECKING:
    from tests.ui.conftest import User

UI = Path(paindiary.__file__).parent / "ui"


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """Switch the interface language for one test; English comes back afterwards."""
    before = QLocale()
    yield lambda language: install_translator(qapp, language)
    install_translator(qapp, "en")
    QLocale.setDefault(before)


def side_effect_dialog(qtbot: QtBot, adapter: DiaryAdapter) -> tuple[SideEffectDialog, TreatmentSession]:
    session = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.IM_INJECTION))
    dialog = SideEffectDialog(adapter, session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, session


def test_a_german_window_shows_a_german_validation_error(
    speak: object, qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    assert speak("de") == "de"  # type: ignore[operator]
    dialog, _session = side_effect_dialog(qtbot, adapter)
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))  # no side effect chosen
    assert dialog.isVisible()
    assert dialog.error.text() == "Nebenwirkung: darf nicht leer sein"


def test_a_spanish_window_shows_a_spanish_store_error(
    speak: object, qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    speak("es")  # type: ignore[operator]
    dialog, session = side_effect_dialog(qtbot, adapter)
    adapter.delete_session(session.id)  # gone meanwhile, as after an undo elsewhere
    user.retype(dialog.kind, "Mareo")
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.error.text() == "Esta sesión ya no está en el diario."


def test_placeholders_are_filled_after_translation(speak: object) -> None:
    speak("de")  # type: ignore[operator]
    with pytest.raises(ValidationError) as caught:
        check_score("pain", 11, required=True)
    assert caught.value.message == "11 liegt außerhalb von 0–10"
    with pytest.raises(ValidationError) as caught:
        PainEntry(at=datetime(1850, 1, 1), pain=3)
    assert caught.value.message == "1850 liegt außerhalb der Jahre 1900–2999"
    speak("en")  # type: ignore[operator]
    with pytest.raises(ValidationError) as caught:
        check_score("pain", 11, required=True)
    assert str(caught.value) == "pain: 11 is outside 0–10"


def test_english_store_errors_are_unchanged(adapter: DiaryAdapter) -> None:
    session = adapter.add_session(TreatmentSession(at=datetime(2024, 5, 2, 10, 30), route=Route.ORAL))
    adapter.delete_session(session.id)
    with pytest.raises(RecordNotFound, match=r"^This session is no longer in the diary\.$"):
        adapter.delete_session(session.id)


def test_qt_code_marks_text_one_way() -> None:
    """self.tr() in a class, QCoreApplication.translate("Class", ...) outside one, and the core's
    text through the core's own _(): never QApplication.translate or the core's context by hand."""
    offenders = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = ast.unparse(node.func.value)
            if node.func.attr == "translate" and owner not in ("QCoreApplication",):
                offenders.append(f"{path.name}:{node.lineno} {owner}.translate")
            elif node.func.attr == "translate" and node.args and not isinstance(node.args[0], ast.Constant):
                offenders.append(f"{path.name}:{node.lineno} a context that is not a literal")
            elif node.func.attr == "tr" and owner != "self":
                offenders.append(f"{path.name}:{node.lineno} {owner}.tr")
    # language.py routes the core's _() to Qt's catalogues: the one place that passes a context on,
    # through the application or (for a report in another language) a catalogue of its own.
    assert [offender for offender in offenders if not offender.startswith("language.py:")] == []
    assert len(offenders) == 2


def test_the_entry_dialog_names_the_field_in_german(speak: object, qtbot: QtBot, user: User) -> None:
    speak("de")  # type: ignore[operator]
    written: list[PainEntry] = []
    dialog = EntryDialog(PainEntry(at=datetime(2024, 6, 1, 8, 0), pain=5), write=written.append)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.note.setPlainText("x" * 10_001)  # a pasted text far past the limit
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.error.text() == "Notiz: ist länger als 10000 Zeichen"
    assert dialog.focusWidget() is dialog.note
    assert written == []


def test_a_refused_file_is_named_in_german_with_its_path_intact(speak: object, tmp_path: Path) -> None:
    import sqlite3

    from paindiary.store import Diary, DiaryError

    other = tmp_path / "other app.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    assert speak("de") == "de"  # type: ignore[operator]
    with pytest.raises(DiaryError) as refused:
        Diary.open(other)
    assert str(refused.value) == (
        f"{other} ist eine Datenbank, aber kein paindiary-Tagebuch; sie wurde nicht verändert."
    )
