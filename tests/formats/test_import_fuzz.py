"""Hypothesis against the CSV readers: any bytes, any rows — a clear error or a whole import, never half."""

from __future__ import annotations

import csv
import io
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paindiary.domain import (
    PainEntry,
    Route,
    SessionSeries,
    Severity,
    SideEffect,
    TreatmentSession,
    ValidationError,
)
from paindiary.formats import csv_document, registry
from paindiary.formats.importing import SourceFormat, load_plan
from paindiary.formats.mapped_csv import ColumnMapping
from paindiary.store import Diary

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
JUNK = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF)
    | st.sampled_from('",;\t\r\n\\\x00='),
    max_size=25,
)
DATES = st.dates(date(1899, 12, 25), date(2031, 1, 1))
TIMES = st.times().map(lambda moment: moment.strftime("%H:%M"))
SCORES = st.integers(-2, 12).map(str)


def date_text(style: str) -> st.SearchStrategy[str]:
    formats = {"iso": "%Y-%m-%d", "dots": "%d.%m.%Y", "slashes": "%m/%d/%Y"}
    return DATES.map(lambda day: day.strftime(formats[style]))


def cells_for(
    columns: dict[str, st.SearchStrategy[str]], header: tuple[str, ...]
) -> st.SearchStrategy[list[str]]:
    return st.tuples(*(st.one_of(columns.get(name, JUNK), JUNK) for name in header)).map(list)


@st.composite
def csv_bytes(draw: st.DrawFn, header: tuple[str, ...], columns: dict[str, st.SearchStrategy[str]]) -> bytes:
    rows = draw(st.lists(cells_for(columns, header), max_size=6))
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=draw(st.sampled_from([",", ";", "\t"])),
        lineterminator=draw(st.sampled_from(["\n", "\r\n"])),
    )
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    if draw(st.booleans()):  # break the file somewhere
        where = draw(st.integers(0, len(text)))
        text = text[:where] + draw(st.sampled_from(['"', "\n", ",", "\\n", "\x00", "\ufffd"])) + text[where:]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    return text.encode(encoding, errors="surrogatepass")


PAINDIARY_COLUMNS: dict[str, st.SearchStrategy[str]] = {
    "record": st.sampled_from(["entry", "session", "side-effect", "setting"]),
    "id": st.uuids().map(str),
    "session_id": st.uuids().map(str),
    "at": st.datetimes(datetime(1899, 12, 31), datetime(3000, 1, 2)).map(
        lambda m: m.strftime("%Y-%m-%d %H:%M")
    ),
    "pain": SCORES,
    "worst": SCORES,
    "route": st.sampled_from([route.value for route in Route]),
    "severity": st.sampled_from(["mild", "moderate", "severe"]),
    "dose_mg": st.floats(-1, 20_000).map(repr),
    "setting": st.sampled_from(["baseline_days", "horizon_days", "mood"]),
    "value": st.integers(-1, 800).map(str),
}
APP_FILES: list[tuple[tuple[str, ...], dict[str, st.SearchStrategy[str]]]] = [
    (csv_document.COLUMNS, PAINDIARY_COLUMNS),
    (
        ("Date", "Time", "Pain Level", "Locations", "Symptoms", "Notes"),
        {"Date": date_text("iso"), "Time": TIMES, "Pain Level": SCORES},
    ),
    (
        ("date formatted", "time of day", "category", "rating/amount", "detail"),
        {
            "date formatted": date_text("iso"),
            "time of day": st.sampled_from(["am", "mid", "pm", "night", "", "08:30", "brunch"]),
            "category": st.sampled_from(["Symptom", "Mood", "Sleep"]),
            "rating/amount": st.integers(0, 5).map(str),
            "detail": st.sampled_from(["Back pain (Severe)", "Nausea (Mild)", "Headache", "(Moderate)"]),
        },
    ),
    (
        ("Date", "Fibromyalgia", "Ketamine", "Tags", "Foods", "Weather Summary"),
        {"Date": date_text("iso"), "Fibromyalgia": st.integers(0, 5).map(str), "Ketamine": JUNK},
    ),
    (
        ("Datum", "Uhrzeit", "Schmerz", "Notiz"),
        {"Datum": date_text("dots") | date_text("slashes"), "Uhrzeit": TIMES, "Schmerz": SCORES},
    ),
]
OUTCOMES: Counter[str] = Counter()
GERMAN = ColumnMapping(date="Datum", time="Uhrzeit", pain="Schmerz", note="Notiz")


def import_all_or_nothing(diary: Diary, data: bytes, run: Callable[[Path], object]) -> None:
    """Only ValidationErrors escape, and a failed import leaves the diary as it was."""
    before = (diary.entry_count(), diary.session_count())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        try:
            result = run(path)
        except ValidationError as error:
            message = str(error)
        else:
            message = ""
    OUTCOMES["error" if message else "imported"] += 1
    if message:
        assert message.startswith(str(path)), message
        assert (diary.entry_count(), diary.session_count()) == before
        return
    added_entries = getattr(result, "added_entries", 0)
    added_sessions = getattr(result, "added_sessions", 0)
    assert (diary.entry_count(), diary.session_count()) == (
        before[0] + added_entries,
        before[1] + added_sessions,
    )


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_never_crash_and_never_half_import(diary: Diary, data: bytes) -> None:
    import_all_or_nothing(diary, data, lambda path: registry.import_file(diary, path))
    import_all_or_nothing(diary, data, lambda path: registry.import_file(diary, path, columns=GERMAN))


@FUZZ
@given(choice=st.sampled_from(range(len(APP_FILES))), data=st.data())
def test_random_rows_in_every_format(diary: Diary, choice: int, data: st.DataObject) -> None:
    header, columns = APP_FILES[choice]
    content = data.draw(csv_bytes(header, columns))
    mapping = GERMAN if header[0] == "Datum" else None
    import_all_or_nothing(diary, content, lambda path: registry.import_file(diary, path, columns=mapping))


NAMES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(";\\='"),
    min_size=1,
    max_size=12,
).filter(lambda name: name.strip() == name and name != "")
NOTES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
)
MOMENTS = st.datetimes(datetime(1900, 1, 1), datetime(2999, 12, 31)).map(
    lambda moment: moment.replace(microsecond=0)
)
ENTRIES = st.builds(
    PainEntry,
    at=MOMENTS,
    pain=st.integers(0, 10),
    worst=st.none() | st.integers(0, 10),
    enjoyment=st.none() | st.integers(0, 10),
    activity=st.none() | st.integers(0, 10),
    locations=st.lists(NAMES, max_size=3, unique=True).map(tuple),
    note=NOTES,
    created=st.none() | MOMENTS,
)
SESSIONS = st.builds(
    TreatmentSession,
    at=MOMENTS,
    route=st.sampled_from(list(Route)),
    drug=NAMES,
    dose_mg=st.none() | st.floats(0.001, 10_000),
    weight_kg=st.none() | st.floats(0.5, 500),
    minutes=st.none() | st.integers(1, 20_160),
    rate_mg_per_kg_h=st.none() | st.floats(0.0001, 100),
    clinic=NOTES.map(lambda text: text[:50]),
    note=NOTES,
    side_effects=st.lists(
        st.builds(SideEffect, kind=NAMES, severity=st.sampled_from(list(Severity)), note=NOTES), max_size=3
    ).map(tuple),
    series=st.sampled_from(list(SessionSeries)),
)


@FUZZ
@given(entries=st.lists(ENTRIES, max_size=5), sessions=st.lists(SESSIONS, max_size=3))
def test_any_valid_records_round_trip_through_our_csv(
    diary: Diary, entries: list[PainEntry], sessions: list[TreatmentSession]
) -> None:
    data = csv_document.render(entries, sessions, diary.analysis_settings())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "round.csv"
        path.write_bytes(data)
        plan = load_plan(path, SourceFormat.PAINDIARY_CSV)
    assert list(plan.entries) == entries
    assert list(plan.sessions) == sessions
