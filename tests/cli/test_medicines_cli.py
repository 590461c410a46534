"""`paindiary med`, `take` and `cotreatment`: what they store, and one-line refusals that save nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from paindiary.cli import main
from paindiary.medicine_records import CoTreatmentKind, MedicineKind, MedicineUnit
from paindiary.store import Diary


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite3"


def run(db: Path, *arguments: str) -> int:
    return main(["--db", str(db), *arguments])


def test_med_add_stores_every_option_and_fills_the_mme_factor(db: Path) -> None:
    options = ["--strength", "5 mg", "--unit", "tablet", "--mg-per-unit", "5", "--as-needed", "--for-pain"]
    options += ["--opioid", "--start", "2024-01-02", "--note", "for flares"]
    assert run(db, "med", "add", "Oxycodone", *options) == 0
    assert run(db, "med", "add", "Fentanyl", "--unit", "µg/h", "--regular", "12", "--opioid") == 0
    assert run(db, "med", "add", "Buprenorphine", "--unit", "µg/h", "--regular", "5", "--opioid") == 0
    with Diary.open(db) as diary:
        by_name = {medicine.name: medicine for medicine in diary.medicines()}
    oxy = by_name["Oxycodone"]
    assert (oxy.unit, oxy.mg_per_unit, oxy.kind, oxy.for_pain, oxy.opioid, oxy.mme_factor) == (
        MedicineUnit.TABLET, 5.0, MedicineKind.AS_NEEDED, True, True, 1.5,
    )  # fmt: skip
    assert (oxy.start, oxy.strength, oxy.note) == (date(2024, 1, 2), "5 mg", "for flares")
    assert by_name["Fentanyl"].mme_factor == 2.4
    assert by_name["Fentanyl"].regular_daily_amount == 12
    assert by_name["Buprenorphine"].mme_factor is None  # no factor in the table: recorded without


def test_med_list_json_has_the_documents_fields(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(db, "med", "add", "Ibuprofen", "--strength", "400 mg", "--as-needed")
    capsys.readouterr()
    assert run(db, "med", "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["name"] == "Ibuprofen"
    assert listed["kind"] == "as-needed"


def test_take_logs_a_dose_and_med_stop_ends_the_medicine(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(db, "med", "add", "Oxycodone", "--unit", "tablet", "--as-needed", "--start", "2024-01-01")
    assert run(db, "take", "oxycodone", "1.5", "--at", "2024-03-01T22:30", "--pain", "8") == 0
    assert run(db, "take", "Oxycodone", "--at", "2024-03-02T08:00") == 0
    assert run(db, "med", "stop", "Oxycodone", "--on", "2024-03-05") == 0
    out = capsys.readouterr().out
    assert "Logged 1.5 tablet of Oxycodone at 2024-03-01 22:30." in out
    assert "Stopped Oxycodone on 2024-03-05." in out
    with Diary.open(db) as diary:
        assert [(intake.amount, intake.pain_before) for intake in diary.intakes()] == [(1.5, 8), (1.0, None)]
        assert diary.medicines()[0].stop == date(2024, 3, 5)


def test_cotreatment_add_stores_it(db: Path) -> None:
    assert (
        run(db, "cotreatment", "add", "nerve-block", "--start", "2024-02-01", "--note", "left stellate") == 0
    )
    with Diary.open(db) as diary:
        (treatment,) = diary.co_treatments()
    assert (treatment.kind, treatment.start, treatment.end, treatment.note) == (
        CoTreatmentKind.NERVE_BLOCK, date(2024, 2, 1), None, "left stellate",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["take", "Aspirin"], "NAME: 'Aspirin' is not on your medicine list (known: Oxycodone, Pregabalin)"),
        (["take", "Oxycodone", "0"], "AMOUNT: 0.0 is outside the allowed range (more than 0, up to 10000)"),
        (["take", "Oxycodone", "lots"], "AMOUNT: 'lots' is not a number"),
        (["take", "Oxycodone", "1,500"], "AMOUNT: '1,500' could mean 1.5 or 1500: write it as 1.5 or 1500"),
        (["med", "add", "X", "--mg-per-unit", "2.500"], "--mg-per-unit: '2.500' could mean 2.5 or 2500"),
        (["take", "Pregabalin"], "NAME: 'Pregabalin' is taken regularly; only as-needed doses are logged"),
        (["take", "Oxycodone", "--pain", "12"], "--pain: 12 is outside 0–10"),
        (["med", "stop", "Pregabalin", "--on", "2023-12-31"],
         "--on: 2023-12-31 is before the start, 2024-01-01"),
        (["med", "add", "X", "--start", "2024-02-01", "--stop", "2024-01-01"],
         "--stop: 2024-01-01 is before the start, 2024-02-01"),
        (["med", "add", "X", "--unit", "bucket"], "--unit: 'bucket' is not one of"),
        (["med", "add", "X", "--mme-factor", "2"], "--mme-factor: is only for an opioid"),
        (["med", "add", "oxycodone"], "NAME: 'oxycodone' is already on your list"),
        (["cotreatment", "add", "massage", "--start", "2024-01-01"], "KIND: 'massage' is not one of"),
        (["cotreatment", "add", "exercise", "--start", "2024-02-01", "--end", "2024-01-01"],
         "--end: 2024-01-01 is before the start, 2024-02-01"),
    ],
)  # fmt: skip
def test_refusals_are_one_line_exit_2_and_save_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    run(db, "med", "add", "Oxycodone", "--unit", "tablet", "--as-needed")
    run(db, "med", "add", "Pregabalin", "--regular", "2", "--start", "2024-01-01")
    with Diary.open(db) as diary:
        before = (diary.medicines(), diary.intakes(), diary.co_treatments())
    capsys.readouterr()
    assert run(db, *arguments) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert message in error
    with Diary.open(db) as diary:
        assert (diary.medicines(), diary.intakes(), diary.co_treatments()) == before
