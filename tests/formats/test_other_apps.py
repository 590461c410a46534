"""Other apps' exports and mapped spreadsheets: each sample file imports exactly as documented."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from paindiary.domain import PainEntry, ValidationError
from paindiary.formats import registry
from paindiary.formats.dates import AmbiguousDates, DateOrder
from paindiary.formats.importing import (
    SourceFormat,
    UnknownColumns,
    check_plan,
    describe_plan,
    load_plan,
    open_file,
)
from paindiary.formats.mapped_csv import ColumnMapping, guess_mapping, parse_columns
from paindiary.store import Diary, backup

DATA = Path(__file__).parents[1] / "data"


def summary(diary: Diary) -> list[tuple[datetime, int, str]]:
    return [(entry.at, entry.pain, entry.note) for entry in diary.entries()]


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("paintracker_export.csv", SourceFormat.PAINTRACKER),
        ("paintracker_literal_newlines.csv", SourceFormat.PAINTRACKER),
        ("bearable_export.csv", SourceFormat.BEARABLE),
        ("flaredown_export.csv", SourceFormat.FLAREDOWN),
        ("german_spreadsheet.csv", None),
    ],
)
def test_formats_are_recognised_by_their_header(name: str, source: SourceFormat | None) -> None:
    assert open_file(DATA / name).detected == source


def test_pain_tracker_export(diary: Diary) -> None:
    result = registry.import_file(diary, DATA / "paintracker_export.csv")
    assert result.added_entries == 4
    first, second, third, fourth = diary.entries()
    assert (first.at, first.pain, first.locations) == (
        datetime(2024, 3, 1, 8, 15),
        6,
        ("Lower Back", "Left Hip"),
    )
    assert first.note.splitlines() == [
        "Slept badly, woke at 3",
        "Symptoms: Burning; Stiffness",
        "Limited activities: Walking; Cooking",
        "Sleep quality: 4",
        "Mood impact: 6",
        "Missed work days: 0",
    ]
    assert second.note.startswith('Flare after shopping "too long"')
    assert (third.pain, third.locations, third.note) == (4, (), "")
    assert fourth.note.startswith("Gentle day\nshort walk only")
    assert "Imported from" not in first.note  # a 0-10 rating needs no conversion note


def test_pain_tracker_with_literal_newline_separators(diary: Diary) -> None:
    registry.import_file(diary, DATA / "paintracker_literal_newlines.csv")
    assert [(entry.at, entry.pain) for entry in diary.entries()] == [
        (datetime(2024, 5, 10, 8, 0), 5),
        (datetime(2024, 5, 10, 19, 30), 8),
        (datetime(2024, 5, 11, 9, 0), 3),
    ]
    assert diary.entries()[1].locations == ("Neck", "Right Shoulder")


def test_bearable_symptoms_become_entries_with_their_conversion_written_down(diary: Diary) -> None:
    plan = load_plan(DATA / "bearable_export.csv")
    assert any("Mood (1)" in note and "Sleep (1)" in note for note in plan.notes)
    registry.import_file(diary, DATA / "bearable_export.csv")
    entries = diary.entries()
    assert [(entry.at, entry.pain) for entry in entries] == [
        (datetime(2024, 3, 1, 8, 0), 8),  # Severe 3 -> 8 beats Mild 1 -> 3
        (datetime(2024, 3, 1, 19, 0), 5),
        (datetime(2024, 3, 2, 13, 0), 10),
        (datetime(2024, 3, 3, 22, 0), 3),  # severity word only
    ]
    assert entries[0].note == (
        "[Imported from Bearable: Back pain (Severe): 1–4 scale value 3 converted to 0–10 as 8; "
        "Nausea (Mild): 1–4 scale value 1 converted to 0–10 as 3; pain is the highest of these]"
    )


def test_flaredown_ratings_treatments_and_tags(diary: Diary) -> None:
    plan = load_plan(DATA / "flaredown_export.csv")
    assert any("Fibromyalgia, Back pain, Fatigue" in line for line in plan.mapping)
    assert any("Treatments, kept in the note: Ketamine, Ibuprofen" in line for line in plan.mapping)
    assert plan.notes == ("Check-ins without any rating, left out: 1.",)
    registry.import_file(diary, DATA / "flaredown_export.csv")
    first, second, third = diary.entries()
    assert (first.at, first.pain) == (datetime(2024, 3, 1, 12, 0), 8)
    assert first.note == (
        "[Imported from Flaredown: Fibromyalgia: 0–4 scale value 3 converted to 0–10 as 8; "
        "Back pain: 0–4 scale value 2 converted to 0–10 as 5; Fatigue: 0–4 scale value 1 converted "
        "to 0–10 as 3; pain is the highest of these]\n"
        "Treatments: Ibuprofen (400 mg)\nTags: stress; poor sleep"
    )
    assert (second.pain, third.pain) == (5, 10)
    assert "Treatments: Ketamine (50 mg)" in second.note
    assert diary.session_count() == 0  # treatments never become invented sessions


GERMAN = ColumnMapping(date="Datum", time="Uhrzeit", pain="Schmerz (0-10)", note="Bemerkung")


def test_a_mapped_german_spreadsheet_imports_right(diary: Diary) -> None:
    result = registry.import_file(diary, DATA / "german_spreadsheet.csv", columns=GERMAN)
    assert result.added_entries == 4
    assert summary(diary) == [
        (datetime(2024, 4, 12, 8, 30), 6, "Kopf, Nacken"),
        (datetime(2024, 4, 12, 21, 15), 7, 'Nach der Physio "schlimmer"'),
        (datetime(2024, 4, 13, 9, 0), 5, "Ärger über Ämter"),
        (datetime(2024, 4, 15, 7, 45), 4, "zwei\r\nZeilen"),
    ]


def test_the_wizard_guess_for_the_german_header_is_right() -> None:
    opened = open_file(DATA / "german_spreadsheet.csv")
    assert opened.table is not None
    assert guess_mapping(opened.table.header) == GERMAN


def test_an_unknown_header_must_be_mapped(diary: Diary) -> None:
    with pytest.raises(UnknownColumns) as caught:
        registry.import_file(diary, DATA / "german_spreadsheet.csv")
    assert caught.value.header == ("Datum", "Uhrzeit", "Schmerz (0-10)", "Bemerkung")
    assert str(caught.value).startswith(str(DATA / "german_spreadsheet.csv"))


def test_reimporting_any_format_adds_nothing(diary: Diary) -> None:
    for name in ("paintracker_export.csv", "bearable_export.csv", "flaredown_export.csv"):
        registry.import_file(diary, DATA / name)
        again = registry.import_file(diary, DATA / name)
        assert again.added_entries == 0
        assert again.skipped_entries > 0
    registry.import_file(diary, DATA / "german_spreadsheet.csv", columns=GERMAN)
    plan = load_plan(DATA / "german_spreadsheet.csv", columns=GERMAN)
    check = check_plan(diary, plan)
    assert (check.new_entries, check.already_present) == (0, 4)
    assert describe_plan(plan, check) == "4 entries, 0 sessions; 4 already in your diary"


def test_mapped_dates_that_cannot_be_told_apart_need_an_order(diary: Diary, tmp_path: Path) -> None:
    path = tmp_path / "us.csv"
    path.write_text("When,Pain\n03/04/2024 8:30 PM,5\n05/06/2024 9:00 AM,6\n", encoding="utf-8")
    mapping = parse_columns("at=When,pain=Pain")
    with pytest.raises(AmbiguousDates):
        registry.import_file(diary, path, columns=mapping)
    registry.import_file(diary, path, columns=mapping, date_order=DateOrder.MDY)
    assert [entry.at for entry in diary.entries()] == [
        datetime(2024, 3, 4, 20, 30),
        datetime(2024, 5, 6, 9, 0),
    ]


def test_forcing_a_format_that_does_not_fit_is_refused(diary: Diary) -> None:
    with pytest.raises(ValidationError, match="not those of a Bearable export"):
        registry.import_file(diary, DATA / "flaredown_export.csv", SourceFormat.BEARABLE)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pain=Pain", "give either at=COLUMN or date=COLUMN"),
        ("at=A,date=B,pain=C", "give either at=COLUMN or date=COLUMN"),
        ("date=A,note=B", "pain=COLUMN is required"),
        ("at=A,pain=B,mood=C", "'mood' is not one of: at, date, time, pain, note"),
        ("at=A,pain", "'pain' is not ROLE=COLUMN"),
        ("at=A,pain=B,pain=C", "pain is given twice"),
        ("at=A,time=B,pain=C", "time=COLUMN goes with date=COLUMN"),
    ],
)
def test_column_mappings_are_checked(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_columns(text)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Datum;Schmerz\n12.04.2024;11\n", "line 2, column 'Schmerz': 11 is outside 0–10"),
        ("Datum;Schmerz\n12.04.2024;6,25\n", "line 2, column 'Schmerz': '6,25' is not a whole number"),
        ("Datum;Schmerz\n12.04.2024;10,5\n", "line 2, column 'Schmerz': '10,5' is not a whole number"),
        ("Datum;Schmerz\n12.04.2024;6\n13.04.2024;6,5\n", "line 3, column 'Schmerz': '6,5' is a half point"),
        ("Datum;Schmerz\n12.04.2024;6\n31.04.2024;5\n", "line 3, column 'Datum': '31.04.2024' is not a date"),
    ],
)
def test_bad_cells_in_a_mapped_file_name_line_and_column(
    diary: Diary, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        registry.import_file(diary, path, columns=parse_columns("date=Datum,pain=Schmerz"))
    assert diary.entry_count() == 0


def test_a_backup_is_made_before_an_import_writes(diary: Diary) -> None:
    diary.add_entry(PainEntry(at=datetime(2024, 1, 1, 8), pain=3))
    registry.import_file(diary, DATA / "flaredown_export.csv")
    [made] = backup.list_backups(diary.path)
    assert made.reason == backup.IMPORT
    with Diary.open(made.path) as copy:
        assert copy.entry_count() == 1  # the diary as it was before the import


def test_no_backup_no_import(diary: Diary, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise backup.BackupError("The backup folder is full.")

    monkeypatch.setattr(backup, "backup_before", refuse)
    with pytest.raises(backup.BackupError, match="full"):
        registry.import_file(diary, DATA / "flaredown_export.csv")
    assert diary.entry_count() == 0
