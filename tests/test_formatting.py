"""Numbers and dates for charts, the report and the analysis wording, in English (no catalogue)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from paindiary import formatting
from paindiary.charts import style


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [(2.0, 1, "2"), (1.25, 2, "1.25"), (1.25, 1, "1.2"), (0.5, 2, "0.5"), (-0.04, 1, "0"), (-1.5, 1, "-1.5")],
)
def test_numbers_lose_trailing_zeros(value: float, places: int, text: str) -> None:
    assert formatting.format_number(value, places) == text


def test_fixed_numbers_keep_their_decimals() -> None:
    assert formatting.format_fixed(0.5, 2) == "0.50"
    assert formatting.format_fixed(-3.0, 2) == "-3.00"
    assert formatting.format_fixed(7.0, 0) == "7"


def test_dates_name_the_month_and_drop_leading_zeros() -> None:
    assert formatting.format_date(date(2024, 3, 5)) == "5 Mar 2024"
    assert formatting.format_short_date(date(2024, 12, 25)) == "25 Dec 24"
    assert formatting.format_month(date(2024, 5, 1)) == "May 24"
    assert formatting.format_period(date(2024, 1, 1), date(2024, 2, 9)) == "1 Jan 2024 – 9 Feb 2024"


def tick_texts(first: datetime, last: datetime) -> tuple[list[str], str]:
    figure = Figure()
    axes = figure.add_subplot()
    style.date_axis(axes)
    axes.plot([first, last], [0, 1])
    axes.set_xlim(first, last)
    FigureCanvasAgg(figure).draw()
    labels = [label.get_text() for label in axes.get_xticklabels()]
    return labels, axes.xaxis.get_major_formatter().get_offset()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (timedelta(days=3650), "2020"),  # years
        (timedelta(days=200), "Mar"),  # months
        (timedelta(days=20), "5"),  # days, without a leading zero
        (timedelta(hours=30), "1 Mar"),  # hours, midnight named by its date
    ],
)
def test_date_ticks_spell_the_month_and_day_at_every_zoom(span: timedelta, expected: str) -> None:
    first = datetime(2019, 12, 31, 18, 0) if span.days >= 3650 else datetime(2024, 3, 1)
    labels, offset = tick_texts(first, first + span)
    assert expected in labels
    assert all("\x1f" not in text and "\x1e" not in text for text in [*labels, offset])
    assert not any(text.startswith("0") and text[1:2].isdigit() and ":" not in text for text in labels)
