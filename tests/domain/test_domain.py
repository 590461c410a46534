from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from paindiary.domain import (
    AnalysisSettings,
    PainEntry,
    Route,
    Severity,
    SideEffect,
    TreatmentSession,
    ValidationError,
    format_moment,
    parse_moment,
)

AT = datetime(2024, 3, 1, 8, 30)


@pytest.mark.parametrize("pain", [0, 5, 10])
def test_pain_scores_in_range_are_accepted(pain: int) -> None:
    assert PainEntry(at=AT, pain=pain).pain == pain


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("pain", 11, "pain: 11 is outside 0–10"),
        ("pain", -1, "pain: -1 is outside 0–10"),
        ("pain", 5.5, "pain: 5.5 is not a whole number from 0 to 10"),
        ("pain", "5", "pain: '5' is not a whole number from 0 to 10"),
        ("pain", True, "pain: True is not a whole number from 0 to 10"),
        ("worst", 12, "worst: 12 is outside 0–10"),
        ("enjoyment", -3, "enjoyment: -3 is outside 0–10"),
        ("activity", 99, "activity: 99 is outside 0–10"),
    ],
)
def test_bad_scores_name_the_field_and_range(field: str, value: object, message: str) -> None:
    values: dict[str, object] = {"at": AT, "pain": 5, field: value}
    with pytest.raises(ValidationError) as caught:
        PainEntry(**values)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert caught.value.field == field


def test_missing_pain_is_required() -> None:
    with pytest.raises(ValidationError, match="pain: is required"):
        PainEntry(at=AT, pain=None)  # type: ignore[arg-type]


def test_entry_time_is_local_and_loses_microseconds() -> None:
    entry = PainEntry(at=datetime(2024, 3, 1, 8, 30, 15, 999), pain=3)
    assert entry.at == datetime(2024, 3, 1, 8, 30, 15)
    with pytest.raises(ValidationError, match="at: must be a local time"):
        PainEntry(at=datetime.fromisoformat("2024-03-01T08:30+02:00"), pain=3)
    with pytest.raises(ValidationError, match="at: 1800 is outside the years"):
        PainEntry(at=datetime(1800, 1, 1), pain=3)


def test_locations_are_cleaned_and_deduplicated() -> None:
    entry = PainEntry(at=AT, pain=4, locations=(" left foot ", "left foot", "back"))
    assert entry.locations == ("left foot", "back")
    with pytest.raises(ValidationError, match=r"locations\[1\]: must not be empty"):
        PainEntry(at=AT, pain=4, locations=("foot", "  "))
    with pytest.raises(ValidationError, match="locations: must be a list"):
        PainEntry(at=AT, pain=4, locations="foot")  # type: ignore[arg-type]


def test_peg_score_needs_all_three_items() -> None:
    assert PainEntry(at=AT, pain=6, enjoyment=3, activity=6).peg == 5
    assert PainEntry(at=AT, pain=6, enjoyment=3).peg is None


def test_unknown_route_lists_the_allowed_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        TreatmentSession(at=AT, route="iv")  # type: ignore[arg-type]
    assert caught.value.field == "route"
    for route in Route:
        assert route.value in caught.value.message


def test_unknown_severity_lists_the_allowed_ones() -> None:
    with pytest.raises(ValidationError, match="severity: 'awful' is not one of: mild, moderate, severe"):
        SideEffect(kind="nausea", severity="awful")  # type: ignore[arg-type]


def test_catalog_kinds_are_stored_as_keys_and_custom_kinds_kept() -> None:
    assert SideEffect(kind="Nausea").kind == "nausea"
    assert SideEffect(kind="Metallic taste").kind == "Metallic taste"
    assert SideEffect(kind="nausea", severity="severe").severity is Severity.SEVERE  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("dose_mg", -5),
        ("dose_mg", 0),
        ("dose_mg", float("nan")),
        ("weight_kg", 900),
        ("minutes", 0),
        ("minutes", 2.5),
    ],
)
def test_session_amounts_are_checked(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        TreatmentSession(at=AT, route=Route.IV_INFUSION, **{field: value})  # type: ignore[arg-type]
    assert caught.value.field == field


def test_mg_per_kg_is_derived() -> None:
    session = TreatmentSession(at=AT, route=Route.IV_INFUSION, dose_mg=140, weight_kg=70)
    assert session.dose_mg_per_kg == 2
    assert TreatmentSession(at=AT, route=Route.ORAL, dose_mg=140).dose_mg_per_kg is None


def test_same_content_ignores_bookkeeping_and_side_effect_order() -> None:
    ident = uuid.uuid4()
    nausea, dizzy = SideEffect("nausea"), SideEffect("dizziness")
    first = TreatmentSession(at=AT, route=Route.ORAL, id=ident, side_effects=(nausea, dizzy), created=AT)
    second = TreatmentSession(at=AT, route=Route.ORAL, id=ident, side_effects=(dizzy, nausea))
    assert first.same_content(second)
    assert not first.same_content(TreatmentSession(at=AT, route=Route.ORAL, id=ident, dose_mg=5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01T08:30", datetime(2024, 3, 1, 8, 30)),
        ("2024-03-01 08:30:15", datetime(2024, 3, 1, 8, 30, 15)),
        ("2024-03-01", datetime(2024, 3, 1)),
    ],
)
def test_parse_moment(text: str, expected: datetime) -> None:
    assert parse_moment("at", text) == expected


@pytest.mark.parametrize("text", ["2024-02-30T10:00", "2024-13-01", "yesterday", "2024-03-01T25:00", ""])
def test_impossible_moments_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match=r"^at: "):
        parse_moment("at", text)


def test_format_moment_keeps_seconds_only_when_present() -> None:
    assert format_moment(datetime(2024, 3, 1, 8, 30)) == "2024-03-01T08:30"
    assert format_moment(datetime(2024, 3, 1, 8, 30, 5)) == "2024-03-01T08:30:05"


def test_analysis_settings_defaults_and_limits() -> None:
    assert AnalysisSettings().as_dict() == {
        "baseline_days": 28,
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
    with pytest.raises(ValidationError, match="horizon_days: 0 is outside 1–730"):
        AnalysisSettings(horizon_days=0)
    with pytest.raises(ValidationError, match="is not a setting"):
        AnalysisSettings.from_dict({"baseline": 3})
    with pytest.raises(ValidationError, match="min_baseline_days"):
        AnalysisSettings(baseline_days=2, min_baseline_days=5)
