"""The main window: navigation between Today, Diary, Sessions and Charts, menus, status bar."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from paindiary import __version__
from paindiary.clock import Clock, local_now
from paindiary.store import write_side
from paindiary.ui import adapter as kinds
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.close_guard import may_close
from paindiary.ui.features import Feature
from paindiary.ui.first_paint import after_first_paint
from paindiary.ui.first_run import FirstRunPanel, SampleBanner
from paindiary.ui.passing_message import MESSAGE_MS
from paindiary.ui.preferences import Preferences
from paindiary.ui.screen_fit import (
    FitWhenShown,
    available_rect,
    frame_extra,
    keep_on_screen,
    room_for,
    scroll_if_too_big,
)
from paindiary.ui.source_cache import drop_cached_source
from paindiary.ui.today_view import TodayView

if TYPE_CHECKING:
    from paindiary.ui.diary_view import DiaryView
    from paindiary.ui.sessions_view import SessionsView

PAGES = ("today", "diary", "sessions", "charts")
DEFAULT_SIZE = QSize(1100, 760)
MINIMUM_SIZE = QSize(640, 440)
STATUS_MS = MESSAGE_MS  # a status message goes as the pages' own messages do


class MainWindow(QMainWindow):
    """One diary's window, and the FeatureHost that the features given to it install into."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        *,
        sample: bool = False,
        preferences: Preferences | None = None,
        clock: Clock = local_now,
        features: Sequence[Feature] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self.preferences = preferences if preferences is not None else Preferences(parent=self)
        self.clock = clock
        self.sample = sample
        self.undo_stack = QUndoStack(self)
        self._fit_when_shown = FitWhenShown(self)
        self._menus: dict[str, QMenu] = {}
        self._update_title()
        # Small enough for 200 % on a 1920 × 1080 screen (960 × 540 logical, less a task bar).
        self.setMinimumSize(MINIMUM_SIZE)

        self.today = TodayView(adapter, self.undo_stack, self, clock=clock)
        # The first choice of a new entry starts loading what Save needs (store/write_side.py).
        self.today.form_changed.connect(write_side.load_in_background)
        after_first_paint(self, drop_cached_source)  # start-up's imports are done by then
        self.first_run = FirstRunPanel(self)
        self.first_run.dismissed.connect(lambda: self.first_run.setVisible(False))
        self.first_run.setVisible(False)  # shown by _update_counts while the diary is empty
        today_page = QWidget(self)
        today_layout = QVBoxLayout(today_page)
        today_layout.setContentsMargins(0, 0, 0, 0)
        today_layout.addWidget(self.first_run)
        today_layout.addWidget(self.today, 1)
        today_scroll = QScrollArea(self)
        today_scroll.setWidgetResizable(True)
        today_scroll.setWidget(today_page)

        # Diary, Sessions and Charts are built when first shown: start-up builds only Today.
        self._diary_view: DiaryView | None = None
        self._sessions_view: SessionsView | None = None
        self.charts_view: QWidget | None = None
        self._holders = {page: _PageHolder(self) for page in PAGES[1:]}
        self._pages = list(PAGES)
        # A feature's page: its builder, until the page is first shown (ui/features.py, add_page).
        self._page_builders: dict[str, Callable[[QWidget], QWidget]] = {}

        self.stack = QStackedWidget(self)
        self.stack.addWidget(today_scroll)
        for holder in self._holders.values():
            self.stack.addWidget(holder)
        self.nav = QListWidget(self)
        self.nav.setAccessibleName(self.tr("Views"))
        labels = (self.tr("Today"), self.tr("Diary"), self.tr("Sessions"), self.tr("Charts"))
        for number, label in enumerate(labels, start=1):
            item = QListWidgetItem(label)
            item.setSizeHint(QSize(0, 48))
            item.setToolTip(self.tr("{view} (Ctrl+{number})").format(view=label, number=number))
            self.nav.addItem(item)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.nav.setFont(font)
        widest = max(self.nav.fontMetrics().horizontalAdvance(label) for label in labels)
        # Room on the left of each label; no colours here, so dark palettes keep working.
        self.nav.setStyleSheet("QListWidget::item { padding-left: 14px; }")
        self.nav.setFixedWidth(widest + 70)
        self.nav.currentRowChanged.connect(self._switch_page)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if sample:
            column.addWidget(SampleBanner(self))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)

        self._entry_count = QLabel(self)
        self.statusBar().addPermanentWidget(self._entry_count)
        adapter.changed.connect(self._on_changed)
        adapter.replaced.connect(self._update_title)
        # Changes made in the diary that was replaced cannot be undone in its successor.
        adapter.replaced.connect(self.undo_stack.clear)
        self._build_menus()
        for install in features:
            install(self)
        self._finish_menus()
        self._counted = False
        self._update_counts()
        self.nav.setCurrentRow(0)
        self.today.setFocus()

    # ------------------------------------------------------------ what features use

    def main_window(self) -> QMainWindow:
        return self

    def show_status(self, text: str, timeout_ms: int = STATUS_MS) -> None:
        """Say `text` in the status bar: the one way anything reaches it."""
        self.statusBar().showMessage(text, timeout_ms if timeout_ms > 0 else STATUS_MS)  # never for good

    def menu(self, name: str) -> QMenu:
        """The menu called `name` ("file", "edit", "view", "tools", "help"), created on first use."""
        if name not in self._menus:
            titles = {
                "file": self.tr("&File"),
                "edit": self.tr("&Edit"),
                "view": self.tr("&View"),
                "tools": self.tr("&Tools"),
                "help": self.tr("&Help"),
            }
            menu = QMenu(titles.get(name, name.title()), self)
            # Keep Help last whatever order features ask for menus in.
            help_menu = self._menus.get("help")
            if help_menu is not None and name != "help":
                self.menuBar().insertMenu(help_menu.menuAction(), menu)
            else:
                self.menuBar().addMenu(menu)
            self._menus[name] = menu
        return self._menus[name]

    def _action(
        self,
        menu: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu(menu).addAction(action)
        return action

    def _build_menus(self) -> None:
        self.new_session_action = self._action(
            "file", self.tr("New &session…"), self._new_session, "Ctrl+Shift+N"
        )
        self.settings_action = self._action("file", self.tr("Se&ttings…"), self.open_settings)
        _set_shortcut(self.settings_action, QKeySequence.StandardKey.Preferences, "Ctrl+,")
        self.menu("file").addSeparator()
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        _set_shortcut(undo, QKeySequence.StandardKey.Undo, "Ctrl+Z")
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        _set_shortcut(redo, QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")
        self.menu("edit").addActions([undo, redo])
        self.undo_action, self.redo_action = undo, redo
        labels = (self.tr("&Today"), self.tr("&Diary"), self.tr("&Sessions"), self.tr("&Charts"))
        for number, (page, label) in enumerate(zip(PAGES, labels, strict=True), start=1):
            self._action("view", label, functools.partial(self.show_page, page), f"Ctrl+{number}")
        self.menu("help")

    def _finish_menus(self) -> None:
        file_menu = self.menu("file")
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        _set_shortcut(quit_action, QKeySequence.StandardKey.Quit, "Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.menu("help").addSeparator()
        self._action("help", self.tr("&About paindiary"), self.show_about)

    # ------------------------------------------------------------ pages

    def show_page(self, name: str) -> None:
        """Show "today", "diary", "sessions", "charts" or a page a feature added."""
        self.nav.setCurrentRow(self._pages.index(name))

    def current_page(self) -> str:
        return self._pages[self.stack.currentIndex()]

    def add_page(self, name: str, label: str, build: Callable[[QWidget], QWidget]) -> None:
        """Add a feature's page after the others, with the next Ctrl+number; built when first shown."""
        number = len(self._pages) + 1
        holder = _PageHolder(self)
        self._holders[name] = holder
        self._pages.append(name)
        self._page_builders[name] = build
        self.stack.addWidget(holder)
        item = QListWidgetItem(label)
        item.setSizeHint(QSize(0, 48))
        item.setToolTip(self.tr("{view} (Ctrl+{number})").format(view=label, number=number))
        self.nav.addItem(item)
        self.nav.setFixedWidth(max(self.nav.width(), self.nav.fontMetrics().horizontalAdvance(label) + 70))
        self._action("view", label, functools.partial(self.show_page, name), f"Ctrl+{number}")

    def add_today_panel(self, widget: QWidget, area: str) -> None:
        """Put a feature's panel on Today: "notices" under the title, "actions" under Save."""
        self.today.add_panel(widget, area)

    def _ensure_feature_page(self, name: str) -> None:
        """Build a feature's page the first time it is shown."""
        build = self._page_builders.pop(name, None)
        if build is not None:
            holder = self._holders[name]
            holder.put(build(holder))

    def _switch_page(self, row: int) -> None:
        if row < 0:
            return
        page = self._pages[row]
        # Keys act on the page at once: digits on Today, arrows and Del on the lists.
        focus: QWidget | None = self.today
        if page not in PAGES:
            self._ensure_feature_page(page)
            focus = None  # a feature's page puts the focus where its keys act
        elif page == "diary":
            focus = self.diary_view.table
        elif page == "sessions":
            focus = self.sessions_view.tree
        elif page == "charts":
            self._ensure_charts()
            focus = None
        self.stack.setCurrentIndex(row)
        if focus is not None and not self.nav.hasFocus():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def diary_view(self) -> DiaryView:
        """The Diary page, built on first use."""
        if self._diary_view is None:
            from paindiary.ui.diary_view import DiaryView

            view = DiaryView(self.adapter, self.undo_stack, self._holders["diary"], clock=self.clock)
            view.message.connect(self.show_status)
            self._holders["diary"].put(view)
            self._diary_view = view
        return self._diary_view

    @property
    def sessions_view(self) -> SessionsView:
        """The Sessions page, built on first use."""
        if self._sessions_view is None:
            from paindiary.ui.sessions_view import SessionsView

            view = SessionsView(self.adapter, self.undo_stack, self._holders["sessions"], clock=self.clock)
            self._holders["sessions"].put(view)
            self._sessions_view = view
        return self._sessions_view

    def _ensure_charts(self) -> None:
        """Build the charts the first time they are shown: matplotlib stays out of start-up."""
        if self.charts_view is not None:
            return
        holder = self._holders["charts"]
        if importlib.util.find_spec("paindiary.ui.charts_view") is None:
            self.charts_view = QLabel(self.tr("Charts"), holder)
        else:
            from paindiary.ui.charts_view import ChartsView

            drop_cached_source()  # matplotlib's, before the figure needs memory
            charts = ChartsView(self.adapter, holder, clock=self.clock)
            charts.message.connect(self.show_status)
            self.charts_view = charts
        holder.put(self.charts_view)

    # ------------------------------------------------------------ actions

    def _new_session(self) -> None:
        self.show_page("sessions")
        self.sessions_view.add_session()

    def open_settings(self, *, analysis: bool = False) -> None:
        from paindiary.ui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.adapter, self.preferences, self)
        self.settings_dialog.open()
        if analysis:
            self.settings_dialog.show_analysis_settings(True)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About paindiary"),
            self.tr(
                "<h3>paindiary {version}</h3>"
                "<p>A private pain diary for people receiving ketamine therapy: log pain in seconds, "
                "record sessions and side effects, and see how long relief lasted after each session.</p>"
                "<p>Your diary is a file on this computer:<br><code>{path}</code></p>"
                "<p>paindiary makes no network connection. It reports what you logged and gives no "
                "medical advice.</p>"
            ).format(version=__version__, path=self.adapter.path),
        )

    # ------------------------------------------------------------ state

    def _on_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in (kinds.ENTRIES, kinds.SESSIONS, kinds.ALL, kinds.EXTERNAL):
            self._update_counts()

    def _update_counts(self) -> None:
        """The counts in the status bar; the welcome goes once the diary holds anything."""
        diary = self.adapter.reader
        entries, sessions = diary.entry_count(), diary.session_count()
        entry_text, session_text = self.tr("%n entries", "", entries), self.tr("%n sessions", "", sessions)
        self._entry_count.setText(f"{entry_text} · {session_text}")
        if entries or sessions:
            self.first_run.setVisible(False)
        elif not self._counted:
            self.first_run.setVisible(not self.sample)
        self._counted = True

    def _update_title(self) -> None:
        name = self.adapter.path.name
        if self.sample:
            self.setWindowTitle(self.tr("paindiary — Sample data (nothing here is saved to your diary)"))
        else:
            self.setWindowTitle(self.tr("paindiary — {name}").format(name=name))

    def restore_geometry(self) -> None:
        """Where the window was last time, kept inside the screen; a size that fits the first time."""
        geometry = self.preferences.window_geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            # The screen may be smaller now, scaled up, or gone.
            if not self.isMaximized() and not self.isFullScreen():
                keep_on_screen(self)
            return
        area = available_rect(self)
        size = DEFAULT_SIZE.boundedTo(room_for(self)).expandedTo(self.minimumSize())
        self.resize(size)
        self.move(area.center() - QRect(QPoint(0, 0), size + frame_extra(self)).center())
        keep_on_screen(self)

    def childEvent(self, event: QChildEvent) -> None:
        # Each dialog of ours opened on this window, just before its first show (once polished):
        # its content scrolls if the screen is too small for it, and it is capped to the screen.
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QDialog) and type(child).__module__.startswith("paindiary."):
                scroll_if_too_big(child)
                child.installEventFilter(self._fit_when_shown)
        super().childEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not may_close(self, self.today):
            event.ignore()
            return
        if not self.sample:  # the sample's offset place is not where the patient's window goes
            self.preferences.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)


class _PageHolder(QWidget):
    """A page's place in the stack until the page itself is built."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def put(self, page: QWidget) -> None:
        self._layout.addWidget(page)


def _set_shortcut(action: QAction, standard: QKeySequence.StandardKey, fallback: str) -> None:
    """The platform's standard keys; some platforms (and the offscreen one) define none."""
    keys = QKeySequence.keyBindings(standard)
    action.setShortcuts(keys if keys else [QKeySequence(fallback)])
