"""The timeline's daily dots and median drawn over a kept picture of the rest of the chart.

A full draw of the timeline renders every tick, label and the legend, which is most of its
cost; a new entry usually moves only the daily points. So the two daily lines are animated
artists: a full draw leaves them out, keeps a picture of the axes and then draws them on top;
an update that moved only them puts the kept picture back and draws just the two lines again
(matplotlib's blitting). Anything else (new limits, a course, a resize) gets a full draw.
"""

from __future__ import annotations

from typing import Any

from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

from paindiary.charts.timeline import TimelineChart

# What the kept picture was taken with: the axes' x limits and the canvas' size in pixels.
Picture = tuple[tuple[float, float], tuple[float, float]]


class DailyLayer:
    """Redraws `chart` on `canvas`: only its daily lines when nothing else moved."""

    def __init__(self, canvas: FigureCanvasQTAgg, chart: TimelineChart) -> None:
        self._canvas = canvas
        self._chart = chart
        self._background: Any = None  # the axes without the daily lines, as last drawn
        self._taken: Picture | None = None
        for line in (chart.dots, chart.median):
            line.set_animated(True)
        canvas.mpl_connect("draw_event", self._on_draw)
        self.partial_draws = 0  # how many redraws were of the daily lines alone

    def _picture(self) -> Picture:
        low, high = self._chart.ax.get_xlim()
        bounds = self._canvas.figure.bbox
        return (float(low), float(high)), (float(bounds.width), float(bounds.height))

    def _on_draw(self, _event: DrawEvent) -> None:
        """After every full draw: keep the picture, then add the daily lines to it."""
        chart = self._chart
        if chart.is_empty:
            self._background, self._taken = None, None
            return
        self._background = self._canvas.copy_from_bbox(chart.ax.bbox)  # type: ignore[no-untyped-call]
        self._taken = self._picture()
        self._draw_lines()

    def _draw_lines(self) -> None:
        for line in (self._chart.dots, self._chart.median):
            self._chart.ax.draw_artist(line)

    def redraw(self) -> None:
        """Show the chart's latest update on the canvas."""
        canvas = self._canvas
        if (
            self._background is None
            or not self._chart.only_daily_changed
            or self._chart.is_empty
            or self._taken != self._picture()
            or getattr(canvas, "_draw_pending", False)  # a full draw is on its way anyway
            or not canvas.isVisible()
        ):
            canvas.draw_idle()  # type: ignore[no-untyped-call]
            return
        canvas.restore_region(self._background)  # type: ignore[no-untyped-call]
        self._draw_lines()
        canvas.blit(self._chart.ax.bbox)  # type: ignore[no-untyped-call]
        self.partial_draws += 1
