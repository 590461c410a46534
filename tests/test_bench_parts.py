"""The benchmarks' own building blocks still run, so `make bench` cannot break unnoticed.

Only on small diaries and without timing anything: the figures are what bench/ times.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_report_floor_draws_the_pages_the_report_has() -> None:
    charts = bench_module("bench_charts")
    entries, sessions = charts.sample_years(2)
    start = min(entry.at.date() for entry in entries)
    figures = charts.report_figures(entries, sessions, start)
    _pdf, result = charts.build_report(
        entries, sessions, charts.AnalysisSettings(), today=charts.LAST_DAY, start=start
    )
    assert len(figures) == result.pages  # the floor saves exactly the report's pages
    assert charts.bare_pdf(figures, truetype=True).startswith(b"%PDF")


def test_the_analysis_bench_diary_is_analysed() -> None:
    analysis = bench_module("bench_analysis")
    entries, sessions = analysis.synthetic_diary(1)
    assert len(entries) > 300
    assert analysis.daily_mean_floor(entries).size > 300
    at = analysis.datetime.combine(
        analysis.FIRST_DAY + analysis.timedelta(days=365), analysis.datetime.min.time()
    )
    timed = analysis.relief_analysis(entries, sessions, analysis.AnalysisSettings(), at)
    assert timed.courses, "the benchmark must time a diary with courses"


def test_the_save_bench_saves_through_today_and_draws_its_floor(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    save = bench_module("bench_save")
    db = tmp_path / "two-years.sqlite3"
    assert save.write_diary(db, years=2) > 300
    bench = save.SaveBench(db, years=2)
    try:
        before = bench.adapter.reader.entry_count()
        bench.save_one()
        assert bench.adapter.reader.entry_count() == before + 1
        bench.first_charts_visit()
        assert bench.window.charts_view is not None
        bench.forget_charts()
        assert bench.window.charts_view is None
        bench.bare_redraw()
        bench.bare_first_canvas()
    finally:
        bench.close()


@pytest.mark.slow
def test_the_memory_bench_measures_both_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    save = bench_module("bench_save")
    db, points = tmp_path / "two-years.sqlite3", tmp_path / "points.npz"
    save.write_diary(db, years=2)
    save.write_points(points, years=2)
    assert save.child_peak_rss_kib(save.APP_RSS, [str(db)]) > 0
    assert save.child_peak_rss_kib(save.BARE_RSS, [str(points)]) > 0


@pytest.mark.slow
def test_the_import_bench_imports_what_it_writes_and_its_floors_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    imports = bench_module("bench_imports")
    document, sheet = tmp_path / "one-year.json", tmp_path / "entries.csv"
    assert imports.write_json(document, 1) > 300
    imports.write_csv(sheet, 30)
    for code, source in (
        (imports.APP_IMPORT, document),
        (imports.FLOOR_JSON, document),
        (imports.APP_IMPORT, sheet),
        (imports.FLOOR_CSV, sheet),
    ):
        seconds, peak = imports.measure(code, source, tmp_path)
        assert seconds > 0
        assert peak > 0
