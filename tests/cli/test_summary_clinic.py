"""`paindiary summary` with the fuller record: function, exposure and noticed, in JSON and in words."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest

from paindiary.cli import main, summary
from paindiary.clinic_records import Checkin, Impression, Vitals, VitalsMoment
from paindiary.domain import AnalysisSettings, PainEntry, Route, TreatmentSession
from paindiary.medicine_records import CoTreatment, Intake, Medicine
from paindiary.store import Diary
from tests.support import FakeClock

NOW = FakeClock(datetime(2024, 4, 10, 20, 0))


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


class FakeDiary:
    """The reads the summary makes, over records given by hand."""

    def __init__(
        self,
        entries: Sequence[PainEntry],
        sessions: Sequence[TreatmentSession],
        vitals: Sequence[Vitals] = (),
        impressions: Sequence[Impression] = (),
        checkins: Sequence[Checkin] = (),
    ) -> None:
        self._entries, self._sessions = list(entries), list(sessions)
        self._vitals, self._impressions, self._checkins = list(vitals), list(impressions), list(checkins)

    def entries(self) -> list[PainEntry]:
        return self._entries

    def sessions(self) -> list[TreatmentSession]:
        return self._sessions

    def analysis_settings(self) -> AnalysisSettings:
        return AnalysisSettings()

    def vitals(self) -> list[Vitals]:
        return self._vitals

    def impressions(self) -> list[Impression]:
        return self._impressions

    def checkins(self) -> list[Checkin]:
        return self._checkins

    def medicines(self) -> list[Medicine]:
        return []

    def intakes(self) -> list[Intake]:
        return []

    def co_treatments(self) -> list[CoTreatment]:
        return []


def recorded() -> FakeDiary:
    treatment = TreatmentSession(at=moment("2024-03-10 08:00"), route=Route.IV_INFUSION, dose_mg=150.0)
    entries = [
        PainEntry(at=moment(f"2024-03-0{day} 12:00"), pain=7, enjoyment=6, activity=8, mood=3)
        for day in range(3, 10)
    ]
    entries += [
        PainEntry(at=moment(f"2024-03-{day} 12:00"), pain=3, enjoyment=3, activity=3) for day in range(11, 15)
    ]
    return FakeDiary(
        entries,
        [treatment],
        vitals=[
            Vitals(
                at=moment("2024-03-10 09:00"),
                moment=VitalsMoment.HIGHEST,
                session=treatment.id,
                systolic=152,
                diastolic=94,
            )
        ],
        impressions=[Impression(at=moment("2024-03-17 12:00"), value=2, session=treatment.id, day=7)],
        checkins=[Checkin(at=moment("2024-04-01 12:00"), blood=True)],
    )


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="paindiary")
    summary.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_json_adds_function_exposure_and_noticed(capsys: pytest.CaptureFixture[str]) -> None:
    assert summary.run(parse(["summary", "--json"]), recorded(), clock=NOW) == 0
    document = json.loads(capsys.readouterr().out)
    assert list(document)[-3:] == ["function", "exposure", "noticed"]
    (course,) = document["function"]
    assert (course["peg_before"], course["peg_after"], course["mood_before"]) == (7.0, 3.0, 3.0)
    assert course["impressions"] == [{"day": 7, "value": 2, "at": "2024-03-17T12:00"}]
    assert course["highest_blood_pressure"] == {"systolic": 152, "diastolic": 94, "at": "2024-03-10T09:00"}
    assert document["exposure"]["per_drug_route"][0]["mg_90_days"] == 150.0
    assert [fact["rule"] for fact in document["noticed"]] == [2, 3]
    assert document["noticed"][0]["blood_dates"] == ["2024-04-01"]


def test_words_add_the_course_lines_and_the_noticed_block(capsys: pytest.CaptureFixture[str]) -> None:
    assert summary.run(parse(["summary"]), recorded(), clock=NOW) == 0
    out = capsys.readouterr().out
    assert "  PEG (pain, enjoyment, activity): 7 before, 3 in days 0–13\n" in out
    assert "  Mood: 3 before, – in days 0–13\n" in out
    assert "  Impression of change: day 7: Much improved (2 of 7)\n" in out
    assert "  Top session blood pressure: 152/94 mmHg on 10 Mar 2024\n" in out
    assert out.strip().endswith(
        "Noticed in your diary: you may want to mention these at your next appointment\n"
        "  Blood in urine was recorded on 1 Apr 2024.\n"
        "  The top blood pressure you recorded at a session was 152/94 mmHg, on 10 Mar 2024.\n"
        "  The diary cannot tell why."
    )
    assert "high " not in out.lower()


def test_nothing_noticed_and_nothing_recorded_adds_no_lines(capsys: pytest.CaptureFixture[str]) -> None:
    plain = FakeDiary([], [TreatmentSession(at=moment("2024-03-10 08:00"), route=Route.IV_INFUSION)])
    assert summary.run(parse(["summary"]), plain, clock=NOW) == 0
    out = capsys.readouterr().out
    assert "Noticed in your diary" not in out
    assert "PEG" not in out


def test_a_real_diary_gives_its_session_blood_pressure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "d.sqlite3")]
    assert main([*db, "session", "add", "--at", "2024-03-10T08:00", "--route", "iv-infusion"]) == 0
    with Diary.open(tmp_path / "d.sqlite3") as diary:
        (session,) = diary.sessions()
    vitals = ["vitals", "add", "--session", str(session.id), "--moment", "highest", "--bp", "150/95"]
    assert main([*db, *vitals, "--at", "2024-03-10T09:00"]) == 0
    capsys.readouterr()
    assert main([*db, "summary", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    reading = document["function"][0]["highest_blood_pressure"]
    assert (reading["systolic"], reading["diastolic"]) == (150, 95)
