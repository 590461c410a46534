"""How long relief lasted: days at 30 % per course as bars, and relief days against the dose.

Doses are compared only within one comparable group (same drug and route, same number of
sessions): its bars are coloured by the dose, the other courses' bars are grey, and the dose
chart holds the group's courses alone, each labelled with its number. The dose measure is the
spec's: mg/kg per session when every course shown has it, else mg. No correlation is printed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib import colormaps
from matplotlib.artist import Artist
from matplotlib.colors import Normalize
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

from paindiary.analysis.results import CourseRelief, ReliefStatus
from paindiary.charts import style
from paindiary.charts.common import (
    Chart,
    ChartData,
    HoverLayer,
    course_title,
    group_label,
    not_enough_data,
    other_kinds_only,
)
from paindiary.i18n import _, _n

TICK_LABEL_PT = 30.0  # room one course label needs; with less, only every n-th bar is labelled
BAR_SHARE = 0.55  # the bar chart's share of the width
AXES_SHARE = 0.75  # of the bar chart's part of the width, what its axes get (labels take the rest)
LABEL_NUMBERS = 4  # course numbers on one line of a point's label
PER_KG = "dose_mg_per_kg_per_session"
MG = "dose_mg"


def judged(reliefs: Sequence[CourseRelief]) -> list[CourseRelief]:
    """Courses whose relief at 30 % is known (not too early, not unmeasurable)."""
    return [
        relief for relief in reliefs if relief.status is ReliefStatus.OK and relief.relief_days_30 is not None
    ]


def days_label(relief: CourseRelief) -> str:
    """ "13", or "≥13" when relief was still going when the window closed."""
    days = relief.relief_days_30 or 0
    return f"≥{days}" if relief.censored_30 else str(days)


@dataclass(frozen=True, slots=True)
class DoseMeasure:
    """Which dose the group's courses are compared by, and each course's value of it."""

    name: str  # PER_KG or MG
    values: dict[int, float]  # course number -> dose; courses without one are left out

    @property
    def label(self) -> str:
        return _("Dose per session (mg/kg)") if self.name == PER_KG else _("Dose of the course (mg)")

    @property
    def unit(self) -> str:
        return _("mg/kg per session") if self.name == PER_KG else _("mg")


def dose_measure(courses: Sequence[CourseRelief]) -> DoseMeasure:
    """mg/kg per session when every course has it, else mg where known (relief-metrics.md, dose–response)."""
    if courses and all(relief.dose_mg_per_kg_per_session is not None for relief in courses):
        return DoseMeasure(
            PER_KG, {relief.course: relief.dose_mg_per_kg_per_session or 0.0 for relief in courses}
        )
    return DoseMeasure(
        MG, {relief.course: relief.dose_mg for relief in courses if relief.dose_mg is not None}
    )


def dose_text(relief: CourseRelief, measure: DoseMeasure | None) -> str:
    value = measure.values.get(relief.course) if measure is not None else None
    if value is None or measure is None:
        return _("dose not known")
    places = 2 if measure.name == PER_KG else 1
    return f"{style.format_number(value, places)} {measure.unit}"


def bar_description(relief: CourseRelief, measure: DoseMeasure | None) -> str:
    return _n(
        "{course}: relief {days} day at 30 %, {days50} at 50 %; {dose}",
        "{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}",
        relief.relief_days_30 or 0,
    ).format(
        course=course_title(relief),
        days=days_label(relief),
        days50=(f"≥{relief.relief_days_50}" if relief.censored_50 else str(relief.relief_days_50 or 0)),
        dose=dose_text(relief, measure),
    )


class DurationsChart(Chart):
    """Relief days per course, and within one comparable group, relief days against the dose."""

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        super().__init__(figure, theme)
        with style.chart_settings():
            self.ax, self.dose_ax = figure.subplots(1, 2, width_ratios=(BAR_SHARE, 1 - BAR_SHARE))
        self.colormap = colormaps[style.DOSE_COLORMAP]
        self.norm = Normalize(0.0, 1.0)
        for axes in (self.ax, self.dose_ax):
            style.style_axes(axes, theme)
        # On two lines: the title above takes two as well.
        self.ax.set_ylabel(style.two_lines(_("Relief days (pain ≥ 30 % below usual)")))
        self.ax.set_xlabel(_("Course (date of first session)"))
        style.number_ticks(self.dose_ax.xaxis)
        self.dose_ax.set_ylabel(_("Relief days"))
        for axes in (self.ax, self.dose_ax):
            axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # days are whole
        self.dose_ax.grid(True, axis="x", color=theme.grid, linewidth=0.6)
        self.completed = self.dose_ax.scatter(
            [], [], s=36, edgecolors=theme.foreground, linewidths=0.6, zorder=3
        )
        self.censored = self.dose_ax.scatter(
            [], [], s=36, marker="^", facecolors="none", linewidths=1.4, zorder=3
        )
        self.completed.set_cmap(self.colormap)
        self.completed.set_norm(self.norm)
        self.dose_message = self.dose_ax.text(
            0.5,
            0.5,
            "",
            transform=self.dose_ax.transAxes,
            ha="center",
            va="center",
            wrap=True,
            fontsize=style.SIZE_TEXT,
            color=theme.foreground,
            visible=False,
        )
        self.colorbar = figure.colorbar(self.completed, ax=self.dose_ax, fraction=0.08, pad=0.02)
        self.colorbar.ax.tick_params(colors=theme.foreground, labelsize=style.SIZE_SMALL)
        self.colorbar.outline.set_edgecolor(theme.muted)
        labels = [
            _("Relief ended"),
            _("Still going when the diary or the next course began: at least (≥)"),
            _("Dashed outline: courses of other kinds, not compared"),
        ]
        self.legend = style.figure_legend(
            figure,
            [
                (
                    Patch(facecolor=self.colormap(0.6), edgecolor=theme.foreground, linewidth=0.6),
                    Line2D(
                        [],
                        [],
                        marker="o",
                        linestyle="none",
                        color=self.colormap(0.6),
                        markeredgecolor=theme.foreground,
                    ),
                ),
                (
                    Patch(
                        facecolor=self.colormap(0.6), edgecolor=theme.foreground, linewidth=0.6, hatch="///"
                    ),
                    Line2D(
                        [], [], marker="^", linestyle="none", markerfacecolor="none", color=theme.foreground
                    ),
                ),
                Patch(facecolor=theme.background, edgecolor=theme.muted, linewidth=0.9, linestyle="--"),
            ],
            labels,
            theme,
            ncols=style.fitting_columns(figure, labels, 2),
        )
        self.dynamic: list[Artist] = []
        self.bar_labels: list[Text] = []
        self.point_labels: list[Text] = []  # course numbers beside the dose chart's points
        self.measure: DoseMeasure | None = None

    def update(self, data: ChartData) -> None:
        self.set_title(_("How long relief lasted after each course"))
        courses = judged(data.courses_in_period())
        group = data.in_shown_group(courses)
        if not group:
            self.show_message(
                not_enough_data(
                    other_kinds_only(data, group, courses)
                    or _("Relief days appear here once a course has a week of diary after it.")
                )
            )
            return
        self.show_message(None)
        self.set_title(_("How long relief lasted after each course") + "\n" + group_label(group[-1]))
        for artist in self.dynamic:
            artist.remove()
        self.dynamic = []
        measure = dose_measure(group)
        self.measure = measure
        doses = list(measure.values.values())
        low, high = (min(doses), max(doses)) if doses else (0.0, 1.0)
        if high - low < 0.1:
            low, high = low - 0.5, high + 0.5
        with self.norm.callbacks.blocked():  # one change, not a vmin above the old vmax in between
            self.norm.vmin, self.norm.vmax = low, high
        self.norm.callbacks.process("changed")
        self.colorbar.update_normal(self.completed)
        self.colorbar.set_label(measure.unit, color=self.theme.foreground, fontsize=style.SIZE_TEXT)
        self._draw_bars(courses, group, data.highlighted(group), measure)
        self._draw_doses(group, measure)
        self._show_legend_entry(2, len(group) < len(courses))

    def _bar_colour(self, relief: CourseRelief, in_group: bool, measure: DoseMeasure) -> object:
        """The group's bars by dose (light grey without one); other kinds only outlined."""
        if not in_group:
            return self.theme.background
        dose = measure.values.get(relief.course)
        return self.colormap(self.norm(dose)) if dose is not None else self.theme.grid

    def _draw_bars(
        self,
        courses: Sequence[CourseRelief],
        group: Sequence[CourseRelief],
        chosen: CourseRelief | None,
        measure: DoseMeasure,
    ) -> None:
        positions = np.arange(len(courses), dtype=np.float64)
        heights = np.array([relief.relief_days_30 or 0 for relief in courses], dtype=np.float64)
        members = {relief.course for relief in group}
        colors = [self._bar_colour(relief, relief.course in members, measure) for relief in courses]
        bars = self.ax.bar(
            positions, heights, width=0.75, color=colors, edgecolor=self.theme.foreground, linewidth=0.6
        )
        for bar, relief in zip(bars, courses, strict=True):
            if relief.censored_30:
                bar.set_hatch("///")
            if relief.course not in members:
                bar.set_edgecolor(self.theme.muted)
                bar.set_linestyle("--")
                bar.set_linewidth(0.9)
            if relief is chosen:
                bar.set_linewidth(2.0)
        self.bars = bars
        self.dynamic.extend(bars)
        labels = self.ax.bar_label(
            bars, labels=[days_label(relief) for relief in courses], padding=2, fontsize=style.SIZE_SMALL
        )
        for label, relief in zip(labels, courses, strict=True):
            label.set_color(self.theme.foreground if relief.course in members else self.theme.muted)
        self.bar_labels = list(labels)
        self.dynamic.extend(labels)
        room_pt = self.figure.bbox.width / self.figure.dpi * 72.0 * BAR_SHARE * AXES_SHARE
        step = max(1, -(-int(len(courses) * TICK_LABEL_PT) // max(1, int(room_pt))))
        self.ax.set_xticks(positions[::step])
        self.ax.set_xticklabels(
            [f"{relief.course}\n{style.format_month(relief.start.date())}" for relief in courses][::step],
            fontsize=style.SIZE_SMALL,
        )
        self.ax.set_xlim(-0.6, len(courses) - 0.4)
        self.ax.set_ylim(0, max(7.0, float(heights.max()) * 1.15 + 1))
        self.layers = [
            HoverLayer(
                self.ax,
                positions,
                heights,
                lambda index: bar_description(
                    courses[index], measure if courses[index].course in members else None
                ),
            )
        ]

    def _draw_doses(self, group: Sequence[CourseRelief], measure: DoseMeasure) -> None:
        known = [relief for relief in group if relief.course in measure.values]
        self._show_doses(bool(known))
        for collection, censored in ((self.completed, False), (self.censored, True)):
            chosen = [relief for relief in known if bool(relief.censored_30) is censored]
            offsets = np.array(
                [(measure.values[relief.course], float(relief.relief_days_30 or 0)) for relief in chosen]
            ).reshape(-1, 2)
            collection.set_offsets(offsets)
            if censored:  # open markers ("at least"), outlined in the dose's colour
                collection.set_facecolor("none")
                collection.set_edgecolor([self.colormap(self.norm(dose)) for dose in offsets[:, 0]])
            else:
                collection.set_array(offsets[:, 0].copy())
            if len(offsets):
                self.layers.append(
                    HoverLayer.of_texts(
                        self.dose_ax,
                        offsets[:, 0],
                        offsets[:, 1],
                        [bar_description(relief, measure) for relief in chosen],
                    )
                )
        self.point_labels = []
        if not known:
            self.dose_message.set_text(_("No course of this kind has a recorded dose yet."))
            return
        # Courses at the same point share one label: "3, 5, 8".
        at_point: dict[tuple[float, float], list[str]] = {}
        for relief in known:
            point = (measure.values[relief.course], float(relief.relief_days_30 or 0))
            at_point.setdefault(point, []).append(str(relief.course))
        for point, numbers in at_point.items():
            rows = [
                ", ".join(numbers[start : start + LABEL_NUMBERS])
                for start in range(0, len(numbers), LABEL_NUMBERS)
            ]
            label = self.dose_ax.annotate(
                ",\n".join(rows),
                point,
                xytext=(5, 3),
                textcoords="offset points",
                fontsize=style.SIZE_SMALL,
                color=self.theme.foreground,
            )
            self.point_labels.append(label)
            self.dynamic.append(label)
        values = [measure.values[relief.course] for relief in known]
        # At least a few clear tick steps around a lone dose: 0.1 mg/kg or 5 mg apart.
        margin = max(0.25 if measure.name == PER_KG else 10.0, (max(values) - min(values)) * 0.12)
        self.dose_ax.set_xlim(min(values) - margin, max(values) + margin)
        self.dose_ax.set_ylim(-0.8, max(7.0, max(float(r.relief_days_30 or 0) for r in known) * 1.15 + 1))
        self.dose_ax.set_xlabel(measure.label)
        style.number_ticks(self.dose_ax.xaxis, 2 if measure.name == PER_KG else 0)

    def _show_doses(self, shown: bool) -> None:
        """The dose chart's axes, or in their place a sentence saying why there is nothing to draw."""
        self.dose_ax.set_axis_on() if shown else self.dose_ax.set_axis_off()
        self.dose_message.set_visible(not shown)
        self.colorbar.ax.set_visible(shown)

    def _show_legend_entry(self, index: int, shown: bool) -> None:
        if self.legend is None:
            return
        handle = self.legend.legend_handles[index]
        if handle is not None:
            handle.set_visible(shown)
        self.legend.get_texts()[index].set_visible(shown)
