"""The session's limits and sentences, shared by the record, the dialog and the command line."""

from __future__ import annotations

from datetime import datetime

import pytest

from paindiary.domain import Route, TreatmentSession, ValidationError
from paindiary.session_limits import (
    DOSE,
    DURATION,
    WEIGHT,
    format_in_largest_unit,
    format_number,
    parse_amount,
    unusual_values,
    worked_out_rate,
)


@pytest.mark.parametrize(
    ("text", "points", "value"),
    [
        ("", ".", None),
        ("  ", ",", None),
        ("12.5", ".", 12.5),
        ("12,5", ",", 12.5),
        (",5", ",", 0.5),
        ("12,5", ".,", 12.5),
        ("1050,0", ".,", 1050),
        ("0,125", ".,", 0.125),  # no thousands group starts with 0
        ("12,5000", ".,", 12.5),
        ("50 mg", ".", 50),
        ("50MG", ".", 50),
        ("10000", ".", 10_000),
    ],
)
def test_what_is_read(text: str, points: str, value: float | None) -> None:
    assert parse_amount(DOSE, text, decimal_points=points) == value


@pytest.mark.parametrize(
    ("text", "points", "message"),
    [
        ("12.5", ",", "'12.5' is not a number (write it like 12,5)"),
        ("1.500", ",", "'1.500' is not a number (write it like 12,5)"),
        ("1,500", ".", "'1,500' is not a number (write it like 12.5)"),
        ("1e4", ".", "'1e4' is not a number"),
        ("0", ".", "0 mg is not possible: it must be more than 0 (leave it out when it was not recorded)"),
        ("-3", ".", "-3 mg is not possible"),
        ("10000.01", ".", "10000.01 mg is above the highest possible value (10000 mg)"),
        ("nan", ".", "'nan' is not a number"),
        # Where both marks are decimal points (the command line), three digits after one are two readings.
        ("1,500", ".,", "'1,500' could mean 1.5 or 1500: write it as 1.5 or 1500"),
        ("1.500 mg", ".,", "'1.500' could mean 1.5 or 1500"),
        ("2,000", ".,", "'2,000' could mean 2 or 2000"),
    ],
)
def test_what_is_refused(text: str, points: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(DOSE, text, decimal_points=points)
    assert refused.value.field == "dose_mg"
    assert refused.value.message.startswith(message)


@pytest.mark.parametrize(
    ("text", "points", "minutes"),
    [
        ("90", ".", 90),
        ("90 min", ".", 90),
        ("4 h", ".", 240),
        ("1,5h", ",", 90),
        ("5 d", ".", 7200),
        ("2.5 D", ".", 3600),
    ],
)
def test_a_duration_may_be_typed_in_hours_or_days(text: str, points: str, minutes: int) -> None:
    assert parse_amount(DURATION, text, decimal_points=points) == minutes


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("15 d", "15 d is above the highest possible value (14 d)"),
        ("0.01 h", "'0.01 h' is not a whole number of minutes"),
        ("0 d", "0 min is not possible"),
        ("x h", "'x h' is not a whole number"),
        ("1,500 h", "'1,500' could mean 1.5 or 1500"),
    ],
)
def test_a_duration_in_hours_or_days_is_refused_in_its_own_words(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_amount(DURATION, text, decimal_points=".,")
    assert refused.value.message.startswith(message)


def test_a_stored_duration_is_shown_in_the_largest_whole_unit() -> None:
    shown = [format_in_largest_unit(DURATION, minutes) for minutes in (90, 60, 240, 1500, 1440, 11520)]
    assert shown == ["90", "1 h", "4 h", "25 h", "1 d", "8 d"]
    assert [parse_amount(DURATION, text) for text in shown] == [90, 60, 240, 1500, 1440, 11520]
    assert format_in_largest_unit(DOSE, 1440) == "1440"


def test_a_duration_is_whole_minutes() -> None:
    assert parse_amount(DURATION, "90") == 90
    assert isinstance(parse_amount(DURATION, "90 min"), int)
    with pytest.raises(ValidationError, match="not a whole number"):
        parse_amount(DURATION, "1,5", decimal_points=",")


def test_the_record_refuses_zero_with_the_same_sentence() -> None:
    with pytest.raises(ValidationError) as refused:
        TreatmentSession(at=datetime(2024, 3, 1, 9), route=Route.ORAL, weight_kg=0)
    assert refused.value.field == "weight_kg"
    assert refused.value.message == (
        "0 kg is not possible: it must be more than 0 (leave it out when it was not recorded)"
    )


def test_unusual_values_and_their_edges() -> None:
    assert unusual_values(700, 70, 7 * 24 * 60) == []  # exactly 10 mg/kg and exactly 7 days
    found = unusual_values(700.5, 70, 7 * 24 * 60 + 1, decimal_point=",")
    assert [u.field for u in found] == ["dose_mg", "minutes"]
    assert found[0].sentence == "10,01 mg/kg in one session is more than 10 mg/kg."
    assert unusual_values(5000, None, None) == []  # no weight: no mg/kg to judge


def test_the_rate_is_worked_out_only_for_an_infusion_without_one() -> None:
    assert worked_out_rate(140, 70, 240) == pytest.approx(0.5)
    assert worked_out_rate(140, None, 240) is None
    at = datetime(2024, 3, 1, 9)
    infusion = TreatmentSession(at=at, route=Route.IV_INFUSION, dose_mg=140, weight_kg=70, minutes=240)
    assert infusion.worked_out_rate == pytest.approx(0.5)
    nasal = TreatmentSession(at=at, route=Route.INTRANASAL, dose_mg=140, weight_kg=70, minutes=240)
    assert nasal.worked_out_rate is None
    given = TreatmentSession(
        at=at, route=Route.IV_INFUSION, dose_mg=140, weight_kg=70, minutes=240, rate_mg_per_kg_h=0.4
    )
    assert given.worked_out_rate is None  # the recorded one is the rate


def test_numbers_never_get_group_separators() -> None:
    assert format_number(10_000) == "10000"
    assert format_number(72.5, decimal_point=",") == "72,5"
    assert format_number(WEIGHT.upper) == "500"
