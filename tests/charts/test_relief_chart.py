"""The relief-window chart draws each course's smoothed reduction s(k) from day 0."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from paindiary.charts.common import ChartData, measured
from paindiary.charts.relief import ReliefWindowChart, median_curve
from tests.charts.chart_data import chart_of, drawn


def relief_chart(data: ChartData) -> ReliefWindowChart:
    return chart_of("relief", data, ReliefWindowChart)


def values(line: object) -> tuple[np.ndarray, np.ndarray]:
    x, y = line.get_data()  # type: ignore[attr-defined]
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def as_array(smoothed: tuple[float | None, ...]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in smoothed], dtype=float)


def test_the_latest_course_is_highlighted_with_its_smoothed_curve(simple: ChartData) -> None:
    chart = relief_chart(simple)
    x, y = values(chart.highlight)
    latest = simple.reliefs[-1]
    assert list(x) == list(range(latest.follow_up_days))
    assert np.allclose(y, as_array(latest.smoothed), equal_nan=True)
    assert chart.highlight.get_linestyle() == "--"  # still going: censored
    legend = chart.legend
    assert legend is not None
    assert legend.get_texts()[0].get_text() == "Course 2 (1 Apr 2024), latest"


def test_other_courses_are_thin_lines_solid_when_relief_ended(simple: ChartData) -> None:
    chart = relief_chart(simple)
    visible = [line for line in chart.course_lines if line.get_visible()]
    assert len(visible) == 1
    _x, y = values(visible[0])
    assert np.allclose(y, as_array(simple.reliefs[0].smoothed), equal_nan=True)
    assert y[:10] == pytest.approx([50.0] * 10)
    assert visible[0].get_linestyle() == "-"


def test_a_chosen_course_is_highlighted_instead(simple: ChartData) -> None:
    chart = relief_chart(replace(simple, highlight=1))
    _x, y = values(chart.highlight)
    assert np.allclose(y, as_array(simple.reliefs[0].smoothed), equal_nan=True)


def test_reference_lines_at_30_and_50_percent(simple: ChartData) -> None:
    chart = relief_chart(simple)
    horizontal = {
        float(line.get_ydata()[0])  # type: ignore[index]
        for line in chart.ax.get_lines()
        if len(set(np.asarray(line.get_ydata(), dtype=float))) == 1 and line.get_xydata().shape[0] == 2  # type: ignore[union-attr]
    }
    assert {30.0, 50.0} <= horizontal
    assert [label.get_text() for label in chart.threshold_labels] == [
        "30 %: moderate relief",
        "50 %: substantial relief",
    ]


def test_the_median_curve_is_the_median_across_courses_day_by_day(demo: ChartData) -> None:
    chart = relief_chart(demo)
    x, y = values(chart.median)
    courses = demo.in_shown_group(measured(demo.reliefs))  # the latest course's kind only
    assert 3 <= len(courses) < len(measured(demo.reliefs))
    table = np.full((len(courses), len(x)), np.nan)
    for row, relief in enumerate(courses):
        curve = as_array(relief.smoothed)
        table[row, : len(curve)] = curve
    for day in (0, 3, 10, 20):
        column = table[:, day][~np.isnan(table[:, day])]
        assert y[day] == pytest.approx(float(np.median(column)))
    assert np.allclose(median_curve(courses)[1], y, equal_nan=True)


def test_the_median_needs_two_courses(simple: ChartData) -> None:
    one = replace(simple, analysis=replace(simple.analysis, courses=simple.analysis.courses[:1]))
    chart = relief_chart(one)
    assert not chart.median.get_visible()


def test_the_x_axis_shows_days_to_weeks(demo: ChartData) -> None:
    chart = relief_chart(demo)
    low, high = chart.ax.get_xlim()
    longest = max(r.relief_days_30 or 0 for r in demo.in_shown_group(demo.reliefs))
    assert low == -0.5  # day 0's dot whole
    assert longest < high <= 90


@pytest.mark.parametrize("days", [4, 7, 22])
def test_days_on_the_x_axis_are_whole(simple: ChartData, days: int) -> None:
    chart = relief_chart(simple)
    chart.ax.set_xlim(-0.5, days - 0.5)  # a short follow-up, as in a maintenance schedule
    ticks = [tick for tick in chart.strip.get_xticks() if -0.5 <= tick <= days - 0.5]
    assert len(ticks) >= 2
    assert all(float(tick).is_integer() for tick in ticks), ticks


def test_without_measurable_courses_it_says_what_is_missing(empty: ChartData, simple: ChartData) -> None:
    chart = relief_chart(empty)
    assert chart.message is not None
    assert "Record a treatment session" in chart.message
    few = replace(simple, entries=simple.entries[5:])
    from paindiary.charts.common import prepare

    chart = relief_chart(prepare(few.entries[:0], few.sessions, few.settings))
    assert chart.message is not None
    assert "at least 3 of the 28 days" in chart.message
    drawn(chart.figure)  # type: ignore[arg-type]


def test_hovering_a_curve_gives_course_day_and_reduction(simple: ChartData) -> None:
    chart = relief_chart(simple)
    drawn(chart.figure)  # type: ignore[arg-type]
    position = chart.ax.transData.transform((3, 50.0))
    assert chart.describe_at(*position) == "Course 1 (1 Mar 2024), day 3: 50 % below usual"


def test_the_median_can_be_hovered_where_it_exists(simple: ChartData) -> None:
    chart = relief_chart(simple)
    drawn(chart.figure)  # type: ignore[arg-type]
    _days, median = values(chart.median)
    assert np.isnan(median[6:]).all()  # one course only after day 5: no median there
    position = chart.ax.transData.transform((2, median[2]))
    assert chart.describe_at(*position) == "Median of the courses, day 2: 58 % below usual"
