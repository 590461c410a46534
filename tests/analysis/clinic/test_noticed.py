"""'Noticed in your diary': for each rule, a diary that triggers it and one that just misses it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from paindiary.analysis.clinic_results import NoticedFact
from paindiary.analysis.noticed import is_data_quality, noticed, noticed_closing, noticed_heading
from paindiary.analysis.results import BaselineSource, ReliefAnalysis
from paindiary.clinic_records import Checkin, SessionStatus, Vitals
from paindiary.domain import PainEntry, Severity, TreatmentSession
from tests.analysis.clinic.clinic_builders import NOW, analyse, checkin, peg, reading, session, with_courses

GROUP = "IV infusion, ketamine, courses of 1 session"


def facts(
    analysis: ReliefAnalysis,
    vitals: list[Vitals] | None = None,
    checkins: list[Checkin] | None = None,
    entries: list[PainEntry] | None = None,
) -> dict[int, NoticedFact]:
    found = noticed(analysis, entries=entries or [], vitals=vitals or [], checkins=checkins or [])
    return {fact.rule: fact for fact in found}


def text(analysis: ReliefAnalysis, rule: int, **records: Any) -> str | None:
    fact = facts(analysis, **records).get(rule)
    return None if fact is None else fact.text


def days_ago(days: int, *, hours: int = 0) -> str:
    return (NOW - timedelta(days=days, hours=hours)).isoformat(sep=" ")


def sessions_ago(*days: int) -> list[TreatmentSession]:
    return [session(days_ago(day)) for day in days]


# ---------------------------------------------------------------- rule 1

SIX_MONTHS_AGO = [peg(days_ago(180), 5)]  # the diary's first entry: the 3 months before are in it


def test_rule_1_sessions_more_frequent() -> None:
    # 4 in the last 90 days against 2 before: 4 ≥ 1.5 × 2 and 2 more.
    diary = analyse([], sessions_ago(10, 30, 50, 89, 100, 179))
    assert text(diary, 1, entries=SIX_MONTHS_AGO) == (
        "You had 4 sessions in the last 3 months, compared with 2 in the 3 months before."
    )
    assert facts(diary, entries=SIX_MONTHS_AGO)[1].as_json() == {
        "rule": 1,
        "text": "You had 4 sessions in the last 3 months, compared with 2 in the 3 months before.",
        "sessions_last_90_days": 4,
        "sessions_90_days_before": 2,
    }


def test_rule_1_just_misses_with_one_more_or_under_one_and_a_half_times() -> None:
    more = {"entries": SIX_MONTHS_AGO}
    three_against_two = analyse([], sessions_ago(10, 30, 50, 100, 120))
    assert text(three_against_two, 1, **more) is None  # only 1 more
    seven_against_five = sessions_ago(5, 15, 25, 35, 45, 55, 65, 95, 105, 115, 125, 135)
    assert text(analyse([], seven_against_five), 1, **more) is None  # 7 < 1.5 × 5
    # A session exactly 90 days back belongs to the 3 months before.
    assert text(analyse([], sessions_ago(10, 30, 50, 90, 100, 179)), 1, **more) is None  # 3 against 3


def test_rule_1_just_misses_when_the_3_months_before_are_not_all_in_the_diary() -> None:
    four_against_none = analyse([], sessions_ago(10, 30, 50, 80))
    assert text(four_against_none, 1, entries=[peg(days_ago(180, hours=-1), 5)]) is None
    assert text(four_against_none, 1, entries=SIX_MONTHS_AGO) == (
        "You had 4 sessions in the last 3 months, compared with 0 in the 3 months before."
    )


# ---------------------------------------------------------------- rule 2


def test_rule_2_two_records_in_180_days_come_first() -> None:
    treatment = session("2024-06-01 08:00", effects=[("bladder-symptoms", Severity.MILD)])
    diary = analyse([], [*sessions_ago(10, 30, 50, 89), treatment])
    found = noticed(diary, entries=[], vitals=[], checkins=[checkin(days_ago(179), urgency=True)])
    assert found[0].rule == 2
    assert (
        found[0].text
        == "Bladder symptoms were recorded 2 times in the last 6 months, most recently on 1 Jun 2024."
    )


def test_rule_2_just_misses_when_the_earlier_record_is_181_days_back_or_symptom_free() -> None:
    checkins = [
        checkin(days_ago(181), more_often=True),
        checkin(days_ago(20)),  # nothing ticked
        checkin(days_ago(10), pain=True),
    ]
    assert text(analyse([], []), 2, checkins=checkins) is None


def test_rule_2_any_blood_in_urine_or_any_moderate_rating() -> None:
    checkins = [checkin("2023-09-05 10:00", blood=True)]  # long ago, once
    assert text(analyse([], []), 2, checkins=checkins) == "Blood in urine was recorded on 5 Sep 2023."
    rated = session("2024-05-02 08:00", effects=[("bladder-symptoms", Severity.MODERATE)])
    assert (
        text(analyse([], [rated]), 2)
        == "Bladder symptoms rated moderate or severe were recorded on 2 May 2024."
    )


def test_rule_2_just_misses_with_one_mild_record() -> None:
    mild = session("2024-05-02 08:00", effects=[("bladder-symptoms", Severity.MILD)])
    assert text(analyse([], [mild]), 2) is None


# ---------------------------------------------------------------- rule 3


def test_rule_3_the_top_session_reading_with_its_date() -> None:
    treatment = session("2024-06-01 08:00")
    vitals = [
        reading("2024-06-01 09:00", 160, 80, treatment),
        reading("2024-06-01 10:00", 150, 95, treatment),
    ]
    assert text(analyse([], [treatment]), 3, vitals=vitals) == (
        "The top blood pressure you recorded at a session was 160/80 mmHg, on 1 Jun 2024."
    )


def test_rule_3_just_misses_home_readings_and_planned_sessions() -> None:
    planned = session("2024-06-20 08:00", status=SessionStatus.PLANNED)
    vitals = [reading("2024-06-02 09:00", 170, 100, None), reading("2024-06-20 09:00", 150, 90, planned)]
    assert text(analyse([], [planned]), 3, vitals=vitals) is None


# ---------------------------------------------------------------- rule 4


def _doses(*values: float | None) -> ReliefAnalysis:
    return with_courses([{"dose_mg_per_kg_per_session": value} for value in values])


def test_rule_4_dose_per_session_up_by_a_quarter() -> None:
    diary = _doses(1.0, 1.2, 1.0, 1.25, 1.25)  # medians 1.00 and 1.25: exactly 1.25 ×
    assert text(diary, 4) == (
        f"{GROUP}: the median dose per session of your last 3 courses was 1.25 mg/kg, "
        "compared with 1.00 mg/kg for your first 3."
    )


def test_rule_4_just_misses_below_a_quarter_or_with_four_dosed_courses() -> None:
    assert text(_doses(1.0, 1.2, 1.0, 1.24, 1.24), 4) is None
    assert text(_doses(1.0, 1.0, None, 1.5, 1.5), 4) is None  # one course without mg/kg: 4 in the group


# ---------------------------------------------------------------- rule 5


def _relief(*days: int | None) -> ReliefAnalysis:
    return with_courses([{"relief_days_30": value, "censored_30": value is None} for value in days])


def test_rule_5_relief_shortening_says_it_can_be_chance() -> None:
    diary = _relief(10, None, 10, 7, 7, 7)  # earlier 10 and 10 (the censored one left out); last 7, 7, 7
    assert text(diary, 5) == (
        f"{GROUP}: relief lasted a median of 7 days after your last 3 courses, "
        "compared with 10 days after the 2 before; this can be chance."
    )


def test_rule_5_just_misses_above_seven_tenths_or_with_one_earlier_course() -> None:
    assert text(_relief(10, 10, 7, 8, 8), 5) is None  # 8 > 0.7 × 10
    assert text(_relief(10, 7, 7, 7), 5) is None  # one earlier course
    assert text(_relief(3, 3, 1, 1, 1), 5) is None  # 1 ≤ 0.7 × 3, but only 2 days shorter
    assert text(_relief(4, 4, 1, 1, 1), 5) == (
        f"{GROUP}: relief lasted a median of 1 day after your last 3 courses, "
        "compared with 4 days after the 2 before; this can be chance."
    )


# ---------------------------------------------------------------- rule 6


def _usual(*values: tuple[float, BaselineSource]) -> ReliefAnalysis:
    return with_courses([{"baseline": value, "baseline_source": source} for value, source in values])


OWN, CARRIED = BaselineSource.OWN, BaselineSource.CARRIED


def test_rule_6_usual_pain_up_by_one_and_a_half() -> None:
    diary = _usual((4.0, OWN), (5.0, OWN), (5.5, OWN), (9.0, CARRIED))
    assert text(diary, 6) == "Your usual pain before course 3 was 5.5, compared with 4 before course 1."


def test_rule_6_just_misses_below_one_and_a_half() -> None:
    assert text(_usual((4.0, OWN), (5.49, OWN), (9.0, CARRIED)), 6) is None


# ---------------------------------------------------------------- rule 7


def test_rule_7_severe_and_hallucinations_at_two_of_the_last_three_courses() -> None:
    sessions = [
        session("2024-01-01 08:00"),
        session("2024-02-01 08:00", effects=[("hallucinations", Severity.MILD)]),
        session("2024-03-01 08:00", effects=[("nausea", Severity.SEVERE)]),
        session("2024-04-01 08:00", effects=[("agitation", Severity.MILD)]),
    ]
    assert text(analyse([], sessions), 7) == (
        "Side effects you rated severe: nausea on 1 Mar 2024. "
        "Hallucinations or agitation were recorded after 2 of your last 3 courses."
    )


def test_rule_7_just_misses_with_one_of_the_last_three_and_nothing_severe() -> None:
    sessions = [
        session("2024-01-01 08:00", effects=[("hallucinations", Severity.MODERATE)]),
        session("2024-02-01 08:00"),
        session("2024-03-01 08:00", effects=[("nausea", Severity.MODERATE)]),
        session("2024-04-01 08:00", effects=[("agitation", Severity.MILD)]),
    ]
    assert text(analyse([], sessions), 7) is None


# ---------------------------------------------------------------- rule 8


def test_rule_8_logging_dropped_comes_last_as_data_quality() -> None:
    diary = with_courses([{"logging_dropped": value} for value in (False, True, False, True)])
    found = noticed(diary, entries=[], vitals=[], checkins=[checkin(days_ago(3), blood=True)])
    assert [fact.rule for fact in found] == [2, 8]
    assert is_data_quality(found[-1])
    assert found[-1].text == (
        "About the diary itself: you logged pain on fewer days after 2 of your last 3 courses "
        "than before them, so those courses show less."
    )


def test_rule_8_just_misses_with_one_of_the_last_three() -> None:
    diary = with_courses([{"logging_dropped": value} for value in (True, True, False, False)])
    assert text(diary, 8) is None


# ---------------------------------------------------------------- the block


def test_an_empty_diary_notices_nothing_and_the_words_grade_nothing() -> None:
    assert noticed(analyse([], []), entries=[], vitals=[], checkins=[]) == ()
    assert (
        noticed_heading() == "Noticed in your diary: you may want to mention these at your next appointment"
    )
    assert noticed_closing() == "The diary cannot tell why."


def test_facts_come_in_rule_order_with_bladder_first() -> None:
    treatment = session(days_ago(5))
    diary = analyse([], [*sessions_ago(10, 30, 50), treatment])
    vitals = [reading(days_ago(5, hours=-1), 140, 90, treatment)]
    found = noticed(diary, entries=SIX_MONTHS_AGO, vitals=vitals, checkins=[checkin(days_ago(3), blood=True)])
    assert [fact.rule for fact in found] == [2, 1, 3]
    assert found[0].as_json()["blood_dates"] == ["2024-06-28"]
    assert "high" not in " ".join(fact.text for fact in found).lower()  # no word grades a value
