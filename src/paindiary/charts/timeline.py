"""The timeline: daily pain, its 7-day median, sessions with their dose, relief windows, side effects."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Literal

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes._base import _AxesBase
from matplotlib.backend_bases import RendererBase
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure, SubFigure
from matplotlib.legend import Legend
from matplotlib.text import Text
from matplotlib.transforms import Bbox, ScaledTranslation, Transform

from paindiary.analysis.results import CourseRelief
from paindiary.charts import style
from paindiary.charts.clinic_marks import ClinicMarks, daily_peg
from paindiary.charts.common import (
    Chart,
    ChartData,
    HoverLayer,
    course_title,
    not_enough_data,
    session_description,
)
from paindiary.charts.medicine_marks import DOSES_Y, MedicineMarks
from paindiary.charts.runs import RunMarks
from paindiary.charts.timeline_layers import TimelineMarks, daily_points, day_description
from paindiary.domain import Severity, TreatmentSession
from paindiary.i18n import _, _n

SESSION_Y = 10.55
SIDE_EFFECT_Y = -0.75
LABEL_ROWS_PT = (5.0, 15.0)  # dose labels sit this far above the session marks
LABEL_GAP_PT = 4.0  # space kept between two dose labels; closer ones are hidden, not overlapped
LEGEND_COLUMNS = 3  # on a wide figure; fewer where the legend would not fit
LEGEND_HANDLE_LENGTH = 3.2  # ems: room for the three side-effect marks
# Space in points around the axes: tick labels 0–10 and the rotated pain label on the left; the
# title on top; the date ticks and their offset line (e.g. "2024") below, then the legend.
MARGINS = {"left": 40.0, "right": 14.0, "top": 20.0, "bottom": 40.0}
SEVERITY_RANK = {Severity.MILD: 0, Severity.MODERATE: 1, Severity.SEVERE: 2}

moment_number = style.moment_number


def day_number(day: date) -> float:
    """The number of a date's midnight."""
    return style.moment_number(datetime.combine(day, datetime.min.time()))


def course_dose_label(relief: CourseRelief) -> str:
    """ "250 mg", or "5 × 100 mg" for a loading series of equal doses; "" without a dose."""
    doses = [session.dose_mg for session in relief.treatment.sessions]
    if not doses or any(dose is None for dose in doses):
        return ""
    if len(doses) > 1 and len(set(doses)) == 1 and doses[0] is not None:
        return _("{count} × {dose} mg").format(count=len(doses), dose=style.format_number(doses[0], 1))
    return _("{dose} mg").format(dose=style.format_number(relief.dose_mg or 0.0, 1))


def relief_span(relief: CourseRelief) -> tuple[float, float] | None:
    """The days with relief at 30 %: from onset to the end of the last relief day."""
    if relief.onset_day_30 is None or not relief.relief_days_30:
        return None
    start = day_number(relief.day0) + relief.onset_day_30
    return start, day_number(relief.day0) + relief.relief_days_30


def span_description(relief: CourseRelief) -> str:
    days = relief.relief_days_30 or 0
    if relief.censored_30:
        text = _n(
            "{course}: pain at least 30 % below usual for at least {days} day so far",
            "{course}: pain at least 30 % below usual for at least {days} days so far",
            days,
        )
    else:
        text = _n(
            "{course}: pain at least 30 % below usual for {days} day",
            "{course}: pain at least 30 % below usual for {days} days",
            days,
        )
    return text.format(course=course_title(relief), days=days)


class TimelineChart(Chart):
    """Pain day by day over months or years, with every course on it."""

    constrained_layout = False  # placed by MARGINS: redraws while panning stay cheap

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        super().__init__(figure, theme)
        with style.chart_settings():
            axes = figure.add_subplot()
        self.ax = axes
        axes.set_in_layout(False)  # a report page's constrained layout leaves it to MARGINS too
        style.style_axes(axes, theme)
        style.date_axis(axes)
        axes.set_ylim(-1.4, 12.0)
        axes.set_yticks(range(0, 11, 2))
        self.pain_label = _("Pain (0 = none, 10 = worst imaginable)")
        self.short_pain_label = _("Pain (0–10)")  # for a chart too short for the whole label
        axes.set_ylabel(self.pain_label)
        self.spans = PolyCollection([], **style.RELIEF_SHADE)
        axes.add_collection(self.spans, autolim=False)
        self.runs = RunMarks(axes, theme)
        (self.dots,) = axes.plot([], [], **style.DAILY_DOTS)
        (self.median,) = axes.plot([], [], color=theme.foreground, **style.MEDIAN_LINE)
        (self.session_marks,) = axes.plot([], [], **style.SESSION_MARK)
        self.clinic = ClinicMarks(axes, theme, SESSION_Y)  # PEG line, session blood pressure
        self.medicines = MedicineMarks(axes, theme)  # as-needed doses, other treatments
        self.effect_marks = {
            severity: axes.plot(
                [],
                [],
                linestyle="none",
                **{**look, "markersize": float(look["markersize"]) * 0.75},
            )[0]
            for severity, look in style.SEVERITY_STYLE.items()
        }
        self.labels: list[Text] = []
        # Dose labels sit a few points above the session marks, on one of two rows.
        self.label_rows: list[Transform] = [
            axes.transData + ScaledTranslation(0.0, row / 72, figure.dpi_scale_trans) for row in LABEL_ROWS_PT
        ]
        self._spans: list[tuple[float, float, str]] = []
        self.base_legend: tuple[list[Artist | tuple[Artist, ...]], list[str]] = (
            [self.spans, self.dots, self.median, self.session_marks, tuple(self.effect_marks.values())],
            [
                _("Relief ≥ 30 % (3-day median)"),
                _("Daily pain (mean of the day)"),
                _("7-day median"),
                _("Treatment session (dose)"),
                _("Side effect: mild, moderate, severe"),
            ],
        )
        self.legend_entries = self.base_legend
        self._marks: TimelineMarks | None = None  # as last drawn
        self.only_daily_changed = False  # the last update moved only the dots and the median
        self.legend_columns = self._legend_columns()
        self.legend = self._new_legend(self.legend_columns)
        self.margins = style.FixedMargins(**MARGINS, title=self._title, legend=self.legend)
        axes.set_axes_locator(self._place)
        # Bound method: the canvas holds it weakly, the axes' locator keeps the chart alive.
        figure.get_figure(root=True).canvas.mpl_connect("resize_event", self._on_resize)

    def _legend_columns(self) -> int:
        """The most columns, up to three, whose estimated width fits the figure's width."""
        width_pt = self.figure.bbox.width * 72.0 / self.figure.dpi
        labels = self.legend_entries[1]
        for columns in range(LEGEND_COLUMNS, 1, -1):
            if style.legend_width_pt(labels, columns, LEGEND_HANDLE_LENGTH) <= width_pt:
                return columns
        return 1

    def _new_legend(self, columns: int) -> Legend:
        return style.figure_legend(
            self.figure,
            *self.legend_entries,
            self.theme,
            ncols=columns,
            outside=False,
            handlelength=LEGEND_HANDLE_LENGTH,
        )

    def _on_resize(self, _event: object) -> None:
        """A narrower window gets a legend in fewer columns, a wider one up to three again."""
        columns = self._legend_columns()
        if self.legend is None or self.legend_columns == columns:
            return
        self._renew_legend(columns)

    def _show_run_legend(self, shown: bool) -> None:
        """The runs' two legend entries while runs are drawn; the PEG line's while it is."""
        handles, labels = self.base_legend
        if shown:
            run_handles, run_labels = self.runs.legend_entries()
            handles, labels = [*handles, *run_handles], [*labels, *run_labels]
        peg_handles, peg_labels = self.clinic.legend_entries()
        medicine_handles, medicine_labels = self.medicines.legend_entries()
        peg_handles, peg_labels = [*peg_handles, *medicine_handles], [*peg_labels, *medicine_labels]
        if [*labels, *peg_labels] == self.legend_entries[1]:
            return
        self.legend_entries = ([*handles, *peg_handles], [*labels, *peg_labels])
        self._renew_legend(self._legend_columns())

    def _renew_legend(self, columns: int) -> None:
        assert self.legend is not None
        visible = self.legend.get_visible()
        self.legend.remove()
        self.legend_columns = columns
        self.legend = self._new_legend(columns)
        self.legend.set_visible(visible)
        self.margins.legend = self.legend

    def update(self, data: ChartData) -> None:
        span = data.span()
        points = daily_points(data)
        if span is None or (len(points.x) == 0 and not data.sessions_in_period()):
            self.set_title(_("Daily pain"))
            self.show_message(not_enough_data(_("Log your pain for a few days to see it over time here.")))
            self._marks = None
            self.only_daily_changed = False
            return
        self.show_message(None)
        self.dots.set_data(points.x, points.mean)
        self.median.set_data(points.median_x, points.median)
        sessions = data.sessions_in_period()
        courses = data.courses_in_period()
        marks = TimelineMarks(
            span,
            tuple(sessions),
            tuple(
                (relief_span(relief), moment_number(relief.start), course_dose_label(relief))
                for relief in courses
            ),
            data.analysis.runs,
            (data.start, data.end),
            daily_peg(data.entries_in_period()),
            tuple(data.vitals),
            tuple(data.intakes),
            tuple(data.co_treatments),
        )
        # A new entry usually moves only the daily dots and the median: every other artist
        # (marks, labels, spans, legend) is kept as drawn, so a view may redraw just those two.
        self.only_daily_changed = marks == self._marks
        if not self.only_daily_changed:
            self._update_marks(marks, courses)
        self._marks = marks
        self._update_spans(courses)  # their words (for hover) may change while their shape stays
        effect_sessions = [session for session in sessions if session.side_effects]
        self.layers = [
            HoverLayer(self.ax, points.x, points.mean, lambda index: day_description(points, index)),
            HoverLayer(
                self.ax,
                marks.session_x,
                np.full(len(sessions), SESSION_Y),
                lambda index: session_description(sessions[index]),
            ),
            HoverLayer(
                self.ax,
                np.array([moment_number(s.at) for s in effect_sessions]),
                np.full(len(effect_sessions), SIDE_EFFECT_Y),
                lambda index: session_description(effect_sessions[index]),
            ),
            HoverLayer(
                self.ax,
                np.asarray(self.medicines.doses.get_xdata(), dtype=float),
                np.full(len(self.medicines.days), DOSES_Y),
                self.medicines.dose_description,
            ),
            HoverLayer(
                self.ax,
                np.array([moment_number(reading.session.at) for reading in self.clinic.readings]),
                np.full(len(self.clinic.readings), SESSION_Y - 0.5),
                self.clinic.reading_description,
            ),
        ]
        self.show_range(*span)

    def _update_marks(self, marks: TimelineMarks, courses: Sequence[CourseRelief]) -> None:
        """Every artist besides the daily dots and median: sessions, clinic, medicines, courses, runs."""
        sessions = marks.sessions
        self.session_marks.set_data(marks.session_x, np.full(len(sessions), SESSION_Y))
        self._update_side_effects(sessions)
        self.clinic.update_marks(marks.peg, sessions, marks.vitals)
        self.medicines.update(marks.intakes, marks.co_treatments, *marks.span)
        self._update_labels(courses)
        self.runs.update(marks.runs, *marks.period)
        self._show_run_legend(bool(self.runs.runs))

    def show_range(self, first: date, last: date) -> None:
        """Show the dates first…last (both whole days)."""
        self.show_limits(day_number(first), day_number(last + timedelta(days=1)))

    def show_limits(self, low: float, high: float) -> None:
        """Show the x range low…high (day numbers), titled with the dates it covers."""
        self.ax.set_xlim(low, high)
        first = date(1970, 1, 1) + timedelta(days=int(np.floor(low)))
        last = date(1970, 1, 1) + timedelta(days=int(np.ceil(high)) - 1)
        self.set_title(_("Daily pain, {period}").format(period=style.format_period(first, last)))

    def _update_side_effects(self, sessions: Sequence[TreatmentSession]) -> None:
        by_severity: dict[Severity, list[float]] = {severity: [] for severity in Severity}
        for session in sessions:
            if session.side_effects:
                worst = max(
                    (effect.severity for effect in session.side_effects), key=SEVERITY_RANK.__getitem__
                )
                by_severity[worst].append(moment_number(session.at))
        for severity, line in self.effect_marks.items():
            xs = by_severity[severity]
            line.set_data(xs, [SIDE_EFFECT_Y] * len(xs))

    def _update_spans(self, courses: Sequence[CourseRelief]) -> None:
        self._spans = []
        verts = []
        for relief in courses:
            found = relief_span(relief)
            if found is None:
                continue
            low, high = found
            self._spans.append((low, high, span_description(relief)))
            verts.append([(low, 0.0), (low, 10.0), (high, 10.0), (high, 0.0)])
        self.spans.set_verts(verts)

    def _update_labels(self, courses: Sequence[CourseRelief]) -> None:
        for label in self.labels:
            label.remove()
        self.labels = []
        for relief in courses:
            text = course_dose_label(relief)
            if not text:
                continue
            # Plain text on the figure, unclipped and out of any layout: far cheaper than an
            # Annotation or an axes text, which sets a clip path it would never use.
            label = Text(
                moment_number(relief.start),
                SESSION_Y,
                text,
                transform=self.label_rows[0],
                ha="center",
                va="bottom",
                fontsize=style.SIZE_SMALL,
                color=self.theme.foreground,
            )
            label.set_in_layout(False)
            self.figure.add_artist(label, clip=False)
            self.labels.append(label)

    def _place(self, axes: _AxesBase, renderer: RendererBase) -> Bbox:
        """Where the axes go on this draw; the pain label and dose labels are fitted to their size."""
        points_per_pixel = 72.0 / self.figure.dpi
        box = self.margins(axes, renderer)
        if self._fit_pain_label(box.height * self.figure.bbox.height * points_per_pixel):
            box = self.margins(axes, renderer)
        self.thin_labels(box.width * self.figure.bbox.width * points_per_pixel)
        self.runs.thin_labels(box.width * self.figure.bbox.width * points_per_pixel)
        return box

    def _fit_pain_label(self, height_pt: float) -> bool:
        """The longest form of the pain label that fits beside axes `height_pt` tall: one line,
        two lines (with a wider left margin), or the short "Pain (0–10)". True when the margins changed.
        """

        def fits(text: str) -> bool:
            longest = max(len(line) for line in text.split("\n"))
            return longest * style.PROSE_CHAR_WIDTH * style.SIZE_LABEL <= height_pt

        forms = [self.pain_label, self.pain_label.replace(" (", "\n(", 1), self.short_pain_label]
        text = next((form for form in forms if fits(form)), forms[-1])
        if self.ax.get_ylabel() != text:
            self.ax.set_ylabel(text)
        left = MARGINS["left"] + (0.0 if "\n" not in text else style.SIZE_LABEL * 1.2)
        changed = left != self.margins.left
        self.margins.left = left
        return changed

    def thin_labels(self, width_pt: float) -> None:
        """Stagger dose labels on two rows; hide those that would still overlap at `width_pt` wide axes.

        Runs while the figure draws, so it only touches a label whose look changes.
        """
        low, high = self.ax.get_xlim()
        if high <= low or width_pt <= 0:
            return
        per_point = (high - low) / width_pt  # data units per typographic point
        row_right: list[float | None] = [None] * len(LABEL_ROWS_PT)
        for label in self.labels:
            x = float(label.get_position()[0])
            width = len(label.get_text()) * style.CHAR_WIDTH * style.SIZE_SMALL * per_point
            # Near either end of the axis a label grows inwards instead of off the chart.
            align: Literal["left", "center", "right"] = "center"
            left = x - width / 2
            if left < low:
                align, left = "left", x
            elif x + width / 2 > high:
                align, left = "right", x - width
            free = [
                row
                for row, right in enumerate(row_right)
                if right is None or left >= right + LABEL_GAP_PT * per_point
            ]
            visible = low <= x <= high and bool(free)
            if label.get_visible() != visible:
                label.set_visible(visible)
            if visible:
                row_right[free[0]] = left + width
                if label.get_transform() is not self.label_rows[free[0]]:
                    label.set_transform(self.label_rows[free[0]])
                if label.get_horizontalalignment() != align:
                    label.set_horizontalalignment(align)

    def describe_at(self, x_px: float, y_px: float) -> str | None:
        found = super().describe_at(x_px, y_px)
        if found is not None or self.is_empty:
            return found
        x, y = self.ax.transData.inverted().transform((x_px, y_px))
        if not 0.0 <= y <= 10.0:
            return None
        for low, high, text in self._spans:
            if low <= x <= high:
                return text
        return self.runs.describe(x, y)
