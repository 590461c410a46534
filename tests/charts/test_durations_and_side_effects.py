"""Relief days per course as bars, relief days against mg/kg, and side effects by course."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from paindiary.analysis.side_effects import side_effect_summary
from paindiary.charts.common import ChartData, prepare
from paindiary.charts.durations import DurationsChart, judged
from paindiary.charts.export import draw_chart
from paindiary.charts.side_effects import SideEffectsChart
from paindiary.charts.style import new_figure, two_lines
from paindiary.domain import Severity
from tests.charts.chart_data import chart_of, drawn
from tests.charts.layout import texts_overlapping_or_outside


def durations(data: ChartData) -> DurationsChart:
    return chart_of("durations", data, DurationsChart)


def side_effects(data: ChartData) -> SideEffectsChart:
    return chart_of("side-effects", data, SideEffectsChart)


def test_bar_heights_are_the_relief_days_at_30_percent(demo: ChartData) -> None:
    chart = durations(demo)
    courses = judged(demo.reliefs)
    assert [bar.get_height() for bar in chart.bars] == [r.relief_days_30 for r in courses]
    labels = [text.get_text() for text in chart.bar_labels]
    assert labels == [f"≥{r.relief_days_30}" if r.censored_30 else str(r.relief_days_30) for r in courses]


def test_censored_courses_are_hatched_and_marked_at_least(simple: ChartData) -> None:
    chart = durations(simple)
    assert [bar.get_hatch() for bar in chart.bars] == [None, "///"]
    assert [t.get_text() for t in chart.bar_labels] == ["10", "≥6"]
    assert [t.get_text() for t in chart.point_labels] == ["1", "2"]  # the dose chart's points


def test_bars_are_coloured_by_mg_per_kg(simple: ChartData) -> None:
    chart = durations(simple)
    colours = [bar.get_facecolor() for bar in chart.bars]
    assert colours[0] == chart.colormap(chart.norm(2.0))
    assert colours[1] == chart.colormap(chart.norm(3.0))
    assert (chart.norm.vmin, chart.norm.vmax) == (2.0, 3.0)


def test_relief_days_against_mg_per_kg(simple: ChartData) -> None:
    chart = durations(simple)
    assert chart.completed.get_offsets().tolist() == [[2.0, 10.0]]
    assert chart.censored.get_offsets().tolist() == [[3.0, 6.0]]


def test_durations_without_judged_courses_say_so(empty: ChartData) -> None:
    chart = durations(empty)
    assert chart.message is not None
    assert "Not enough data yet" in chart.message
    drawn(chart.figure)  # type: ignore[arg-type]


def test_side_effects_are_placed_by_course_and_kind_with_their_worst_severity(simple: ChartData) -> None:
    chart = side_effects(simple)
    summary = side_effect_summary(simple.sessions, [r.treatment for r in simple.reliefs])
    assert [t.get_text() for t in chart.ax.get_yticklabels()] == [
        "Dissociation",
        "Nausea",
        "Bladder symptoms",
    ]
    assert list(summary.kinds) == ["dissociation", "nausea", "bladder-symptoms"]
    placed = {
        severity: sorted(zip(*(np.asarray(v).tolist() for v in line.get_data()), strict=True))
        for severity, line in chart.marks.items()
    }
    assert placed[Severity.MILD] == [(0.0, 0.0), (1.0, 2.0)]
    assert placed[Severity.MODERATE] == [(0.0, 1.0)]
    assert placed[Severity.SEVERE] == [(1.0, 0.0)]


def test_repeated_side_effects_show_their_count(demo: ChartData) -> None:
    chart = side_effects(demo)
    counts = [text.get_text() for text in chart.counts]
    assert "×5" in counts  # dissociation after each of the five loading infusions


def test_no_side_effects_gives_a_message(simple: ChartData) -> None:
    bare = [replace(s, side_effects=()) for s in simple.sessions]
    chart = side_effects(prepare(simple.entries, bare, simple.settings))
    # none recorded after courses that exist is a finding, not a lack of data
    assert chart.message == "No side effects recorded for the courses in this period."
    chart = side_effects(prepare(simple.entries, [], simple.settings))
    assert chart.message is not None
    assert "record treatment sessions" in chart.message


@pytest.mark.parametrize("size", [(8.0, 4.5), (5.6, 4.0), (7.9, 3.4), (14.0, 8.0)])
@pytest.mark.parametrize("kind", ["relief", "durations", "side-effects"])
def test_the_demo_charts_keep_their_texts_inside_and_apart(
    kind: str, size: tuple[float, float], demo: ChartData
) -> None:
    figure = new_figure(size)
    draw_chart(kind, figure, demo)
    assert texts_overlapping_or_outside(figure) == []


@pytest.mark.parametrize(
    "label",
    [
        "Días de alivio (dolor ≥ 30 % por debajo del habitual)",
        "Relief days (pain ≥ 30 % below usual)",
        "Tage mit Linderung (Schmerz ≥ 30 % unter üblich)",
    ],
)
def test_an_axis_label_in_two_lines_keeps_a_percentage_with_its_number(label: str) -> None:
    first, second = two_lines(label).split("\n")
    assert not second.startswith("%")
    assert f"{first} {second}" == label
