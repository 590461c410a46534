"""The import wizard with a German Excel spreadsheet (issue #16): its encoding said, half points
chosen, and every problem shown beside its field with Next disabled until it is solved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.import_wizard import ImportWizard
from tests.support import german_excel
from tests.ui.test_transfer_wizard import choose_file, click, preview_rows


@pytest.fixture
def wizard(qtbot: QtBot, adapter: DiaryAdapter) -> Iterator[ImportWizard]:
    dialog = ImportWizard(adapter)
    qtbot.addWidget(dialog)
    dialog.open()
    yield dialog
    dialog.close()


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_excel_text_is_read_as_windows_1252_and_half_points_wait_for_a_choice(
    qtbot: QtBot,
    wizard: ImportWizard,
    adapter: DiaryAdapter,
    accessibility_gaps: Callable[[QWidget], list[str]],
) -> None:
    choose_file(qtbot, wizard, german_excel.PATH)
    page = wizard.mapping_page
    assert page.encoding_label.text().startswith("Text encoding: Windows-1252")
    assert page.pain_box.currentText() == german_excel.PAIN_COLUMN
    assert preview_rows(wizard)[0] == ("2024-03-01 08:15", "6", "Schmerz ä ö ü ß")
    choice = page.half_points
    assert choice.isVisibleTo(page)
    assert "2 rows have half points, like “6,5” on line 3." in choice.question.text()
    assert choice.error.isVisibleTo(page)
    assert "is a half point" in preview_rows(wizard)[1][2]
    assert not next_enabled(wizard)
    assert accessibility_gaps(wizard) == []
    # On its circle: a radio button takes clicks on its circle and words, not on the empty rest of its row.
    button = choice.round_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert not choice.error.isVisibleTo(page)
    assert preview_rows(wizard)[1][:2] == ("2024-03-01 20:30", "7")
    assert "Half points rounded up to the next whole point: 2" in page.mapping_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.summary_page.summary.text() == "5 entries, 0 sessions"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    entries = adapter.reader.entries()
    assert [entry.pain for entry in entries] == [6, 7, 5, 8, 4]
    assert entries[4].note == "Größtenteils ruhig – 5 € Parken"
    assert entries[1].note.endswith("[Imported: pain 6,5 rounded up to 7]")


def test_rows_with_half_points_can_be_left_out(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter
) -> None:
    choose_file(qtbot, wizard, german_excel.PATH)
    page = wizard.mapping_page
    page.half_points.skip_button.setFocus()
    qtbot.keyClick(page.half_points.skip_button, Qt.Key.Key_Space)
    assert preview_rows(wizard)[1] == ("", "", "line 3: a half point, left out")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.summary_page.summary.text() == "3 entries, 0 sessions"
    assert "Rows with half points, left out: 2." in wizard.summary_page.details.text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert [entry.pain for entry in adapter.reader.entries()] == [6, 5, 4]


def test_a_utf8_file_says_so_and_asks_nothing_about_half_points(qtbot: QtBot, wizard: ImportWizard) -> None:
    choose_file(qtbot, wizard, Path(__file__).parents[1] / "data" / "german_spreadsheet.csv")
    page = wizard.mapping_page
    assert page.encoding_label.text() == "Text encoding: UTF-8"
    assert not page.half_points.isVisibleTo(page)
    assert next_enabled(wizard)


def test_a_bad_cell_far_below_the_preview_is_shown_beside_its_column_and_blocks_next(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter, tmp_path: Path
) -> None:
    rows = [f"{day:02d}.01.2024;5;4" for day in range(1, 31)]
    rows[28] = "29.01.2024;elf;4"  # line 30, after the preview's 20 rows
    path = tmp_path / "long.csv"
    path.write_text("Datum;Schmerz;Abends\n" + "\n".join(rows) + "\n", encoding="utf-8")
    choose_file(qtbot, wizard, path)
    page = wizard.mapping_page
    pain_error = page.field_errors[page.pain_box]
    assert pain_error.isVisibleTo(page)
    assert pain_error.text() == "line 30, column 'Schmerz': 'elf' is not a whole number from 0 to 10"
    assert not page.error.isVisibleTo(page)
    assert not page.field_errors[page.date_box].isVisibleTo(page)
    assert not next_enabled(wizard)
    # Choosing the column that holds good scores solves it: the error goes and Next comes back.
    page.pain_box.setFocus()
    qtbot.keyClick(page.pain_box, Qt.Key.Key_Down)
    assert page.pain_box.currentText() == "Abends"
    assert not pain_error.isVisibleTo(page)
    assert next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert adapter.reader.entry_count() == 30


def test_a_bad_date_is_shown_beside_the_date_column(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Datum;Schmerz\n01.02.2024;5\n31.02.2024;6\n", encoding="utf-8")
    choose_file(qtbot, wizard, path)
    page = wizard.mapping_page
    date_error = page.field_errors[page.date_box]
    assert date_error.isVisibleTo(page)
    assert date_error.text().startswith("line 3, column 'Datum': '31.02.2024' is not a date")
    assert not next_enabled(wizard)


def test_a_refused_file_disables_next_until_another_is_named(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    page = wizard.file_page
    choose_file(qtbot, wizard, tmp_path / "missing.csv")
    assert wizard.currentId() == 0
    assert page.error.isVisibleTo(page)
    assert "cannot be read" in page.error.text()
    assert not next_enabled(wizard)
    page.path_edit.selectAll()
    qtbot.keyClicks(page.path_edit, str(german_excel.PATH))
    assert not page.error.isVisibleTo(page)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1


def test_choosing_the_refused_file_again_is_another_try(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "later.csv"
    monkeypatch.setattr(
        "paindiary.ui.import_wizard.QFileDialog.getOpenFileName", lambda *_args: (str(path), "")
    )
    page = wizard.file_page
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert not next_enabled(wizard)
    path.write_bytes(german_excel.content())  # saved meanwhile
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    assert not page.error.isVisibleTo(page)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 1


def test_a_cancelled_read_of_the_columns_is_read_again_by_next(
    qtbot: QtBot, wizard: ImportWizard, adapter: DiaryAdapter, tmp_path: Path
) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Datum;Schmerz\n01.02.2024;5\n02.02.2024;6\n", encoding="utf-8")
    choose_file(qtbot, wizard, path)
    page = wizard.mapping_page
    cancelled: list[QProgressDialog] = []

    def cancel_once(dialog: QProgressDialog) -> None:
        if not cancelled:
            cancelled.append(dialog)
            dialog.cancel()

    wizard.state.progress_started.connect(cancel_once)
    page.note_box.setFocus()
    qtbot.keyClick(page.note_box, Qt.Key.Key_End)  # another choice: the file is read again
    assert cancelled
    assert page.error.text() == "Reading was cancelled; nothing was imported."
    assert next_enabled(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 2
    assert wizard.summary_page.summary.text() == "2 entries, 0 sessions"
