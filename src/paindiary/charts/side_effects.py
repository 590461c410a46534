"""Side effects: which kinds came with which course, and how severe they were at worst."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from paindiary.analysis.results import CourseRelief
from paindiary.analysis.side_effects import SideEffectSummary, side_effect_summary
from paindiary.charts import style
from paindiary.charts.bladder_checkins import BladderRow, checkin_columns, count_mark, row_label
from paindiary.charts.common import Chart, ChartData, HoverLayer, course_title, not_enough_data
from paindiary.domain import Severity, side_effect_label
from paindiary.i18n import _

SEVERITY_ORDER = (Severity.MILD, Severity.MODERATE, Severity.SEVERE)
TICK_LABEL_PT = 30.0  # room one course label needs; with less, only every n-th column is labelled


def worst_severity(counts: Mapping[Severity, int]) -> Severity:
    return max((severity for severity, count in counts.items() if count), key=SEVERITY_ORDER.index)


def cell_description(relief: CourseRelief, kind: str, counts: Mapping[Severity, int]) -> str:
    parts = [
        f"{counts[severity]} × {_(severity.value)}"
        for severity in SEVERITY_ORDER[::-1]
        if counts.get(severity)
    ]
    return _("{course}: {kind}, {counts}").format(
        course=course_title(relief), kind=side_effect_label(kind), counts=", ".join(parts)
    )


def summary_for(courses: Sequence[CourseRelief]) -> SideEffectSummary:
    """Side-effect counts of these courses only."""
    everything = side_effect_summary(
        [session for relief in courses for session in relief.treatment.sessions], []
    )
    by_course = {
        relief.course: side_effect_summary(relief.treatment.sessions, []).total for relief in courses
    }
    return replace(everything, by_course=by_course)


class SideEffectsChart(Chart):
    """A grid of side-effect kinds (rows) by courses (columns), marked by the worst severity."""

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        super().__init__(figure, theme)
        with style.chart_settings():
            axes = figure.add_subplot()
        self.ax = axes
        style.style_axes(axes, theme, grid_axis=None)
        axes.set_xlabel(_("Course (month of first session)"))
        axes.tick_params(axis="both", length=0)
        self.marks: dict[Severity, Line2D] = {
            severity: axes.plot(
                [], [], linestyle="none", markeredgecolor=theme.foreground, markeredgewidth=0.5, **look
            )[0]
            for severity, look in style.SEVERITY_STYLE.items()
        }
        self.counts: list[Text] = []
        self.bladder = BladderRow(axes, theme)
        self.legend = style.figure_legend(
            figure,
            [self.marks[severity] for severity in SEVERITY_ORDER],
            [_("Mild"), _("Moderate"), _("Severe")],
            theme,
            ncols=3,
            title=_("Worst severity recorded (× n: recorded n times)"),
            title_fontsize=style.SIZE_SMALL + 0.5,
        )

    def update(self, data: ChartData) -> None:
        self.set_title(_("Side effects after each course"))
        courses = data.courses_in_period()
        summary = summary_for(courses)
        checkins = checkin_columns(courses, data.checkins)
        if not summary.kinds and not checkins:
            if courses:  # nothing is missing: none were recorded, which is a finding in itself
                self.show_message(_("No side effects recorded for the courses in this period."))
            else:
                self.show_message(
                    not_enough_data(_("Side effects appear here once you record treatment sessions."))
                )
            return
        self.show_message(None)
        for text in self.counts:
            text.remove()
        self.counts = []
        rows = {kind: row for row, kind in enumerate(summary.kinds)}
        points: dict[Severity, list[tuple[float, float]]] = {severity: [] for severity in SEVERITY_ORDER}
        hover_x: list[float] = []
        hover_y: list[float] = []
        texts: list[str] = []
        for column, relief in enumerate(courses):
            for kind, counts in summary.by_course.get(relief.course, {}).items():
                row = rows[kind]
                points[worst_severity(counts)].append((column, row))
                total = sum(counts.values())
                if total > 1:
                    self.counts.append(count_mark(self.ax, total, (column, row), self.theme.foreground))
                hover_x.append(column)
                hover_y.append(row)
                texts.append(cell_description(relief, kind, counts))
        for severity, line in self.marks.items():
            xs, ys = zip(*points[severity], strict=True) if points[severity] else ((), ())
            line.set_data(xs, ys)
        checkin_x, checkin_y, checkin_texts = self.bladder.update(courses, checkins, len(summary.kinds))
        hover_x, hover_y, texts = hover_x + checkin_x, hover_y + checkin_y, texts + checkin_texts
        self.layers = [
            HoverLayer.of_texts(
                self.ax, np.array(hover_x, dtype=float), np.array(hover_y, dtype=float), texts
            )
        ]
        self._update_ticks(courses, [*summary.kinds, *([row_label()] if checkins else [])])

    def _update_ticks(self, courses: Sequence[CourseRelief], kinds: Sequence[str]) -> None:
        room_pt = self.figure.bbox.width / self.figure.dpi * 72.0 * 0.75
        step = max(1, -(-int(len(courses) * TICK_LABEL_PT) // max(1, int(room_pt))))
        columns = np.arange(len(courses))
        self.ax.set_xticks(columns[::step])
        self.ax.set_xticklabels(
            [f"{relief.course}\n{style.format_month(relief.start.date())}" for relief in courses][::step],
            fontsize=style.SIZE_SMALL,
        )
        self.ax.set_yticks(range(len(kinds)))
        self.ax.set_yticklabels([side_effect_label(kind) for kind in kinds])
        self.ax.set_xticks(columns - 0.5, minor=True)
        self.ax.set_yticks(np.arange(len(kinds)) - 0.5, minor=True)
        self.ax.grid(True, which="minor", color=self.theme.grid, linewidth=0.6)
        self.ax.tick_params(which="minor", length=0)
        self.ax.set_xlim(-0.5, len(courses) - 0.5)
        self.ax.set_ylim(len(kinds) - 0.5, -0.5)  # catalog order from the top
