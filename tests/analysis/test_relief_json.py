"""Rule 11 and the JSON document: field order, nulls by status, numbers, rounding."""

from __future__ import annotations

import json
from collections.abc import Mapping

from paindiary.analysis import summary_document
from tests.analysis.analysis_builders import (
    DEFAULT,
    START,
    daily,
    entry,
    only_relief,
    relief_of,
    session,
    week_before,
)

SPEC_FIELDS = [
    "course",
    "sessions",
    "start",
    "day0",
    "status",
    "baseline",
    "baseline_days",
    "follow_up_days",
    "onset_day_30",
    "relief_days_30",
    "censored_30",
    "onset_day_50",
    "relief_days_50",
    "censored_50",
    "peak_reduction_pct",
    "peak_day",
    "category",
    "return_to_baseline_day",
    "dose_mg",
    "dose_mg_per_kg",
]
ALWAYS = {
    "course",
    "sessions",
    "start",
    "day0",
    "status",
    "baseline_days",
    "follow_up_days",
    "dose_mg",
    "dose_mg_per_kg",
}
METRICS = [name for name in SPEC_FIELDS if name not in ALWAYS and name != "baseline"]


def test_document_has_the_settings_and_one_object_per_course_in_spec_order() -> None:
    entries = week_before(START) + daily("2024-03-10", [5, 5, 5, 5])
    treatment = session("2024-03-10 08:05:30", dose_mg=35, weight_kg=70)
    document = summary_document(entries, [treatment], DEFAULT)
    assert list(document) == ["settings", "courses"]
    assert document["settings"] == {
        "baseline_days": 7,
        "min_baseline_days": 3,
        "full_baseline_days": 5,
        "course_gap_days": 3,
        "horizon_days": 90,
        "onset_window_days": 3,
        "max_gap_days": 3,
        "washout_days": 7,
        "carry_forward_days": 180,
        "peak_window_days": 14,
    }
    courses = document["courses"]
    assert isinstance(courses, list)
    assert list(courses[0]) == SPEC_FIELDS
    # B = 7 (a week of 7); pain 5 → r = 200/7 = 28.57 %, below 30: no onset with K = 3.
    assert courses[0] == {
        "course": 1,
        "sessions": [str(treatment.id)],
        "start": "2024-03-10T08:05",
        "day0": "2024-03-10",
        "status": "ok",
        "baseline": 7.0,
        "baseline_days": 7,
        "follow_up_days": 4,
        "onset_day_30": None,
        "relief_days_30": 0,
        "censored_30": False,
        "onset_day_50": None,
        "relief_days_50": 0,
        "censored_50": False,
        "peak_reduction_pct": 28.6,
        "peak_day": 0,
        "category": "minimal",
        "return_to_baseline_day": None,
        "dose_mg": 35.0,
        "dose_mg_per_kg": 0.5,
    }
    text = json.dumps(document)
    assert '"baseline": 7.0' in text  # a JSON number, not a string
    assert '"censored_30": false' in text


def _nulls(values: Mapping[str, object]) -> set[str]:
    return {name for name, value in values.items() if value is None}


def test_insufficient_baseline_nulls_the_baseline_and_every_metric() -> None:
    relief = only_relief(daily("2024-03-08", [7, 7]) + daily("2024-03-10", [5]), [session(START)])
    assert _nulls(relief.as_json()) == {"baseline", *METRICS}


def test_other_statuses_keep_the_baseline_and_null_every_metric() -> None:
    no_pain = only_relief(daily("2024-03-07", [0, 0, 0]) + daily("2024-03-10", [5]), [session(START)])
    no_follow_up = only_relief(week_before(START), [session(START)])
    for relief in (no_pain, no_follow_up):
        assert _nulls(relief.as_json()) == set(METRICS)


def test_too_early_nulls_onsets_relief_category_and_return_but_not_the_peak() -> None:
    values = relief_of([10, 9]).as_json()
    assert _nulls(values) == {
        "onset_day_30",
        "relief_days_30",
        "onset_day_50",
        "relief_days_50",
        "category",
        "return_to_baseline_day",
    }
    assert (values["censored_30"], values["censored_50"]) == (True, True)


def test_dose_nulls_do_not_depend_on_the_status() -> None:
    relief = only_relief(week_before(START), [session(START, dose_mg=None)])
    assert (relief.as_json()["dose_mg"], relief.as_json()["dose_mg_per_kg"]) == (None, None)


def test_baseline_rounds_half_away_from_zero() -> None:
    # Daily means 6, 6, 6, 6.5 → B = 24.5 / 4 = 6.125 → 6.13 (not the 6.12 of round-half-even).
    entries = [*daily("2024-03-06", [6, 6, 6]), entry("2024-03-09 08:00", 6), entry("2024-03-09 20:00", 7)]
    assert only_relief(entries, [session(START)]).baseline == 6.13


def test_baseline_rounds_the_exact_value_not_its_float() -> None:
    # Daily means 3, 3, 2.5 (2 and 3), 2.2 (2, 2, 2, 2, 3) → B = 10.7 / 4 = 2.675 exactly → 2.68;
    # the nearest float is 2.67499…, which would round to 2.67.
    entries = [
        *daily("2024-03-06", [3, 3]),
        entry("2024-03-08 08:00", 2),
        entry("2024-03-08 20:00", 3),
        *(
            entry(f"2024-03-09 {hour:02d}:00", pain)
            for hour, pain in zip(range(8, 13), [2, 2, 2, 2, 3], strict=True)
        ),
    ]
    assert only_relief(entries, [session(START)]).baseline == 2.68


def test_peak_rounds_half_away_from_zero_both_ways() -> None:
    # B = 8; pains 7 8 → r = 12.5 0 → s = 6.25 6.25 → 6.3 (round-half-even would give 6.2).
    assert relief_of([7, 8], baseline_pain=8).peak_reduction_pct == 6.3
    # Pains 9 8 → r = −12.5 0 → s = −6.25 → −6.3.
    assert relief_of([9, 8], baseline_pain=8).peak_reduction_pct == -6.3


def test_no_negative_zero_in_the_output() -> None:
    # B = 10, pain 10 → r = 0 → peak 0.0, printed as 0.0.
    assert json.dumps(relief_of([10]).as_json()["peak_reduction_pct"]) == "0.0"
