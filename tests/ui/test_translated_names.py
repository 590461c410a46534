"""Body regions and drugs are shown in the interface language and stored as their English keys."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeWidgetItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from paindiary import demo
from paindiary.analysis.wording_treatment import treatment_label
from paindiary.domain import PainEntry, Route, TreatmentSession
from paindiary.formatting import DRUG_LABELS, REGION_LABELS, drug_key, region_key
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.diary_view import DiaryView
from paindiary.ui.language import install_translator
from paindiary.ui.session_dialog import DRUGS, SessionDialog
from paindiary.ui.sessions_view import SessionsView
from paindiary.ui.today_detail import DEFAULT_LOCATIONS
from paindiary.ui.today_view import TodayView

if TYPE_CHECKING:
    from tests.ui.conftest import User

TODAY = date(2024, 6, 1)
NOON = datetime.combine(TODAY, time(12))


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    assert install_translator(qapp, "de") == "de"
    yield
    install_translator(qapp, "en")
    QLocale.setDefault(before)


def column_texts(view: DiaryView, name: str) -> list[str]:
    column = view.model.COLUMNS.index(name)
    return [view.model.index(row, column).data() for row in range(view.model.rowCount())]


@pytest.mark.usefixtures("german")
def test_the_diary_shows_body_regions_in_german_and_finds_them(qtbot: QtBot, diary: Diary) -> None:
    diary.add_entry(PainEntry(at=NOON, pain=5, locations=("head", "my left knee")))
    view = DiaryView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOON)
    qtbot.addWidget(view)
    view.show()
    assert column_texts(view, "locations") == ["Kopf, my left knee"]
    qtbot.keyClicks(view.search, "kopf")
    assert view.model.rowCount() == 1


@pytest.mark.usefixtures("german")
def test_a_german_chip_and_a_typed_german_region_store_english_keys(qtbot: QtBot, diary: Diary) -> None:
    today = TodayView(DiaryAdapter(diary), QUndoStack(), clock=lambda: NOON)
    qtbot.addWidget(today)
    today.show()
    qtbot.mouseClick(today.more, Qt.MouseButton.LeftButton)
    head = today.locations.chips()["head"]
    assert head.text() == "Kopf"
    qtbot.mouseClick(today.scores.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(head, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(today.locations.custom_field, "nacken")  # typed, not chosen: still the chip's key
    qtbot.keyClick(today.locations.custom_field, Qt.Key.Key_Return)
    qtbot.mouseClick(today.save_button, Qt.MouseButton.LeftButton)
    [entry] = diary.entries()
    assert entry.locations == ("head", "neck")
    assert "Kopf, Nacken" in today.today_list.item(0).text()


@pytest.mark.usefixtures("german")
def test_saving_a_session_from_the_german_drug_box_stores_the_english_name(
    qtbot: QtBot, adapter: DiaryAdapter, user: User
) -> None:
    dialog = SessionDialog(adapter, clock=lambda: NOON)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.drug.currentText() == "Ketamin"
    assert [dialog.drug.itemText(index) for index in range(dialog.drug.count())] == ["Ketamin", "Esketamin"]
    user.choose(dialog.drug, "esketamine")
    user.choose(dialog.route, Route.INTRANASAL.value)
    user.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    [session] = adapter.reader.sessions()
    assert session.drug == "esketamine"


@pytest.mark.usefixtures("german")
def test_sessions_page_and_report_wording_name_route_and_drug_in_german(
    qtbot: QtBot, adapter: DiaryAdapter
) -> None:
    given = TreatmentSession(at=datetime(2024, 5, 2, 10), route=Route.IV_INFUSION, drug="ketamine")
    adapter.add_session(given)
    page = SessionsView(adapter, QUndoStack(), clock=lambda: NOON)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1)
    shown = [item.text(1) for item in _all_items(page)]
    assert "Intravenöse Infusion, Ketamin (1 Sitzung)" in shown  # the course
    assert "Intravenöse Infusion, Ketamin" in shown  # its session
    assert treatment_label("esketamine intranasal") == "Intranasal, Esketamin"


def _all_items(page: SessionsView) -> Iterator[QTreeWidgetItem]:
    found = QTreeWidgetItemIterator(page.tree)
    while found.value():
        yield found.value()
        found += 1


def test_every_offered_name_has_a_key_and_english_is_unchanged() -> None:
    assert set(DEFAULT_LOCATIONS) | set(demo.LOCATIONS) <= set(REGION_LABELS)
    assert set(DRUGS) <= set(DRUG_LABELS)
    assert region_key(" Head ") == "head"
    assert region_key("my left knee") == "my left knee"
    assert drug_key("Ketamine") == "ketamine"
    assert drug_key("lidocaine") == "lidocaine"
