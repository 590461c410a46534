"""What every chart shares: the data it draws, the "not enough data yet" state and hover lookup.

A chart is built once on a figure (or a sub-figure of a report page) and then `update`d with new
data: it changes its artists' data instead of rebuilding the figure, so the app can redraw
with `draw_idle` after every diary change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure, SubFigure
from matplotlib.legend import Legend
from matplotlib.text import Text

from paindiary.analysis.relief_analysis import relief_analysis
from paindiary.analysis.results import CourseRelief, ReliefAnalysis, ReliefStatus
from paindiary.charts import style
from paindiary.clinic_records import Checkin, Vitals
from paindiary.domain import ROUTE_LABELS, AnalysisSettings, PainEntry, TreatmentSession, side_effect_label
from paindiary.formatting import drug_label
from paindiary.i18n import _, _n
from paindiary.medicine_records import CoTreatment, Intake

# A comparable group (docs/relief-metrics.md, "Across courses"): the same drug and route, the same
# number of sessions.
GroupKey = tuple[str, int]


def group_key(relief: CourseRelief) -> GroupKey:
    return relief.drug_route, relief.sessions_per_course


@dataclass(frozen=True, slots=True)
class ChartData:
    """The diary's records, their relief analysis (computed once, shared by every chart) and what to show."""

    entries: Sequence[PainEntry]
    sessions: Sequence[TreatmentSession]
    settings: AnalysisSettings
    analysis: ReliefAnalysis
    start: date | None = None  # None: from the first record
    end: date | None = None  # None: to the last record
    highlight: int | None = None  # course number to highlight; None: the latest one shown
    group: GroupKey | None = None  # comparable group to compare; None: the highlighted course's
    vitals: Sequence[Vitals] = ()  # blood pressure at sessions, on the timeline
    checkins: Sequence[Checkin] = ()  # bladder check-ins, on the side-effects chart
    intakes: Sequence[Intake] = ()  # as-needed doses, a strip on the timeline
    co_treatments: Sequence[CoTreatment] = ()  # other treatments, bars on the timeline

    @property
    def reliefs(self) -> Sequence[CourseRelief]:
        """Every course of the diary, in order."""
        return self.analysis.courses

    def in_period(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def courses_in_period(self) -> list[CourseRelief]:
        """Courses that overlap the period (first session to day 0)."""
        return [
            relief
            for relief in self.reliefs
            if (self.end is None or relief.start.date() <= self.end)
            and (self.start is None or relief.day0 >= self.start)
        ]

    def entries_in_period(self) -> list[PainEntry]:
        if self.start is None and self.end is None:
            return list(self.entries)
        return [entry for entry in self.entries if self.in_period(entry.at.date())]

    def sessions_in_period(self) -> list[TreatmentSession]:
        """The done sessions of the period: a planned or cancelled one is no treatment given."""
        return [session for session in self.sessions if session.done and self.in_period(session.at.date())]

    def highlighted(self, reliefs: Sequence[CourseRelief]) -> CourseRelief | None:
        """The course to highlight among `reliefs`: the chosen one, else the latest."""
        if not reliefs:
            return None
        for relief in reliefs:
            if relief.course == self.highlight:
                return relief
        return reliefs[-1]

    def shown_group(self) -> GroupKey | None:
        """The comparable group the charts compare: the chosen one, else the highlighted course's.

        A highlighted course outside the period still names its group; without either, the
        latest course of the period (or of the diary) does.
        """
        keys = {group_key(relief) for relief in self.reliefs}
        if self.group is not None and self.group in keys:
            return self.group
        chosen = next((relief for relief in self.reliefs if relief.course == self.highlight), None)
        if chosen is None:
            chosen = self.highlighted(self.courses_in_period() or self.reliefs)
        return group_key(chosen) if chosen is not None else None

    def in_shown_group(self, reliefs: Sequence[CourseRelief]) -> list[CourseRelief]:
        """The courses of `reliefs` that belong to the shown comparable group."""
        shown = self.shown_group()
        return [relief for relief in reliefs if group_key(relief) == shown]

    def span(self) -> tuple[date, date] | None:
        """The dates the timeline covers: the period, filled in from the records where open."""
        days = [entry.at.date() for entry in self.entries_in_period()]
        days += [session.at.date() for session in self.sessions_in_period()]
        if not days and (self.start is None or self.end is None):
            return None
        first = self.start if self.start is not None else min(days)
        last = self.end if self.end is not None else max(days)
        return first, last


Analyse = Callable[
    [Sequence[PainEntry], Sequence[TreatmentSession], AnalysisSettings, datetime], ReliefAnalysis
]


def prepare(
    entries: Sequence[PainEntry],
    sessions: Sequence[TreatmentSession],
    settings: AnalysisSettings,
    *,
    start: date | None = None,
    end: date | None = None,
    highlight: int | None = None,
    group: GroupKey | None = None,
    at: datetime | None = None,
    vitals: Sequence[Vitals] = (),
    checkins: Sequence[Checkin] = (),
    analyse: Analyse | None = None,
    intakes: Sequence[Intake] = (),
    co_treatments: Sequence[CoTreatment] = (),
) -> ChartData:
    """Chart data for a period; relief is measured on the whole diary (baselines reach back).

    `at` is the time of the analysis (sessions after it are planned); None: now. `analyse`
    (None: relief_analysis) gives the same as relief_analysis, e.g. analysis/incremental.py's for a live view.
    """
    moment = at if at is not None else datetime.now().replace(second=0, microsecond=0)
    analysis = (analyse or relief_analysis)(entries, sessions, settings, moment)
    return ChartData(
        entries,
        sessions,
        settings,
        analysis,
        start,
        end,
        highlight,
        group,
        vitals,
        checkins,
        intakes,
        co_treatments,
    )


def groups(reliefs: Sequence[CourseRelief]) -> list[tuple[GroupKey, CourseRelief, int]]:
    """Each comparable group once, latest first: its key, its latest course and its number of courses."""
    latest: dict[GroupKey, CourseRelief] = {}
    counts: dict[GroupKey, int] = {}
    for relief in reliefs:
        key = group_key(relief)
        latest[key] = relief
        counts[key] = counts.get(key, 0) + 1
    ordered = sorted(latest.items(), key=lambda item: item[1].course, reverse=True)
    return [(key, relief, counts[key]) for key, relief in ordered]


def kind_of_course(relief: CourseRelief) -> str:
    """ "IV infusion (ketamine)"; a mixed course joins its kinds with " + "."""
    pairs = dict.fromkeys((session.route, session.drug) for session in relief.treatment.sessions)
    return " + ".join(f"{_(ROUTE_LABELS[route])} ({drug_label(drug)})" for route, drug in pairs)


def group_label(relief: CourseRelief) -> str:
    """The comparable group of a course in words: "IV infusion (ketamine), 1 session per course"."""
    count = relief.sessions_per_course
    return _n("{kind}, {count} session per course", "{kind}, {count} sessions per course", count).format(
        kind=kind_of_course(relief), count=count
    )


def group_choice(latest: CourseRelief, courses: int) -> str:
    """A comparable group as a choice: "IV infusion (ketamine), 1 session per course: 7 courses"."""
    return _n("{group}: {count} course", "{group}: {count} courses", courses).format(
        group=group_label(latest), count=courses
    )


def other_kinds_only(
    data: ChartData, shown: Sequence[CourseRelief], found: Sequence[CourseRelief]
) -> str | None:
    """When only other kinds of course have something to show: say so for the chosen kind."""
    if shown or not found:
        return None
    group = data.shown_group()
    example = next((relief for relief in data.reliefs if group_key(relief) == group), None)
    if example is None:
        return None
    return _("Nothing to compare yet for this kind of course ({group}); other kinds have.").format(
        group=group_label(example)
    )


def measured(reliefs: Sequence[CourseRelief]) -> list[CourseRelief]:
    """Courses whose relief curve could be computed."""
    return [relief for relief in reliefs if relief.status is ReliefStatus.OK]


def course_title(relief: CourseRelief) -> str:
    """ "Course 3 (12 Jun 2024)"."""
    return _("Course {number} ({date})").format(
        number=relief.course, date=style.format_date(relief.start.date())
    )


def session_description(session: TreatmentSession) -> str:
    """One line about a session for tooltips: date, route, dose, side effects."""
    parts = [style.format_date(session.at.date()), _(ROUTE_LABELS[session.route])]
    if session.drug != "ketamine":
        parts.append(drug_label(session.drug))
    if session.dose_mg is not None:
        dose = _("{dose} mg").format(dose=style.format_number(session.dose_mg, 2))
        per_kg = session.dose_mg_per_kg
        if per_kg is not None:
            dose += " " + _("({dose} mg/kg)").format(dose=style.format_number(per_kg, 2))
        parts.append(dose)
    text = ", ".join(parts)
    if session.side_effects:
        effects = ", ".join(
            f"{side_effect_label(effect.kind)} ({_(effect.severity.value)})"
            for effect in session.side_effects
        )
        text += "\n" + _("Side effects: {effects}").format(effects=effects)
    return text


@dataclass(slots=True)
class HoverLayer:
    """Points of one axes for tooltips; `describe(i)` words point i only when it is hovered."""

    axes: Axes
    x: np.ndarray
    y: np.ndarray
    describe: Callable[[int], str]

    @classmethod
    def of_texts(cls, axes: Axes, x: np.ndarray, y: np.ndarray, texts: Sequence[str]) -> HoverLayer:
        return cls(axes, x, y, list(texts).__getitem__)


class Chart:
    """Base of every chart: owns its sub-figure, an empty-state message and hover points."""

    HOVER_RADIUS_PX = 10.0
    constrained_layout = True  # False: the chart places its axes itself, its figure needs no layout engine

    def __init__(self, figure: Figure | SubFigure, theme: style.Theme = style.PRINT) -> None:
        self.figure = figure
        self.theme = theme
        self.layers: list[HoverLayer] = []
        self._message: Text = figure.text(
            0.5,
            0.5,
            "",
            ha="center",
            va="center",
            wrap=True,
            fontsize=style.SIZE_LABEL + 1,
            color=theme.foreground,
            visible=False,
        )
        self.is_empty = False
        self.legend: Legend | None = None
        self._title: Text = figure.suptitle(
            "", x=0.01, ha="left", fontsize=style.SIZE_TITLE, color=theme.foreground
        )

    @property
    def title(self) -> str:
        return self._title.get_text()

    def set_title(self, text: str) -> None:
        """The chart's title, left-aligned above everything else (kept when the chart is empty)."""
        self._title.set_text(text)

    @property
    def axes(self) -> list[Axes]:
        """The chart's own axes (a report page may hold several charts)."""
        return [axes for axes in self.figure.axes if axes.get_figure(root=False) is self.figure]

    def update(self, data: ChartData) -> None:
        """Show `data`, reusing the figure and its artists."""
        raise NotImplementedError

    def show_message(self, text: str | None) -> None:
        """Show the "not enough data yet" message instead of the axes (None: show the axes)."""
        self.is_empty = text is not None
        self._message.set_text(text or "")
        self._message.set_visible(self.is_empty)
        for axes in self.axes:
            axes.set_visible(not self.is_empty)
        if self.legend is not None:
            self.legend.set_visible(not self.is_empty)

    @property
    def message(self) -> str | None:
        return self._message.get_text() if self.is_empty else None

    def describe_at(self, x_px: float, y_px: float) -> str | None:
        """The text of the nearest data point within a few pixels of a display position, if any."""
        best: tuple[HoverLayer, float, int] | None = None
        for layer in self.layers:
            if not layer.axes.get_visible() or len(layer.x) == 0:
                continue
            points = layer.axes.transData.transform(np.column_stack([layer.x, layer.y]))
            distances = np.hypot(points[:, 0] - x_px, points[:, 1] - y_px)
            distances[~np.isfinite(distances)] = np.inf  # points without a value (NaN) are never hovered
            index = int(np.argmin(distances))
            if distances[index] <= self.HOVER_RADIUS_PX and (best is None or distances[index] < best[1]):
                best = (layer, float(distances[index]), index)
        return best[0].describe(best[2]) if best else None


def not_enough_data(what: str) -> str:
    """The empty-state message: what is missing, then what to do."""
    return _("Not enough data yet.") + "\n" + what
