"""The report's tables placed with the chart pages' PageFlow: a header that repeats on each new page,
shaded rows, numbers right-aligned. Imported only when a report is built.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.patches import Rectangle

from paindiary.charts import style
from paindiary.charts.report_content import CourseRow
from paindiary.charts.report_pages import CELL_PAD, LINE, MARGIN, ROW_SHADE, PageFlow, line_height, wrap

# Column widths in inches; the last column takes the rest of the line.
COURSE_WIDTHS = (0.5, 0.73, 0.8, 0.8, 0.6, 0.72, 0.72, 0.9)
COURSE_NUMERIC = frozenset({0, 4, 5, 6})
RUN_WIDTHS = (1.45, 0.85, 0.85, 0.65, 0.8, 0.7, 1.1)
RUN_NUMERIC = frozenset({3, 4, 5, 7})
NOTE_SIZE = style.SIZE_SMALL + 0.5


def table(
    flow: PageFlow,
    *,
    columns: Sequence[str],
    rows: Sequence[CourseRow],
    fixed_widths: Sequence[float],
    numeric: frozenset[int],
    continued: str,
) -> None:
    """A table whose header repeats on each new page; the last column takes the remaining width."""
    widths = [*fixed_widths, flow.width - sum(fixed_widths)]
    size = style.SIZE_SMALL
    _row(flow, columns, widths, numeric, size, header=True)
    for index, row in enumerate(rows):
        if flow.ensure(_height(row.cells, widths, size)):
            flow.heading(continued)
            _row(flow, columns, widths, numeric, size, header=True)
        _row(flow, row.cells, widths, numeric, size, shaded=index % 2 == 1)


def _height(cells: Sequence[str], widths: Sequence[float], size: float, *, bold: bool = False) -> float:
    lines = max(
        len(wrap(cell, width - 2 * CELL_PAD, size, bold=bold))
        for cell, width in zip(cells, widths, strict=True)
    )
    return lines * line_height(size) + 2 * CELL_PAD


def _row(
    flow: PageFlow,
    cells: Sequence[str],
    widths: Sequence[float],
    numeric: frozenset[int],
    size: float,
    *,
    header: bool = False,
    shaded: bool = False,
) -> None:
    height = _height(cells, widths, size, bold=header)
    flow.ensure(height)
    if shaded or header:
        flow.page.add_artist(
            Rectangle(
                (MARGIN, flow.y - height),
                flow.width,
                height,
                transform=flow.page.dpi_scale_trans,
                facecolor=style.PRINT.grid if header else ROW_SHADE,
                edgecolor="none",
                zorder=0,
            )
        )
    x = MARGIN
    for column, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        right = column in numeric
        flow.text(
            x + (width - CELL_PAD if right else CELL_PAD),
            flow.y - CELL_PAD,
            "\n".join(wrap(cell, width - 2 * CELL_PAD, size, bold=header)),
            size,
            ha="right" if right else "left",
            linespacing=LINE,
            fontweight="bold" if header else "normal",
        )
        x += width
    flow.space(height)
