"""No Alt+letter does two things: each page and dialog, in every language, has each "&x" once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry, Route, SideEffect, TreatmentSession
from paindiary.medicine_records import Medicine, MedicineKind, MedicineUnit
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.language import install_translator
from paindiary.ui.main_window import MainWindow
from tests.support import FakeClock

LANGUAGES = ("en", "de", "es")
NOW = datetime(2024, 3, 10, 12, 0)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Se&ttings" -> "t"); "&&" is a plain ampersand."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].lower()
            index += 1
        index += 1
    return None


def mnemonics(top: QWidget, *, with_menu_bar: bool) -> list[tuple[str, str]]:
    """(letter, text) of every visible control of `top` that Alt+letter reaches."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, text))

    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab):
                    add(widget.tabText(tab))
    menu_bar = getattr(top, "menuBar", None)
    if with_menu_bar and callable(menu_bar):
        for action in menu_bar().actions():
            if action.isVisible():
                add(action.text())
    return found


def twice(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _text in found)
    return {
        letter: sorted(text for other, text in found if other == letter)
        for letter in counts
        if counts[letter] > 1
    }


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    chosen: str = request.param
    install_translator(qapp, chosen)
    yield chosen
    install_translator(qapp, "en")


@pytest.fixture
def filled(diary: Diary) -> DiaryAdapter:
    diary.add_entry(PainEntry(at=datetime(2024, 3, 9, 9), pain=3, locations=("back",)))
    diary.add_session(
        TreatmentSession(
            at=datetime(2024, 3, 1, 9), route=Route.IV_INFUSION, side_effects=(SideEffect("nausea"),)
        )
    )
    adapter = DiaryAdapter(diary)
    adapter.add_medicine(
        Medicine(
            name="Oxycodone", unit=MedicineUnit.TABLET, kind=MedicineKind.AS_NEEDED, start=date(2024, 1, 1)
        )
    )
    return adapter


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_of_the_window_has_each_letter_once(
    qtbot: QtBot, language: str, filled: DiaryAdapter
) -> None:
    window = build_window(filled, clock=FakeClock(NOW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clashes: dict[str, dict[str, list[str]]] = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(0)
        page = window.nav.item(row).text()
        if row == 0:
            window.today.more.setChecked(True)  # Today's optional questions too
        clashes[page] = twice(mnemonics(window, with_menu_bar=True))
    assert {page: found for page, found in clashes.items() if found} == {}


def dialogs(window: MainWindow, adapter: DiaryAdapter) -> Iterator[QDialog]:
    from paindiary.ui.backups_dialog import BackupsDialog
    from paindiary.ui.clinic_dialogs import BloodPressureDialog, CheckinDialog
    from paindiary.ui.delete_data_dialog import DeleteDataDialog
    from paindiary.ui.entry_dialog import EntryDialog
    from paindiary.ui.help_dialog import ShortcutsDialog
    from paindiary.ui.import_wizard import ImportWizard
    from paindiary.ui.medicine_dialogs import CoTreatmentDialog, IntakeDialog, MedicineDialog
    from paindiary.ui.report_action import ReportDialog
    from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog
    from paindiary.ui.settings_dialog import SettingsDialog

    clock = FakeClock(NOW)
    [entry] = adapter.reader.entries()
    [session] = adapter.reader.sessions()
    [medicine] = adapter.reader.medicines()
    makers: list[Callable[[], QDialog]] = [
        lambda: EntryDialog(entry, window, write=lambda _entry: None),
        lambda: SessionDialog(adapter, window, clock=clock),
        lambda: SessionDialog(adapter, window, session=session, clock=clock),
        lambda: SideEffectDialog(adapter, session, window),
        lambda: SettingsDialog(adapter, window.preferences, window),
        lambda: ImportWizard(adapter, window),
        lambda: BackupsDialog(adapter, window),
        lambda: DeleteDataDialog(adapter, window),
        lambda: ReportDialog(adapter, window),
        lambda: ShortcutsDialog(window),
        lambda: BloodPressureDialog(adapter, clock, window),
        lambda: CheckinDialog(adapter, clock, window),
        lambda: MedicineDialog(adapter, clock, None, window),
        lambda: MedicineDialog(adapter, clock, medicine, window),
        lambda: IntakeDialog(adapter, clock, medicine, 1.0, window),
        lambda: CoTreatmentDialog(adapter, clock, None, window),
    ]
    for make in makers:
        yield make()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_dialog_has_each_letter_once(qtbot: QtBot, language: str, filled: DiaryAdapter) -> None:
    window = build_window(filled, clock=FakeClock(NOW))
    qtbot.addWidget(window)
    clashes: dict[str, dict[str, list[str]]] = {}
    for dialog in dialogs(window, filled):
        dialog.show()
        qtbot.waitExposed(dialog)
        clashes[f"{type(dialog).__name__} {dialog.windowTitle()}"] = twice(
            mnemonics(dialog, with_menu_bar=False)
        )
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
    assert {name: found for name, found in clashes.items() if found} == {}


def test_a_clash_is_found() -> None:
    assert mnemonic("Se&ttings…") == "t"
    assert mnemonic("Save && close") is None
    assert twice([("s", "&Save"), ("s", "&Skip"), ("c", "&Close")]) == {"s": ["&Save", "&Skip"]}
