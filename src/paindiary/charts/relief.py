"""The relief window: the courses of one comparable group aligned at day 0, % below usual pain, day by day.

The days-to-weeks picture of docs/relief-metrics.md: the smoothed reduction s(k) of each course on its
logged days (a marker per day, lines only between consecutive days, so no line pretends there
were entries), the 30 % and 50 % lines, the median curve with the number of courses it rests on
each day in a strip below, and the group's typical relief. Only courses of one comparable group
(same drug and route, same number of sessions) are compared; the others are left out and counted.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from paindiary.analysis.results import CourseRelief, TypicalRelief
from paindiary.charts import style
from paindiary.charts.common import (
    Chart,
    ChartData,
    HoverLayer,
    course_title,
    group_label,
    measured,
    not_enough_data,
    other_kinds_only,
)
from paindiary.i18n import _, _n

THRESHOLDS = (30, 50)
MEDIAN_MIN_COURSES = 2  # a median of one course is that course
MIN_DAYS_SHOWN = 21
DAYS_AFTER_RELIEF = 14  # shown past the longest relief, to see pain come back
DAY_MARKER = 2.6  # points: every logged day is a dot, also one without logged neighbours
STRIP_SHARE = 0.16  # the count strip's share of the height

FloatArray = npt.NDArray[np.float64]


def curve(relief: CourseRelief) -> FloatArray:
    """s(k) for k = 0…K with NaN on days without entries (where a line breaks)."""
    return np.array([np.nan if value is None else value for value in relief.smoothed], dtype=np.float64)


def _table(reliefs: Sequence[CourseRelief]) -> FloatArray:
    curves = [curve(relief) for relief in reliefs]
    width = max((len(values) for values in curves), default=0)
    table = np.full((len(curves), width), np.nan)
    for row, values in enumerate(curves):
        table[row, : len(values)] = values
    return table


def courses_per_day(reliefs: Sequence[CourseRelief]) -> npt.NDArray[np.int64]:
    """For each day k, how many of the courses have a value s(k): what the median rests on."""
    counts: npt.NDArray[np.int64] = np.count_nonzero(~np.isnan(_table(reliefs)), axis=0).astype(np.int64)
    return counts


def median_curve(reliefs: Sequence[CourseRelief]) -> tuple[FloatArray, FloatArray]:
    """Day k and the median s(k) over the courses that have one, where at least two courses do."""
    table = _table(reliefs)
    width = table.shape[1] if table.ndim == 2 else 0
    if width == 0:
        return np.empty(0), np.empty(0)
    enough = np.count_nonzero(~np.isnan(table), axis=0) >= MEDIAN_MIN_COURSES
    median = np.full(width, np.nan)
    if enough.any():
        median[enough] = np.nanmedian(table[:, enough], axis=0)
    return np.arange(width, dtype=np.float64), median


def days_shown(reliefs: Sequence[CourseRelief], typical: TypicalRelief | None = None) -> int:
    """The last day on the x axis: past the longest relief, within the longest follow-up."""
    longest_relief = max((relief.relief_days_30 or 0 for relief in reliefs), default=0)
    if typical is not None:
        longest_relief = max(longest_relief, int(np.ceil(typical_days(typical))))
    longest_follow_up = max((relief.follow_up_days for relief in reliefs), default=1)
    wanted = max(MIN_DAYS_SHOWN, longest_relief + DAYS_AFTER_RELIEF)
    return max(1, min(wanted, longest_follow_up - 1))


def typical_days(typical: TypicalRelief) -> float:
    """The typical relief days, or the "at least" value when the median was not reached."""
    if typical.typical_relief_days is not None:
        return typical.typical_relief_days
    return float(typical.at_least_days or typical.max)


def typical_text(typical: TypicalRelief) -> str:
    """ "Typical relief: 13 days (4 courses)", or "at least 20 days" when the median was not reached."""
    if typical.typical_relief_days is None:
        text = _("Typical relief: at least {days} days ({count} courses)")
        days = style.format_number(typical_days(typical), 0)
    else:
        text = _("Typical relief: {days} days ({count} courses)")
        days = style.format_number(typical.typical_relief_days, 1)
    return text.format(days=days, count=typical.courses)


def reduction_text(value: float) -> str:
    rounded = style.format_number(abs(value), 0)
    if value >= 0:
        return _("{percent} % below usual").format(percent=rounded)
    return _("{percent} % above usual").format(percent=rounded)


class ReliefWindowChart(Chart):
    """The courses of one comparable group on one day axis, so the length of relief can be compared."""

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        super().__init__(figure, theme)
        with style.chart_settings():
            axes, strip = figure.subplots(
                2, 1, sharex=True, height_ratios=(1 - STRIP_SHARE, STRIP_SHARE), squeeze=True
            )
        self.ax = axes
        self.strip = strip
        style.style_axes(axes, theme, grid_axis="both")
        style.style_axes(strip, theme, grid_axis=None)
        axes.tick_params(labelbottom=False)
        axes.set_ylabel(style.two_lines(_("Pain reduction from usual (%)")))  # the strip takes room
        strip.set_xlabel(_("Days since the course (day 0 = day of its last session)"))
        strip.set_ylabel(_("Courses that day"), fontsize=style.SIZE_SMALL)
        strip.yaxis.set_major_locator(MaxNLocator(nbins=2, integer=True, min_n_ticks=1))
        # Days are whole: no "2.5" under a short follow-up (the axes share this locator).
        strip.xaxis.set_major_locator(MaxNLocator(integer=True))
        strip.tick_params(axis="y", labelsize=style.SIZE_SMALL)
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
        (self.highlight,) = axes.plot(
            [], [], zorder=5, marker="o", markersize=DAY_MARKER * 1.4, **style.LATEST_COURSE
        )
        self.counts = strip.bar([], [], width=0.8, color=theme.muted, linewidth=0)
        self.typical_line = axes.axvline(
            0, color=style.GREEN, linewidth=1.6, linestyle=(0, (4, 2)), zorder=4.5, visible=False
        )
        self.typical_label = axes.annotate(
            "",
            (0, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(4, -4),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=style.SIZE_SMALL,
            color=theme.foreground,
            zorder=6,
            visible=False,
            bbox={"facecolor": theme.background, "edgecolor": "none", "alpha": 0.85, "pad": 1.0},
        )
        self.legend_handles = [
            Line2D([], [], marker="o", markersize=DAY_MARKER * 1.4, **style.LATEST_COURSE),
            Line2D([], [], marker="o", markersize=DAY_MARKER, **style.OTHER_COURSE),
            Line2D([], [], color=theme.foreground, **style.MEDIAN_CURVE),
            Line2D([], [], color=theme.muted, linewidth=1.4, linestyle=style.CENSORED_LINESTYLE),
            Line2D([], [], linestyle="none"),
        ]
        labels = [
            "",
            _("Other courses of this kind"),
            "",
            _("Dashed: relief still going when the diary (or the next course) began"),
            "",
        ]
        # Columns for the longest texts the legend will hold (set on each update).
        widest = [
            _("{course}, {which}").format(course=_("Course {number} ({date})"), which=_("selected")),
            labels[1],
            _("Median of {count} courses").format(count=99),
            labels[3],
            _("Not compared: {count} courses of other kinds").format(count=99),
        ]
        self.legend = style.figure_legend(
            figure, self.legend_handles, labels, theme, ncols=style.fitting_columns(figure, widest, 2)
        )
        self.left_out = 0  # courses of other groups not drawn

    def update(self, data: ChartData) -> None:
        self.set_title(_("Relief after each course"))
        measurable = measured(data.courses_in_period())
        courses = data.in_shown_group(measurable)
        if not courses:
            self.show_message(
                not_enough_data(other_kinds_only(data, courses, measurable) or self._missing(data))
            )
            return
        self.show_message(None)
        self.set_title(_("Relief after each course") + "\n" + group_label(courses[-1]))
        self.left_out = len(measurable) - len(courses)
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
        layers.append(self._update_counts(courses))
        self.layers = layers[::-1]  # the highlighted course and the median win ties
        typical = data.analysis.typical_for(courses[-1])
        self._update_typical(typical)
        self._update_legend(chosen, courses)
        self._update_limits(courses, typical)

    def _layer(self, relief: CourseRelief, values: FloatArray) -> HoverLayer:
        days = np.flatnonzero(~np.isnan(values))

        def describe(index: int) -> str:
            day = int(days[index])
            return _("{course}, day {day}: {reduction}").format(
                course=course_title(relief), day=day, reduction=reduction_text(float(values[day]))
            )

        return HoverLayer(self.ax, days.astype(np.float64), values[days], describe)

    def _update_counts(self, courses: Sequence[CourseRelief]) -> HoverLayer:
        """The strip under the axes: how many courses each day's median rests on."""
        counts = courses_per_day(courses)
        self.counts.remove()
        days = np.arange(len(counts), dtype=np.float64)
        self.counts = self.strip.bar(days, counts, width=0.8, color=self.theme.muted, linewidth=0)
        self.strip.set_ylim(0, max(1, int(counts.max(initial=0))) * 1.15)

        def describe(day: int) -> str:
            return _n(
                "Day {day}: {count} course has entries",
                "Day {day}: {count} courses have entries",
                int(counts[day]),
            ).format(day=day, count=int(counts[day]))

        return HoverLayer(self.strip, days, counts.astype(np.float64), describe)

    def _update_typical(self, typical: TypicalRelief | None) -> None:
        """A vertical line where relief of the typical length ends (between its last day and the next)."""
        shown = typical is not None
        self.typical_line.set_visible(shown)
        self.typical_label.set_visible(shown)
        if typical is None:
            return
        # Relief of n days covers days 0…n−1, so its end lies half a day before day n.
        x = typical_days(typical) - 0.5
        self.typical_line.set_xdata([x, x])
        self.typical_label.set_text(typical_text(typical))
        self.typical_label.xy = (x, 1.0)

    def _ensure_lines(self, count: int) -> None:
        while len(self.course_lines) < count:
            (line,) = self.ax.plot([], [], zorder=3, marker="o", markersize=DAY_MARKER, **style.OTHER_COURSE)
            self.course_lines.append(line)

    def _update_legend(self, chosen: CourseRelief | None, courses: Sequence[CourseRelief]) -> None:
        legend = self.legend
        if legend is None:
            return
        texts = legend.get_texts()
        if chosen is not None:
            which = _("latest") if chosen is courses[-1] else _("selected")
            texts[0].set_text(_("{course}, {which}").format(course=course_title(chosen), which=which))
        texts[2].set_text(
            _n("Median of {count} course", "Median of {count} courses", len(courses)).format(
                count=len(courses)
            )
        )
        texts[4].set_text(
            _n(
                "Not compared: {count} course of another kind",
                "Not compared: {count} courses of other kinds",
                self.left_out,
            ).format(count=self.left_out)
        )
        for index, shown in (
            (1, len(courses) > 1),
            (2, len(courses) >= MEDIAN_MIN_COURSES),
            (4, self.left_out > 0),
        ):
            handle = legend.legend_handles[index]
            if handle is not None:
                handle.set_visible(shown)
            texts[index].set_visible(shown)

    def _update_limits(self, courses: Sequence[CourseRelief], typical: TypicalRelief | None) -> None:
        last_day = days_shown(courses, typical)
        self.ax.set_xlim(-0.5, last_day + 0.5)
        shown = np.concatenate([curve(relief)[: last_day + 1] for relief in courses])
        lowest = float(np.nanmin(shown)) if np.any(~np.isnan(shown)) else 0.0
        self.ax.set_ylim(max(-60.0, min(-10.0, lowest - 5.0)), 100.0)
        if typical is not None:
            # The label grows away from the nearer edge, so it stays inside the axes.
            right_half = typical_days(typical) > last_day / 2
            self.typical_label.set_horizontalalignment("right" if right_half else "left")
            self.typical_label.set_position((-4 if right_half else 4, -4))

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
