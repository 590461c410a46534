"""The one-time notice after the upgrade of a diary kept under Relief metrics v1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from paindiary import paths
from paindiary.domain import AnalysisSettings
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
from paindiary.ui.first_paint import first_paint_done
from paindiary.ui.main_window import MainWindow
from paindiary.ui.relief_notice import ReliefNotice
from tests.ui.conftest import unnamed_controls

if TYPE_CHECKING:
    from tests.ui.conftest import User

SCHEMA_0001 = Path(__file__).resolve().parents[1] / "data" / "schemas" / "0001.sqlite3"
TEXT = (
    "Relief is now measured with updated rules, so the figures of your courses may differ from before. "
    "The analysis settings were set to their new defaults."
)


def copy_of_v1_diary(path: Path) -> Path:
    """A diary written by paindiary before Relief metrics v2 (schema 0001, v1 settings)."""
    paths.ensure_private_dir(path.parent)
    shutil.copyfile(SCHEMA_0001, path)
    return path


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[Diary]:
    with Diary.open(copy_of_v1_diary(tmp_path / "old" / "diary.sqlite3")) as diary:
        yield diary


def open_window(qtbot: QtBot, diary: Diary) -> MainWindow:
    window = build_window(DiaryAdapter(diary))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: first_paint_done(window))  # the notice reads the diary after the first paint
    return window


def test_an_upgraded_diary_says_once_across_the_top_of_the_window(
    qtbot: QtBot, upgraded: Diary, user: User
) -> None:
    window = open_window(qtbot, upgraded)
    notice = window.findChild(ReliefNotice)
    assert notice is not None
    assert notice.isVisible()
    assert notice.text.text() == TEXT
    assert notice.mapTo(window, QPoint(0, 0)).y() < window.nav.mapTo(window, QPoint(0, 0)).y()
    assert unnamed_controls(notice) == []
    assert not upgraded.relief_notice_due(), "shown once is enough, even if never closed"
    user.click(notice.close_button)
    assert not notice.isVisible()

    again = open_window(qtbot, upgraded)
    assert again.findChild(ReliefNotice) is None


def test_the_settings_it_speaks_of_are_one_click_away(qtbot: QtBot, upgraded: Diary, user: User) -> None:
    window = open_window(qtbot, upgraded)
    notice = window.findChild(ReliefNotice)
    assert notice is not None
    user.click(notice.settings_button)
    dialog = window.settings_dialog
    assert dialog.isVisible()
    assert dialog.analysis_panel.isVisible()
    assert dialog.analysis_settings() == AnalysisSettings()
    dialog.reject()


def test_a_diary_begun_under_the_updated_rules_has_no_notice(qtbot: QtBot, diary: Diary) -> None:
    assert open_window(qtbot, diary).findChild(ReliefNotice) is None


def test_restoring_a_diary_kept_under_v1_shows_the_notice(qtbot: QtBot, diary: Diary, tmp_path: Path) -> None:
    window = open_window(qtbot, diary)
    assert window.findChild(ReliefNotice) is None
    window.adapter.restore_backup(copy_of_v1_diary(tmp_path / "backups" / "diary-v1.sqlite3"))
    notice = window.findChild(ReliefNotice)
    assert notice is not None
    assert notice.isVisible()
    window.adapter.close()
