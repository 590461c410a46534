"""Maintenance runs on the timeline and on their report page, from hand-built runs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from paindiary.analysis.results import FrequencyBand
from paindiary.charts import report_pages, style
from paindiary.charts.common import ChartData
from paindiary.charts.export import draw_chart, new_chart_figure
from paindiary.charts.style import moment_number
from paindiary.charts.timeline import TimelineChart
from tests.charts.chart_data import daily, drawn, hand_made
from tests.charts.layout import texts_overlapping_or_outside
from tests.support.relief_factory import analysis_of, course_relief, dosing_run

FIRST = date(2024, 3, 4)  # a Monday: sessions Mondays and Thursdays for two weeks, then weekly
TWICE = [FIRST + timedelta(days=offset) for offset in (0, 3, 7, 10, 14)]
WEEKLY = [FIRST + timedelta(days=offset) for offset in (14, 21, 28, 35)]


def maintenance() -> ChartData:
    """A course in February, then twice-weekly dosing, then weekly; entries every day."""
    course = course_relief(1, date(2024, 2, 5), [40, 45, 50, 35, 20])
    runs = [
        dosing_run(
            TWICE, end=WEEKLY[0] - timedelta(days=1), mean_pain=4.0, predose_mean_pain=5.5, reference=7.0
        ),
        dosing_run(
            WEEKLY,
            band=FrequencyBand.ABOUT_WEEKLY,
            end=WEEKLY[-1] + timedelta(days=6),
            mean_pain=4.5,
            predose_mean_pain=None,
            reference=7.0,
        ),
    ]
    entries = daily(date(2024, 1, 8), [7] * 28 + [5] * 28 + [4] * 49)
    return hand_made(analysis_of([course], runs=runs), entries)


def timeline(data: ChartData, size: tuple[float, float] = style.EXPORT_SIZE) -> TimelineChart:
    chart = draw_chart("timeline", new_chart_figure("timeline", size), data)
    assert isinstance(chart, TimelineChart)
    return chart


def segments(collection: object) -> list[list[tuple[float, float]]]:
    return [[tuple(point) for point in segment.tolist()] for segment in collection.get_segments()]  # type: ignore[attr-defined]


def test_each_run_is_a_band_over_its_period() -> None:
    chart = timeline(maintenance())
    bands = [path.vertices for path in chart.runs.bands.get_paths()]
    assert len(bands) == 2
    first = moment_number(FIRST)
    # 4 March to 17 March inclusive: up to midnight of 18 March
    assert bands[0][:, 0].min() == pytest.approx(first)
    assert bands[0][:, 0].max() == pytest.approx(first + 14)
    assert bands[1][:, 0].min() == pytest.approx(first + 14)
    assert bands[1][:, 0].max() == pytest.approx(first + 42)
    assert (bands[0][:, 1].min(), bands[0][:, 1].max()) == (0.0, 10.0)


def test_mean_pain_and_pain_before_doses_are_drawn_against_the_usual_pain() -> None:
    chart = timeline(maintenance())
    first = moment_number(FIRST)
    assert segments(chart.runs.mean) == [
        [(first, 4.0), (first + 14, 4.0)],
        [(first + 14, 4.5), (first + 42, 4.5)],
    ]
    assert segments(chart.runs.predose) == [[(first, 5.5), (first + 14, 5.5)]]  # the weekly run has none
    assert [segment[0][1] for segment in segments(chart.runs.reference)] == [7.0, 7.0]


def test_runs_are_labelled_with_their_frequency_and_in_the_legend() -> None:
    chart = timeline(maintenance())
    assert [label.get_text().strip() for label in chart.runs.labels] == [
        "twice a week or more",
        "about weekly",
    ]
    assert chart.legend is not None
    texts = [text.get_text() for text in chart.legend.get_texts()]
    assert "Regular dosing (how often: on the band)" in texts
    assert "Its mean pain, pain before doses, usual pain" in texts


def test_hovering_a_run_gives_its_numbers() -> None:
    chart = timeline(maintenance())
    drawn(chart.figure)  # type: ignore[arg-type]
    x, y = chart.ax.transData.transform((moment_number(FIRST + timedelta(days=5)), 8.5))
    text = chart.describe_at(x, y)
    assert text is not None
    assert text.startswith("Sessions twice a week or more, ")
    assert "(5 sessions)" in text
    assert "Mean pain 4/10; in the 24 hours before doses 5.5/10" in text
    assert "Usual pain before (course 1): 7/10" in text
    assert "Mean pain 42.9 % below usual pain" in text  # (7 − 4) / 7


def test_without_runs_nothing_of_them_is_drawn_or_explained() -> None:
    data = maintenance()
    chart = timeline(hand_made(analysis_of(data.analysis.courses), data.entries))
    assert chart.runs.bands.get_paths() == []
    assert chart.runs.labels == []
    assert chart.legend is not None
    assert len(chart.legend.get_texts()) == 5


def test_runs_outside_the_period_are_not_drawn() -> None:
    from dataclasses import replace

    chart = timeline(replace(maintenance(), end=FIRST - timedelta(days=1)))
    assert chart.runs.labels == []


@pytest.mark.parametrize("size", [style.EXPORT_SIZE, (5.6, 4.0), (7.9, 3.4), (14.0, 8.0)])
def test_the_timeline_with_runs_keeps_its_texts_apart(size: tuple[float, float]) -> None:
    chart = timeline(maintenance(), size)
    assert texts_overlapping_or_outside(chart.figure) == []  # type: ignore[arg-type]


def test_the_report_gets_a_page_of_runs_only_when_there_are_runs() -> None:
    data = maintenance()
    page = report_pages.runs_page(data, style.A4)
    assert page is not None
    drawn(page)
    (axes,) = [axes for axes in page.axes if axes.get_visible()]
    low, high = axes.get_xlim()
    assert low == moment_number(FIRST - timedelta(days=28))  # four weeks before, for the usual pain
    assert high == moment_number(WEEKLY[-1] + timedelta(days=7))
    titles = [text.get_text() for text in page.findobj(lambda artist: hasattr(artist, "get_text"))]
    assert any(str(title).startswith("Regular dosing, ") for title in titles)
    assert (
        report_pages.runs_page(hand_made(analysis_of(data.analysis.courses), data.entries), style.A4) is None
    )
