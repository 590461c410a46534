"""Relief metrics v2 in the store: each session's series, v1 settings read as v2, the one-time notice."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from paindiary.domain import AnalysisSettings, Route, SessionSeries, TreatmentSession
from paindiary.store import Diary, database, diary_file
from tests.support import V1_SETTINGS


def a_session(**changes: object) -> TreatmentSession:
    values: dict[str, object] = {"at": datetime(2024, 3, 2, 9, 30), "route": Route.IV_INFUSION}
    values.update(changes)
    return TreatmentSession(**values)  # type: ignore[arg-type]


def diary_at_0001(db_path: Path, *statements: str) -> None:
    """A diary file as paindiary with schema 0001 left it, holding the rows of `statements`."""
    diary_file.prepare_file(db_path)
    engine = database.make_engine(db_path)
    with engine.begin() as connection:
        command.upgrade(database.alembic_config(connection), "0001")
        for statement in statements:
            connection.exec_driver_sql(statement)
    engine.dispose()


V1_SETTINGS_ROW = (
    "INSERT INTO settings (key, value) VALUES ('analysis', "
    '\'{"baseline_days": 10, "min_baseline_days": 4, "course_gap_days": 5, '
    '"horizon_days": 60, "onset_window_days": 2}\')'
)
SESSION_ROW = (
    "INSERT INTO sessions (id, at, route, drug, clinic, note, created, updated) VALUES "
    "('0c7d6ee02d344f7e9f1a3b5a4a1d2e3f', '2024-01-01 09:00:00.000000', 'oral', 'ketamine', '', '', "
    "'2024-01-01 09:00:00.000000', '2024-01-01 09:00:00.000000')"
)


@pytest.mark.parametrize("series", list(SessionSeries))
def test_a_sessions_series_is_stored_and_read_back(diary: Diary, series: SessionSeries) -> None:
    saved = diary.add_session(a_session(series=series))
    assert diary.get_session(saved.id) == saved
    assert diary.sessions()[0].series is series


def test_editing_a_session_changes_its_series_and_undo_restores_it(diary: Diary) -> None:
    saved = diary.add_session(a_session(series=SessionSeries.JOIN))
    changed = diary.update_session(replace(saved, series=SessionSeries.NEW))
    assert changed.series is SessionSeries.NEW
    removed = diary.delete_session(saved.id)
    diary.restore_session(removed)
    assert diary.sessions()[0].series is SessionSeries.NEW


def test_the_file_itself_refuses_a_series_it_does_not_know(diary: Diary, db_path: Path) -> None:
    saved = diary.add_session(a_session())
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="ck_sessions_series_values"):
            connection.execute("UPDATE sessions SET series = 'maybe' WHERE id = ?", (saved.id.hex,))
    finally:
        connection.close()


def test_an_upgraded_session_reads_as_auto(db_path: Path) -> None:
    diary_at_0001(db_path, SESSION_ROW)
    with Diary.open(db_path) as diary:
        [session] = diary.sessions()
        assert session.series is SessionSeries.AUTO


def test_settings_naming_no_v2_setting_read_as_the_v2_defaults(diary: Diary) -> None:
    diary.set_preference("analysis", V1_SETTINGS)
    assert diary.analysis_settings() == AnalysisSettings()


def test_settings_naming_one_v2_setting_are_kept_as_stored(diary: Diary) -> None:
    diary.set_preference("analysis", {**V1_SETTINGS, "washout_days": 9})
    expected = AnalysisSettings(
        baseline_days=10,
        min_baseline_days=4,
        course_gap_days=5,
        horizon_days=60,
        onset_window_days=2,
        washout_days=9,
    )
    assert diary.analysis_settings() == expected


def test_an_import_compares_its_settings_with_the_v2_reading_of_v1_settings(diary: Diary) -> None:
    diary.set_preference("analysis", V1_SETTINGS)
    # The diary's settings read as the defaults, so importing the defaults changes nothing.
    assert not diary.import_records([], [], AnalysisSettings()).settings_changed
    assert diary.import_records([], [], AnalysisSettings(washout_days=9)).settings_changed
    assert diary.analysis_settings() == AnalysisSettings(washout_days=9)


def test_a_diary_kept_under_v1_says_once_that_relief_uses_new_rules(db_path: Path) -> None:
    diary_at_0001(db_path, V1_SETTINGS_ROW, SESSION_ROW)
    with Diary.open(db_path) as diary:
        assert diary.analysis_settings() == AnalysisSettings()
        assert diary.relief_notice_due()
        diary.relief_notice_shown()
        assert not diary.relief_notice_due()
    with Diary.open(db_path) as diary:
        assert not diary.relief_notice_due()


@pytest.mark.parametrize(
    ("rows", "due"),
    [
        ((), False),  # an empty diary has nothing to compare
        ((V1_SETTINGS_ROW,), True),
        ((SESSION_ROW,), True),
        (
            (
                "INSERT INTO entries (id, at, pain, locations, note, created, updated) VALUES "
                "('1c7d6ee02d344f7e9f1a3b5a4a1d2e3f', '2024-01-01 09:00:00.000000', 5, '[]', '', "
                "'2024-01-01 09:00:00.000000', '2024-01-01 09:00:00.000000')",
            ),
            True,
        ),
    ],
    ids=["empty", "settings", "session", "entry"],
)
def test_the_notice_is_due_after_the_upgrade_of_a_diary_in_use(
    db_path: Path, rows: tuple[str, ...], due: bool
) -> None:
    diary_at_0001(db_path, *rows)
    with Diary.open(db_path) as diary:
        assert diary.relief_notice_due() is due


def test_a_new_diary_has_no_notice(diary: Diary) -> None:
    assert not diary.relief_notice_due()
