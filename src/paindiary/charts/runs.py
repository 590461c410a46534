"""Maintenance runs on the timeline: regular dosing drawn as a band, with its pain against usual pain.

A run (docs/relief-metrics.md, "Dosing runs") is a period of sessions at a steady frequency, such as
nasal esketamine twice a week. It is drawn where it happened in time, on the timeline: a shaded
band over the run's period labelled with its frequency, a solid line at the run's mean pain, a
dotted line at the mean pain of the 24 hours before its doses and a dashed line at the usual pain
(reference) it is compared with. No percentage is drawn: the hover text gives them with the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.transforms import ScaledTranslation, Transform

from paindiary.analysis.results import DosingRun, FrequencyBand
from paindiary.charts import style
from paindiary.i18n import _, _n

LABEL_Y = 10.0  # run labels hang from the top of the pain scale,
LABEL_ROWS_PT = (0.0, 11.0)  # on one of two rows this many points apart
LABEL_GAP_PT = 4.0  # space kept between two labels of a row; a label with no room is hidden


def band_label(band: FrequencyBand) -> str:
    """The frequency band in the app's language."""
    labels = {
        FrequencyBand.TWICE_WEEKLY_OR_MORE: _("twice a week or more"),
        FrequencyBand.ABOUT_WEEKLY: _("about weekly"),
        FrequencyBand.ABOUT_FORTNIGHTLY: _("about every two weeks"),
    }
    return labels[band]


def run_period(run: DosingRun) -> tuple[float, float]:
    """The run's days as day numbers: from its first date's midnight to the end of its last date."""
    return style.moment_number(run.start), style.moment_number(run.end + timedelta(days=1))


def _pain(value: float | None) -> str:
    return "–" if value is None else style.format_number(value, 1)


def run_description(run: DosingRun) -> str:
    """What the hover shows: the run's frequency and dates, then its pain beside the reference."""
    text = _n(
        "Sessions {band}, {period} ({count} session)",
        "Sessions {band}, {period} ({count} sessions)",
        run.sessions,
    ).format(
        band=band_label(run.band),
        period=style.format_period(run.start, run.end),
        count=run.sessions,
    )
    text += "\n" + _("Mean pain {mean}/10; in the 24 hours before doses {predose}/10").format(
        mean=_pain(run.mean_pain), predose=_pain(run.predose_mean_pain)
    )
    if run.reference is not None:
        text += "\n" + _("Usual pain before (course {course}): {reference}/10").format(
            course=run.reference_course or "–", reference=_pain(run.reference)
        )
        if run.pct_below_reference is not None:
            text += "\n" + _("Mean pain {percent} % below usual pain").format(
                percent=style.format_number(run.pct_below_reference, 1)
            )
    return text


class RunMarks:
    """The artists of every run on one axes, updated in place."""

    def __init__(self, axes: Axes, theme: style.Theme) -> None:
        self.axes = axes
        self.theme = theme
        self.bands = PolyCollection([], zorder=0.8, **style.RUN_SHADE)
        self.mean = LineCollection([], zorder=2.6, **style.RUN_MEAN)
        self.predose = LineCollection([], zorder=2.6, **style.RUN_PREDOSE)
        self.reference = LineCollection([], zorder=2.5, color=theme.muted, **style.RUN_REFERENCE)
        for collection in (self.bands, self.mean, self.predose, self.reference):
            axes.add_collection(collection, autolim=False)
        self.labels: list[Text] = []
        self.runs: tuple[DosingRun, ...] = ()
        scale = axes.get_figure(root=True).dpi_scale_trans  # type: ignore[union-attr]
        self.label_rows: list[Transform] = [
            axes.transData + ScaledTranslation(0.0, -row / 72, scale) for row in LABEL_ROWS_PT
        ]

    def legend_entries(self) -> tuple[list[Patch | tuple[Line2D, ...]], list[str]]:
        """Two legend entries: the band, and its three lines."""
        lines = (
            Line2D([], [], **style.RUN_MEAN),
            Line2D([], [], **style.RUN_PREDOSE),
            Line2D([], [], color=self.theme.muted, **style.RUN_REFERENCE),
        )
        return (
            [Patch(**style.RUN_SHADE), lines],
            [
                _("Regular dosing (how often: on the band)"),
                _("Its mean pain, pain before doses, usual pain"),
            ],
        )

    def update(self, runs: Sequence[DosingRun], first: date | None, last: date | None) -> None:
        """Draw the runs that overlap first…last (None: open)."""
        shown = tuple(
            run for run in runs if (first is None or run.end >= first) and (last is None or run.start <= last)
        )
        self.runs = shown
        periods = [run_period(run) for run in shown]
        self.bands.set_verts([[(low, 0.0), (low, 10.0), (high, 10.0), (high, 0.0)] for low, high in periods])
        for collection, values in (
            (self.mean, [run.mean_pain for run in shown]),
            (self.predose, [run.predose_mean_pain for run in shown]),
            (self.reference, [run.reference for run in shown]),
        ):
            collection.set_segments(
                [
                    [(low, value), (high, value)]
                    for (low, high), value in zip(periods, values, strict=True)
                    if value is not None
                ]
            )
        for label in self.labels:
            label.remove()
        self.labels = [
            self.axes.text(
                low,
                LABEL_Y,
                " " + band_label(run.band),
                transform=self.label_rows[0],
                ha="left",
                va="top",
                fontsize=style.SIZE_SMALL,
                color=self.theme.foreground,
                clip_on=True,
                zorder=6,
            )
            for run, (low, _high) in zip(shown, periods, strict=True)
        ]

    def thin_labels(self, width_pt: float) -> None:
        """Put each label on the first row where it clears the one before; hide it where none is free.

        Runs while the figure draws (like the dose labels), so it only touches what changes.
        """
        low, high = self.axes.get_xlim()
        if high <= low or width_pt <= 0:
            return
        per_point = (high - low) / width_pt  # data units per typographic point
        row_right: list[float | None] = [None] * len(self.label_rows)
        for label in self.labels:
            left = float(label.get_position()[0])
            width = len(label.get_text()) * style.PROSE_CHAR_WIDTH * style.SIZE_SMALL * per_point
            free = [
                row
                for row, right in enumerate(row_right)
                if right is None or left >= right + LABEL_GAP_PT * per_point
            ]
            visible = left <= high and left + width >= low and bool(free)
            if label.get_visible() != visible:
                label.set_visible(visible)
            if visible:
                row_right[free[0]] = left + width
                if label.get_transform() is not self.label_rows[free[0]]:
                    label.set_transform(self.label_rows[free[0]])

    def describe(self, x: float, y: float) -> str | None:
        """The run under a point of the pain scale, in words."""
        if not 0.0 <= y <= 10.0:
            return None
        for run in self.runs:
            low, high = run_period(run)
            if low <= x <= high:
                return run_description(run)
        return None
