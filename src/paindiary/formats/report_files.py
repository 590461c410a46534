"""Writing the appointment report: one PDF, or one PNG per page for portals that take no PDF.

Files are written atomically and privately; a name the report cannot take names the field.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from paindiary.appointment.inputs import AppointmentInputs
from paindiary.domain import ValidationError
from paindiary.formats.atomic import write_private_bytes
from paindiary.formats.report import (
    Progress,
    ReportCancelled,
    ReportResult,
    build_appointment_report,
    report_figures,
)
from paindiary.i18n import _

if TYPE_CHECKING:
    from matplotlib.figure import Figure

IMAGE_DPI = 170  # portals read 150–200 dpi well; text stays sharp when zoomed once
SUFFIXES = (".pdf", ".png")


def page_image_paths(path: Path, pages: int) -> list[Path]:
    """report.png -> report-1.png, report-2.png, …: one file per page, in page order."""
    return [path.with_name(f"{path.stem}-{number}{path.suffix}") for number in range(1, pages + 1)]


def render_pngs(pages: Sequence[Figure], dpi: int = IMAGE_DPI) -> list[bytes]:
    from paindiary.charts import style

    images = []
    with style.chart_settings():
        for page in pages:
            buffer = io.BytesIO()
            page.savefig(buffer, format="png", dpi=dpi, facecolor=page.get_facecolor())
            images.append(buffer.getvalue())
    return images


def _write(path: Path, data: bytes) -> None:
    try:
        write_private_bytes(path, data)
    except OSError as error:
        raise ValidationError(
            str(path), _("cannot be written ({reason})").format(reason=error.strerror)
        ) from None


def write_appointment_report(
    path: Path,
    inputs: AppointmentInputs,
    *,
    today: date,
    paper: str = "a4",
    progress: Progress | None = None,
) -> tuple[ReportResult, list[Path]]:
    """Write the report as `path` (.pdf) or as one PNG per page beside it (.png); return the files."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError("--out", _("{name} must end in .pdf or .png").format(name=path.name))
    if suffix == ".pdf":
        pdf, result = build_appointment_report(inputs, today=today, paper=paper, progress=progress)
        _write(path, pdf)
        return result, [path]
    from paindiary.appointment.build import courses_in_period

    if progress is not None and not progress(0, 2):
        raise ReportCancelled
    figures = report_figures(inputs, today=today, paper=paper)
    if progress is not None and not progress(1, 2):
        raise ReportCancelled
    written = page_image_paths(path, len(figures))
    # Every image is made before the first is written, so a cancel or a failure leaves no half set.
    for target, image in zip(written, render_pngs(figures), strict=True):
        _write(target, image)
    first, last = inputs.period
    courses = len(courses_in_period(inputs.analysis, inputs.period))
    return ReportResult(len(figures), first, last, courses), written
