"""Hand-made diaries on which the v2 analysis and the literal reading are compared.

Each case checks a few numbers worked out by hand from CLINICAL.md first (so the reading itself
is checked), then the whole document against the analysis. The `test_the_analysis_…` cases were
places where the analysis departed from the text (docs/relief-metrics.md, "Readings").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.domain import AnalysisSettings, PainEntry, Route, SessionSeries, TreatmentSession
from tests.analysis.relief.reference_across import reference_summary
from tests.analysis.relief.test_reference_agreement import assert_agrees

ORIGIN = datetime(2025, 1, 6)
V2 = AnalysisSettings(baseline_days=28)


def day(number: int, hour: int = 20) -> datetime:
    return ORIGIN + timedelta(days=number, hours=hour)


def iso(number: int) -> str:
    return (ORIGIN.date() + timedelta(days=number)).isoformat()


def evenings(pains: dict[range, int]) -> list[PainEntry]:
    """One entry at 20:00 on each date of each range."""
    return [PainEntry(at=day(number), pain=pain) for dates, pain in pains.items() for number in dates]


def infusion(
    number: int, minutes: int | None = 240, series: SessionSeries = SessionSeries.AUTO
) -> TreatmentSession:
    return TreatmentSession(at=day(number, 10), route=Route.IV_INFUSION, minutes=minutes, series=series)


def nasal(number: int) -> TreatmentSession:
    return TreatmentSession(at=day(number, 10), route=Route.INTRANASAL, drug="esketamine")


def test_a_booster_while_relief_lasts_keeps_the_untreated_baseline() -> None:
    # Usual pain 7 for 28 days, 3 after the infusion on day 30; a booster on day 38.
    entries = evenings({range(2, 30): 7, range(30, 46): 3})
    sessions = [infusion(30), infusion(38, series=SessionSeries.NEW)]
    first, second = reference_summary(entries, sessions, V2, day(46))["courses"]
    # Course 1: K = 38 − 30 − 1 = 7 (next course); 57.1 % below on days 0–7, then no more days.
    assert (first["baseline"], first["relief_days_30"], first["censor_reason_30"]) == (7.0, 8, "next-course")
    # Rule 3: censored by the next course → last = K + 1 = 8; window to day 30 + 8.
    assert first["influence_end"] == iso(38)
    # Rule 4: course 2's dates 30–38 are course 1's; dates 10–29 (20, all 7) remain.
    assert (second["baseline"], second["baseline_dates"], second["baseline_influenced_by"]) == (7.0, 20, [1])
    assert (second["relief_days_30"], second["censor_reason_30"]) == (8, "end-of-diary")
    assert_agrees(entries, sessions, V2, day(46))


def test_a_100_hour_infusion_does_not_count_its_own_days() -> None:
    # Pain 2 during the infusion (day 30 10:00 to day 34 14:00), 6 before and after.
    entries = evenings({range(2, 30): 6, range(30, 34): 2, range(34, 51): 6})
    sessions = [infusion(30, minutes=6000)]
    (course,) = reference_summary(entries, sessions, V2, day(51))["courses"]
    assert (course["day0"], course["end"]) == (iso(34), f"{iso(34)}T14:00")
    assert course["during_mean"] == 2.0  # the four evenings 30–33, in no window
    assert (course["relief_days_30"], course["censored_30"], course["category"]) == (0, False, "none")
    assert_agrees(entries, sessions, V2, day(51))


def test_typical_relief_is_the_midpoint_where_survival_is_one_half() -> None:
    # Four single infusions 14 days apart; pain 8, and 2 for 2, 4, 6, 8 days from each day 0.
    pains: dict[range, int] = {range(2, 30): 8}
    for start, length in ((30, 2), (44, 4), (58, 6), (72, 8)):
        pains |= {range(start, start + length): 2, range(start + length, start + 14): 8}
    entries = evenings(pains)
    sessions = [infusion(start) for start in (30, 44, 58, 72)]
    document = reference_summary(entries, sessions, V2, day(86))
    assert [c["relief_days_30"] for c in document["courses"]] == [2, 4, 6, 8]
    assert [c["censored_30"] for c in document["courses"]] == [False] * 4
    # Kaplan–Meier: S = 3/4 after 2, exactly 1/2 from 4 to the next event at 6 → (4 + 6) / 2.
    assert document["typical_relief"] == [
        {
            "drug_route": "ketamine iv-infusion",
            "sessions_per_course": 1,
            "courses": 4,
            "typical_relief_days": 5.0,
            "min": 2,
            "max": 8,
        }
    ]
    assert_agrees(entries, sessions, V2, day(86))


# ---------------------------------------------------------------- where the analysis departs from the text


def runs_of(
    entries: list[PainEntry], sessions: list[TreatmentSession], config: AnalysisSettings, at: datetime
) -> tuple[list[object], list[object]]:
    return relief_analysis(entries, sessions, config, at).as_json()["runs"], reference_summary(
        entries, sessions, config, at
    )["runs"]


# Course 1 (day 30, usual pain 6) is the run's reference; weekly nasal doses on days 40, 47, 54
# (the 10-day interval before them is another band, so the weekly run opens on day 40).
OLD_REFERENCE = (
    [PainEntry(at=day(number, 8), pain=6 if number < 40 else 3) for number in range(2, 61)],
    [nasal(30), nasal(40), nasal(47), nasal(54)],
    V2.with_changes(carry_forward_days=0),
    day(61),
)
OLD_REFERENCE_RUN = {
    "band": "about weekly",
    "start": iso(40),
    "end": iso(60),  # min(54 + 7 − 1, last logged date 60)
    "sessions": 3,
    "logged_days": 21,
    "days": 21,
    "mean_pain": 3.0,
    "reference": 6.0,  # course 1's own B; course 2's baseline dates are course 1's window
    "pct_below_reference": 50.0,
    "pct_logged_days_30_below": 100.0,
    "predose_mean_pain": 3.0,  # the 08:00 entry before each 10:00 dose
    "predose_pct_below_reference": 50.0,
}


def test_the_reading_takes_the_run_reference_whatever_its_age() -> None:
    assert runs_of(*OLD_REFERENCE)[1] == [OLD_REFERENCE_RUN]


def test_the_analysis_takes_the_run_reference_whatever_its_age() -> None:
    assert runs_of(*OLD_REFERENCE)[0] == [OLD_REFERENCE_RUN]


# Weekly doses on days 30, 37, 44, then day 46 (a change of band: day 44 opens the next run);
# the diary's last entry is on day 40.
BAND_CHANGE = (
    [PainEntry(at=day(number, 8), pain=6) for number in range(2, 41)],
    [nasal(30), nasal(37), nasal(44), nasal(46)],
    V2,
    day(47),
)
BAND_CHANGE_RUN = {
    "band": "about weekly",
    "start": iso(30),
    "end": iso(43),  # the day before day 44, which opens the next run
    "sessions": 3,
    "logged_days": 11,
    "days": 14,
    "mean_pain": 6.0,
    "reference": 6.0,
    "pct_below_reference": 0.0,
    "pct_logged_days_30_below": 0.0,
    "predose_mean_pain": 6.0,  # days 30 and 37; nothing in the 24 h before day 44's dose
    "predose_pct_below_reference": 0.0,
}


def test_the_reading_ends_a_run_the_day_before_the_next_band_opens() -> None:
    assert runs_of(*BAND_CHANGE)[1] == [BAND_CHANGE_RUN]


def test_the_analysis_ends_a_run_the_day_before_the_next_band_opens() -> None:
    assert runs_of(*BAND_CHANGE)[0] == [BAND_CHANGE_RUN]


# Course 1 (esketamine IV, 17 Feb 22:00, 40 min): 14 usable baseline dates; sorted daily values
# 0 0 1 1 1½ 1½ 1⅔ 2 3 3 5 7 10 10, two dropped at each end → B = (80/3) / 10 = 8/3. Sessions 17
# and 14 days apart make one fortnightly run, 17 Feb to 6 Mar (the last logged date): p = 10 and
# 1, mean 5.5; the 24 h before the doses hold 10 and (0 + 2)/2, mean 5.5 as well.
TIE_PAINS = (
    ("01-24 04", 5), ("01-25 02", 1), ("01-26 12", 1), ("01-26 16", 2), ("01-28 08", 10), ("01-29 02", 2),
    ("02-05 16", 3), ("02-09 08", 0), ("02-10 08", 3), ("02-12 20", 1), ("02-13 00", 0), ("02-14 16", 7),
    ("02-15 02", 0), ("02-15 04", 3), ("02-15 18", 2), ("02-16 04", 1), ("02-16 16", 2), ("02-17 18", 10),
    ("03-06 06", 0), ("03-06 08", 2),
)  # fmt: skip
TIE = (
    [
        PainEntry(at=datetime.strptime(f"2025-{moment}", "%Y-%m-%d %H"), pain=pain)
        for moment, pain in TIE_PAINS
    ],
    [
        TreatmentSession(
            at=datetime(2025, 2, 17, 22), route=Route.IV_INFUSION, drug="esketamine", minutes=40
        ),
        TreatmentSession(at=datetime(2025, 3, 6, 10), route=Route.INTRANASAL, minutes=2880),
        TreatmentSession(at=datetime(2025, 3, 20, 10), route=Route.IV_INFUSION, minutes=600),
    ],
    V2,
    datetime(2025, 3, 31, 14),
)
TIE_RUN = {
    "band": "about every two weeks",
    "start": "2025-02-17",
    "end": "2025-03-06",  # min(20 Mar + ⌊15.5⌋ − 1, last logged date 6 Mar)
    "sessions": 3,
    "logged_days": 2,
    "days": 18,
    "mean_pain": 5.5,
    "reference": 2.67,
    "pct_below_reference": -106.3,  # 100 × (8/3 − 11/2) / (8/3) = −106.25, half away from zero
    "pct_logged_days_30_below": 50.0,  # 6 Mar: 62.5 % below
    "predose_mean_pain": 5.5,
    "predose_pct_below_reference": -106.3,
}


def test_the_reading_rounds_run_percentages_half_away_from_zero() -> None:
    assert runs_of(*TIE)[1] == [TIE_RUN]


def test_the_analysis_rounds_run_percentages_half_away_from_zero() -> None:
    assert runs_of(*TIE)[0] == [TIE_RUN]
