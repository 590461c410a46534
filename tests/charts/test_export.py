"""Every chart exports to valid PNG, SVG and PDF files; charts update in place; no global state."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import matplotlib as mpl
import pytest
from PIL import Image

from paindiary.charts import CHART_KINDS
from paindiary.charts.common import ChartData, prepare
from paindiary.charts.export import build_chart, draw_chart, format_for, render
from paindiary.charts.style import new_figure
from paindiary.domain import ValidationError
from tests.charts.chart_data import two_courses

SIGNATURES = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-", "svg": b"<?xml"}


@pytest.mark.parametrize("kind", CHART_KINDS)
@pytest.mark.parametrize("image_format", ["png", "svg", "pdf"])
def test_every_chart_exports_a_valid_file(kind: str, image_format: str, simple: ChartData) -> None:
    data = render(build_chart(kind, simple), image_format)
    assert data.startswith(SIGNATURES[image_format])
    if image_format == "svg":
        assert b"<svg" in data[:2000]
    if image_format == "png":
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (1600, 900)  # 8 × 4.5 in at 200 dpi


def test_png_is_opaque_rgb_at_the_export_resolution(simple: ChartData) -> None:
    image = Image.open(io.BytesIO(render(build_chart("timeline", simple), "png")))
    assert image.mode == "RGB"  # the figure is opaque: an alpha channel would only cost time and bytes
    assert image.size == (1600, 900)
    assert image.info["dpi"] == pytest.approx((200, 200), abs=0.01)
    assert image.info["Software"] == "paindiary"
    assert image.getpixel((5, 5)) == (255, 255, 255)  # the white page, not a black transparent one


def test_a_see_through_figure_keeps_its_alpha_channel(simple: ChartData) -> None:
    figure = build_chart("relief", simple)
    figure.set_facecolor((1.0, 1.0, 1.0, 0.0))
    image = Image.open(io.BytesIO(render(figure, "png")))
    assert image.mode == "RGBA"
    assert image.getpixel((1, 1))[3] == 0


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_text_is_real_text(simple: ChartData, tmp_path: Path) -> None:
    path = tmp_path / "relief.pdf"
    path.write_bytes(render(build_chart("relief", simple), "pdf"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Relief after each course" in text
    assert "Course 2 (1 Apr 2024), latest" in text


def test_svg_text_stays_text(simple: ChartData) -> None:
    assert b"Daily pain" in render(build_chart("timeline", simple), "svg")


def test_exports_are_repeatable(simple: ChartData) -> None:
    assert render(build_chart("durations", simple), "svg") == render(build_chart("durations", simple), "svg")


@pytest.mark.parametrize("name", ["chart.PNG", "chart.svg", "a.b.pdf"])
def test_the_format_follows_the_file_name(name: str) -> None:
    assert format_for(Path(name)) == name.rsplit(".", 1)[1].lower()


@pytest.mark.parametrize("name", ["chart.jpg", "chart"])
def test_other_names_are_refused_naming_the_option(name: str) -> None:
    with pytest.raises(ValidationError, match=r"--out: .* must end in \.png, \.svg or \.pdf"):
        format_for(Path(name))


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_updating_reuses_the_figure_and_axes(kind: str, simple: ChartData, empty: ChartData) -> None:
    figure = new_figure()
    chart = draw_chart(kind, figure, simple)
    axes_before = list(figure.axes)
    entries, sessions = two_courses()
    chart.update(prepare(entries[:-3], sessions, simple.settings))
    chart.update(empty)
    assert chart.message is not None
    chart.update(simple)
    assert chart.message is None
    assert chart.figure is figure
    assert list(figure.axes) == axes_before
    render(figure, "png")


def test_building_and_saving_charts_leaves_matplotlib_settings_alone(simple: ChartData) -> None:
    before = dict(mpl.rcParams)
    for kind in CHART_KINDS:
        render(build_chart(kind, replace(simple, highlight=1)), "pdf")
    assert dict(mpl.rcParams) == before


def test_importing_the_charts_package_loads_no_matplotlib() -> None:
    code = "import sys, paindiary.charts, paindiary.cli; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
