"""Build a chart by name and turn figures into PNG, SVG or PDF bytes."""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.colors import to_rgba
from matplotlib.figure import Figure, SubFigure
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from paindiary.charts import CHART_KINDS, style
from paindiary.charts.common import Chart, ChartData
from paindiary.charts.durations import DurationsChart
from paindiary.charts.relief import ReliefWindowChart
from paindiary.charts.side_effects import SideEffectsChart
from paindiary.charts.timeline import TimelineChart
from paindiary.domain import ValidationError
from paindiary.i18n import _

CHART_CLASSES: dict[str, type[Chart]] = {
    "timeline": TimelineChart,
    "relief": ReliefWindowChart,
    "durations": DurationsChart,
    "side-effects": SideEffectsChart,
}
assert tuple(CHART_CLASSES) == CHART_KINDS

PNG_COMPRESSION = 3  # zlib level (see render_png)

# File suffix -> matplotlib format.
FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def format_for(path: Path, field: str = "--out") -> str:
    """The image format a file name asks for; a clear error for any other suffix."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            field,
            _("{name} must end in .png, .svg or .pdf (the format follows the name)").format(name=path.name),
        )
    return FORMATS[suffix]


def draw_chart(
    kind: str, figure: Figure | SubFigure, data: ChartData, theme: style.Theme = style.PRINT
) -> Chart:
    """Draw chart `kind` on a figure or sub-figure and return it for later updates."""
    chart = CHART_CLASSES[kind](figure, theme)
    chart.update(data)
    return chart


def new_chart_figure(
    kind: str, size: tuple[float, float] = style.EXPORT_SIZE, theme: style.Theme = style.PRINT
) -> Figure:
    """An empty figure for chart `kind`, with a layout engine only if that chart needs one."""
    return style.new_figure(size, theme, constrained=CHART_CLASSES[kind].constrained_layout)


def build_chart(
    kind: str,
    data: ChartData,
    size: tuple[float, float] = style.EXPORT_SIZE,
    theme: style.Theme = style.PRINT,
) -> Figure:
    """Chart `kind` as a stand-alone figure."""
    figure = new_chart_figure(kind, size, theme)
    draw_chart(kind, figure, data, theme)
    return figure


def render(figure: Figure, image_format: str, dpi: int = style.EXPORT_DPI) -> bytes:
    """The figure as PNG, SVG or PDF bytes, with embedded TrueType text and no changing timestamps."""
    if image_format == "png":
        return render_png(figure, dpi)
    buffer = io.BytesIO()
    metadata: dict[str, str | None] = {"Creator": "paindiary"}
    if image_format in ("svg", "pdf"):
        metadata["Date" if image_format == "svg" else "CreationDate"] = None  # same chart, same bytes
    with style.chart_settings():
        figure.savefig(
            buffer, format=image_format, dpi=dpi, metadata=metadata, facecolor=figure.get_facecolor()
        )
    return buffer.getvalue()


def render_png(figure: Figure, dpi: int = style.EXPORT_DPI) -> bytes:
    """The figure as a PNG: RGB when its background is opaque, as it always is in this app.

    Without the alpha channel, which is opaque everywhere on such a figure, zlib level 3 gives a
    file as small as matplotlib's RGBA at level 6 in about two thirds of the encoding time.
    """
    raw = io.BytesIO()
    with style.chart_settings():
        figure.savefig(raw, format="rgba", dpi=dpi, facecolor=figure.get_facecolor())
    # The same rounding as the Agg canvas that drew the pixels.
    size = int(figure.get_figwidth() * dpi), int(figure.get_figheight() * dpi)
    pixels = raw.getvalue()
    if len(pixels) != size[0] * size[1] * 4:
        raise RuntimeError(f"the drawn image is not {size[0]} × {size[1]} pixels")
    image = Image.frombuffer("RGBA", size, pixels, "raw", "RGBA", 0, 1)
    if to_rgba(figure.get_facecolor())[3] == 1.0:
        image = image.convert("RGB")
    info = PngInfo()
    info.add_text("Software", "paindiary")
    png = io.BytesIO()
    image.save(png, format="png", compress_level=PNG_COMPRESSION, pnginfo=info, dpi=(dpi, dpi))
    return png.getvalue()
