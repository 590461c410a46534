"""Make the committed diary fixtures: one SQLite file per past schema version, with known rows.

    python tests/data/schemas/make_fixture.py 0002

writes tests/data/schemas/0002.sqlite3: the schema exactly as revision 0001 made it (Alembic,
upgraded to that revision only) and the rows below, written as raw SQL in that version's column
layout so the file never depends on today's ORM. Make a new fixture when a new revision ships,
and never regenerate an old one: tests/store/test_migrations.py upgrades each to head and checks
that `expected_after_upgrade(revision)` reads back.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# What every fixture holds, as the Diary reads it back after an upgrade (same for all versions).
EXPECTED: dict[str, Any] = {
    "entries": [
        {
            "id": "5b0f8f5c-0c51-4c0e-8a43-0d6b8e1f0001",
            "at": "2023-03-01T08:15:00",
            "pain": 7,
            "worst": 9,
            "enjoyment": 6,
            "activity": 8,
            "locations": ["left foot", "lower back"],
            "note": 'Burning, "electric" — worse at night.\nSecond line; ümlaut & ≥ sign',
        },
        {
            "id": "5b0f8f5c-0c51-4c0e-8a43-0d6b8e1f0002",
            "at": "2023-03-01T23:59:00",
            "pain": 0,
            "worst": None,
            "enjoyment": None,
            "activity": None,
            "locations": [],
            "note": "",
        },
        {
            "id": "5b0f8f5c-0c51-4c0e-8a43-0d6b8e1f0003",
            "at": "2023-03-02T00:00:00",
            "pain": 10,
            "worst": 10,
            "enjoyment": 0,
            "activity": 10,
            "locations": ["right hand"],
            "note": "=SUM(A1) not a formula",
        },
    ],
    "sessions": [
        {
            "id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0001",
            "at": "2023-03-01T09:30:00",
            "route": "iv-infusion",
            "drug": "ketamine",
            "dose_mg": 150.5,
            "weight_kg": 72.0,
            "minutes": 240,
            "rate_mg_per_kg_h": 0.35,
            "clinic": "Pain clinic, day unit",
            "note": "Loading series, day 1",
            "side_effects": [
                {"id": "c3e1b2a4-1111-4d2e-8f3a-5b6c7d8e0001", "kind": "dissociation", "severity": "mild"},
                {
                    "id": "c3e1b2a4-1111-4d2e-8f3a-5b6c7d8e0002",
                    "kind": "Tingling lips",
                    "severity": "moderate",
                },
            ],
        },
        {
            "id": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0002",
            "at": "2023-03-02T10:00:00",
            "route": "intranasal",
            "drug": "esketamine",
            "dose_mg": None,
            "weight_kg": None,
            "minutes": None,
            "rate_mg_per_kg_h": None,
            "clinic": "",
            "note": "",
            "side_effects": [],
        },
    ],
    "analysis": {
        "baseline_days": 10,
        "min_baseline_days": 4,
        "course_gap_days": 5,
        "horizon_days": 60,
        "onset_window_days": 2,
    },
}

# Revision 0002 added each session's series; the second session was marked as a new course
# although it is one day after the first (which the gap rule alone would join).
SERIES_0002 = ("auto", "new")
# Revision 0002's diaries hold the ten settings of Relief metrics v2.
ANALYSIS_0002 = {
    "baseline_days": 21,
    "min_baseline_days": 4,
    "full_baseline_days": 6,
    "course_gap_days": 5,
    "horizon_days": 60,
    "onset_window_days": 2,
    "max_gap_days": 4,
    "washout_days": 8,
    "carry_forward_days": 200,
    "peak_window_days": 15,
}


# Revision 0003 added medicines, as-needed intakes and co-treatments.
MEDICINES_0003: dict[str, list[dict[str, Any]]] = {
    "medicines": [
        {
            "id": "3c0e6a51-2d7b-4f4e-9a38-5e1f00000001",
            "name": "Oxycodone",
            "strength": "5 mg",
            "unit": "tablet",
            "mg_per_unit": 5.0,
            "kind": "as-needed",
            "regular_daily_amount": None,
            "for_pain": True,
            "opioid": True,
            "mme_factor": 1.5,
            "start": "2023-01-10",
            "stop": None,
            "note": "für Durchbruchschmerz",
        }
    ],
    "intakes": [
        {
            "id": "3c0e6a51-2d7b-4f4e-9a38-5e1f00000002",
            "medicine": "3c0e6a51-2d7b-4f4e-9a38-5e1f00000001",
            "at": "2023-03-01T22:30:00",
            "amount": 1.0,
            "pain_before": 8,
            "helped": 3,
            "note": "",
        }
    ],
    "co_treatments": [
        {
            "id": "3c0e6a51-2d7b-4f4e-9a38-5e1f00000003",
            "kind": "physiotherapy",
            "start": "2023-03-05",
            "end": None,
            "note": "twice a week",
        }
    ],
}


# Revision 0004 added vitals, impressions (PGIC) and bladder check-ins; the profile is a setting.
CLINIC_0004: dict[str, list[dict[str, Any]]] = {
    "vitals": [
        {
            "id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000001",
            "at": "2023-03-01T09:25:00",
            "moment": "before",
            "session": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0001",
            "systolic": 150,
            "diastolic": 95,
            "heart_rate": 88,
            "note": "",
        },
        {
            "id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000002",
            "at": "2023-03-04T19:00:00",
            "moment": "home",
            "session": None,
            "systolic": None,
            "diastolic": None,
            "heart_rate": 64,
            "note": "nach dem Spaziergang",
        },
    ],
    "impressions": [
        {
            "id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000003",
            "at": "2023-03-08T10:00:00",
            "value": 2,
            "session": "9a1d3c2e-7f00-4b7a-9c6e-2b4f6a8d0001",
            "day": 7,
            "note": "",
        }
    ],
    "checkins": [
        {
            "id": "4d1f7b62-3e8c-4a5f-8b49-6f2a00000004",
            "at": "2023-03-10T08:00:00",
            "more_often": True,
            "urgency": False,
            "pain": False,
            "blood": False,
            "note": "",
        }
    ],
}
PROFILE_0004 = {"name": "Ana Ruiz", "born": "1971-05-31", "conditions": "CRPS", "clinic": "", "clinician": ""}


# Revision 0005 added sleep, mood and "for my clinician" on entries, status and the session day
# on sessions, onset and duration on side effects: (entries, sessions, side effects) in order.
SESSION_DAY_0005: dict[str, list[list[Any]]] = {
    "entries": [[4, 6, True], [None, None, False], [None, 3, False]],
    "sessions": [
        ["done", "yes", "", [{"text": "Nüchtern ab 6 Uhr", "done": True}], ""],
        ["planned", "unknown", "Pregabalin since May", [], "Should the dose change?"],
    ],
    "side_effects": [["during", 2.5], [None, None]],
}


def _session_day_defaults() -> dict[str, list[list[Any]]]:
    """What a diary upgraded from before 0005 holds in the new columns."""
    return {
        "entries": [[None, None, False] for _entry in EXPECTED["entries"]],
        "sessions": [["done", "unknown", "", [], ""] for _session in EXPECTED["sessions"]],
        "side_effects": [
            [None, None] for session in EXPECTED["sessions"] for _effect in session["side_effects"]
        ],
    }


def expected_after_upgrade(revision: str) -> dict[str, Any]:
    """EXPECTED as the Diary reads a fixture of `revision` back at head.

    Sessions of 0001 have no series and read as auto. The settings of 0001 were written under
    Relief metrics v1 and read as the v2 defaults (None here: the caller compares with them),
    and the upgrade leaves the one-time notice due.
    """
    if revision == "0001":
        series: tuple[str, ...] = ("auto",) * len(EXPECTED["sessions"])
        analysis: dict[str, int] | None = None
        notice_due = True
    else:
        series, analysis, notice_due = SERIES_0002, ANALYSIS_0002, False
    sessions = [
        {**session, "series": kind} for session, kind in zip(EXPECTED["sessions"], series, strict=True)
    ]
    medicines = MEDICINES_0003 if revision >= "0003" else {name: [] for name in MEDICINES_0003}
    return {
        "entries": EXPECTED["entries"],
        "sessions": sessions,
        "analysis": analysis,
        "relief_notice_due": notice_due,
        **medicines,
        **(CLINIC_0004 if revision >= "0004" else {name: [] for name in CLINIC_0004}),
        "profile": PROFILE_0004 if revision >= "0004" else None,
        "session_day": SESSION_DAY_0005 if revision >= "0005" else _session_day_defaults(),
    }


CREATED = "2023-03-02 12:00:00.000000"


def _moment(text: str) -> str:
    return text.replace("T", " ") + ".000000"


def _uuid(text: str) -> str:
    return text.replace("-", "")


def fill_0001(connection: sqlite3.Connection) -> None:
    """Rows in revision 0001's layout."""
    import json

    for entry in EXPECTED["entries"]:
        connection.execute(
            "INSERT INTO entries (id, at, pain, worst, enjoyment, activity, locations, note, "
            "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(entry["id"]),
                _moment(entry["at"]),
                entry["pain"],
                entry["worst"],
                entry["enjoyment"],
                entry["activity"],
                json.dumps(entry["locations"], ensure_ascii=False),
                entry["note"],
                CREATED,
                CREATED,
            ),
        )
    for session in EXPECTED["sessions"]:
        connection.execute(
            "INSERT INTO sessions (id, at, route, drug, dose_mg, weight_kg, minutes, rate_mg_per_kg_h, "
            "clinic, note, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(session["id"]),
                _moment(session["at"]),
                session["route"],
                session["drug"],
                session["dose_mg"],
                session["weight_kg"],
                session["minutes"],
                session["rate_mg_per_kg_h"],
                session["clinic"],
                session["note"],
                CREATED,
                CREATED,
            ),
        )
        for effect in session["side_effects"]:
            connection.execute(
                "INSERT INTO side_effects (id, session_id, kind, severity, note, created) "
                "VALUES (?, ?, ?, ?, '', ?)",
                (_uuid(effect["id"]), _uuid(session["id"]), effect["kind"], effect["severity"], CREATED),
            )
    connection.execute(
        "INSERT INTO settings (key, value) VALUES ('analysis', ?)", (json.dumps(EXPECTED["analysis"]),)
    )


def fill_0002(connection: sqlite3.Connection) -> None:
    """Rows in revision 0002's layout: 0001's, each session's series, and the v2 settings."""
    import json

    fill_0001(connection)
    for session, series in zip(EXPECTED["sessions"], SERIES_0002, strict=True):
        connection.execute("UPDATE sessions SET series = ? WHERE id = ?", (series, _uuid(session["id"])))
    connection.execute("UPDATE settings SET value = ? WHERE key = 'analysis'", (json.dumps(ANALYSIS_0002),))


def fill_0003(connection: sqlite3.Connection) -> None:
    """Rows in revision 0003's layout: 0002's and one medicine, intake and co-treatment."""
    fill_0002(connection)
    for medicine in MEDICINES_0003["medicines"]:
        connection.execute(
            "INSERT INTO medicines (id, name, strength, unit, mg_per_unit, kind, regular_daily_amount, "
            "for_pain, opioid, mme_factor, start, stop, note, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(medicine["id"]),
                *(medicine[key] for key in ("name", "strength", "unit", "mg_per_unit", "kind")),
                medicine["regular_daily_amount"],
                int(medicine["for_pain"]),
                int(medicine["opioid"]),
                medicine["mme_factor"],
                medicine["start"],
                medicine["stop"],
                medicine["note"],
                CREATED,
                CREATED,
            ),
        )
    for intake in MEDICINES_0003["intakes"]:
        connection.execute(
            "INSERT INTO intakes (id, medicine_id, at, amount, pain_before, helped, note, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(intake["id"]),
                _uuid(intake["medicine"]),
                _moment(intake["at"]),
                intake["amount"],
                intake["pain_before"],
                intake["helped"],
                intake["note"],
                CREATED,
                CREATED,
            ),
        )
    for treatment in MEDICINES_0003["co_treatments"]:
        connection.execute(
            'INSERT INTO co_treatments (id, kind, start, "end", note, created, updated) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(treatment["id"]),
                treatment["kind"],
                treatment["start"],
                treatment["end"],
                treatment["note"],
                CREATED,
                CREATED,
            ),
        )


def fill_0004(connection: sqlite3.Connection) -> None:
    """Rows in revision 0004's layout: 0003's, two readings, an answer, a check-in, a profile."""
    import json

    fill_0003(connection)
    for reading in CLINIC_0004["vitals"]:
        connection.execute(
            "INSERT INTO vitals (id, session_id, moment, at, systolic, diastolic, heart_rate, note, "
            "created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(reading["id"]),
                _uuid(reading["session"]) if reading["session"] else None,
                reading["moment"],
                _moment(reading["at"]),
                *(reading[key] for key in ("systolic", "diastolic", "heart_rate", "note")),
                CREATED,
                CREATED,
            ),
        )
    for answer in CLINIC_0004["impressions"]:
        connection.execute(
            "INSERT INTO impressions (id, session_id, day, at, value, note, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(answer["id"]),
                _uuid(answer["session"]),
                answer["day"],
                _moment(answer["at"]),
                answer["value"],
                answer["note"],
                CREATED,
                CREATED,
            ),
        )
    for checkin in CLINIC_0004["checkins"]:
        connection.execute(
            "INSERT INTO checkins (id, at, more_often, urgency, pain, blood, note, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _uuid(checkin["id"]),
                _moment(checkin["at"]),
                *(int(checkin[key]) for key in ("more_often", "urgency", "pain", "blood")),
                checkin["note"],
                CREATED,
                CREATED,
            ),
        )
    connection.execute("INSERT INTO settings (key, value) VALUES ('profile', ?)", (json.dumps(PROFILE_0004),))


def fill_0005(connection: sqlite3.Connection) -> None:
    """Rows in revision 0005's layout: 0004's with the new columns filled."""
    import json

    fill_0004(connection)
    for entry, (sleep, mood, for_clinician) in zip(
        EXPECTED["entries"], SESSION_DAY_0005["entries"], strict=True
    ):
        connection.execute(
            "UPDATE entries SET sleep_interference = ?, mood = ?, for_clinician = ? WHERE id = ?",
            (sleep, mood, int(for_clinician), _uuid(entry["id"])),
        )
    for session, values in zip(EXPECTED["sessions"], SESSION_DAY_0005["sessions"], strict=True):
        status, ride_home, new_medicines, checklist, questions = values
        connection.execute(
            "UPDATE sessions SET status = ?, ride_home = ?, new_medicines = ?, checklist = ?, questions = ? "
            "WHERE id = ?",
            (status, ride_home, new_medicines, json.dumps(checklist, ensure_ascii=False), questions,
             _uuid(session["id"])),
        )  # fmt: skip
    effects = [effect for session in EXPECTED["sessions"] for effect in session["side_effects"]]
    for effect, (onset, lasted_hours) in zip(effects, SESSION_DAY_0005["side_effects"], strict=True):
        connection.execute(
            "UPDATE side_effects SET onset = ?, lasted_hours = ? WHERE id = ?",
            (onset, lasted_hours, _uuid(effect["id"])),
        )


FILLERS = {"0001": fill_0001, "0002": fill_0002, "0003": fill_0003, "0004": fill_0004, "0005": fill_0005}


def make_fixture(revision: str, dest: Path) -> None:
    """Create `dest` at schema `revision` (not head) and fill it with that version's rows."""
    from alembic import command

    from paindiary.store import database

    if dest.exists():
        raise SystemExit(f"{dest} exists; fixtures of past versions are never regenerated")
    engine = database.make_engine(dest)
    try:
        with engine.begin() as connection:
            command.upgrade(database.alembic_config(connection), revision)
    finally:
        engine.dispose()
    connection = sqlite3.connect(dest)
    try:
        with connection:
            FILLERS[revision](connection)
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to commit
        connection.execute("VACUUM")
    finally:
        connection.close()


if __name__ == "__main__":
    wanted = sys.argv[1] if len(sys.argv) > 1 else "0002"
    make_fixture(wanted, HERE / f"{wanted}.sqlite3")
    print(f"wrote {HERE / f'{wanted}.sqlite3'}")
