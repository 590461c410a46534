"""The report's text pages: the summary first (figures, courses, typical relief, runs, notes) and the
definitions last. Placed with the chart pages' PageFlow; imported only when a report is built.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from paindiary.charts import report_content as content
from paindiary.charts import report_definitions, style
from paindiary.charts.report_content import CourseRow, ReportData
from paindiary.charts.report_pages import CELL_PAD, LINE, MARGIN, ROW_SHADE, PageFlow, line_height, wrap
from paindiary.i18n import _

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


def summary_pages(report: ReportData, paper: tuple[float, float]) -> list[Figure]:
    """Page 1 and what follows it: figures, courses, typical relief, runs, notes, dose and relief."""
    flow = PageFlow(paper)
    flow.text(MARGIN, flow.y, _("Pain diary: appointment report"), style.SIZE_HEADING, fontweight="bold")
    flow.space(line_height(style.SIZE_HEADING) + 0.12)
    flow.key_values(content.key_figures(report))
    courses = report.courses()
    flow.heading(_("Treatment courses in this period"))
    if courses:
        continued = _("Treatment courses (continued)")
        rows = content.course_rows(courses)
        table(
            flow,
            columns=content.course_columns(),
            rows=rows,
            fixed_widths=COURSE_WIDTHS,
            numeric=COURSE_NUMERIC,
            continued=continued,
        )
        flow.space(0.04)
        for note in content.table_footnotes(courses):
            flow.paragraph(note, size=NOTE_SIZE)
    else:
        flow.paragraph(_("No treatment sessions were recorded in this period."))
    typical = content.typical_relief_lines(report.analysis)
    if typical:
        flow.heading(_("Typical relief"))
        for line in typical:
            flow.paragraph(line, bullet=True)
    runs = report.runs()
    if runs:
        flow.heading(_("Dosing runs"))
        rows = content.run_rows(runs)
        table(
            flow,
            columns=content.run_columns(),
            rows=rows,
            fixed_widths=RUN_WIDTHS,
            numeric=RUN_NUMERIC,
            continued=_("Dosing runs (continued)"),
        )
    flow.heading(_("To discuss"))
    notes = content.discussion_notes(report)
    for note in notes or [
        _("No notes: no recurring, severe or bladder side effects were recorded in this period.")
    ]:
        flow.paragraph(note, bullet=True)
    dose_response = content.dose_response_lines(report.analysis.dose_response)
    if dose_response:
        flow.heading(_("Dose and relief days"))
        for line in dose_response:
            flow.paragraph(line, bullet=True)
    return flow.pages


def definitions_pages(report: ReportData, paper: tuple[float, float]) -> list[Figure]:
    """The last page: what the measures mean, and the settings used."""
    flow = PageFlow(paper)
    flow.heading(_("What the measures mean"))
    for explanation in report_definitions.measure_explanations(report.settings):
        flow.paragraph(explanation, size=NOTE_SIZE, bullet=True)
    flow.paragraph(report_definitions.settings_line(report.settings), size=NOTE_SIZE)
    return flow.pages
