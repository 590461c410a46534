"""The relief and dose charts compare one comparable group, drawn from hand-built v2 results.

Courses 1, 2 and 4 are single IV ketamine infusions (one group), course 3 a single intranasal
esketamine dose (another group). Every expected number below is worked out by hand.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from matplotlib.colors import to_rgba

from paindiary.analysis.course_groups import Course
from paindiary.analysis.results import CensorReason, CourseRelief, ReliefAnalysis, ReliefStatus
from paindiary.charts.common import ChartData, group_choice, group_label
from paindiary.charts.durations import DurationsChart
from paindiary.charts.export import draw_chart
from paindiary.charts.relief import ReliefWindowChart
from paindiary.charts.style import PRINT, new_figure
from paindiary.domain import Route
from tests.charts.chart_data import chart_of, drawn, hand_made
from tests.support.relief_factory import analysis_of, course_relief, typical_relief

IV = ("ketamine iv-infusion", 1)
NASAL = ("esketamine intranasal", 1)


def four_courses(**changes: dict[str, object]) -> list[CourseRelief]:
    """Three IV courses and one nasal course; `changes` maps a course number to fields to change."""
    courses = [
        course_relief(1, date(2024, 1, 1), [40, 50, None, 35, 10], relief_days_30=4, onset_day_30=0),
        course_relief(
            2, date(2024, 2, 1), [60, None, None, 45, 20, 5], dose_mg=125.0, relief_days_30=5, onset_day_30=0
        ),
        course_relief(3, date(2024, 2, 20), [10, 5], route=Route.INTRANASAL, drug="esketamine", dose_mg=56.0),
        course_relief(
            4,
            date(2024, 3, 1),
            [20, 40, 45],
            dose_mg=150.0,
            relief_days_30=2,
            onset_day_30=1,
            censored_30=True,
            censor_reason_30=CensorReason.END_OF_DIARY,
        ),
    ]
    return [replace(course, **changes.get(str(course.course), {})) for course in courses]


def analysis(courses: list[CourseRelief] | None = None, typical_days: float | None = 4.0) -> ReliefAnalysis:
    courses = courses or four_courses()
    iv = [course for course in courses if course.drug_route == IV[0]]
    typical = typical_relief(iv, typical_days, at_least=5)
    return analysis_of(courses, typical=[typical])


def relief_chart(data: ChartData) -> ReliefWindowChart:
    return chart_of("relief", data, ReliefWindowChart)


def durations_chart(data: ChartData) -> DurationsChart:
    return chart_of("durations", data, DurationsChart)


def ys(line: object) -> list[float]:
    return [float(value) for value in line.get_ydata()]  # type: ignore[attr-defined]


def legend_texts(chart: ReliefWindowChart | DurationsChart) -> list[str]:
    assert chart.legend is not None
    return [text.get_text() for text in chart.legend.get_texts() if text.get_visible()]


# ------------------------------------------------------------------ the relief chart


def test_the_group_of_the_latest_course_is_compared_and_the_others_left_out() -> None:
    data = hand_made(analysis())
    assert data.shown_group() == IV
    chart = relief_chart(data)
    assert chart.title == "Relief after each course\nIV infusion (ketamine), 1 session per course"
    np.testing.assert_allclose(ys(chart.highlight), [20, 40, 45])  # course 4, the latest
    others = [ys(line) for line in chart.course_lines if line.get_visible()]
    np.testing.assert_allclose(others[0], [40, 50, np.nan, 35, 10])
    np.testing.assert_allclose(others[1], [60, np.nan, np.nan, 45, 20, 5])
    assert "Not compared: 1 course of another kind" in legend_texts(chart)


def test_unlogged_days_break_the_lines_and_each_logged_day_is_a_dot() -> None:
    chart = relief_chart(hand_made(analysis()))
    first = next(line for line in chart.course_lines if line.get_visible())
    assert first.get_marker() == "o"
    assert chart.highlight.get_marker() == "o"
    assert np.isnan(ys(first)[2])  # day 2 had no entries: no value, so no line through it


def test_the_strip_counts_the_courses_each_day_rests_on_and_the_median_needs_two() -> None:
    chart = relief_chart(hand_made(analysis()))
    counts = [patch.get_height() for patch in chart.counts]
    assert counts == [3, 2, 1, 2, 2, 1]
    # day 0: median(40, 60, 20); day 1: (50 + 40) / 2; day 2: one course; day 3: (35 + 45) / 2 ...
    np.testing.assert_allclose(ys(chart.median), [40, 45, np.nan, 40, 15, np.nan])
    assert "Median of 3 courses" in legend_texts(chart)


def test_typical_relief_is_marked_where_relief_of_that_length_ends() -> None:
    chart = relief_chart(hand_made(analysis(typical_days=4.0)))
    assert chart.typical_line.get_visible()
    assert list(chart.typical_line.get_xdata()) == [3.5, 3.5]  # 4 days: day 0 to day 3
    assert chart.typical_label.get_text() == "Typical relief: 4 days (3 courses)"
    chart = relief_chart(hand_made(analysis(typical_days=None)))
    assert list(chart.typical_line.get_xdata()) == [4.5, 4.5]
    assert chart.typical_label.get_text() == "Typical relief: at least 5 days (3 courses)"


def test_no_typical_relief_no_mark() -> None:
    data = hand_made(analysis_of(four_courses()))
    chart = relief_chart(data)
    assert not chart.typical_line.get_visible()
    assert not chart.typical_label.get_visible()


def test_another_group_can_be_chosen() -> None:
    chart = relief_chart(hand_made(analysis(), group=NASAL))
    assert chart.title.endswith("Intranasal (esketamine), 1 session per course")
    np.testing.assert_allclose(ys(chart.highlight), [10, 5])
    assert not any(line.get_visible() for line in chart.course_lines)
    assert not chart.median.get_visible()
    assert "Not compared: 3 courses of other kinds" in legend_texts(chart)


def test_a_highlighted_course_brings_its_group() -> None:
    data = hand_made(analysis(), highlight=3)
    assert data.shown_group() == NASAL
    assert [course.course for course in data.in_shown_group(data.reliefs)] == [3]


def test_the_relief_chart_fits_its_texts() -> None:
    chart = relief_chart(hand_made(analysis()))
    drawn(chart.figure)  # type: ignore[arg-type]
    renderer = chart.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    label = chart.typical_label.get_window_extent(renderer)
    assert chart.ax.bbox.contains(label.x0, label.y0)
    assert chart.ax.bbox.contains(label.x1, label.y1)


# ------------------------------------------------------------------ durations and doses


def test_other_kinds_of_course_are_greyed_outlines() -> None:
    chart = durations_chart(hand_made(analysis()))
    assert [bar.get_height() for bar in chart.bars] == [4, 5, 0, 2]
    other = chart.bars[2]  # course 3, intranasal
    assert other.get_facecolor() == to_rgba(PRINT.background)
    assert other.get_edgecolor() == to_rgba(PRINT.muted)
    assert other.get_linestyle() == "--"
    assert all(bar.get_linestyle() == "solid" for index, bar in enumerate(chart.bars) if index != 2)
    assert [label.get_color() for label in chart.bar_labels] == [PRINT.foreground] * 2 + [
        PRINT.muted,
        PRINT.foreground,
    ]
    assert "Dashed outline: courses of other kinds, not compared" in legend_texts(chart)


def test_the_dose_chart_holds_the_group_in_mg_per_kg_per_session_labelled_by_course() -> None:
    chart = durations_chart(hand_made(analysis()))
    # 100, 125 and 150 mg at 50 kg: 2, 2.5 and 3 mg/kg per session; course 4 is still going
    assert chart.completed.get_offsets().tolist() == [[2.0, 4.0], [2.5, 5.0]]
    assert chart.censored.get_offsets().tolist() == [[3.0, 2.0]]
    assert [label.get_text() for label in chart.point_labels] == ["1", "2", "4"]
    assert chart.dose_ax.get_xlabel() == "Dose per session (mg/kg)"
    colours = [bar.get_facecolor() for bar in chart.bars]
    assert colours[0] == chart.colormap(chart.norm(2.0))
    assert colours[3] == chart.colormap(chart.norm(3.0))


def test_a_series_is_placed_by_its_dose_per_session_not_its_total() -> None:
    series = [
        course_relief(number, date(2024, number, 1), [50, 50], sessions=3, dose_mg=100.0 + 25 * number)
        for number in (1, 2)
    ]
    series = [replace(course, relief_days_30=2) for course in series]
    chart = durations_chart(hand_made(analysis_of(series)))
    # each session 125 or 150 mg at 50 kg: 2.5 and 3 mg/kg per session (7.5 and 9 in total)
    assert chart.completed.get_offsets().tolist() == [[2.5, 2.0], [3.0, 2.0]]


def test_without_a_weight_the_dose_chart_falls_back_to_mg() -> None:
    courses = four_courses(**{"2": {"dose_mg_per_kg_per_session": None, "dose_mg_per_kg": None}})
    chart = durations_chart(hand_made(analysis(courses)))
    assert chart.completed.get_offsets().tolist() == [[100.0, 4.0], [125.0, 5.0]]
    assert chart.censored.get_offsets().tolist() == [[150.0, 2.0]]
    assert chart.dose_ax.get_xlabel() == "Dose of the course (mg)"


def test_an_empty_dose_chart_says_why_instead_of_axes_around_zero() -> None:
    courses = [
        replace(c, dose_mg=None, dose_mg_per_kg=None, dose_mg_per_kg_per_session=None) for c in four_courses()
    ]
    chart = durations_chart(hand_made(analysis(courses)))
    drawn(chart.figure)  # type: ignore[arg-type]
    assert chart.dose_message.get_visible()
    assert chart.dose_message.get_text() == "No course of this kind has a recorded dose yet."
    assert not chart.dose_ax.axison
    assert not chart.colorbar.ax.get_visible()
    assert chart.point_labels == []
    assert [bar.get_height() for bar in chart.bars] == [4, 5, 0, 2]  # the bars stay


def test_no_correlation_is_printed_on_the_chart() -> None:
    chart = durations_chart(hand_made(analysis()))
    drawn(chart.figure)  # type: ignore[arg-type]
    texts = [text.get_text() for text in chart.figure.findobj(lambda artist: hasattr(artist, "get_text"))]
    assert not [text for text in texts if "ρ" in text or "Spearman" in text]


@pytest.mark.parametrize("size", [(8.0, 4.5), (5.6, 4.0), (7.9, 3.4), (14.0, 8.0)])
@pytest.mark.parametrize("kind", ["relief", "durations"])
def test_texts_stay_inside_the_figure_and_apart_at_every_size(kind: str, size: tuple[float, float]) -> None:
    from tests.charts.layout import texts_overlapping_or_outside

    figure = new_figure(size)
    draw_chart(kind, figure, hand_made(analysis()))
    assert texts_overlapping_or_outside(figure) == []


def test_courses_at_the_same_point_share_one_label() -> None:
    same = [replace(course, relief_days_30=0, censored_30=False) for course in four_courses()]
    same = [
        replace(course, dose_mg_per_kg_per_session=2.0) if course.course != 3 else course for course in same
    ]
    chart = durations_chart(hand_made(analysis(same)))
    assert [label.get_text() for label in chart.point_labels] == ["1, 2, 4"]


def test_censored_relief_is_an_open_marker_outlined_in_its_dose_colour() -> None:
    chart = durations_chart(hand_made(analysis()))
    assert len(chart.censored.get_facecolors()) == 0 or chart.censored.get_facecolors()[0][3] == 0
    assert tuple(chart.censored.get_edgecolors()[0]) == chart.colormap(chart.norm(3.0))


def test_hovering_the_strip_says_how_many_courses_had_entries_that_day() -> None:
    chart = relief_chart(hand_made(analysis()))
    drawn(chart.figure)  # type: ignore[arg-type]
    assert chart.describe_at(*chart.strip.transData.transform((0, 3))) == "Day 0: 3 courses have entries"
    assert chart.describe_at(*chart.strip.transData.transform((2, 1))) == "Day 2: 1 course has entries"


def test_groups_are_named_by_route_drug_and_sessions() -> None:
    series = course_relief(1, date(2024, 1, 1), sessions=5)
    assert group_label(series) == "IV infusion (ketamine), 5 sessions per course"
    nasal = course_relief(2, date(2024, 1, 2), route=Route.INTRANASAL, drug="esketamine")
    mixed_course = Course(3, (*series.treatment.sessions[:1], *nasal.treatment.sessions))
    mixed = replace(series, treatment=mixed_course, sessions=(series.sessions[0], nasal.sessions[0]))
    assert group_label(mixed) == "IV infusion (ketamine) + Intranasal (esketamine), 2 sessions per course"
    assert group_choice(series, 1) == "IV infusion (ketamine), 5 sessions per course: 1 course"


def test_a_kind_of_course_with_nothing_to_compare_says_so() -> None:
    courses = four_courses(**{"3": {"relief_days_30": None, "censored_30": True}})
    data = hand_made(analysis_of(courses), group=NASAL)
    expected = (
        "Not enough data yet.\nNothing to compare yet for this kind of course "
        "(Intranasal (esketamine), 1 session per course); other kinds have."
    )
    assert durations_chart(data).message == expected
    unmeasured = four_courses(**{"3": {"status": ReliefStatus.INSUFFICIENT_BASELINE}})
    assert relief_chart(hand_made(analysis_of(unmeasured), group=NASAL)).message == expected


def test_relief_days_are_ticked_in_whole_days() -> None:
    longer = four_courses(**{"1": {"relief_days_30": 18}})  # up to 21.7 days: steps of 2.5 unless whole
    chart = draw_chart("durations", new_figure((8.0, 4.5)), hand_made(analysis(longer)))
    drawn(chart.figure)  # type: ignore[arg-type]
    assert isinstance(chart, DurationsChart)
    for axes in (chart.ax, chart.dose_ax):
        assert all(float(tick).is_integer() for tick in axes.get_yticks())
