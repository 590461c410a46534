"""Help menu: the keyboard shortcuts (read from the window's own actions) and how relief is measured."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from paindiary.domain import AnalysisSettings
from paindiary.ui.features import FeatureHost

BUTTON_HEIGHT = 40


def plain_label(text: str) -> str:
    """A menu text without its mnemonic marker and trailing ellipsis ("Se&ttings…" -> "Settings")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…").removesuffix("...")


# Keys worth listing without a modifier; others that platforms bind (Sun's F14 "Undo", the
# "Exit" or "Help" keys of a few keyboards) only confuse.
_PLAIN_KEYS = {f"F{number}" for number in range(1, 13)} | {
    "Del",
    "Return",
    "Enter",
    "Esc",
    "Backspace",
    "Ins",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "Space",
    "Tab",
}


def listed_key(sequence: QKeySequence) -> bool:
    portable = sequence.toString()
    if not portable:
        return False
    has_modifier = any(part in portable for part in ("Ctrl+", "Alt+", "Shift+", "Meta+"))
    return has_modifier or len(portable) == 1 or portable in _PLAIN_KEYS


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in sequences if listed_key(sequence))


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for each action with keys, in menu-bar order, then described shortcuts."""
    rows: list[tuple[str, str, str]] = []
    seen: set[QAction] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            keys = _keys(action.shortcuts())
            if keys and not action.isSeparator():
                rows.append((plain_label(top.text()), plain_label(action.text()), keys))
                seen.add(action)
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action not in seen and action.text():
            rows.append((other, plain_label(action.text()), keys))
    # Shortcuts that belong to a view rather than a menu say what they do in their What's This text.
    # Keys typed on Today itself (not shortcuts: they choose the score the form holds).
    today = QCoreApplication.translate("ShortcutsDialog", "Today")
    rows.append((today, QCoreApplication.translate("ShortcutsDialog", "Choose a pain score"), "0–9"))
    rows.append((today, QCoreApplication.translate("ShortcutsDialog", "Pain score 10"), "1, 0"))
    rows.append(
        (
            today,
            QCoreApplication.translate("ShortcutsDialog", "Save the entry"),
            _keys([QKeySequence("Return")]),
        )
    )
    rows.extend(_view_shortcut_rows(window, other))
    return rows


def _keypad_twin(sequence: QKeySequence) -> str:
    """The keys with the keypad's Enter read as Return: Qt binds them separately, people do not."""
    return sequence.toString().replace("Enter", "Return")


def _view_shortcut_rows(window: QMainWindow, other: str) -> list[tuple[str, str, str]]:
    """A row per key a view binds: described by its What's This, under the page it belongs to."""
    shortcuts = [shortcut for shortcut in window.findChildren(QShortcut) if listed_key(shortcut.key())]
    described = {
        (shortcut.parent(), _keypad_twin(shortcut.key())): shortcut
        for shortcut in shortcuts
        if shortcut.whatsThis()
    }
    grouped: dict[QShortcut, list[QKeySequence]] = {}
    first_saying: dict[tuple[QObject | None, str], QShortcut] = {}
    for shortcut in shortcuts:
        # Ctrl+Enter beside a described Ctrl+Return does the same: one row shows both.
        owner = described.get((shortcut.parent(), _keypad_twin(shortcut.key())), shortcut)
        if owner.whatsThis():  # so do two keys of one widget described alike (Return and F2)
            owner = first_saying.setdefault((owner.parent(), owner.whatsThis()), owner)
        grouped.setdefault(owner, []).append(shortcut.key())
    return [
        (_page_of(window, shortcut) or other, _what_it_does(shortcut), _keys(keys))
        for shortcut, keys in grouped.items()
    ]


def _page_of(window: QMainWindow, shortcut: QShortcut) -> str | None:
    """The page a shortcut was given, or the navigation label of the page its widget is on."""
    page = shortcut.property("page")
    if isinstance(page, str):
        return page
    stack, nav = getattr(window, "stack", None), getattr(window, "nav", None)
    widget = shortcut.parent()
    while isinstance(widget, QWidget) and isinstance(stack, QStackedWidget) and isinstance(nav, QListWidget):
        if widget.parentWidget() is stack:
            item = nav.item(stack.indexOf(widget))
            return item.text() if item is not None else None
        widget = widget.parentWidget()
    return None


def _what_it_does(shortcut: QShortcut) -> str:
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    if (
        shortcut.key().matches(QKeySequence(QKeySequence.StandardKey.Delete))
        == QKeySequence.SequenceMatch.ExactMatch
    ):
        return QCoreApplication.translate("ShortcutsDialog", "Delete the selection")
    parent = shortcut.parent()
    place = parent.accessibleName() if isinstance(parent, QWidget) else ""
    return QCoreApplication.translate("ShortcutsDialog", "A key of “{place}”").format(place=place)


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut the window offers right now."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        # The Diary and Sessions are built when first shown; their keys are listed all the same.
        getattr(window, "diary_view", None)
        getattr(window, "sessions_view", None)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, cells in enumerate(shortcut_rows(window)):
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        layout.addWidget(self.table)
        layout.addWidget(_close_buttons(self))
        self.resize(560, 480)


class ReliefHelpDialog(QDialog):
    """ "How relief is measured", in plain words, with the diary's own settings filled in."""

    def __init__(self, settings: AnalysisSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How relief is measured"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("How relief is measured"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.explanation(settings))
        layout.addWidget(self.text)
        layout.addWidget(_close_buttons(self))
        self.resize(620, 640)

    def explanation(self, settings: AnalysisSettings) -> str:
        """The page as HTML: one translated paragraph per step of the relief metric."""
        # Imported here: the analysis package (and numpy) stays out of the window's start-up.
        from paindiary.analysis.wording_across import immpact_caution

        values = {
            "baseline": settings.baseline_days,
            "minimum": settings.min_baseline_days,
            "full": settings.full_baseline_days,
            "gap": settings.course_gap_days,
            "horizon": settings.horizon_days,
            "onset": settings.onset_window_days,
            "bridge": settings.max_gap_days,
            "washout": settings.washout_days,
            "carry": settings.carry_forward_days,
            "peak": settings.peak_window_days,
        }
        sections = [
            (
                self.tr("What it compares"),
                self.tr(
                    "paindiary compares your pain after a course of ketamine sessions with your usual pain "
                    "before it. It uses only what you logged, and it gives no medical advice."
                ),
            ),
            (
                self.tr("Courses"),
                self.tr(
                    "Sessions no more than {gap} days apart belong to one course, such as a series of "
                    "infusions on several days, unless you marked a session as the start of a new series. "
                    "Day 0 is the day the course's last session ended; the next day is day 1. Sessions "
                    "still to come take no part until they have taken place."
                ),
            ),
            (
                self.tr("Your usual pain"),
                self.tr(
                    "Your usual pain is worked out from the {baseline} days before the first session of "
                    "the course: the average of your daily pain, leaving out the highest and the lowest "
                    "fifth of the days. Days still affected by an earlier course are left out: at least "
                    "{washout} days after it, longer while its relief lasted."
                ),
            ),
            (
                self.tr("When those weeks are not enough"),
                self.tr(
                    "With fewer than {full} days with entries left, the usual pain of an earlier course "
                    "(up to {carry} days earlier) is used instead, and the course says which one. With "
                    "fewer than {minimum} days and none to carry, relief is not worked out for that course."
                ),
            ),
            (
                self.tr("Each day afterwards"),
                self.tr(
                    "For every day after the course that has entries, paindiary works out how much lower "
                    "your pain was than your usual pain, in percent. Days without entries are left empty, "
                    "never guessed. Each logged day is looked at together with the logged days just before "
                    "and after it, and the middle value is used, so a single unusual day neither starts nor "
                    "ends relief."
                ),
            ),
            (
                self.tr("When it counts as relief"),
                self.tr(
                    "Pain at least 30 % below your usual pain counts as moderate relief, at least 50 % as "
                    "substantial relief; 10 to 30 % is a minimal change. These are the levels pain research "
                    "uses (IMMPACT, Dworkin and colleagues, 2008). When your usual pain is below 4/10, "
                    "changes are given in points instead."
                ),
            ),
            (
                self.tr("How long it lasts"),
                self.tr(
                    "Relief must begin by day {onset} to be counted for that course. It ends when two "
                    "logged days in a row are below 30 %. Up to {bridge} days without entries are bridged; "
                    "a longer gap ends what the diary can show. The days are counted from day 0, for up to "
                    "{horizon} days or until the next course."
                ),
            ),
            (
                self.tr("“At least” and “too early to tell”"),
                self.tr(
                    "“At least 12 days” means relief had not ended when your entries stopped, when there "
                    "was a gap, or when the next course began. “Too early to tell” means the days in which "
                    "relief may begin are not over yet."
                ),
            ),
            (
                self.tr("The lowest point"),
                self.tr(
                    "The lowest point is the largest fall within the first {peak} days after the course, "
                    "or within the whole relief if it lasted longer. It is shown with your pain on that day."
                ),
            ),
            (
                self.tr("What is not counted"),
                self.tr(
                    "A fall that starts after day {onset}, or a fall late in the follow-up, is not credited "
                    "to the course; the course says so. When your pain in the week before a course was "
                    "higher than usual, part of a fall afterwards may be that flare passing; this is said "
                    "too, as is logging less often after a course than before it."
                ),
            ),
            (
                self.tr("How much a difference means"),
                immpact_caution(),
            ),
            (
                self.tr("What the numbers are for"),
                self.tr(
                    "They describe your own records, to help you and your care team talk about how each "
                    "course went. Decisions about your treatment belong with your care team."
                ),
            ),
        ]
        parts = [f"<h2>{self.tr('How relief is measured')}</h2>"]
        for heading, body in sections:
            parts.append(f"<h3>{heading}</h3><p>{body.format(**values)}</p>")
        note = self.tr("These numbers follow the analysis settings of this diary (Settings).")
        parts.append(f"<p><i>{note}</i></p>")
        return "".join(parts)


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setAccessibleName(plain_label(close.text()))  # Qt's own, translated word
    close.setMinimumHeight(BUTTON_HEIGHT)
    buttons.rejected.connect(dialog.reject)
    return buttons


class HelpActions(QObject):
    """The two Help-menu entries and the dialogs they open."""

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("help_actions")
        self._window = window
        self._adapter = host.adapter
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.relief_dialog: ReliefHelpDialog | None = None
        help_menu = host.menu("help")
        self.relief_action = QAction(self.tr("How &relief is measured"), window)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        self.relief_action.setShortcuts(keys if keys else [QKeySequence("F1")])
        self.relief_action.triggered.connect(self.show_relief_help)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.relief_action)
        help_menu.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> None:
        """Open the shortcuts table, read afresh from the window's actions."""
        self.shortcuts_dialog = ShortcutsDialog(self._window)
        self.shortcuts_dialog.open()

    def show_relief_help(self) -> None:
        """Open the explanation with this diary's analysis settings."""
        self.relief_dialog = ReliefHelpDialog(self._adapter.reader.analysis_settings(), self._window)
        self.relief_dialog.open()


def install(host: FeatureHost) -> None:
    """Add "How relief is measured" and "Keyboard shortcuts" to the Help menu."""
    HelpActions(host)
