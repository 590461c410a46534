"""The report's pages as matplotlib figures: a text page flowed top to bottom, then chart pages.

Text is placed in inches from the page's bottom-left corner; a block that does not fit starts a
new page (the course table repeats its header there). Text stays text in the PDF.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import timedelta

import numpy as np
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure, SubFigure

from paindiary.charts import style
from paindiary.charts.common import ChartData
from paindiary.charts.export import draw_chart
from paindiary.charts.report_content import KeyFigure
from paindiary.charts.timeline import TimelineChart
from paindiary.i18n import _

MARGIN = 0.6  # inches around the text
FOOTER = 0.55  # inches kept free at the bottom for the footer
LINE = 1.32  # line height in font sizes
GLYPH = 0.51  # average glyph width of DejaVu Sans in ems, for wrapping
GLYPH_BOLD = 0.6  # the same in bold (table headers), which runs wider
CELL_PAD = 0.04  # inches inside table cells
ROW_SHADE = "#EFEFEF"
# A percentage stays on one line ("32 %", not "32" at a line's end and "%" on the next).
NO_BREAK = "\u00a0"  # textwrap breaks only at ASCII whitespace


def wrap(text: str, width_in: float, size: float, *, bold: bool = False) -> list[str]:
    """Lines of `text` that fit `width_in` inches at `size` points (explicit line breaks kept)."""
    chars = max(4, int(width_in * 72 / (size * (GLYPH_BOLD if bold else GLYPH))))
    lines: list[str] = []
    for part in text.split("\n"):
        wrapped = textwrap.wrap(part.replace(" %", NO_BREAK + "%"), chars, break_long_words=True) or [""]
        lines.extend(line.replace(NO_BREAK, " ") for line in wrapped)
    return lines


def line_height(size: float) -> float:
    return size * LINE / 72


class PageFlow:
    """Places blocks of text from the top of a page down, starting new pages as needed."""

    def __init__(self, paper: tuple[float, float]) -> None:
        self.paper = paper
        self.pages: list[Figure] = []
        self.y = 0.0
        self.new_page()

    @property
    def width(self) -> float:
        return self.paper[0] - 2 * MARGIN

    @property
    def page(self) -> Figure:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Figure(figsize=self.paper, facecolor=style.PRINT.background))
        self.y = self.paper[1] - MARGIN

    def fits(self, height: float) -> bool:
        return self.y - height >= MARGIN + FOOTER

    def ensure(self, height: float) -> bool:
        """Start a new page unless `height` inches fit; True when a new page was started."""
        if self.fits(height):
            return False
        self.new_page()
        return True

    def text(self, x: float, y: float, text: str, size: float, **options: object) -> None:
        self.page.text(
            x,
            y,
            text,
            transform=self.page.dpi_scale_trans,
            fontsize=size,
            va="top",
            color=style.PRINT.foreground,
            **options,  # type: ignore[arg-type]
        )

    def space(self, inches: float) -> None:
        self.y -= inches

    def heading(self, text: str, size: float = style.SIZE_TITLE) -> None:
        # Keep a heading with at least three lines of what follows it.
        self.ensure(line_height(size) + 3 * line_height(style.SIZE_TEXT) + 0.12)
        self.space(0.08)
        self.text(MARGIN, self.y, text, size, fontweight="bold")
        self.space(line_height(size) + 0.04)

    def paragraph(self, text: str, size: float = style.SIZE_TEXT, bullet: bool = False) -> None:
        indent = 0.16 if bullet else 0.0
        lines = wrap(text, self.width - indent, size)
        height = len(lines) * line_height(size)
        self.ensure(height)
        if bullet:
            self.text(MARGIN, self.y, "•", size)
        self.text(MARGIN + indent, self.y, "\n".join(lines), size, linespacing=LINE)
        self.space(height + 0.05)

    def key_values(self, figures: Sequence[KeyFigure], label_width: float = 1.7) -> None:
        size = style.SIZE_TEXT + 0.5
        for figure in figures:
            lines = wrap(figure.value, self.width - label_width, size)
            height = len(lines) * line_height(size)
            self.ensure(height)
            self.text(MARGIN, self.y, figure.label, size, fontweight="bold")
            self.text(MARGIN + label_width, self.y, "\n".join(lines), size, linespacing=LINE)
            self.space(height + 0.03)


def _chart_page(paper: tuple[float, float]) -> tuple[Figure, np.ndarray | SubFigure]:
    """A page and its 4 × 3 grid of subfigures: the charts go in rows 1 and 2 of the middle column."""
    width, height = paper
    inner_width, inner_height = width - 2 * MARGIN, height - 2 * MARGIN - FOOTER
    page = Figure(figsize=paper, facecolor=style.PRINT.background, layout="constrained")
    # Empty rows and columns of exactly the margins' size keep the charts off the edges and the footer.
    grid = page.subfigures(
        4,
        3,
        height_ratios=(MARGIN, inner_height / 2, inner_height / 2, MARGIN + FOOTER),
        width_ratios=(MARGIN, inner_width, MARGIN),
        wspace=0.0,
        hspace=0.0,
    )
    return page, grid


def chart_pages(data: ChartData, paper: tuple[float, float]) -> list[Figure]:
    """Two pages with two charts each: the timeline and relief window, then durations and side effects."""
    pages = []
    for kinds in (("timeline", "relief"), ("durations", "side-effects")):
        page, grid = _chart_page(paper)
        for kind, row in zip(kinds, (1, 2), strict=True):
            draw_chart(kind, grid[row, 1], data)  # type: ignore[index]  # a 4 × 3 grid is an array
        pages.append(page)
    return pages


RUN_CONTEXT_DAYS = 28  # shown before the first run: the usual pain the runs are compared with


def runs_page(data: ChartData, paper: tuple[float, float]) -> Figure | None:
    """A page with the timeline of the period's maintenance runs (None when there are none).

    The runs' bands, mean pain, pain before doses and usual pain are drawn on the timeline,
    shown from four weeks before the first run to the end of the last.
    """
    first, last = data.start, data.end
    runs = [
        run
        for run in data.analysis.runs
        if (first is None or run.end >= first) and (last is None or run.start <= last)
    ]
    if not runs:
        return None
    page, grid = _chart_page(paper)
    shown_from = min(run.start for run in runs) - timedelta(days=RUN_CONTEXT_DAYS)
    shown_to = max(run.end for run in runs)
    chart = draw_chart("timeline", grid[1, 1], replace(data, start=shown_from, end=shown_to))  # type: ignore[index]
    assert isinstance(chart, TimelineChart)
    if not chart.is_empty:
        chart.show_range(shown_from, shown_to)
        chart.set_title(
            _("Regular dosing, {period}").format(period=style.format_period(shown_from, shown_to))
        )
    return page


def add_footers(pages: Sequence[Figure], footer: str) -> None:
    """The disclaimer and "Page n of N" at the bottom of every page."""
    for number, page in enumerate(pages, start=1):
        width = page.get_figwidth()
        lines = wrap(footer, width - 2 * MARGIN - 1.0, style.SIZE_SMALL)
        page.text(
            MARGIN,
            MARGIN - 0.05,
            "\n".join(lines),
            transform=page.dpi_scale_trans,
            fontsize=style.SIZE_SMALL,
            color=style.PRINT.foreground,
            va="bottom",
            linespacing=LINE,
        )
        page.text(
            width - MARGIN,
            MARGIN - 0.05,
            _("Page {number} of {total}").format(number=number, total=len(pages)),
            transform=page.dpi_scale_trans,
            fontsize=style.SIZE_SMALL,
            color=style.PRINT.foreground,
            ha="right",
            va="bottom",
        )


def render_pdf(
    pages: Sequence[Figure], metadata: dict[str, str | None], progress: Callable[[], None]
) -> bytes:
    """All pages as one PDF with embedded TrueType text; `progress` is called after each page."""
    buffer = io.BytesIO()
    with style.chart_settings(), PdfPages(buffer, metadata=metadata) as pdf:
        for page in pages:
            pdf.savefig(page)
            progress()
    return buffer.getvalue()
