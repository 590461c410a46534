"""Every schema version upgrades with its data, and a failing migration changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from pytest_alembic.tests import (
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Connection

from paindiary import paths
from paindiary.domain import AnalysisSettings
from paindiary.formats import json_medicines
from paindiary.store import Diary, DiaryError, backup, database, diary_file, integrity
from paindiary.store.clinic_settings import profile_as_dict
from tests.data.schemas.make_fixture import EXPECTED, expected_after_upgrade

__all__ = [
    "test_model_definitions_match_ddl",
    "test_single_head_revision",
    "test_up_down_consistency",
    "test_upgrade",
]


@pytest.fixture
def alembic_config() -> Config:
    return database.alembic_config()


@pytest.fixture
def alembic_engine(tmp_path: Path) -> Iterator[Connection]:
    # Our env.py runs on the connection it is handed (as the app does), not on an engine.
    engine = database.make_engine(tmp_path / "alembic.sqlite3")
    with engine.connect() as connection:
        yield connection
    engine.dispose()


SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
FIXTURES = sorted(SCHEMAS.glob("*.sqlite3"))


def shipped_revisions() -> list[str]:
    script = ScriptDirectory.from_config(database.alembic_config())
    return sorted(revision.revision for revision in script.walk_revisions())


def test_every_shipped_revision_has_a_fixture_database() -> None:
    assert [path.stem for path in FIXTURES] == shipped_revisions()


def as_expected(diary: Diary) -> dict[str, Any]:
    """The diary in the shape of make_fixture.expected_after_upgrade (v2 default settings as None)."""
    entries = [
        {
            "id": str(entry.id),
            "at": entry.at.isoformat(),
            "pain": entry.pain,
            "worst": entry.worst,
            "enjoyment": entry.enjoyment,
            "activity": entry.activity,
            "locations": list(entry.locations),
            "note": entry.note,
        }
        for entry in diary.entries()
    ]
    sessions = [
        {
            "id": str(session.id),
            "at": session.at.isoformat(),
            "route": session.route.value,
            "drug": session.drug,
            "dose_mg": session.dose_mg,
            "weight_kg": session.weight_kg,
            "minutes": session.minutes,
            "rate_mg_per_kg_h": session.rate_mg_per_kg_h,
            "clinic": session.clinic,
            "note": session.note,
            "series": session.series.value,
            "side_effects": [
                {"id": str(effect.id), "kind": effect.kind, "severity": effect.severity.value}
                for effect in sorted(session.side_effects, key=lambda effect: str(effect.id))
            ],
        }
        for session in diary.sessions()
    ]
    settings = diary.analysis_settings()
    analysis = None if settings == AnalysisSettings() else settings.as_dict()
    return {
        "entries": entries,
        "sessions": sessions,
        "analysis": analysis,
        "relief_notice_due": diary.relief_notice_due(),
        "session_day": {
            "entries": [
                [entry.sleep_interference, entry.mood, entry.for_clinician] for entry in diary.entries()
            ],
            "sessions": [
                [
                    session.status.value,
                    session.ride_home.value,
                    session.new_medicines,
                    [{"text": item.text, "done": item.done} for item in session.checklist],
                    session.questions,
                ]
                for session in diary.sessions()
            ],
            "side_effects": [
                [effect.onset.value if effect.onset else None, effect.lasted_hours]
                for session in diary.sessions()
                for effect in session.side_effects
            ],
        },
        **{
            name: [_plain_record(record) for record in records]
            for name, records in (
                ("medicines", diary.medicines()),
                ("intakes", diary.intakes()),
                ("co_treatments", diary.co_treatments()),
                ("vitals", diary.vitals()),
                ("impressions", diary.impressions()),
                ("checkins", diary.checkins()),
            )
        },
        "profile": None if diary.profile().empty else profile_as_dict(diary.profile()),
    }


def _plain_record(record: Any) -> dict[str, Any]:
    """A medicine, intake or co-treatment as the fixture writes it (no bookkeeping times)."""
    document = json_medicines.record_to_json(record)
    for name in ("created", "updated"):
        document.pop(name)
    if "at" in document:
        document["at"] = record.at.isoformat()
    for name in ("mg_per_unit", "amount", "mme_factor"):
        if document.get(name) is not None:
            document[name] = float(document[name])
    return document


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_every_past_schema_upgrades_with_its_data_intact(fixture: Path, db_path: Path) -> None:
    paths.ensure_private_dir(db_path.parent)
    shutil.copyfile(fixture, db_path)
    backups_before_upgrade: list[Path] = []
    with Diary.open(db_path, before_migration=backups_before_upgrade.append) as diary:
        assert database.current_revision(diary.engine) == diary_file.head_revision()
        assert as_expected(diary) == expected_after_upgrade(fixture.stem)
    if fixture.stem != diary_file.head_revision():
        assert backups_before_upgrade == [db_path]
    assert integrity.check(db_path).ok


BROKEN_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("moods", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("weather", sa.Integer(), nullable=True))
    op.execute("UPDATE entries SET pain = 0, note = 'overwritten'")
    op.execute("DELETE FROM sessions")
    raise RuntimeError("this migration is broken on purpose")


def downgrade() -> None:
    pass
"""


def snapshot(db_path: Path) -> dict[str, Any]:
    """Schema and every row, to compare byte-for-byte meaning."""
    connection = sqlite3.connect(db_path)
    try:
        schema = connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        tables = [name for kind, name, _sql in schema if kind == "table"]
        rows = {name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall()) for name in tables}
    finally:
        connection.close()
    return {"schema": schema, "rows": rows}


def test_a_failing_migration_leaves_schema_and_data_unchanged_and_the_backup_in_place(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.ensure_private_dir(db_path.parent)
    shutil.copyfile(FIXTURES[-1], db_path)
    Diary.open(db_path).close()  # at today's head
    before = snapshot(db_path)
    scripts = tmp_path / "migrations"
    shutil.copytree(
        Path(database.__file__).parent / "migrations", scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    head = diary_file.head_revision()
    (scripts / "versions" / "9001_broken.py").write_text(BROKEN_REVISION.format(head=head), encoding="utf-8")
    shipped_config = database.alembic_config

    def config_with_broken_revision(connection: Connection | None = None) -> Config:
        config = shipped_config(connection)
        config.set_main_option("script_location", str(scripts))
        return config

    monkeypatch.setattr(database, "alembic_config", config_with_broken_revision)
    monkeypatch.setattr(diary_file, "SCHEMA_REVISIONS", (*diary_file.SCHEMA_REVISIONS, "9001"))
    with pytest.raises(DiaryError, match=r"could not be upgraded.*not changed"):
        Diary.open(db_path, before_migration=backup.backup_before_migration)
    monkeypatch.undo()

    assert snapshot(db_path) == before
    [kept] = backup.list_backups(db_path)
    assert kept.reason == backup.MIGRATION
    assert backup.verify_backup(kept.path).entries == len(EXPECTED["entries"])
    with Diary.open(db_path) as diary:  # still usable with the shipped migrations
        assert as_expected(diary) == expected_after_upgrade(FIXTURES[-1].stem)
