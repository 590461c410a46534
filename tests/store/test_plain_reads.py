"""Plain sqlite3 reads give exactly what the ORM reads the same rows as, and load no SQLAlchemy."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from paindiary.demo import fill_with_demo
from paindiary.domain import PainEntry, Route, Severity, SideEffect, TreatmentSession
from paindiary.store import Diary, convert
from paindiary.store.flat_convert import row_class
from paindiary.store.flat_tables import record_from, tables
from paindiary.store.schema import EntryRow, SessionRow

SOURCE = Path(__file__).resolve().parents[2] / "src"


def orm_entries(diary: Diary) -> list[PainEntry]:
    with Session(diary.engine) as session:
        rows = session.scalars(select(EntryRow).order_by(EntryRow.at, EntryRow.created))
        return [convert.entry_from_row(row) for row in rows]


def orm_sessions(diary: Diary) -> list[TreatmentSession]:
    with Session(diary.engine) as session:
        rows = session.scalars(select(SessionRow).order_by(SessionRow.at, SessionRow.created))
        return [convert.session_from_row(row, list(row.side_effects)) for row in rows]


def orm_records(diary: Diary, kind: type[Any]) -> list[Any]:
    table = tables()[kind]
    row_type: Any = row_class(table)
    with Session(diary.engine) as session:
        query = select(row_type).order_by(*(getattr(row_type, name) for name in table.order))
        return [record_from(kind, table, row) for row in session.scalars(query)]


def test_the_sample_diary_reads_the_same_both_ways_for_every_kind_of_record(diary: Diary) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    assert diary.entries() == orm_entries(diary)
    assert diary.sessions() == orm_sessions(diary)
    assert any(session.side_effects for session in diary.sessions())
    plain_reads = {
        kind: read()
        for kind, read in {
            tables_kind: getattr(diary, name)
            for tables_kind, name in zip(
                tables(),
                ("medicines", "intakes", "co_treatments", "vitals", "impressions", "checkins"),
                strict=True,
            )
        }.items()
    }
    for kind, records in plain_reads.items():
        assert records == orm_records(diary, kind), kind.__name__
    assert sum(bool(records) for records in plain_reads.values()) >= 4  # the sample has most kinds


def test_one_record_by_id_and_a_span_of_days_read_as_the_orm_reads_them(diary: Diary) -> None:
    fill_with_demo(diary, date(2024, 6, 1))
    everything = orm_entries(diary)
    middle = everything[len(everything) // 2]
    assert diary.get_entry(middle.id) == middle
    assert diary.get_entry(uuid.uuid4()) is None
    day = middle.at.date()
    assert diary.entries(day, day) == [entry for entry in everything if entry.at.date() == day]
    assert diary.entries(start=day) == [entry for entry in everything if entry.at.date() >= day]
    treatment = orm_sessions(diary)[3]
    assert diary.get_session(treatment.id) == treatment
    readings = orm_records(diary, next(kind for kind in tables() if kind.__name__ == "Vitals"))
    linked = next(reading for reading in readings if reading.session is not None)
    assert linked in diary.session_vitals(linked.session)


moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31))
scores = st.one_of(st.none(), st.integers(0, 10))
REGIONS = ["head", "left hand", "Rücken"]
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)


@st.composite
def entries(draw: st.DrawFn) -> PainEntry:
    return PainEntry(
        at=draw(moments),
        pain=draw(st.integers(0, 10)),
        worst=draw(scores),
        enjoyment=draw(scores),
        activity=draw(scores),
        sleep_interference=draw(scores),
        mood=draw(scores),
        locations=tuple(
            draw(st.lists(st.sampled_from(["head", "left hand", "Rücken"]), max_size=3, unique=True))
        ),
        note=draw(texts),
        for_clinician=draw(st.booleans()),
    )


@st.composite
def sessions(draw: st.DrawFn) -> TreatmentSession:
    effects = tuple(
        SideEffect(kind=draw(st.sampled_from(["nausea", "dizziness", "own words ü"])), severity=severity)
        for severity in draw(st.lists(st.sampled_from(list(Severity)), max_size=3))
    )
    return TreatmentSession(
        at=draw(moments),
        route=draw(st.sampled_from(list(Route))),
        dose_mg=draw(st.one_of(st.none(), st.floats(0.5, 2000, allow_nan=False))),
        note=draw(texts),
        side_effects=effects,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(written=st.lists(entries(), max_size=12), treatments=st.lists(sessions(), max_size=4))
def test_random_records_read_the_same_both_ways(
    diary: Diary, written: list[PainEntry], treatments: list[TreatmentSession]
) -> None:
    for entry in written:
        diary.add_entry(entry)
    for treatment in treatments:
        diary.add_session(treatment)
    assert diary.entries() == orm_entries(diary)
    assert diary.sessions() == orm_sessions(diary)
    assert diary.entry_count() == len(orm_entries(diary))
    span = diary.date_span()
    stored = orm_entries(diary)
    assert span == ((stored[0].at.date(), stored[-1].at.date()) if stored else None)
    for entry in stored:
        diary.delete_entry(entry.id)
    for treatment in orm_sessions(diary):
        diary.delete_session(treatment.id)


def test_opening_and_reading_an_up_to_date_diary_loads_no_sqlalchemy(db_path: Path) -> None:
    with Diary.open(db_path) as diary:
        diary.add_entry(PainEntry(at=datetime(2024, 3, 1, 8) - timedelta(days=1), pain=4))
    script = (
        "import sys\n"
        "from paindiary.store import Diary\n"
        f"with Diary.open({str(db_path)!r}) as diary:\n"
        "    diary.entries(); diary.sessions(); diary.medicines(); diary.vitals(); diary.profile()\n"
        "    diary.analysis_settings(); diary.date_span(); diary.entry_count()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(SOURCE)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
