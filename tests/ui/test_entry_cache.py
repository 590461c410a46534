"""The shared entry cache: read once, then only the ids a change names."""

from __future__ import annotations

from datetime import datetime

import pytest

from paindiary.domain import PainEntry
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter

AT = datetime(2024, 3, 1, 8, 0)


def test_changes_are_read_by_id_not_by_reloading(
    adapter: DiaryAdapter, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = adapter.add_entry(PainEntry(at=AT, pain=5))
    cache = adapter.entry_cache()
    assert cache.entries() == [first]
    full_reads: list[int] = []
    real_entries = Diary.entries
    monkeypatch.setattr(
        Diary, "entries", lambda self, *a, **k: full_reads.append(1) or real_entries(self, *a, **k)
    )

    second = adapter.add_entry(PainEntry(at=AT.replace(hour=20), pain=3))
    changed = adapter.update_entry(PainEntry(at=AT, pain=2, id=first.id))
    assert sorted(e.pain for e in cache.entries()) == [2, 3]
    adapter.delete_entry(second.id)
    assert cache.entries() == [changed]
    assert full_reads == []


def test_an_import_makes_it_read_everything_again(adapter: DiaryAdapter) -> None:
    cache = adapter.entry_cache()
    assert cache.entries() == []
    imported = PainEntry(at=AT, pain=7)
    adapter.import_records([imported], [])
    assert [entry.id for entry in cache.entries()] == [imported.id]


def test_views_connected_later_already_see_the_change(adapter: DiaryAdapter) -> None:
    cache = adapter.entry_cache()
    cache.entries()
    seen: list[list[int]] = []
    adapter.changed.connect(lambda _kind, _ids: seen.append([e.pain for e in cache.entries()]))
    adapter.add_entry(PainEntry(at=AT, pain=9))
    assert seen == [[9]]
