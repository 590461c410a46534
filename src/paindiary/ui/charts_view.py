"""The Charts page: choose a chart, a range and a course; zoom, pan, hover; export or copy it.

The view keeps the diary's records in memory and, on each `changed` signal it shows, fetches
only the entries that changed, recomputes the analysis (milliseconds) and updates the shown
chart's artists in place before `draw_idle` — the figure is never rebuilt for new data, and
the timeline redraws only its daily lines when nothing else moved (ui/daily_layer.py). While
the page is hidden a change only marks it stale (ui/refresh_when_shown.py); it catches up when
shown. Charts not on screen are updated when they are next chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPoint, QStandardPaths, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from paindiary.charts import CHART_KINDS, style
from paindiary.charts.common import Chart, ChartData, prepare
from paindiary.charts.export import draw_chart, new_chart_figure, render
from paindiary.charts.timeline import TimelineChart
from paindiary.clinic_records import Checkin, Vitals
from paindiary.clock import Clock, local_now
from paindiary.domain import AnalysisSettings, TreatmentSession
from paindiary.formats.atomic import write_private_bytes
from paindiary.medicine_records import CoTreatment, Intake
from paindiary.ui.adapter import ALL, ENTRIES, EXTERNAL, SESSIONS, SETTINGS, DiaryAdapter
from paindiary.ui.chart_toolbar import ChartToolbar, palette_theme
from paindiary.ui.course_choice import CourseChoice
from paindiary.ui.daily_layer import DailyLayer
from paindiary.ui.refresh_when_shown import RefreshWhenShown

# The record kinds of ui/clinic_adapter.py that the charts draw.
VITALS = "vitals"
CHECKINS = "checkin"
INTAKES = "intake"  # ui/medicine_writes.py
CO_TREATMENTS = "co_treatment"
# Each change kind the charts show: the attribute it is kept in and the reader's method for it.
READS = {
    SESSIONS: ("sessions", "sessions"),
    SETTINGS: ("settings", "analysis_settings"),
    VITALS: ("vitals", "vitals"),
    CHECKINS: ("checkins", "checkins"),
    INTAKES: ("intakes", "intakes"),
    CO_TREATMENTS: ("co_treatments", "co_treatments"),
}
CONTROL_HEIGHT = 40  # primary controls are at least this tall
GROUP_CHOICE_CHARS = 40  # the comparable-group chooser shrinks to this, so small windows stay small
RANGE_DAYS = {"3m": 91, "1y": 365, "all": None}
EXPORT_FORMATS = (("png", ".png"), ("svg", ".svg"), ("pdf", ".pdf"))


@dataclass(slots=True)
class ChartPage:
    """One chart kind: its canvas, toolbar and chart; `stale` until it has seen the latest data."""

    canvas: FigureCanvasQTAgg
    toolbar: QWidget
    chart: Chart
    stale: bool = True
    daily: DailyLayer | None = None  # the timeline's: a new entry redraws only its daily lines


class ChartsView(QWidget):
    """Every chart of the diary, kept up to date with each change."""

    # What the charts draw besides entries, read again by kind (READS).
    sessions: list[TreatmentSession]
    settings: AnalysisSettings
    vitals: list[Vitals]
    checkins: list[Checkin]
    intakes: list[Intake]
    co_treatments: list[CoTreatment]

    exported = Signal(Path)
    # a short message for the status bar (the window shows it)
    message = Signal(str)

    def __init__(
        self, adapter: DiaryAdapter, parent: QWidget | None = None, *, clock: Clock = local_now
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.adapter = adapter
        self.theme = palette_theme(self.palette())
        self.hover_text: str | None = None
        self.pages: dict[str, ChartPage] = {}
        self._build_controls()
        self.stack = QStackedWidget(self)
        # Zoom and pan of the chart shown, with Export and Copy beside them: the first row
        # keeps its width for the three choices, even in the smallest window.
        self.toolbars = QStackedWidget(self)
        tools = QHBoxLayout()
        tools.addWidget(self.toolbars)
        tools.addWidget(self.group_caption)
        tools.addWidget(self.group)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        tools.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        self._reread: set[str] = set()  # the kinds of READS to read again
        self._when_shown = RefreshWhenShown(self, self._catch_up)
        self.reload()
        self.show_chart(CHART_KINDS[0])
        adapter.changed.connect(self.on_diary_changed)

    # ------------------------------------------------------------ controls

    def _build_controls(self) -> None:
        self.chooser = self._combo(
            self.tr("Chart"),
            [
                (self.tr("Pain over time"), "timeline"),
                (self.tr("Relief after each course"), "relief"),
                (self.tr("How long relief lasted"), "durations"),
                (self.tr("Side effects"), "side-effects"),
            ],
        )
        self.range = self._combo(
            self.tr("Range"),
            [
                (self.tr("Last 3 months"), "3m"),
                (self.tr("Last 12 months"), "1y"),
                (self.tr("Everything"), "all"),
            ],
        )
        self.range.setCurrentIndex(1)
        self.course = self._combo(self.tr("Course to highlight"), [(self.tr("Latest course"), None)])
        # Courses are compared only within one comparable group (same drug and route, same
        # number of sessions); the chooser appears when the diary has more than one.
        self.group = self._combo(self.tr("Kind of course to compare"), [])
        # As wide as its longest choice where there is room ("…: 13 courses" was cut off), and
        # no narrower than GROUP_CHOICE_CHARS characters when the window is small.
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(GROUP_CHOICE_CHARS)
        self.group.setMinimumWidth(self.group.minimumSizeHint().width())
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_caption = QLabel(self.tr("Co&mpare:"), self)
        self.group_caption.setBuddy(self.group)
        self.choice = CourseChoice(self.course, self.group, self.group_caption)
        self.export_button = self._button(self.tr("E&xport…"), self.tr("Save this chart as PNG, SVG or PDF"))
        self.copy_button = self._button(
            self.tr("&Copy"), self.tr("Copy this chart to the clipboard as an image")
        )
        self.controls = QHBoxLayout()
        for label, widget in (
            (self.tr("Ch&art:"), self.chooser),
            (self.tr("&Range:"), self.range),
            (self.tr("C&ourse:"), self.course),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            self.controls.addWidget(caption)
            self.controls.addWidget(widget)
        self.controls.addStretch(1)
        for first, second in (
            (self.chooser, self.range),
            (self.range, self.course),
            (self.course, self.group),
            (self.group, self.export_button),
            (self.export_button, self.copy_button),
        ):
            QWidget.setTabOrder(first, second)
        self.chooser.currentIndexChanged.connect(lambda _index: self.show_chart(self.chooser.currentData()))
        self.range.currentIndexChanged.connect(lambda _index: self.refresh_all())
        self.choice.changed.connect(self.refresh_all)
        self.export_button.clicked.connect(self.export)
        self.copy_button.clicked.connect(self.copy)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setMinimumHeight(CONTROL_HEIGHT)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.setMinimumHeight(CONTROL_HEIGHT)
        return button

    # ------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the whole diary (at start and after an import or a restore)."""
        for kind in READS:
            self._read(kind)
        self._recompute()

    def on_diary_changed(self, kind: str, ids: list[str]) -> None:
        """Note what must be read again; catch up now if the page is shown, else when it is next shown."""
        if kind in (ALL, EXTERNAL) or (kind == ENTRIES and not ids):
            self._reread |= set(READS)
        elif kind in READS:
            self._reread.add(kind)
        elif kind != ENTRIES:
            return  # a record the charts do not show (e.g. a medicine): no recomputation
        self._when_shown.mark_stale()

    def _read(self, kind: str) -> None:
        """Read one kind of record again into the attribute READS names for it."""
        attribute, read = READS[kind]
        setattr(self, attribute, getattr(self.adapter.reader, read)())

    def _catch_up(self) -> None:
        """Read what changed (entries by id, through the shared cache), recompute, redraw the shown chart."""
        if SESSIONS in self._reread:
            self._reread.add(VITALS)  # a deleted session takes its vitals with it
        for kind in self._reread:
            self._read(kind)
        self._reread.clear()
        self._recompute()
        self.refresh_all()

    def _recompute(self) -> None:
        self.full = prepare(
            self.adapter.entry_cache().entries(),
            self.sessions,
            self.settings,
            at=self._clock(),
            analyse=self.adapter.relief().analysis,  # a save today assesses only the latest course again
            vitals=self.vitals,
            checkins=self.checkins,
            intakes=self.intakes,
            co_treatments=self.co_treatments,
        )
        self.choice.fill(self.full.reliefs)

    def shown_period(self) -> tuple[date | None, date]:
        """The chosen range up to the latest record, never reaching back before the first one."""
        span = self.full.span()
        if span is None:
            return None, self._clock().date()
        first, end = span
        days = RANGE_DAYS[self.range.currentData()]
        if days is None:
            return None, end
        return max(first, end - timedelta(days=days - 1)), end

    def chart_data(self, kind: str) -> ChartData:
        """The data a chart shows: the timeline gets everything (the range only moves its view)."""
        start, end = self.shown_period()
        highlight, group = self.choice.highlight, self.choice.chosen_group
        if kind == "timeline":
            return replace(self.full, highlight=highlight, group=group)
        return replace(self.full, start=start, end=end, highlight=highlight, group=group)

    # ------------------------------------------------------------ pages

    @property
    def kind(self) -> str:
        return str(self.chooser.currentData())

    @property
    def page(self) -> ChartPage:
        return self.pages[self.kind]

    def show_chart(self, kind: str) -> None:
        """Show chart `kind`, creating its canvas the first time."""
        if kind not in self.pages:
            self.pages[kind] = self._new_page(kind)
            self.stack.addWidget(self.pages[kind].canvas)
            self.toolbars.addWidget(self.pages[kind].toolbar)
        self.stack.setCurrentWidget(self.pages[kind].canvas)
        self.toolbars.setCurrentWidget(self.pages[kind].toolbar)
        if self.chooser.currentData() != kind:
            self.chooser.setCurrentIndex(self.chooser.findData(kind))
        self.refresh(kind)

    def _new_page(self, kind: str) -> ChartPage:
        figure = new_chart_figure(kind, theme=self.theme)
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setAccessibleName(self.tr("Chart: {name}").format(name=self.chooser.currentText()))
        canvas.mpl_connect("motion_notify_event", self._on_hover)
        with style.chart_settings():
            chart = draw_chart(kind, figure, self.chart_data(kind), self.theme)
        toolbar = ChartToolbar(canvas, self)  # type: ignore[no-untyped-call]
        toolbar.use_plain_icons(self.palette())
        for action in toolbar.actions():
            tip = {
                "Home": self.tr("Show the whole chart again"),
                "Back": self.tr("Back to the previous view"),
                "Forward": self.tr("Forward to the next view"),
                "Pan": self.tr("Pan: drag the chart with the left button, zoom with the right"),
                "Zoom": self.tr("Zoom: drag a rectangle around the part to see"),
            }.get(action.text())
            if tip:
                action.setToolTip(tip)
                button = toolbar.widgetForAction(action)
                if button is not None:
                    button.setAccessibleName(tip.split(":")[0])
        toolbar.setAccessibleName(self.tr("Zoom and pan"))
        daily = DailyLayer(canvas, chart) if isinstance(chart, TimelineChart) else None
        page = ChartPage(canvas, toolbar, chart, stale=False, daily=daily)
        self._after_update(kind, page)
        return page

    def refresh_all(self) -> None:
        for page in self.pages.values():
            page.stale = True
        self.refresh(self.kind)

    def refresh(self, kind: str) -> None:
        """Update chart `kind` with the current data if it is on screen (else when it is shown)."""
        page = self.pages.get(kind)
        if page is None or not page.stale:
            return
        with style.chart_settings():
            page.chart.update(self.chart_data(kind))
        page.stale = False
        self._after_update(kind, page)

    def _after_update(self, kind: str, page: ChartPage) -> None:
        if isinstance(page.chart, TimelineChart) and not page.chart.is_empty:
            start, end = self.shown_period()
            span = self.full.span()
            page.chart.show_range(start or (span[0] if span else end), end)
        page.canvas.setAccessibleDescription(page.chart.message or page.chart.title)
        if page.daily is not None:
            page.daily.redraw()
        else:
            page.canvas.draw_idle()  # type: ignore[no-untyped-call]

    # ------------------------------------------------------------ hover

    def _on_hover(self, event: MouseEvent) -> None:
        text = self.page.chart.describe_at(event.x, event.y) if event.x is not None else None
        self.hover_text = text
        canvas = self.page.canvas
        if text is None:
            QToolTip.hideText()
            return
        ratio = canvas.devicePixelRatioF() or 1.0
        position = QPoint(round(event.x / ratio), round(canvas.height() - event.y / ratio))
        QToolTip.showText(canvas.mapToGlobal(position), text, canvas)

    # ------------------------------------------------------------ export

    def _export_figure(self) -> Figure:
        """The shown chart on white paper at export size, zoomed like the screen."""
        figure = style.new_figure()
        with style.chart_settings():
            exported = draw_chart(self.kind, figure, self.chart_data(self.kind))
        shown = self.page.chart
        if isinstance(shown, TimelineChart) and isinstance(exported, TimelineChart) and not shown.is_empty:
            exported.show_limits(*shown.ax.get_xlim())
        return figure

    def export(self) -> Path | None:
        """Ask where, then save the chart as PNG (200 dpi), SVG or PDF; None when cancelled."""
        filters = {
            ".png": self.tr("PNG image (*.png)"),
            ".svg": self.tr("SVG drawing (*.svg)"),
            ".pdf": self.tr("PDF document (*.pdf)"),
        }
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        suggested = (
            Path(folder or Path.home()) / f"paindiary-{self.kind}-{self._clock().date().isoformat()}.png"
        )
        chosen, selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the chart"), str(suggested), ";;".join(filters.values())
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in filters:
            suffix = next((key for key, text in filters.items() if text == selected), ".png")
            path = path.with_name(path.name + suffix)
        image_format = path.suffix.lower().lstrip(".")
        try:
            write_private_bytes(path, render(self._export_figure(), image_format))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The chart was not saved: {reason}").format(reason=error.strerror or str(error)),
            )
            return None
        self._tell(self.tr("Saved the chart to {path}.").format(path=str(path)))
        self.exported.emit(path)
        return path

    def copy(self) -> None:
        """Put the chart on the clipboard as an image (the same picture as a PNG export)."""
        image = QImage.fromData(render(self._export_figure(), "png"))
        QGuiApplication.clipboard().setImage(image)
        self._tell(self.tr("Copied the chart to the clipboard."))

    def _tell(self, text: str) -> None:
        self.message.emit(text)

    # ------------------------------------------------------------ palette

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light or dark) redraws the charts in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.pages:
            theme = palette_theme(self.palette())
            if theme != self.theme:
                self.theme = theme
                kind = self.kind
                for page in self.pages.values():
                    for widget, stack in ((page.canvas, self.stack), (page.toolbar, self.toolbars)):
                        stack.removeWidget(widget)
                        widget.deleteLater()
                self.pages = {}
                self.show_chart(kind)
