"""File ▸ Appointment report…: the dialog picks a period and paper, then writes the PDF with progress."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from paindiary.appointment.inputs import Section
from paindiary.store import Diary
from paindiary.ui import report_action
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.report_action import ReportDialog
from tests.charts.chart_data import two_courses
from tests.stand_in_window import StandInWindow


@pytest.fixture(autouse=True)
def opened(monkeypatch: pytest.MonkeyPatch) -> list[list[Path]]:
    """What would have been opened in the system's viewer (nothing is launched in tests)."""
    calls: list[list[Path]] = []
    monkeypatch.setattr("paindiary.ui.report_output.open_saved", lambda paths: calls.append(list(paths)))
    return calls


@pytest.fixture
def window(qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch) -> Iterator[StandInWindow]:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")  # A4 by default, whatever machine runs the tests
    diary.import_records(*two_courses())
    shown = StandInWindow(DiaryAdapter(diary))
    qtbot.addWidget(shown)
    report_action.install(shown)
    yield shown
    # A dialog left open would stay on the screen over the next test's widgets.
    for dialog in shown.findChildren(ReportDialog):
        dialog.close()


def open_dialog(qtbot: QtBot, window: StandInWindow) -> ReportDialog:
    items = {action.text(): action for action in window.menu("file").actions()}
    items["Appointment &report…"].trigger()
    dialog = window.findChild(ReportDialog)
    assert isinstance(dialog, ReportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return (str(target) if target else "", "")

    monkeypatch.setattr("paindiary.ui.report_action.QFileDialog.getSaveFileName", answer)
    return suggested


def type_date(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    """Replace a date by typing it, as a keyboard user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_the_file_menu_offers_the_report_with_ctrl_p(window: StandInWindow) -> None:
    items = {action.text(): action for action in window.menu("file").actions()}
    assert items["Appointment &report…"].shortcut() == QKeySequence("Ctrl+P")


def test_the_dialog_proposes_the_diarys_last_year_and_the_locales_paper(
    qtbot: QtBot, window: StandInWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.start.date().toString("yyyy-MM-dd") == "2024-02-23"
    assert dialog.end.date().toString("yyyy-MM-dd") == "2024-04-06"
    assert dialog.paper.currentData() == "a4"
    for widget in (dialog.start, dialog.end, dialog.paper, dialog.save_button):
        assert widget.accessibleName()
        assert widget.minimumHeight() >= 40


def test_saving_writes_the_report_for_the_chosen_period(
    qtbot: QtBot, window: StandInWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    type_date(qtbot, dialog.start, "2024-03-15")
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    assert dialog.paper.currentData() == "letter"
    suggested = save_as(monkeypatch, tmp_path / "visit")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "visit.pdf"
    assert suggested[0].endswith("paindiary-report-2024-04-06.pdf")
    assert written.read_bytes().startswith(b"%PDF-")
    assert b"/MediaBox [ 0 0 612 792 ]" in written.read_bytes()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"Saved the 4-page report to {written}."
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(written), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "15 Mar 2024 – 6 Apr 2024" in text


def test_cancelling_the_progress_writes_nothing(
    qtbot: QtBot, window: StandInWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    save_as(monkeypatch, tmp_path / "visit.pdf")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)  # the patient pressed Cancel
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "visit.pdf").exists()
    assert list(tmp_path.glob(".visit*")) == []
    assert window.statusBar().currentMessage() == "Report cancelled; nothing was written."
    assert dialog.isVisible()


def test_cancelling_the_file_dialog_keeps_the_dialog_open(
    qtbot: QtBot, window: StandInWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    save_as(monkeypatch, None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert list(tmp_path.glob("*.pdf")) == []


def test_dates_in_the_wrong_order_are_refused(
    qtbot: QtBot, window: StandInWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    asked = save_as(monkeypatch, tmp_path / "visit.pdf")
    type_date(qtbot, dialog.start, "2024-05-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings == ["The first day (2024-05-01) is after the last day (2024-04-06)."]
    assert asked == []


def test_a_folder_that_cannot_be_written_says_so(
    qtbot: QtBot, window: StandInWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, window)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    save_as(monkeypatch, tmp_path / "missing" / "visit.pdf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert warnings[0].startswith("The report was not saved:")
    assert "cannot be written" in warnings[0]


def test_installing_the_action_loads_no_matplotlib() -> None:
    code = "import sys, paindiary.ui.report_action; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip() == "False"


def test_notes_are_off_and_every_section_on_by_default(qtbot: QtBot, window: StandInWindow) -> None:
    dialog = open_dialog(qtbot, window)
    choices = dialog.choices.choices()
    assert choices.include_notes is False
    assert len(choices.sections) == 8
    assert choices.language == ""


def test_saving_images_writes_one_png_per_page_and_opens_their_folder(
    qtbot: QtBot,
    window: StandInWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[list[Path]],
) -> None:
    dialog = open_dialog(qtbot, window)
    charts = dialog.choices.sections[Section.CHARTS]
    charts.setFocus()
    qtbot.keyClick(charts, Qt.Key.Key_Space)
    assert not charts.isChecked()
    save_as(monkeypatch, tmp_path / "visit")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.images_button, Qt.MouseButton.LeftButton)
    images = sorted(tmp_path.glob("visit-*.png"))
    assert [image.name for image in images] == ["visit-1.png", "visit-2.png"]  # no chart pages
    assert all(image.read_bytes().startswith(b"\x89PNG") for image in images)
    assert opened == [images]


def test_printing_renders_every_page_through_qprinter(
    qtbot: QtBot, window: StandInWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from paindiary.ui import report_output

    target = tmp_path / "printed.pdf"

    def print_to_file(_parent: Any, figures: Any, paper: str) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageSize(report_output.page_size(paper))
        printer.setFullPage(True)
        report_output.print_figures(printer, figures())
        return True

    monkeypatch.setattr(report_output, "ask_and_print", print_to_file)
    dialog = open_dialog(qtbot, window)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+4\b", info)
        assert "595" in info  # A4 width in points
    assert window.statusBar().currentMessage() == "Sent the report to the printer."
