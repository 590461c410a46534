"""The main window: navigation, menus, first run, remembered geometry, accessible names, start-up."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from paindiary.domain import PainEntry
from paindiary.store import Diary, backup
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.main_window import PAGES, MainWindow
from tests.ui.conftest import unnamed_controls


@pytest.fixture
def window(qtbot: QtBot, adapter: DiaryAdapter) -> MainWindow:
    main = build_window(adapter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def click_nav(qtbot: QtBot, window: MainWindow, page: str) -> None:
    item = window.nav.item(PAGES.index(page))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_navigation_by_mouse_and_by_menu_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    for page in ("diary", "sessions", "today"):
        click_nav(qtbot, window, page)
        assert window.current_page() == page
    view_actions = window.menu("view").actions()
    assert [action.shortcut().toString() for action in view_actions] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
        "Ctrl+5",  # Appointment, added by its feature
        "Ctrl+6",  # Medicines
    ]
    view_actions[1].trigger()
    assert window.current_page() == "diary"


def test_menus_have_the_standard_shortcuts(window: MainWindow) -> None:
    file_actions = {action.text().replace("&", ""): action for action in window.menu("file").actions()}
    assert file_actions["Quit"].shortcut().toString() == "Ctrl+Q"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.new_session_action.shortcut().toString() == "Ctrl+Shift+N"
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&File"
    assert titles[-1] == "&Help", "Help stays last"


def test_first_run_explains_and_disappears_after_the_first_entry(
    qtbot: QtBot, window: MainWindow, diary: Diary
) -> None:
    assert window.first_run.isVisible()
    qtbot.mouseClick(window.today.scores.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    assert diary.entry_count() == 1
    assert not window.first_run.isVisible()
    assert "1 entry · 0 sessions" in window._entry_count.text()


def test_sample_data_opens_in_a_separate_process_and_never_touches_the_diary(
    qtbot: QtBot, window: MainWindow, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or True
    )
    qtbot.mouseClick(window.first_run.sample_button, Qt.MouseButton.LeftButton)
    assert started == [(sys.executable, ["-m", "paindiary", "--demo"])]
    assert diary.is_empty()


def test_a_bundled_app_starts_its_own_executable_for_the_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    from paindiary.ui.first_run import sample_command

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert sample_command() == (sys.executable, ["--demo"])


def test_start_my_diary_dismisses_the_welcome(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.first_run.start_button, Qt.MouseButton.LeftButton)
    assert not window.first_run.isVisible()


def test_first_run_is_not_shown_for_a_diary_with_entries(qtbot: QtBot, diary: Diary) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 1, 1, 9), pain=3))
    main = build_window(DiaryAdapter(diary))
    qtbot.addWidget(main)
    main.show()
    assert not main.first_run.isVisible()


def test_window_geometry_is_remembered(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    first = build_window(adapter)
    qtbot.addWidget(first)
    first.restore_geometry()
    first.show()
    first.resize(770, 570)
    first.close()
    second = build_window(adapter)
    qtbot.addWidget(second)
    second.restore_geometry()
    assert (second.width(), second.height()) == (770, 570)


def test_about_names_the_diary_file(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    about = next(a for a in window.menu("help").actions() if "About" in a.text())
    about.trigger()
    assert str(window.adapter.reader.path) in shown[0]
    assert "no medical advice" in shown[0]


def test_charts_are_built_only_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert window.charts_view is None
    click_nav(qtbot, window, "charts")
    assert window.charts_view is not None
    assert window.current_page() == "charts"


def test_every_control_of_the_window_and_its_dialogs_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, diary: Diary
) -> None:
    from paindiary.domain import Route, SideEffect, TreatmentSession
    from paindiary.ui.backups_dialog import BackupsDialog
    from paindiary.ui.delete_data_dialog import DeleteDataDialog
    from paindiary.ui.entry_dialog import EntryDialog
    from paindiary.ui.help_dialog import ReliefHelpDialog, ShortcutsDialog
    from paindiary.ui.import_wizard import ImportWizard
    from paindiary.ui.report_action import ReportDialog
    from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog
    from paindiary.ui.settings_dialog import SettingsDialog

    entry = diary.add_entry(PainEntry(at=datetime(2024, 1, 1, 9), pain=3, locations=("back",)))
    session = diary.add_session(
        TreatmentSession(
            at=datetime(2024, 1, 2, 9), route=Route.IV_INFUSION, side_effects=(SideEffect("nausea"),)
        )
    )
    for page in PAGES:
        click_nav(qtbot, window, page)
    window.today.more.setChecked(True)
    adapter = window.adapter
    tops: list[QWidget] = [
        window,
        EntryDialog(entry, window, write=lambda _entry: None),
        SessionDialog(adapter, window),
        SessionDialog(adapter, window, session=session),
        SideEffectDialog(adapter, session, window),
        SettingsDialog(adapter, window.preferences, window),
        ImportWizard(adapter, window),
        BackupsDialog(adapter, window),
        DeleteDataDialog(adapter, window),
        ReportDialog(adapter, window),
        ShortcutsDialog(window),
        ReliefHelpDialog(adapter.reader.analysis_settings(), window),
    ]
    gaps = {type(top).__name__: unnamed_controls(top) for top in tops}
    missing = {name: found for name, found in gaps.items() if found}
    assert missing == {}, "\n".join(f"{name}: {found}" for name, found in missing.items())


def test_start_up_reaches_a_ready_window_without_matplotlib(tmp_path: Path) -> None:
    db = tmp_path / "diary.sqlite3"
    heavy = ["matplotlib", "paindiary.formats.registry", "paindiary.ui.import_wizard"]
    heavy.append("paindiary.store.erase")
    code = (
        "import gc, os, sys\n"
        "os.environ['PAINDIARY_EXIT_WHEN_READY'] = '1'\n"
        "from paindiary.cli import main\n"
        f"code = main(['--db', {str(db)!r}])\n"
        f"print('LOADED', [m for m in {heavy!r} if m in sys.modules], 'EXIT', code)\n"
        "print('GC', gc.isenabled(), gc.get_freeze_count() > 10_000)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120, cwd=tmp_path
    )
    assert "paindiary: ready" in result.stdout, result.stderr
    # Features that are not on screen at start-up load when first used.
    assert "LOADED [] EXIT 0" in result.stdout
    # Garbage collection, paused for start-up, is back on, and leaves what start-up built alone.
    assert "GC True True" in result.stdout


def test_a_sample_window_says_so_in_its_title_and_across_its_top(qtbot: QtBot, adapter: DiaryAdapter) -> None:
    from paindiary.ui.first_run import SampleBanner

    main = build_window(adapter, sample=True)
    qtbot.addWidget(main)
    main.show()
    assert "Sample data" in main.windowTitle()
    banner = main.findChild(SampleBanner)
    assert banner is not None
    assert banner.isVisible()
    assert "closing this window deletes it all" in banner.text.text()
    assert not main.first_run.isVisible(), "the welcome is for the patient's own empty diary"


def test_the_sample_diary_lives_in_a_temporary_folder_that_goes_with_the_app(tmp_path: Path) -> None:
    code = (
        "import os, tempfile\n"
        "os.environ['PAINDIARY_EXIT_WHEN_READY'] = '1'\n"
        "from paindiary.ui import app\n"
        "opened = []\n"
        "original = app._run_window\n"
        "def spy(qt, diary, **kw):\n"
        "    opened.append(diary.path)\n"
        "    print('ENTRIES', diary.entry_count(), 'TITLE_SAMPLE', kw['sample'])\n"
        "    return original(qt, diary, **kw)\n"
        "app._run_window = spy\n"
        "code = app.run_app(None, demo=True)\n"
        "print('IN_TEMP', str(opened[0]).startswith(tempfile.gettempdir()), 'GONE', not opened[0].exists())\n"
        "print('EXIT', code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120, cwd=tmp_path
    )
    assert "TITLE_SAMPLE True" in result.stdout, result.stderr
    assert int(result.stdout.split("ENTRIES ")[1].split()[0]) > 500
    assert "IN_TEMP True GONE True" in result.stdout
    assert "EXIT 0" in result.stdout


def test_replacing_the_diary_empties_undo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.mouseClick(window.today.scores.buttons[4], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.today.save_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.canUndo()
    made = backup.backup_before(window.adapter.path, backup.MANUAL)
    assert made is not None
    window.adapter.restore_backup(made)  # as File ▸ Backups does
    assert not window.undo_stack.canUndo(), "nothing done in the old diary can be undone in the new one"
