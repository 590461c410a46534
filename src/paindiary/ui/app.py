"""Application start-up: language, one window per diary, a safely opened diary, the main window."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from paindiary.clock import Clock, local_now
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.errors import install_excepthook, setup_logging
from paindiary.ui.features import Feature
from paindiary.ui.input_guards import install_input_guards
from paindiary.ui.language import install_translator
from paindiary.ui.language_restart import RESTART_EXIT, start_again
from paindiary.ui.main_window import MainWindow
from paindiary.ui.preferences import Preferences
from paindiary.ui.recovery import open_diary_with_recovery
from paindiary.ui.sample_placement import show_in_place
from paindiary.ui.single_instance import SingleInstance, bring_to_front

# For start-up benchmarks and smoke tests: with PAINDIARY_EXIT_WHEN_READY=1 the app prints
# "paindiary: ready" and quits as soon as its window is shown and the event loop idle; with
# =status it waits until Today's relief status has also been worked out.
EXIT_WHEN_READY = "PAINDIARY_EXIT_WHEN_READY"


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    QCoreApplication.setOrganizationName("paindiary")
    QCoreApplication.setApplicationName("paindiary")
    app.setApplicationDisplayName("paindiary")
    app.setDesktopFileName("org.paindiary.Paindiary")
    return app


def _set_icon(app: QApplication) -> None:
    try:
        from paindiary.ui.icons import app_icon
    except ImportError:  # the icon module is optional in a development checkout
        return
    app.setWindowIcon(app_icon())


def features() -> list[Feature]:
    """Every feature of the window, in menu order; imported only when a window is built."""
    from paindiary.ui import (
        appointment_feature,
        backups_dialog,
        clinic_actions,
        delete_data_dialog,
        help_dialog,
        medicines_feature,
        pgic_prompt,
        planned_session_notice,
        relief_notice,
        reminder_tray,
        report_action,
        sleep_mood_always,
        took_panel,
        transfer_actions,
    )

    return [
        backups_dialog.install,
        transfer_actions.install,
        report_action.install,
        appointment_feature.install,  # right after the report: the fifth page, Ctrl+5
        medicines_feature.install,  # the sixth page, Ctrl+6
        reminder_tray.install,
        help_dialog.install,
        relief_notice.install,
        planned_session_notice.install,
        pgic_prompt.install,
        took_panel.install,
        sleep_mood_always.install,
        clinic_actions.install,
        delete_data_dialog.install,  # last: the destructive action stands apart
    ]


def build_window(
    adapter: DiaryAdapter,
    *,
    sample: bool = False,
    preferences: Preferences | None = None,
    clock: Clock = local_now,
) -> MainWindow:
    """The main window of `adapter`'s diary with every feature installed."""
    return MainWindow(adapter, sample=sample, preferences=preferences, clock=clock, features=features())


def run_app(db_path: Path | None, *, demo: bool = False) -> int:
    """Start the desktop app on `db_path`, or on a throwaway sample diary with `demo`."""
    code = _run_app(db_path, demo=demo)
    # Asked for by a change of language, once the diary is closed and its lock released.
    return start_again() if code == RESTART_EXIT else code


def _run_app(db_path: Path | None, *, demo: bool) -> int:
    app = make_application()
    setup_logging()
    install_excepthook()  # from here on, no error passes silently
    install_input_guards(app)  # the wheel, the focus ring and focus after a dialog, in every window
    preferences = Preferences()
    install_translator(app, preferences.choices().language or None)
    _set_icon(app)
    if demo or db_path is None:
        with (
            tempfile.TemporaryDirectory(prefix="paindiary-sample-") as scratch,
            Diary.open(Path(scratch) / "sample.sqlite3") as sample,
        ):
            from paindiary.demo import fill_with_demo

            now = local_now()
            fill_with_demo(sample, now.date(), now=now)
            return _run_window(app, sample, preferences=preferences, sample=True)
    instance = SingleInstance(db_path)
    if not instance.acquire():
        return 0  # the window that has this diary open was asked to come forward
    try:
        opened = open_diary_with_recovery(db_path)
        if opened is None:
            return 1
        with opened:
            return _run_window(app, opened, preferences=preferences, sample=False, instance=instance)
    finally:
        instance.release()


def _run_window(
    app: QApplication,
    diary: Diary,
    *,
    preferences: Preferences,
    sample: bool,
    instance: SingleInstance | None = None,
) -> int:
    adapter = DiaryAdapter(diary)
    window = build_window(adapter, sample=sample, preferences=preferences)
    if instance is not None:
        instance.activation_requested.connect(lambda: bring_to_front(window))
    show_in_place(window)
    QTimer.singleShot(0, _resume_garbage_collection)
    exit_when = os.environ.get(EXIT_WHEN_READY)
    if exit_when == "status":
        window.today.status_shown.connect(lambda: _say_and_quit(app, "paindiary: status shown"))
    elif exit_when:
        QTimer.singleShot(0, lambda: _say_and_quit(app, "paindiary: ready"))
    code = int(app.exec())
    # The adapter may hold a diary restored from a backup; close whichever is current.
    adapter.close()
    return code


def _resume_garbage_collection() -> None:
    """Collect again, paused for start-up (see cli._start_app), leaving out what start-up built.

    Frozen objects (modules, classes, the window) are never walked again, which also keeps
    later collections short while the patient types.
    """
    gc.freeze()
    gc.enable()


def _say_and_quit(app: QApplication, marker: str) -> None:
    print(marker, flush=True)
    app.quit()
