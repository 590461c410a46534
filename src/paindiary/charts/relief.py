"""The relief window: every course aligned at day 0, % reduction from its baseline, day by day.

The days-to-weeks picture of docs/relief-metrics.md: the smoothed reduction s(k) of each course, the 30 %
and 50 % lines, the median curve across courses, the latest (or chosen) course highlighted and
courses whose relief was still going when the window closed drawn dashed.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D

from paindiary.analysis import CourseRelief
from paindiary.charts import style
from paindiary.charts.common import Chart, ChartData, HoverLayer, course_title, measured, not_enough_data
from paindiary.i18n import _

THRESHOLDS = (30, 50)
MEDIAN_MIN_COURSES = 2  # a median of one course is that course
MIN_DAYS_SHOWN = 21
DAYS_AFTER_RELIEF = 14  # shown past the longest relief, to see pain come back

FloatArray = npt.NDArray[np.float64]


def curve(relief: CourseRelief) -> FloatArray:
    """s(k) for k = 0…K with NaN on days without a value."""
    return np.array([np.nan if value is None else value for value in relief.smoothed], dtype=np.float64)


def median_curve(reliefs: Sequence[CourseRelief]) -> tuple[FloatArray, FloatArray]:
    """Day k and the median s(k) over the courses that have one, where at least two courses do."""
    curves = [curve(relief) for relief in reliefs]
    width = max((len(values) for values in curves), default=0)
    if width == 0:
        return np.empty(0), np.empty(0)
    table = np.full((len(curves), width), np.nan)
    for row, values in enumerate(curves):
        table[row, : len(values)] = values
    enough = np.count_nonzero(~np.isnan(table), axis=0) >= MEDIAN_MIN_COURSES
    median = np.full(width, np.nan)
    if enough.any():
        median[enough] = np.nanmedian(table[:, enough], axis=0)
    return np.arange(width, dtype=np.float64), median


def days_shown(reliefs: Sequence[CourseRelief]) -> int:
    """The last day on the x axis: past the longest relief, within the longest follow-up."""
    longest_relief = max((relief.relief_days_30 or 0 for relief in reliefs), default=0)
    longest_follow_up = max((relief.follow_up_days for relief in reliefs), default=1)
    wanted = max(MIN_DAYS_SHOWN, longest_relief + DAYS_AFTER_RELIEF)
    return max(1, min(wanted, longest_follow_up - 1))


def reduction_text(value: float) -> str:
    rounded = style.format_number(abs(value), 0)
    if value >= 0:
        return _("{percent} % below usual").format(percent=rounded)
    return _("{percent} % above usual").format(percent=rounded)


class ReliefWindowChart(Chart):
    """All courses on one day axis, so the length of relief can be compared at a glance."""

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        super().__init__(figure, theme)
        with style.chart_settings():
            axes = figure.add_subplot()
        self.ax = axes
        style.style_axes(axes, theme, grid_axis="both")
        axes.set_xlabel(_("Days since the course (day 0 = day of its last session)"))
        axes.set_ylabel(_("Pain reduction from usual (%)"))
        for threshold, dashes in zip(THRESHOLDS, (":", "-."), strict=True):
            axes.axhline(threshold, color=theme.muted, linewidth=1.0, linestyle=dashes, zorder=1.5)
        axes.axhline(0, color=theme.muted, linewidth=0.8, zorder=1.5)
        self.threshold_labels = [
            axes.annotate(
                text,
                (1.0, threshold),
                xycoords=("axes fraction", "data"),
                xytext=(-3, 2),
                textcoords="offset points",
                ha="right",
                va="bottom",
                fontsize=style.SIZE_SMALL,
                color=theme.foreground,
                zorder=6,
                bbox={"facecolor": theme.background, "edgecolor": "none", "alpha": 0.85, "pad": 1.0},
            )
            for threshold, text in ((30, _("30 %: moderate relief")), (50, _("50 %: substantial relief")))
        ]
        self.course_lines: list[Line2D] = []
        (self.median,) = axes.plot([], [], color=theme.foreground, zorder=4, **style.MEDIAN_CURVE)
        (self.highlight,) = axes.plot([], [], zorder=5, **style.LATEST_COURSE)
        self.legend_handles = [
            Line2D([], [], **style.LATEST_COURSE),
            Line2D([], [], **style.OTHER_COURSE),
            Line2D([], [], color=theme.foreground, **style.MEDIAN_CURVE),
            Line2D([], [], color=theme.muted, linewidth=1.4, linestyle=style.CENSORED_LINESTYLE),
        ]
        self.legend = style.figure_legend(
            figure,
            self.legend_handles,
            [
                "",
                _("Other courses"),
                "",
                _("Dashed: relief still going when the diary (or the next course) began"),
            ],
            theme,
            ncols=2,
        )

    def update(self, data: ChartData) -> None:
        self.set_title(_("Relief after each course"))
        courses = measured(data.courses_in_period())
        if not courses:
            self.show_message(not_enough_data(self._missing(data)))
            return
        self.show_message(None)
        chosen = data.highlighted(courses)
        others = [relief for relief in courses if relief is not chosen]
        self._ensure_lines(len(others))
        layers: list[HoverLayer] = []
        for line, relief in zip(self.course_lines, others, strict=False):
            values = curve(relief)
            line.set_data(np.arange(len(values)), values)
            line.set_linestyle(style.CENSORED_LINESTYLE if relief.censored_30 else "-")
            line.set_visible(True)
            layers.append(self._layer(relief, values))
        for line in self.course_lines[len(others) :]:
            line.set_visible(False)
        if chosen is not None:
            values = curve(chosen)
            self.highlight.set_data(np.arange(len(values)), values)
            self.highlight.set_linestyle(style.CENSORED_LINESTYLE if chosen.censored_30 else "-")
            layers.append(self._layer(chosen, values))
        days, median = median_curve(courses)
        self.median.set_data(days, median)
        self.median.set_visible(len(courses) >= MEDIAN_MIN_COURSES)
        layers.append(
            HoverLayer(
                self.ax,
                days,
                median,
                lambda day: _("Median of the courses, day {day}: {reduction}").format(
                    day=day, reduction=reduction_text(float(median[day]))
                ),
            )
        )
        self.layers = layers[::-1]  # the highlighted course and the median win ties
        self._update_legend(chosen, courses)
        self._update_limits(courses)

    def _layer(self, relief: CourseRelief, values: FloatArray) -> HoverLayer:
        days = np.flatnonzero(~np.isnan(values))

        def describe(index: int) -> str:
            day = int(days[index])
            return _("{course}, day {day}: {reduction}").format(
                course=course_title(relief), day=day, reduction=reduction_text(float(values[day]))
            )

        return HoverLayer(self.ax, days.astype(np.float64), values[days], describe)

    def _ensure_lines(self, count: int) -> None:
        while len(self.course_lines) < count:
            (line,) = self.ax.plot([], [], zorder=3, **style.OTHER_COURSE)
            self.course_lines.append(line)

    def _update_legend(self, chosen: CourseRelief | None, courses: Sequence[CourseRelief]) -> None:
        legend = self.legend
        if legend is None:
            return
        texts = legend.get_texts()
        if chosen is not None:
            which = _("latest") if chosen is courses[-1] else _("selected")
            texts[0].set_text(_("{course}, {which}").format(course=course_title(chosen), which=which))
        texts[2].set_text(_("Median of {count} courses").format(count=len(courses)))
        for index, shown in ((1, len(courses) > 1), (2, len(courses) >= MEDIAN_MIN_COURSES)):
            handle = legend.legend_handles[index]
            if handle is not None:
                handle.set_visible(shown)
            texts[index].set_visible(shown)

    def _update_limits(self, courses: Sequence[CourseRelief]) -> None:
        last_day = days_shown(courses)
        self.ax.set_xlim(0, last_day)
        shown = np.concatenate([curve(relief)[: last_day + 1] for relief in courses])
        lowest = float(np.nanmin(shown)) if np.any(~np.isnan(shown)) else 0.0
        self.ax.set_ylim(max(-60.0, min(-10.0, lowest - 5.0)), 100.0)

    @staticmethod
    def _missing(data: ChartData) -> str:
        if not data.sessions:
            return _(
                "Record a treatment session, and log your pain in the days before and after it, "
                "to see how long relief lasts."
            )
        return _(
            "Relief can be measured once a course has diary entries on at least {days} of the "
            "{period} days before it and entries after it."
        ).format(days=data.settings.min_baseline_days, period=data.settings.baseline_days)
