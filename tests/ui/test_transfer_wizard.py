"""The import wizard, driven like a patient would: type, click, choose; then check what the diary holds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from paindiary.domain import ValidationError
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.import_wizard import ImportWizard

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def wizard(qtbot: QtBot, adapter: DiaryAdapter) -> Iterator[ImportWizard]:
    dialog = ImportWizard(adapter)
    qtbot.addWidget(dialog)
    dialog.open()
    yield dialog
    dialog.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox calls, recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return shown


def click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{which} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def preview_rows(wizard: ImportWizard) -> list[tuple[str, str, str]]:
    table = wizard.mapping_page.preview
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def test_a_recognised_export_is_shown_then_imported_once(
    qtbot: QtBot,
    wizard: ImportWizard,
    adapter: DiaryAdapter,
    boxes: list[tuple[str, str]],
    accessibility_gaps: Callable[[QWidget], list[str]],
) -> None:
    assert accessibility_gaps(wizard) == []
    choose_file(qtbot, wizard, DATA / "paintracker_export.csv")
    assert accessibility_gaps(wizard) == []
    assert wizard.currentId() == 1
    page = wizard.mapping_page
    assert page.format_label.text() == "Format: Pain Tracker (paintracker.ca)"
    assert "Pain Level → pain" in page.mapping_label.text()
    assert not page.columns.isVisibleTo(page)
    assert [row[:2] for row in preview_rows(wizard)] == [
        ("2024-03-01 08:15", "6"),
        ("2024-03-01 20:40", "7"),
        ("2024-03-02 09:05", "4"),
        ("2024-03-03 07:30", "5"),
    ]
    assert adapter.reader.entry_count() == 0  # nothing written while looking
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.summary_page.summary.text() == "4 entries, 0 sessions"
    assert accessibility_gaps(wizard) == []
    with qtbot.waitSignal(adapter.changed) as changed:
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert changed.args == ["all", []]
    assert [entry.pain for entry in adapter.reader.entries()] == [6, 7, 4, 5]
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_a_german_spreadsheet_is_mapped_with_a_live_preview(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter
) -> None:
    choose_file(qtbot, wizard, DATA / "german_spreadsheet.csv")
    page = wizard.mapping_page
    assert page.columns.isVisibleTo(page)
    assert page.date_box.currentText() == "Datum"
    assert page.time_box.currentText() == "Uhrzeit"
    assert page.pain_box.currentText() == "Schmerz (0-10)"
    assert page.note_box.currentText() == "Bemerkung"
    rows = preview_rows(wizard)
    assert rows[0] == ("2024-04-12 08:30", "6", "Kopf, Nacken")
    assert rows[3] == ("", "", "line 5: no pain value, left out")
    # Choosing "no note column" updates the preview at once.
    page.note_box.setFocus()
    qtbot.keyClick(page.note_box, Qt.Key.Key_Home)
    assert page.note_box.currentText() == "(none)"
    assert preview_rows(wizard)[0] == ("2024-04-12 08:30", "6", "")
    qtbot.keyClick(page.note_box, Qt.Key.Key_End)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.summary_page.summary.text() == "4 entries, 0 sessions"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert [(e.at, e.pain, e.note) for e in adapter.reader.entries()][:2] == [
        (datetime(2024, 4, 12, 8, 30), 6, "Kopf, Nacken"),
        (datetime(2024, 4, 12, 21, 15), 7, 'Nach der Physio "schlimmer"'),
    ]


def test_ambiguous_dates_are_asked_about(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter, tmp_path: Path
) -> None:
    path = tmp_path / "slashes.csv"
    path.write_text("Day,Pain\n03/04/2024,5\n05/06/2024,6\n", encoding="utf-8")
    choose_file(qtbot, wizard, path)
    page = wizard.mapping_page
    assert page.order_box.isVisibleTo(page)
    assert "03/04/2024" in page.order_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.order_box.setFocus()
    qtbot.keyClick(page.order_box, Qt.Key.Key_Down)  # Day first
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert [row[0] for row in preview_rows(wizard)] == ["2024-04-03 12:00", "2024-06-05 12:00"]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert [entry.at.month for entry in adapter.reader.entries()] == [4, 6]


def test_a_broken_file_is_explained_and_nothing_is_written(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter, tmp_path: Path
) -> None:
    lines = (DATA / "paintracker_export.csv").read_text(encoding="utf-8").split("\n")
    lines.insert(2, "2024-03-01,09:00,eleven,,,,,,,")
    path = tmp_path / "broken.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    choose_file(qtbot, wizard, path)
    error = wizard.mapping_page.error.text()
    assert "line 3, column 'Pain Level': 'eleven' is not a whole number from 0 to 10" in error
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert adapter.reader.entry_count() == 0


def test_an_unreadable_file_keeps_the_patient_on_the_first_page(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    choose_file(qtbot, wizard, tmp_path / "missing.csv")
    assert wizard.currentId() == 0
    assert "cannot be read" in wizard.file_page.error.text()


def test_cancelling_a_long_read_writes_nothing(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter, tmp_path: Path
) -> None:
    path = tmp_path / "long.csv"
    rows = [f"2020-01-01,{hour:02d}:{minute:02d},5,,,,,,," for hour in range(24) for minute in range(60)]
    path.write_text(
        "Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep Quality,Mood Impact,"
        "Missed Work Days,Notes\n" + "\n".join(rows),
        encoding="utf-8",
    )
    seen: list[QProgressDialog] = []

    def cancel(dialog: QProgressDialog) -> None:
        seen.append(dialog)
        dialog.cancel()

    wizard.state.progress_started.connect(cancel)
    choose_file(qtbot, wizard, path)
    assert seen
    assert wizard.currentId() == 0
    assert wizard.file_page.error.text() == "Reading was cancelled; nothing was imported."
    assert adapter.reader.entry_count() == 0


def test_the_summary_says_what_is_already_in_the_diary(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter
) -> None:
    from paindiary.formats import registry

    registry.import_file(adapter.reader, DATA / "flaredown_export.csv")
    choose_file(qtbot, wizard, DATA / "flaredown_export.csv")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.summary_page.summary.text() == "3 entries, 0 sessions; 3 already in your diary"
    assert "Check-ins without any rating, left out: 1." in wizard.summary_page.details.text()


def test_choose_opens_a_file_dialog(
    qtbot: QtBot, wizard: ImportWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = str(DATA / "bearable_export.csv")
    monkeypatch.setattr("paindiary.ui.import_wizard.QFileDialog.getOpenFileName", lambda *_args: (target, ""))
    qtbot.mouseClick(wizard.file_page.browse, Qt.MouseButton.LeftButton)
    assert wizard.file_page.path_edit.text() == target


def test_a_failed_write_is_reported_and_leaves_the_diary_unchanged(
    qtbot: QtBot,
    wizard: ImportWizard,
    adapter: DiaryAdapter,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise ValidationError("entries[0]", "id 1 is already in the diary with other values")

    monkeypatch.setattr(adapter, "import_records", refuse)
    choose_file(qtbot, wizard, DATA / "bearable_export.csv")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    [(title, text)] = boxes
    assert title == "Nothing was imported"
    assert "line 3: id 1 is already in the diary with other values" in text  # first symptom row
    assert wizard.isVisible()
    assert adapter.reader.entry_count() == 0
