"""How long relief lasted: days at 30 % per course as bars coloured by mg/kg, and days against mg/kg."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib import colormaps
from matplotlib.artist import Artist
from matplotlib.colors import Normalize
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from paindiary.analysis import CourseRelief, ReliefStatus, dose_response
from paindiary.charts import style
from paindiary.charts.common import Chart, ChartData, HoverLayer, course_title, not_enough_data
from paindiary.i18n import _

TICK_LABEL_PT = 30.0  # room one course label needs; with less, only every n-th bar is labelled
BAR_SHARE = 0.55  # the bar chart's share of the width


def judged(reliefs: Sequence[CourseRelief]) -> list[CourseRelief]:
    """Courses whose relief at 30 % is known (not too early, not unmeasurable)."""
    return [
        relief for relief in reliefs if relief.status is ReliefStatus.OK and relief.relief_days_30 is not None
    ]


def days_label(relief: CourseRelief) -> str:
    """ "13", or "≥13" when relief was still going when the window closed."""
    days = relief.relief_days_30 or 0
    return f"≥{days}" if relief.censored_30 else str(days)


def dose_text(relief: CourseRelief) -> str:
    if relief.dose_mg_per_kg is None:
        return _("dose not known")
    return _("{dose} mg/kg").format(dose=style.format_number(relief.dose_mg_per_kg, 2))


def bar_description(relief: CourseRelief) -> str:
    return _("{course}: relief {days} days at 30 %, {days50} at 50 %; {dose}").format(
        course=course_title(relief),
        days=days_label(relief),
        days50=(f"≥{relief.relief_days_50}" if relief.censored_50 else str(relief.relief_days_50 or 0)),
        dose=dose_text(relief),
    )


class DurationsChart(Chart):
    """Relief days per course, and whether longer relief came with higher doses."""

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        super().__init__(figure, theme)
        with style.chart_settings():
            self.ax, self.dose_ax = figure.subplots(1, 2, width_ratios=(BAR_SHARE, 1 - BAR_SHARE))
        self.colormap = colormaps[style.DOSE_COLORMAP]
        self.norm = Normalize(0.0, 1.0)
        for axes in (self.ax, self.dose_ax):
            style.style_axes(axes, theme)
        self.ax.set_ylabel(_("Relief days (pain ≥ 30 % below usual)"))
        self.ax.set_xlabel(_("Course (date of first session)"))
        self.dose_ax.set_xlabel(_("Dose of the course (mg/kg)"))
        style.number_ticks(self.dose_ax.xaxis)
        self.dose_ax.set_ylabel(_("Relief days"))
        self.dose_ax.grid(True, axis="x", color=theme.grid, linewidth=0.6)
        self.completed = self.dose_ax.scatter(
            [], [], s=36, edgecolors=theme.foreground, linewidths=0.6, zorder=3
        )
        self.censored = self.dose_ax.scatter(
            [], [], s=36, marker="^", facecolors="none", linewidths=1.4, zorder=3
        )
        for collection in (self.completed, self.censored):
            collection.set_cmap(self.colormap)
            collection.set_norm(self.norm)
        self.rho_text = self.dose_ax.text(
            0.02,
            0.98,
            "",
            transform=self.dose_ax.transAxes,
            va="top",
            fontsize=style.SIZE_SMALL,
            color=theme.foreground,
        )
        self.colorbar = figure.colorbar(self.completed, ax=self.dose_ax, fraction=0.08, pad=0.02)
        self.colorbar.set_label(_("mg/kg"), color=theme.foreground, fontsize=style.SIZE_TEXT)
        self.colorbar.ax.tick_params(colors=theme.foreground, labelsize=style.SIZE_SMALL)
        self.colorbar.outline.set_edgecolor(theme.muted)
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
            ],
            [_("Relief ended"), _("Still going when the diary or the next course began: at least (≥)")],
            theme,
            ncols=2,
        )
        self.dynamic: list[Artist] = []

    def update(self, data: ChartData) -> None:
        self.set_title(_("How long relief lasted after each course"))
        courses = judged(data.courses_in_period())
        if not courses:
            self.show_message(
                not_enough_data(_("Relief days appear here once a course has a week of diary after it."))
            )
            return
        self.show_message(None)
        for artist in self.dynamic:
            artist.remove()
        self.dynamic = []
        doses = [relief.dose_mg_per_kg for relief in courses if relief.dose_mg_per_kg is not None]
        low, high = (min(doses), max(doses)) if doses else (0.0, 1.0)
        if high - low < 0.1:
            low, high = low - 0.5, high + 0.5
        with self.norm.callbacks.blocked():  # one change, not a vmin above the old vmax in between
            self.norm.vmin, self.norm.vmax = low, high
        self.norm.callbacks.process("changed")
        self.colorbar.update_normal(self.completed)
        self._draw_bars(courses, data.highlighted(courses))
        self._draw_doses(courses)

    def _draw_bars(self, courses: Sequence[CourseRelief], chosen: CourseRelief | None) -> None:
        positions = np.arange(len(courses), dtype=np.float64)
        heights = np.array([relief.relief_days_30 or 0 for relief in courses], dtype=np.float64)
        colors = [
            self.colormap(self.norm(relief.dose_mg_per_kg))
            if relief.dose_mg_per_kg is not None
            else self.theme.grid
            for relief in courses
        ]
        bars = self.ax.bar(
            positions, heights, width=0.75, color=colors, edgecolor=self.theme.foreground, linewidth=0.6
        )
        for bar, relief in zip(bars, courses, strict=True):
            if relief.censored_30:
                bar.set_hatch("///")
            if relief is chosen:
                bar.set_linewidth(2.0)
        self.bars = bars
        self.dynamic.extend(bars)
        labels = self.ax.bar_label(
            bars, labels=[days_label(relief) for relief in courses], padding=2, fontsize=style.SIZE_SMALL
        )
        for label in labels:
            label.set_color(self.theme.foreground)
        self.dynamic.extend(labels)
        room_pt = self.figure.bbox.width / self.figure.dpi * 72.0 * BAR_SHARE
        step = max(1, -(-int(len(courses) * TICK_LABEL_PT) // max(1, int(room_pt))))
        self.ax.set_xticks(positions[::step])
        self.ax.set_xticklabels(
            [f"{relief.course}\n{style.format_month(relief.start.date())}" for relief in courses][::step],
            fontsize=style.SIZE_SMALL,
        )
        self.ax.set_xlim(-0.6, len(courses) - 0.4)
        self.ax.set_ylim(0, max(7.0, float(heights.max()) * 1.15 + 1))
        self.layers = [HoverLayer(self.ax, positions, heights, lambda index: bar_description(courses[index]))]

    def _draw_doses(self, courses: Sequence[CourseRelief]) -> None:
        known = [relief for relief in courses if relief.dose_mg_per_kg is not None]
        for collection, censored in ((self.completed, False), (self.censored, True)):
            chosen = [relief for relief in known if bool(relief.censored_30) is censored]
            offsets = np.array(
                [(relief.dose_mg_per_kg or 0.0, float(relief.relief_days_30 or 0)) for relief in chosen]
            ).reshape(-1, 2)
            collection.set_offsets(offsets)
            collection.set_array(np.array([relief.dose_mg_per_kg for relief in chosen], dtype=np.float64))
            if len(offsets):
                self.layers.append(
                    HoverLayer.of_texts(
                        self.dose_ax, offsets[:, 0], offsets[:, 1], [bar_description(r) for r in chosen]
                    )
                )
        if known:
            values = [relief.dose_mg_per_kg or 0.0 for relief in known]
            margin = max(0.1, (max(values) - min(values)) * 0.08)
            self.dose_ax.set_xlim(min(values) - margin, max(values) + margin)
            self.dose_ax.set_ylim(-0.8, max(7.0, max(float(r.relief_days_30 or 0) for r in known) * 1.15 + 1))
        response = dose_response(courses)
        if response.rho_per_kg is not None:
            self.rho_text.set_text(
                _("Spearman's ρ = {rho} over {count} completed courses").format(
                    rho=style.format_fixed(response.rho_per_kg, 2), count=response.courses_per_kg
                )
            )
        else:
            self.rho_text.set_text("")
