"""Time one Save from Today and the Charts page's first visit, and measure peak memory with charts shown.

Run as `python bench/bench_save.py`. The diary is bench_charts' 10-year sample diary in a
temporary file, opened in the real window (offscreen). Each row has its floor measured in the
same run on the same points (bench_charts.bare_same_points):

- save, Charts page built but hidden / shown: Today's save of one entry until the event loop is
  idle again (every view's update and redraw included). Floor: a full redraw of a bare
  matplotlib Qt canvas of the same points, the same size as the window.
- Charts page, first visit: from switching to the page until its chart is drawn. Floor: a bare
  canvas of the same points built and drawn.
- peak RSS with Charts shown: the app's window with the Charts page shown, in a child process.
  Floor: a child process showing a bare Qt window with a matplotlib canvas of the same points.
Exits 1 when a goal is missed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime, time
from pathlib import Path
from typing import Any

import numpy as np

from bench_charts import LAST_DAY, best_times, same_points, sample_years
from paindiary.store import Diary

SAVE_HIDDEN_GOAL = 1.0
SAVE_SHOWN_GOAL = 1.5
FIRST_VISIT_GOAL = 1.5
RSS_GOAL = 1.3
WINDOW_SIZE = (1100, 760)  # the window's size without saved geometry (MainWindow.restore_geometry)
SAVE_AT = datetime.combine(LAST_DAY, time(21, 0))  # every save lands on the diary's last day

# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across exec.
PEAK_RSS = """
def peak_rss_kib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""

APP_RSS = """
import sys
{peak}
from PySide6.QtWidgets import QApplication
from paindiary.store import Diary
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.app import build_window
app = QApplication(sys.argv)
with Diary.open(sys.argv[1]) as diary:
    window = build_window(DiaryAdapter(diary))
    window.resize({width}, {height})
    window.show()
    window.show_page("charts")
    for _ in range(3):
        app.processEvents()
    print(peak_rss_kib(), flush=True)
"""

BARE_RSS = """
import sys
{peak}
import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
points = np.load(sys.argv[1])
figure = Figure()
axes = figure.add_subplot()
axes.plot(points["x"], points["mean"], "o", markersize=3.0)
axes.plot(points["median_x"], points["median"])
axes.plot(points["session_x"], [10.5] * len(points["session_x"]), "v")
axes.plot(points["effect_x"], [-0.75] * len(points["effect_x"]), "s")
for low, high in points["spans"]:
    axes.axvspan(low, high, ymin=0.1, ymax=0.85, alpha=0.22)
window = QMainWindow()
window.setCentralWidget(FigureCanvasQTAgg(figure))
window.resize({width}, {height})
window.show()
for _ in range(3):
    app.processEvents()
print(peak_rss_kib(), flush=True)
"""


def write_diary(path: Path, years: int = 10) -> int:
    """The sample diary of `years` years in a new diary file; returns the number of entries."""
    entries, sessions = sample_years(years)
    with Diary.open(path) as diary:
        diary.import_records(entries, sessions)
    return len(entries)


def write_points(path: Path, years: int = 10) -> None:
    """The timeline's series of that diary, for the bare process's canvas."""
    points, session_x, effect_x, spans = same_points(*sample_years(years))
    np.savez(
        path,
        x=points.x,
        mean=points.mean,
        median_x=points.median_x,
        median=points.median,
        session_x=np.asarray(session_x),
        effect_x=np.asarray(effect_x),
        spans=np.asarray(spans).reshape(-1, 2),
    )


def child_peak_rss_kib(code: str, args: Sequence[str]) -> int:
    """The peak resident memory (KiB) of a fresh process running `code`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    width, height = WINDOW_SIZE
    result = subprocess.run(
        [sys.executable, "-c", code.format(peak=PEAK_RSS, width=width, height=height), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the measured process failed: {result.stderr[-2000:]}")
    return int(result.stdout.split()[-1])


class SaveBench:
    """One window on the diary at `path`, and the bare canvas its numbers are compared with."""

    def __init__(self, path: Path, years: int = 10) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from PySide6.QtWidgets import QApplication

        from bench_charts import bare_same_points
        from paindiary.ui.adapter import DiaryAdapter
        from paindiary.ui.app import build_window, make_application

        self.app: QApplication = make_application()
        self.diary = Diary.open(path)
        self.adapter = DiaryAdapter(self.diary)
        self.window = build_window(self.adapter, clock=lambda: SAVE_AT)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.settle()
        self.series = same_points(*sample_years(years))
        self.bare = FigureCanvasQTAgg(bare_same_points(*self.series))
        self.bare.resize(*WINDOW_SIZE)
        self.bare.show()
        self.settle()
        self._new_canvas: Callable[[], Any] = lambda: FigureCanvasQTAgg(bare_same_points(*self.series))

    def settle(self) -> None:
        """Run the event loop until nothing is left to do (posted redraws included)."""
        for _ in range(3):
            self.app.processEvents()

    def save_one(self) -> None:
        """What a patient does on Today: choose a score and save it."""
        today = self.window.today
        today.scores.set_value(4)
        today.save()
        self.settle()

    def bare_redraw(self) -> None:
        self.bare.draw()
        self.settle()

    def first_charts_visit(self) -> None:
        """The Charts page built and drawn from scratch (the window forgets it afterwards)."""
        self.window.show_page("charts")
        self.settle()

    def forget_charts(self) -> None:
        window = self.window
        window.show_page("today")
        self.settle()
        if window.charts_view is not None:
            window.charts_view.setParent(None)
            window.charts_view.deleteLater()
            window.charts_view = None
        self.settle()

    def bare_first_canvas(self) -> None:
        canvas = self._new_canvas()
        canvas.resize(*WINDOW_SIZE)
        canvas.show()
        canvas.draw()
        self.settle()
        canvas.close()

    def close(self) -> None:
        self.window.close()
        self.bare.close()
        self.diary.close()


def main() -> int:
    rows: list[tuple[str, float, float, float | None, str]] = []
    with tempfile.TemporaryDirectory(prefix="paindiary-bench-") as scratch:
        folder = Path(scratch)
        os.environ.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(folder),
            XDG_CONFIG_HOME=str(folder / "config"),
            XDG_DATA_HOME=str(folder / "data"),
            XDG_STATE_HOME=str(folder / "state"),
        )
        db = folder / "ten-years.sqlite3"
        count = write_diary(db)
        bench = SaveBench(db)
        try:
            visit, bare_visit = 1e9, 1e9
            for _ in range(5):
                bench.forget_charts()
                first, floor = best_times([bench.first_charts_visit, bench.bare_first_canvas], 1)
                visit, bare_visit = min(visit, first), min(bare_visit, floor)
            rows.append(("Charts page, first visit", visit, bare_visit, FIRST_VISIT_GOAL, "ms"))
            bench.window.show_page("today")
            bench.settle()
            hidden, redraw = best_times([bench.save_one, bench.bare_redraw], 9)
            rows.append(("save from Today, Charts built but hidden", hidden, redraw, SAVE_HIDDEN_GOAL, "ms"))
            bench.window.show_page("charts")
            bench.settle()
            shown, redraw = best_times([bench.save_one, bench.bare_redraw], 9)
            rows.append(("save from Today, Charts shown", shown, redraw, SAVE_SHOWN_GOAL, "ms"))
        finally:
            bench.close()
        points = folder / "points.npz"
        write_points(points)
        app_rss = [child_peak_rss_kib(APP_RSS, [str(db)]) for _ in range(3)]
        bare_rss = [child_peak_rss_kib(BARE_RSS, [str(points)]) for _ in range(3)]
        rows.append(("peak RSS, Charts shown", min(app_rss), min(bare_rss), RSS_GOAL, "MB"))

    print(f"a 10-year diary ({count} entries), offscreen; floor: a bare matplotlib Qt canvas, same points")
    print(f"{'operation':<46} {'value':>10} {'floor':>10} {'ratio':>7}  goal")
    missed = False
    for name, value, floor, goal, unit in rows:
        ratio = value / floor
        scale = 1e3 if unit == "ms" else 1 / 1024
        goal_text = f"≤ {goal:g}×" if goal else "(info)"
        print(
            f"{name:<46} {value * scale:>8.0f}{unit} {floor * scale:>8.0f}{unit} {ratio:>6.2f}×  {goal_text}"
        )
        missed |= goal is not None and ratio > goal
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
