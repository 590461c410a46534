"""Hypothesis against every importer: any bytes, any rows — a clear error or a whole import, never half.

The command-line tests feed hostile values too (5,000-digit numbers, lone surrogates, repeated
keys, deep nesting, cells of spaces, year 1 and 9999 with UTC offsets, terminal escapes): the
command must exit 0 having imported everything, or exit 2 with one line and nothing written.
`-m soak` runs the same property over 10,000 files.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paindiary.cli import main
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
# Values the standard library itself refuses, or that took seconds to match, or that a terminal obeys.
HOSTILE = st.sampled_from(
    [
        "9" * 5000,
        "8:30" + " " * 3000 + "x",
        "2024-03-01" + " " * 3000 + "x",
        "Back pain" + " " * 3000 + "(Severe",
        "0001-01-01 00:30 +05:00",
        "9999-12-31 23:30 -05:00",
        "2024-03-01T08:30+99:99",
        "1e999",
        "-0",
        "\x1b[2J\x1b]0;owned\x07",
        "line one\nline two",
        "\u202eevil",
    ]
)


def date_text(style: str) -> st.SearchStrategy[str]:
    formats = {"iso": "%Y-%m-%d", "dots": "%d.%m.%Y", "slashes": "%m/%d/%Y"}
    return DATES.map(lambda day: day.strftime(formats[style]))


def cells_for(
    columns: dict[str, st.SearchStrategy[str]], header: tuple[str, ...]
) -> st.SearchStrategy[list[str]]:
    return st.tuples(*(st.one_of(columns.get(name, JUNK), JUNK, HOSTILE) for name in header)).map(list)


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
        broken = draw(st.sampled_from(['"', "\n", ",", "\\n", "\x00", "\ufffd", "x" * 70_000]))
        text = text[:where] + broken + text[where:]
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]))
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


# ---------------------------------------------------------------- every importer, through the command line

JSON_HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["\ud800", "a\udcffb", "0001-01-01T00:00", "9999-12-31T23:59", "2024-02-30T08:00"]),
    HOSTILE,
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
JSON_MOMENTS = MOMENTS.map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M"))


def maybe(value: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.one_of(value, value, value, JSON_HOSTILE)


JSON_ENTRY = st.fixed_dictionaries(
    {
        "id": maybe(st.uuids().map(str)),
        "at": maybe(JSON_MOMENTS),
        "pain": maybe(st.integers(0, 10)),
    },
    optional={
        "worst": maybe(st.integers(0, 10)),
        "locations": maybe(st.lists(NAMES, max_size=2)),
        "note": maybe(NOTES),
        "created": maybe(JSON_MOMENTS),
        "mood": JSON_HOSTILE,
    },
)
JSON_SESSION = st.fixed_dictionaries(
    {
        "id": maybe(st.uuids().map(str)),
        "at": maybe(JSON_MOMENTS),
        "route": maybe(st.sampled_from([route.value for route in Route])),
    },
    optional={
        "dose_mg": maybe(st.floats(0.1, 500)),
        "minutes": maybe(st.integers(1, 600)),
        "side_effects": maybe(
            st.lists(
                st.fixed_dictionaries(
                    {"id": maybe(st.uuids().map(str)), "kind": maybe(NAMES)},
                    optional={"severity": maybe(st.sampled_from(["mild", "severe"]))},
                ),
                max_size=2,
            )
        ),
    },
)


@st.composite
def json_documents(draw: st.DrawFn) -> bytes:
    document: dict[str, object] = {
        "format": draw(maybe(st.just("paindiary"))),
        "version": draw(maybe(st.just(1))),
        "entries": draw(st.lists(JSON_ENTRY, max_size=4)),
        "sessions": draw(st.lists(JSON_SESSION, max_size=2)),
    }
    if draw(st.booleans()):
        document["settings"] = draw(maybe(st.fixed_dictionaries({"baseline_days": st.integers(-1, 40)})))
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    damage = draw(st.sampled_from(["none", "none", "repeat-key", "huge-number", "nest", "cut"]))
    if damage == "repeat-key":
        text = text.replace('"version": 1', '"version": 1, "version": 1', 1)
    elif damage == "huge-number":
        text = re.sub(r'"pain": -?\d+', '"pain": ' + "7" * 4400, text, count=1)
    elif damage == "nest":
        text = text[:-1] + ', "deep": ' + "[" * 3000 + "]" * 3000 + "}"
    elif damage == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "utf-16-le"]))
    return text.encode(encoding, errors="surrogatepass")


@st.composite
def any_import_file(draw: st.DrawFn) -> tuple[str, bytes, list[str]]:
    """(file name, its bytes, extra command-line options) for one of the importers."""
    kind = draw(st.sampled_from(["json", "json", *range(len(APP_FILES))]))
    if kind == "json":
        return "fuzz.json", draw(json_documents()), []
    header, columns = APP_FILES[int(kind)]
    extra = ["--columns", "date=Datum,time=Uhrzeit,pain=Schmerz,note=Notiz"] if header[0] == "Datum" else []
    if draw(st.booleans()):
        extra += ["--date-format", draw(st.sampled_from(["dmy", "mdy", "ymd"]))]
    return "fuzz.csv", draw(csv_bytes(header, columns)), extra


def stored(db: Path) -> tuple[int, int]:
    if not db.exists():
        return 0, 0
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "entries" not in tables:
            return 0, 0
        return (
            connection.execute("SELECT count(*) FROM entries").fetchone()[0],
            connection.execute("SELECT count(*) FROM sessions").fetchone()[0],
        )
    finally:
        connection.close()


IMPORTED = re.compile(r"Imported (\d+) entr(?:y|ies) and (\d+) sessions?")


def import_by_command(
    db: Path, drawn: tuple[str, bytes, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 0 with every record added, or exit 2 with one line and nothing added; never a traceback."""
    name, data, extra = drawn
    before = stored(db)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        code = main(["--db", str(db), "import", str(path), *extra])
    out, err = capsys.readouterr()
    after = stored(db)
    OUTCOMES["command-" + ("imported" if code == 0 else "refused")] += 1
    if code == 0:
        assert err == ""
        found = IMPORTED.search(out)
        assert found is not None, out
        assert after == (before[0] + int(found.group(1)), before[1] + int(found.group(2)))
        return
    assert code == 2, (code, err)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("paindiary: error: "), err
    assert len(lines[0]) < 1200, len(lines[0])
    assert all(char.isprintable() for char in lines[0]), repr(lines[0][:300])
    assert after == before


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(drawn=any_import_file())
def test_every_importer_by_command_exits_0_or_2_with_one_line(
    db_path: Path, drawn: tuple[str, bytes, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    import_by_command(db_path, drawn, capsys)


@pytest.mark.soak
@settings(
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(drawn=any_import_file())
def test_soak_ten_thousand_files_by_command(
    db_path: Path, drawn: tuple[str, bytes, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    import_by_command(db_path, drawn, capsys)
