"""One look for every chart and the report: fonts, sizes, colours, line styles and dates.

Colours are the Okabe–Ito palette (safe for the common colour-vision deficiencies); every
series also differs by line style, marker or hatch so a grayscale print still separates them.
Nothing here changes matplotlib's global settings: figures get their settings one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, cast

import matplotlib as mpl
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axes._base import _AxesBase
from matplotlib.axis import Axis
from matplotlib.backend_bases import RendererBase
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure, SubFigure
from matplotlib.legend import Legend
from matplotlib.legend_handler import HandlerTuple
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter
from matplotlib.transforms import Bbox

from paindiary import formatting
from paindiary.domain import Severity

# matplotlib's default date epoch: its day numbers count from here (charts never change the epoch).
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

# Okabe & Ito (2008), "Color Universal Design".
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"

# Font sizes in points; the same on screen, in images and on paper.
SIZE_SMALL = 7.5
SIZE_TEXT = 8.5
SIZE_LABEL = 9.0
SIZE_TITLE = 11.0
SIZE_HEADING = 14.0
LEGEND_SIZE = SIZE_SMALL + 0.5
CHAR_WIDTH = 0.58  # average glyph width of DejaVu Sans, in ems
PROSE_CHAR_WIDTH = 0.54  # the same in mixed-case words (legend entries measure 0.52)

# Export sizes in inches (the image is 1600 × 900 px at EXPORT_DPI).
EXPORT_SIZE = (8.0, 4.5)
EXPORT_DPI = 200
A4 = (8.27, 11.69)
LETTER = (8.5, 11.0)

# Series styles: colour, line style and marker together, so grayscale keeps them apart.
DAILY_DOTS: dict[str, Any] = {"color": SKY_BLUE, "marker": "o", "markersize": 3.0, "linestyle": "none"}
MEDIAN_LINE: dict[str, Any] = {"linewidth": 1.6, "linestyle": "-"}  # colour = foreground
SESSION_MARK: dict[str, Any] = {"color": VERMILLION, "marker": "v", "markersize": 6.5, "linestyle": "none"}
# Light fill plus solid edges: the edges keep windows apart in grayscale, and cost far less than hatching.
RELIEF_SHADE: dict[str, Any] = {"facecolor": (0.0, 0.62, 0.45, 0.22), "edgecolor": GREEN, "linewidth": 0.9}
# Maintenance runs: a purple band over the run, its mean pain solid, the pain before doses dotted,
# the usual pain it is compared with dashed grey.
RUN_SHADE: dict[str, Any] = {"facecolor": (0.8, 0.47, 0.65, 0.16), "edgecolor": PURPLE, "linewidth": 0.9}
RUN_MEAN: dict[str, Any] = {"color": PURPLE, "linewidth": 2.0, "linestyle": "-"}
RUN_PREDOSE: dict[str, Any] = {"color": PURPLE, "linewidth": 1.6, "linestyle": ":"}
RUN_REFERENCE: dict[str, Any] = {"linewidth": 1.4, "linestyle": "--"}  # colour = muted
LATEST_COURSE: dict[str, Any] = {"color": VERMILLION, "linewidth": 2.4}
OTHER_COURSE: dict[str, Any] = {"color": SKY_BLUE, "linewidth": 1.0, "alpha": 0.75}
MEDIAN_CURVE: dict[str, Any] = {
    "linewidth": 2.2,
    "linestyle": (0, (6, 1.5, 1.5, 1.5)),
}  # dash-dot; colour = foreground
CENSORED_LINESTYLE: Literal["--"] = "--"
SOLID: Literal["-"] = "-"
DOSE_COLORMAP = "cividis"  # monotone in lightness, readable by colour-blind readers and in grayscale

# Severity: growing marker, darker colour and a distinct shape.
SEVERITY_STYLE: dict[Severity, dict[str, Any]] = {
    Severity.MILD: {"color": SKY_BLUE, "marker": "o", "markersize": 6.0},
    Severity.MODERATE: {"color": ORANGE, "marker": "s", "markersize": 8.0},
    Severity.SEVERE: {"color": VERMILLION, "marker": "^", "markersize": 10.0},
}


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours that depend on where a chart is shown: paper, or the app's light or dark palette."""

    foreground: str = "#000000"
    background: str = "#FFFFFF"
    muted: str = "#6B6B6B"  # grid, reference lines, secondary text
    grid: str = "#D9D9D9"


PRINT = Theme()

# Settings read when a figure is saved (or when matplotlib creates ticks lazily at draw time).
RC: dict[str, Any] = {
    "pdf.fonttype": 42,  # TrueType embedded: text stays selectable and searchable
    "ps.fonttype": 42,
    "svg.fonttype": "none",  # SVG text stays text
    "svg.hashsalt": "paindiary",  # stable element ids: the same chart gives the same file
    "font.family": "DejaVu Sans",
    "font.size": SIZE_TEXT,
    "axes.titlesize": SIZE_TITLE,
    "axes.labelsize": SIZE_LABEL,
    "xtick.labelsize": SIZE_TEXT,
    "ytick.labelsize": SIZE_TEXT,
    "legend.fontsize": LEGEND_SIZE,
    "hatch.linewidth": 0.6,
    "savefig.dpi": EXPORT_DPI,
    "figure.dpi": 100,
}


@contextmanager
def chart_settings() -> Iterator[None]:
    """Apply the chart settings for building or saving a figure, and restore them afterwards."""
    with mpl.rc_context(cast(Any, RC)):  # the stubs only accept literal rc names
        yield


def new_figure(
    size: tuple[float, float] = EXPORT_SIZE, theme: Theme = PRINT, *, constrained: bool = True
) -> Figure:
    """A figure in the theme's background (no pyplot, no global state), by default with constrained layout.

    Without it the chart places its axes itself (see `FixedMargins`).
    """
    return Figure(figsize=size, layout="constrained" if constrained else None, facecolor=theme.background)


class FixedMargins:
    """An axes locator: the axes fill their (sub)figure less fixed margins in points.

    The title's distance from the top and the legend's height are added to the top and bottom
    margins. Placing the axes by this arithmetic at draw time replaces a layout engine, which
    measures every text and draws the whole figure once more on each save. The legend's height is
    measured again only when the legend or the resolution changes.
    """

    def __init__(
        self,
        *,
        left: float,
        right: float,
        top: float,
        bottom: float,
        title: Text | None = None,
        legend: Legend | None = None,
    ) -> None:
        self.left, self.right, self.top, self.bottom = left, right, top, bottom
        self.title = title
        self.legend = legend  # the chart may replace it, e.g. with fewer columns
        self._measured: tuple[float, Legend, float] | None = None  # dpi, legend, its height in pixels

    def __call__(self, axes: _AxesBase, renderer: RendererBase | None) -> Bbox:
        figure = axes.get_figure(root=False)
        assert figure is not None
        per_point = figure.dpi / 72.0
        width, height = figure.bbox.width, figure.bbox.height
        above = self.top * per_point
        if self.title is not None and self.title.get_text():
            above += (1.0 - float(self.title.get_position()[1])) * height
        below = self.bottom * per_point
        if self.legend is not None and self.legend.get_visible():
            below += self._legend_height(self.legend, figure.dpi, renderer)
        x0, y0 = self.left * per_point / width, below / height
        x1, y1 = 1.0 - self.right * per_point / width, 1.0 - above / height
        # A window dragged very small still gets a sliver of axes rather than an inverted box.
        return Bbox.from_extents(x0, y0, max(x1, x0 + 0.05), max(y1, y0 + 0.05))

    def _legend_height(self, legend: Legend, dpi: float, renderer: RendererBase | None) -> float:
        if self._measured is None or self._measured[:2] != (dpi, legend):
            self._measured = (dpi, legend, legend.get_window_extent(renderer).height)
        return self._measured[2]


def style_axes(axes: Axes, theme: Theme, *, grid_axis: Literal["x", "y", "both"] | None = "y") -> None:
    """Ticks, spines and grid in the theme's colours, sizes fixed on the axes so drawing later agrees."""
    axes.set_facecolor(theme.background)
    axes.tick_params(colors=theme.foreground, labelcolor=theme.foreground, labelsize=SIZE_TEXT)
    for name, spine in axes.spines.items():
        spine.set_visible(name in ("left", "bottom"))
        spine.set_color(theme.muted)
    axes.xaxis.get_offset_text().set_color(theme.foreground)
    if grid_axis:
        axes.grid(True, axis=grid_axis, color=theme.grid, linewidth=0.6)
    axes.set_axisbelow(True)
    axes.xaxis.label.set_color(theme.foreground)
    axes.yaxis.label.set_color(theme.foreground)
    axes.xaxis.label.set_fontsize(SIZE_LABEL)
    axes.yaxis.label.set_fontsize(SIZE_LABEL)
    axes.title.set_color(theme.foreground)
    axes.title.set_fontsize(SIZE_TITLE)


def style_legend(axes: Axes, theme: Theme, **options: Any) -> None:
    """A compact legend whose frame and text follow the theme."""
    axes.legend(fontsize=LEGEND_SIZE, frameon=True, **options)
    style_legend_frame(axes, theme)


def figure_legend(
    figure: Figure | SubFigure,
    handles: Sequence[Artist | tuple[Artist, ...]],
    labels: Sequence[str],
    theme: Theme,
    *,
    ncols: int,
    outside: bool = True,
    **options: Any,
) -> Legend:
    """The chart's legend under its axes, where it never squeezes them or clashes with the title.

    `outside` asks constrained layout to make room for it; without, it sits at the bottom edge.
    """
    legend = figure.legend(  # type: ignore[call-overload]  # the stubs miss tuple handles
        list(handles),
        list(labels),
        loc="outside lower center" if outside else "lower center",
        ncols=ncols,
        fontsize=LEGEND_SIZE,
        handler_map={tuple: HandlerTuple(ndivide=None, pad=0.6)},
        **options,
    )
    assert isinstance(legend, Legend)
    style_legend_box(legend, theme)
    return legend


def legend_width_pt(labels: Sequence[str], columns: int, handlelength: float) -> float:
    """A slightly generous estimate of a figure legend's width, without drawing anything.

    Entries fill the columns top to bottom in order, as matplotlib splits them; a column is as
    wide as its longest entry (handle, gap, text).
    """
    em = LEGEND_SIZE
    lengths = np.array([len(label) for label in labels])
    chunks = [chunk for chunk in np.array_split(lengths, columns) if len(chunk)]
    widths = [(handlelength + 0.8 + int(chunk.max()) * PROSE_CHAR_WIDTH) * em for chunk in chunks]
    return sum(widths) + 2.0 * em * (len(widths) - 1) + 2 * (0.4 + 0.5) * em  # column gaps, border pads


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle (axis labels beside short axes).

    Never before a "%": "30 %" stays on one line.
    """
    spaces = [index for index, char in enumerate(text) if char == " " and text[index + 1 : index + 2] != "%"]
    if not spaces:
        return text
    middle = min(spaces, key=lambda index: abs(index - len(text) / 2))
    return text[:middle] + "\n" + text[middle + 1 :]


def fitting_columns(
    figure: Figure | SubFigure, labels: Sequence[str], most: int, handlelength: float = 2.0
) -> int:
    """The most legend columns, up to `most`, whose estimated width fits the figure's width."""
    width_pt = figure.bbox.width * 72.0 / figure.dpi
    for columns in range(most, 1, -1):
        if legend_width_pt(labels, columns, handlelength) <= width_pt:
            return columns
    return 1


def style_legend_frame(axes: Axes, theme: Theme) -> None:
    """Frame and text of the axes' legend in the theme's colours."""
    legend = axes.get_legend()
    if legend is not None:
        style_legend_box(legend, theme)


def style_legend_box(legend: Legend, theme: Theme) -> None:
    """A legend's frame and text in the theme's colours."""
    legend.get_frame().set_facecolor(theme.background)
    legend.get_frame().set_edgecolor(theme.grid)
    for text in legend.get_texts():
        text.set_color(theme.foreground)
    legend.get_title().set_color(theme.foreground)


# Markers that strftime leaves alone, around fields the language decides (see LocalDateFormatter).
_MONTH = "\x1f%m\x1f"
_DAY = "\x1e%d\x1e"
_FIELDS = re.compile("\x1f(\\d+)\x1f|\x1e(\\d+)\x1e")


class LocalDateFormatter(ConciseDateFormatter):
    """Concise date ticks with month names in the app's language, not the C library's locale.

    The formats put the month and day numbers between markers; each label then gets the
    translated month abbreviation and the day without a leading zero ("3 Mar 2024").
    """

    def __init__(self, locator: AutoDateLocator) -> None:
        super().__init__(  # type: ignore[no-untyped-call]
            locator,
            formats=["%Y", _MONTH, _DAY, "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y", _MONTH, f"{_DAY} {_MONTH}", "%H:%M", "%H:%M"],
            # The offset names the year (or month) the ticks leave out, in words rather than "2024-Jun".
            offset_formats=[
                "",
                "%Y",
                f"{_MONTH} %Y",
                *[f"{_DAY} {_MONTH} %Y"] * 2,
                f"{_DAY} {_MONTH} %Y %H:%M",
            ],
            show_offset=True,
        )

    def __call__(self, x: float, pos: int | None = 0) -> str:
        return _local_fields(super().__call__(x, pos))  # type: ignore[no-untyped-call]

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        return [_local_fields(label) for label in super().format_ticks(values)]  # type: ignore[no-untyped-call]

    def get_offset(self) -> str:
        return _local_fields(super().get_offset())  # type: ignore[no-untyped-call]


def _local_fields(text: str) -> str:
    def field(match: re.Match[str]) -> str:
        month, day = match.groups()
        return formatting.month_abbreviation(int(month)) if month else str(int(day))

    return _FIELDS.sub(field, text)


def date_axis(axes: Axes) -> None:
    """Concise date ticks with month names in the app's language."""
    locator = AutoDateLocator(minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(LocalDateFormatter(locator))


def number_ticks(axis: Axis, places: int = 2) -> None:
    """Tick labels with the language's decimal separator and no trailing zeros."""
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: formatting.format_number(value, places)))


def date_numbers(days: Any) -> Any:
    """matplotlib's day numbers (days since 1970-01-01) of dates, datetimes or datetime64 values."""
    return date2num(days)  # type: ignore[no-untyped-call]


def moment_number(moment: datetime | date) -> float:
    """One date or local time as a day number, without date2num's per-call cost (charts place hundreds)."""
    days = float(moment.toordinal() - _EPOCH_ORDINAL)
    if isinstance(moment, datetime):
        days += (moment.hour * 3600 + moment.minute * 60 + moment.second + moment.microsecond / 1e6) / 86400
    return days


format_date = formatting.format_date
format_short_date = formatting.format_short_date
format_month = formatting.format_month
format_period = formatting.format_period
format_number = formatting.format_number
format_fixed = formatting.format_fixed
