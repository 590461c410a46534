""" "Delete all my data" leaves an empty, working diary with none of the old text in the file."""

from __future__ import annotations

from datetime import date

from paindiary import paths
from paindiary.demo import fill_with_demo
from paindiary.domain import AnalysisSettings
from paindiary.store import Diary
from paindiary.store.erase import erase_all_data


def test_erase_removes_every_record_and_every_trace_of_its_text(diary: Diary) -> None:
    fill_with_demo(diary, date(2024, 5, 31))
    diary.set_analysis_settings(AnalysisSettings(baseline_days=9))
    notes = {entry.note for entry in diary.entries() if len(entry.note) > 8}
    clinics = {session.clinic for session in diary.sessions() if session.clinic}
    secrets = [text.encode() for text in notes | clinics]
    assert secrets
    entries, sessions = diary.entry_count(), diary.session_count()
    assert any(secret in diary.path.read_bytes() for secret in secrets)

    counts = erase_all_data(diary.path)

    assert (counts.entries, counts.sessions) == (entries, sessions)
    assert counts.side_effects > 0
    on_disk = b"".join(p.read_bytes() for p in [diary.path, *paths.companions(diary.path)] if p.exists())
    assert [secret for secret in secrets if secret in on_disk] == []
    assert diary.is_empty()
    assert diary.analysis_settings() == AnalysisSettings()
    fill_with_demo(diary, date(2024, 5, 31))  # the same diary keeps working
    assert diary.entry_count() == entries


def test_erase_keeps_the_schema_version(diary: Diary) -> None:
    fill_with_demo(diary, date(2024, 5, 31))
    erase_all_data(diary.path)
    diary.close()
    with Diary.open(diary.path, before_migration=lambda _path: None) as reopened:
        assert reopened.is_empty()
