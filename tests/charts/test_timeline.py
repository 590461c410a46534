"""The timeline draws the daily means, their 7-day median, sessions, relief windows and side effects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from uuid import uuid4

import numpy as np
import pytest
from matplotlib.backend_bases import ResizeEvent
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import num2date
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from paindiary.analysis.daily import daily_pain
from paindiary.charts import report_pages, style
from paindiary.charts.common import ChartData, prepare
from paindiary.charts.export import build_chart, draw_chart, new_chart_figure
from paindiary.charts.style import date_numbers, moment_number
from paindiary.charts.timeline import TimelineChart
from paindiary.domain import SessionStatus, Severity
from tests.charts.chart_data import drawn


def timeline(data: ChartData) -> TimelineChart:
    return timeline_on(new_chart_figure("timeline"), data)


def timeline_on(figure: Figure, data: ChartData) -> TimelineChart:
    chart = draw_chart("timeline", figure, data)
    assert isinstance(chart, TimelineChart)
    return chart


def test_dots_are_the_daily_means_at_noon(simple: ChartData) -> None:
    chart = timeline(simple)
    series = daily_pain(simple.entries)
    x, y = chart.dots.get_data()
    assert np.allclose(np.asarray(x), np.asarray(date_numbers(series.days)) + 0.5)
    assert np.allclose(np.asarray(y), series.mean)


def test_the_median_line_is_the_median_of_each_seven_day_window(simple: ChartData) -> None:
    chart = timeline(simple)
    x, y = (np.asarray(values, dtype=float) for values in chart.median.get_data())
    means = dict(zip(daily_pain(simple.entries).days.tolist(), daily_pain(simple.entries).mean, strict=False))
    for number, value in zip(x, y, strict=True):
        day = num2date(number).date()
        window = [means[d] for d in means if abs((d - day).days) <= 3]
        assert value == pytest.approx(float(np.median(window)))
    # 10 March: window 7-13 March holds 3, 3, 3, 3, 6, 6, 6.
    ten_march = int(np.argmin(np.abs(x - (moment_number(date(2024, 3, 10)) + 0.5))))
    assert y[ten_march] == 3.0


def test_the_median_leaves_a_gap_where_fewer_than_three_days_were_logged(simple: ChartData) -> None:
    sparse = replace(simple, entries=[e for e in simple.entries if e.at.day % 5 == 0])
    _x, y = timeline(sparse).median.get_data()
    assert np.isnan(np.asarray(y, dtype=float)).any()


def test_sessions_are_marked_at_their_time_and_labelled_with_their_dose(simple: ChartData) -> None:
    chart = timeline(simple)
    x, _y = chart.session_marks.get_data()
    assert list(np.asarray(x)) == pytest.approx([moment_number(s.at) for s in simple.sessions])
    assert [label.get_text() for label in chart.labels] == ["100 mg", "150 mg"]
    assert all(label.get_visible() for label in chart.labels)


def test_relief_windows_are_shaded_from_onset_to_the_last_relief_day(simple: ChartData) -> None:
    chart = timeline(simple)
    spans = [
        (float(path.vertices[:, 0].min()), float(path.vertices[:, 0].max()))
        for path in chart.spans.get_paths()
    ]
    expected = [
        (moment_number(r.day0) + (r.onset_day_30 or 0), moment_number(r.day0) + (r.relief_days_30 or 0))
        for r in simple.reliefs
    ]
    assert np.allclose(spans, expected)
    # Course 1: 1 March to the end of 10 March (ten relief days).
    assert spans[0] == pytest.approx(
        (moment_number(datetime(2024, 3, 1)), moment_number(datetime(2024, 3, 11)))
    )


def test_side_effects_are_marked_by_the_worst_severity_of_the_session(simple: ChartData) -> None:
    chart = timeline(simple)
    moderate_x, _ = chart.effect_marks[Severity.MODERATE].get_data()
    severe_x, _ = chart.effect_marks[Severity.SEVERE].get_data()
    mild_x, _ = chart.effect_marks[Severity.MILD].get_data()
    assert list(moderate_x) == pytest.approx([moment_number(simple.sessions[0].at)])
    assert list(severe_x) == pytest.approx([moment_number(simple.sessions[1].at)])
    assert len(mild_x) == 0


def test_the_period_limits_the_points_and_the_axis(simple: ChartData) -> None:
    chart = timeline(replace(simple, start=date(2024, 3, 1), end=date(2024, 3, 31)))
    x, _ = chart.dots.get_data()
    assert len(x) == 31
    assert chart.ax.get_xlim() == pytest.approx(
        (moment_number(date(2024, 3, 1)), moment_number(date(2024, 4, 1)))
    )
    assert [label.get_text() for label in chart.labels] == ["100 mg"]
    assert chart.title == "Daily pain, 1 Mar 2024 – 31 Mar 2024"


def test_a_loading_series_is_labelled_once_with_its_sessions(demo: ChartData) -> None:
    labels = [label.get_text() for label in timeline(demo).labels]
    assert labels[0] == "5 × 100 mg"
    assert len(labels) == len(demo.reliefs)


def test_close_labels_are_staggered_or_hidden_never_overlapped(demo: ChartData) -> None:
    chart = timeline(demo)
    figure = drawn(chart.figure)  # type: ignore[arg-type]
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [label.get_window_extent(renderer) for label in chart.labels if label.get_visible()]
    assert len(boxes) >= len(chart.labels) - 2
    for index, box in enumerate(boxes):
        for other in boxes[index + 1 :]:
            assert not box.overlaps(other)


@pytest.mark.parametrize("kind", ["empty", "one entry", "sessions only"])
def test_a_tiny_diary_gives_a_message_or_a_chart_never_an_error(
    kind: str, simple: ChartData, empty: ChartData
) -> None:
    data = {
        "empty": empty,
        "one entry": prepare(simple.entries[:1], [], simple.settings),
        "sessions only": replace(simple, entries=[]),
    }[kind]
    chart = timeline(data)
    drawn(chart.figure)  # type: ignore[arg-type]
    if kind == "empty":
        assert chart.message is not None
        assert "Not enough data yet" in chart.message
        assert not chart.ax.get_visible()
    else:
        assert chart.message is None


def test_hovering_a_dot_names_its_date_and_pain(simple: ChartData) -> None:
    chart = timeline(simple)
    drawn(chart.figure)  # type: ignore[arg-type]
    x, y = chart.dots.get_data()
    position = chart.ax.transData.transform((np.asarray(x)[0], np.asarray(y)[0]))
    assert chart.describe_at(*position) == "23 Feb 2024: pain 6 (1 entry)"
    session_position = chart.ax.transData.transform((moment_number(simple.sessions[1].at), 10.55))
    text = chart.describe_at(*session_position)
    assert text is not None
    assert "150 mg (3 mg/kg)" in text
    assert "Dissociation (severe)" in text
    inside_relief = chart.ax.transData.transform((moment_number(datetime(2024, 3, 5)), 9.0))
    assert (
        chart.describe_at(*inside_relief)
        == "Course 1 (1 Mar 2024): pain at least 30 % below usual for 10 days"
    )


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2024, 3, 1, 13, 45, 12),
        date(1999, 12, 31),
        datetime(1900, 1, 1),
        datetime(2999, 12, 31, 23, 59, 59),
    ],
)
def test_moment_numbers_are_matplotlibs_date_numbers(moment: date) -> None:
    assert moment_number(moment) == pytest.approx(float(date_numbers(moment)), abs=1e-9)


def test_the_timeline_needs_no_layout_engine(simple: ChartData) -> None:
    # A layout engine would make every save draw the figure twice.
    assert build_chart("timeline", simple).get_layout_engine() is None


def text_boxes(chart: TimelineChart) -> dict[str, list[Bbox]]:
    """Window boxes of the texts around the axes, after a draw."""
    renderer = chart.figure.get_figure(root=True).canvas.get_renderer()  # type: ignore[union-attr]
    ax = chart.ax

    def boxes(texts: list[Text]) -> list[Bbox]:
        return [text.get_window_extent(renderer) for text in texts if text.get_visible() and text.get_text()]

    return {
        "title": boxes([chart.figure._suptitle]),  # type: ignore[list-item]
        "y ticks": boxes(ax.get_yticklabels()),
        "y label": boxes([ax.yaxis.label]),
        "x ticks": boxes(ax.get_xticklabels()),
        "x offset": boxes([ax.xaxis.get_offset_text()]),
        "legend": [chart.legend.get_window_extent(renderer)] if chart.legend is not None else [],
    }


def assert_everything_fits(chart: TimelineChart) -> None:
    """Every text lies inside its (sub)figure, outside the axes, and none overlaps another."""
    found = text_boxes(chart)
    figure_box = chart.figure.bbox
    axes_box = chart.ax.bbox
    everything = [(name, box) for name, boxes in found.items() for box in boxes]
    assert {name for name, _box in everything} >= {"title", "y ticks", "y label", "x ticks", "legend"}
    for name, box in everything:
        for corner in box.corners():
            assert figure_box.contains(*corner), name
        assert not box.overlaps(axes_box), name
    for index, (name, box) in enumerate(everything):
        for other_name, other in everything[index + 1 :]:
            if name != other_name:
                assert not box.overlaps(other), (name, other_name)
    assert found["legend"][0].y1 < min(box.y0 for box in found["x ticks"])


# The small sizes are about the canvas of the smallest main window (760 × 560 px), with and
# without the sample banner; on the shortest the pain label is shortened.
@pytest.mark.parametrize("size", [style.EXPORT_SIZE, (5.6, 4.0), (7.9, 3.4), (14.0, 8.0)])
def test_titles_ticks_and_legend_fit_around_the_axes(size: tuple[float, float], demo: ChartData) -> None:
    for start in (None, date(2024, 3, 1)):  # years on the axis; months with a year offset below
        chart = timeline_on(new_chart_figure("timeline", size), replace(demo, start=start))
        drawn(chart.figure)  # type: ignore[arg-type]
        assert_everything_fits(chart)


def test_the_timeline_fits_its_part_of_a_report_page(demo: ChartData) -> None:
    page = report_pages.chart_pages(demo, style.A4)[0]
    drawn(page)
    (ax,) = [ax for ax in page.axes if ax.get_axes_locator() is not None]  # the one placed by margins
    timeline_figure = ax.get_figure(root=False)
    assert timeline_figure is not page
    chart = TimelineChart.__new__(TimelineChart)  # only the artists the check reads
    chart.figure, chart.ax = timeline_figure, ax  # type: ignore[assignment]
    chart.legend = timeline_figure.legends[0]  # type: ignore[union-attr]
    assert_everything_fits(chart)


def test_a_narrow_window_gets_the_legend_in_fewer_columns_and_a_wide_one_in_three(demo: ChartData) -> None:
    figure = new_chart_figure("timeline")
    canvas = FigureCanvasAgg(figure)
    chart = timeline_on(figure, demo)
    assert chart.legend_columns == 3
    for size, columns in (((5.6, 4.0), 2), (style.EXPORT_SIZE, 3)):
        figure.set_size_inches(*size)
        ResizeEvent("resize_event", canvas)._process()
        assert chart.legend_columns == columns
        assert figure.legends == [chart.legend]
        drawn(figure)
        assert_everything_fits(chart)


@pytest.mark.parametrize(
    ("height", "label"),
    [
        (style.EXPORT_SIZE[1], "Pain (0 = none, 10 = worst imaginable)"),
        (3.7, "Pain\n(0 = none, 10 = worst imaginable)"),
        (3.0, "Pain (0–10)"),
    ],
)
def test_a_shorter_chart_gets_a_shorter_pain_label(height: float, label: str, demo: ChartData) -> None:
    chart = timeline_on(new_chart_figure("timeline", (7.9, height)), demo)
    drawn(chart.figure)  # type: ignore[arg-type]
    assert chart.ax.get_ylabel() == label
    assert_everything_fits(chart)


def test_planned_and_cancelled_sessions_are_not_drawn_as_treatment_given(simple: ChartData) -> None:
    first, second = simple.sessions
    planned = replace(second, id=uuid4(), at=second.at + timedelta(days=20), status=SessionStatus.PLANNED)
    cancelled = replace(first, id=uuid4(), at=first.at + timedelta(days=5), status=SessionStatus.CANCELLED)
    data = replace(simple, sessions=(*simple.sessions, planned, cancelled))
    chart = timeline(data)
    x, _y = chart.session_marks.get_data()
    assert list(np.asarray(x)) == pytest.approx([moment_number(s.at) for s in (first, second)])
    assert [label.get_text() for label in chart.labels] == ["100 mg", "150 mg"]
