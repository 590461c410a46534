"""Today: log pain in two actions (a score, Save) or two keys (a digit, Enter)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPaintEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import Clock, local_now
from paindiary.domain import PainEntry, ValidationError
from paindiary.formatting import region_label
from paindiary.store import DiaryError
from paindiary.ui import adapter as kinds
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.drafts import DraftKeeper, TodayDraft, draft_path
from paindiary.ui.formatting import short_time
from paindiary.ui.relief_line import ReliefLineData
from paindiary.ui.today_detail import TodayDetail
from paindiary.ui.today_when import WhenField
from paindiary.ui.undo import AddEntryCommand, EditEntryCommand
from paindiary.ui.widgets import MIN_TARGET_PX, TEN_AFTER_ONE_MS, ChipBox, OptionalScore, ScoreSelector

if TYPE_CHECKING:
    from paindiary.ui.entry_dialog import EntryDialog


class TodayView(QWidget):
    """The home page: the pain scale, optional detail, today's entries and where relief stands."""

    status_shown = Signal()  # the relief status line was (re)computed
    form_changed = Signal()  # something was chosen or typed (or the form was cleared)

    def __init__(
        self,
        adapter: DiaryAdapter,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._undo = undo_stack
        self._clock = clock
        self._relief_data = ReliefLineData(adapter)
        self._last_digit_one = QElapsedTimer()
        self.entry_dialog: EntryDialog | None = None  # the entry open from "Today so far"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        title = QLabel(self.tr("How much pain do you have right now?"), self)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        title.setFont(title_font)
        self.scores = ScoreSelector(self)
        self.scores.setToolTip(
            self.tr("Click a number, or type 0–9 (type 1 then 0 for 10), then press Enter to save.")
        )

        self.more = QToolButton(self)
        self.more.setText(self.tr("More detail (optional)"))
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setMinimumHeight(MIN_TARGET_PX - 4)
        self.more.setAccessibleName(self.tr("Show more detail"))
        self.more.toggled.connect(self._toggle_detail)

        # The optional questions are built the first time they are opened: most entries skip them.
        self.detail = QFrame(self)
        self._detail_layout = QVBoxLayout(self.detail)
        self._detail_layout.setContentsMargins(0, 0, 0, 0)
        self._detail_content: TodayDetail | None = None
        self.detail.setVisible(False)

        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("A note (optional): what helped, what made it worse…"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(MIN_TARGET_PX * 2)
        self.when = WhenField(clock, self)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setAccessibleName(self.tr("Save this entry"))
        self.save_button.setToolTip(self.tr("Save (Enter, or Ctrl+Enter while typing a note)"))
        self.save_button.setMinimumHeight(MIN_TARGET_PX)
        self.save_button.setMinimumWidth(160)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setAccessibleName(self.tr("Clear the form"))
        self.clear_button.setMinimumHeight(MIN_TARGET_PX)
        self.clear_button.clicked.connect(self.clear_form)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Save result"))
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.message, 1)
        self.scores.changed.connect(lambda score: self.save_button.setEnabled(score is not None))
        self.scores.changed.connect(lambda _score: self.form_changed.emit())
        self.note.textChanged.connect(self.form_changed)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.save)
        # Listed in Help ▸ Keyboard shortcuts (one of the pair is enough).
        self.findChildren(QShortcut)[0].setWhatsThis(self.tr("Save the entry while typing a note"))
        self.findChildren(QShortcut)[0].setProperty("page", self.tr("Today"))

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Relief status"))
        self.status.setFrameShape(QFrame.Shape.StyledPanel)
        self.status.setMargin(10)
        self.status.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.today_list = QListWidget(self)
        self.today_list.setAccessibleName(self.tr("Today's entries"))
        self.today_list.setToolTip(self.tr("Double-click an entry, or press Enter, to edit it."))
        self.today_list.itemDoubleClicked.connect(self._edit_item)
        # Only while the list has the focus: elsewhere on Today, Return saves the form.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            edit_key = QShortcut(QKeySequence(key), self.today_list, self._edit_current)
            edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            if key != Qt.Key.Key_Enter:  # the keypad's Enter shares Return's line in the help
                edit_key.setWhatsThis(self.tr("Edit the selected entry"))
            edit_key.setProperty("page", self.tr("Today"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        # Features put their panels here (ui/features.py, add_today_panel): prompts and
        # notices under the title, quick actions under the Save row.
        self._panels = {"notices": QVBoxLayout(), "actions": QVBoxLayout()}
        for panel_layout in self._panels.values():
            panel_layout.setContentsMargins(0, 0, 0, 0)
            panel_layout.setSpacing(8)
        layout.addLayout(self._panels["notices"])
        layout.addWidget(self.scores)
        layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        layout.addWidget(self.note)
        layout.addWidget(self.when)
        layout.addLayout(buttons)
        layout.addLayout(self._panels["actions"])
        layout.addWidget(self.status)
        heading = QLabel(self.tr("Today so far"), self)
        heading.setFont(title_font)
        layout.addWidget(heading)
        layout.addWidget(self.today_list, 1)
        self.setTabOrder(self.scores.buttons[-1], self.more)
        self.setTabOrder(self.more, self.note)
        self.setTabOrder(self.note, self.when.toggle)
        self.setTabOrder(self.when.toggle, self.when.edit)
        self.setTabOrder(self.when.edit, self.save_button)
        self.setTabOrder(self.save_button, self.clear_button)

        # Analysis waits for the event loop: a burst of changes recomputes once, and
        # start-up shows the window before any numbers are crunched.
        self._refresh_status_later = QTimer(self)
        self._refresh_status_later.setSingleShot(True)
        self._refresh_status_later.setInterval(0)
        self._refresh_status_later.timeout.connect(self.refresh_status)
        adapter.changed.connect(self._on_changed)
        self.refresh_today()
        # What was typed but not saved survives a crash, and is offered back here.
        self.drafts = DraftKeeper(self, draft_path(adapter.path), self)
        self.drafts.offer()
        self.status.setText(self.tr("Looking at your recent sessions…"))
        self._status_pending = True  # computed once the page has first been painted

    def add_panel(self, widget: QWidget, area: str) -> None:
        """Show a feature's panel in `area`: "notices" (under the title) or "actions" (under Save)."""
        self._panels[area].addWidget(widget)

    def paintEvent(self, event: QPaintEvent) -> None:
        """After the first paint, work out the relief status: the window shows before numpy loads."""
        super().paintEvent(event)
        if self._status_pending:
            self._status_pending = False
            self._refresh_status_later.start()

    # ------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            digit = key - Qt.Key.Key_0
            if (
                digit == 0
                and self.scores.value() == 1
                and self._last_digit_one.isValid()
                and (self._last_digit_one.elapsed() < TEN_AFTER_ONE_MS)
            ):
                digit = 10
            if digit == 1:
                self._last_digit_one.start()
            else:
                self._last_digit_one.invalidate()
            self.scores.set_value(digit)
            self.scores.buttons[digit].setFocus()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.scores.value() is not None:
            self.save()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ saving

    def _toggle_detail(self, shown: bool) -> None:
        if shown:
            self._built_detail()
        self.detail.setVisible(shown)
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def save(self) -> None:
        """Save the form as one entry; on failure keep everything typed and say why."""
        pain = self.scores.value()
        if pain is None:
            self._show_message(self.tr("Choose a pain score from 0 to 10 first."), error=True)
            return
        if not self.when.confirmed():
            return
        detail = self._detail_content
        try:
            entry = PainEntry(
                at=self.when.moment(),
                pain=pain,
                worst=detail.worst.score() if detail else None,
                enjoyment=detail.enjoyment.score() if detail else None,
                activity=detail.activity.score() if detail else None,
                sleep_interference=detail.sleep.score() if detail else None,
                mood=detail.mood.score() if detail else None,
                locations=detail.locations.selected() if detail else (),
                note=self.note.toPlainText().strip(),
                for_clinician=detail.for_clinician.isChecked() if detail else False,
            )
            command = AddEntryCommand.add(self._adapter, entry, self._report)
        except (ValidationError, DiaryError) as error:
            self._show_message(self.tr("Not saved: {reason}").format(reason=error), error=True)
            return
        self._undo.push(command)
        saved = command.saved
        self.clear_form()
        self._show_message(
            self.tr("Saved: pain {pain} at {time}. Ctrl+Z undoes it.").format(
                pain=saved.pain, time=short_time(saved.at)
            )
        )
        self.scores.setFocus()

    def has_typed(self) -> bool:
        """Whether closing now would lose a score chosen or anything typed."""
        return not self.draft().is_empty()

    def draft(self) -> TodayDraft:
        """The form as it stands, unsaved."""
        detail = self._detail_content
        return TodayDraft(
            written=self._clock(),
            pain=self.scores.value(),
            worst=detail.worst.score() if detail else None,
            enjoyment=detail.enjoyment.score() if detail else None,
            activity=detail.activity.score() if detail else None,
            locations=detail.locations.selected() if detail else (),
            note=self.note.toPlainText(),
            sleep=detail.sleep.score() if detail else None,
            mood=detail.mood.score() if detail else None,
        )

    def put_back(self, draft: TodayDraft) -> None:
        """Fill the form from a draft (the detail opens when the draft holds any)."""
        self.scores.set_value(draft.pain)
        self.note.setPlainText(draft.note)
        if (
            draft.worst is not None
            or draft.enjoyment is not None
            or draft.activity is not None
            or draft.sleep is not None
            or draft.mood is not None
            or draft.locations
        ):
            self.more.setChecked(True)
            self.worst.set_score(draft.worst)
            self.enjoyment.set_score(draft.enjoyment)
            self.activity.set_score(draft.activity)
            detail = self._built_detail()
            detail.sleep.set_score(draft.sleep)
            detail.mood.set_score(draft.mood)
            self.locations.set_selected(draft.locations)

    def _report(self, text: str) -> None:
        self._show_message(text, error=True)

    def clear_form(self) -> None:
        self.scores.clear()
        if self._detail_content is not None:
            self._detail_content.clear()
        self.note.clear()
        self.when.set_now()
        self.message.clear()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setProperty("error", error)
        font = self.message.font()
        font.setBold(error)
        self.message.setFont(font)

    # ------------------------------------------------------------ what is shown

    def _on_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in (kinds.ENTRIES, kinds.ALL, kinds.EXTERNAL):
            self.refresh_today()
        if ReliefLineData.moves_the_line(kind, _ids):
            if self.isVisible():
                self._refresh_status_later.start()
            else:  # visible work only: worked out after the next paint
                self._status_pending = True

    def refresh_today(self) -> None:
        """Today's entries only: one small query, whatever the diary's length."""
        today = self._clock().date()
        entries = self._adapter.reader.entries(start=today, end=today)
        self.today_list.clear()
        if not entries:
            self.today_list.addItem(self.tr("Nothing logged yet today."))
            return
        for entry in reversed(entries):
            parts = [self.tr("{time}  pain {pain}/10").format(time=short_time(entry.at), pain=entry.pain)]
            if entry.worst is not None:
                parts.append(self.tr("worst {worst}").format(worst=entry.worst))
            if entry.locations:
                parts.append(", ".join(map(region_label, entry.locations)))
            if entry.note:
                parts.append(entry.note.replace("\n", " "))
            item = QListWidgetItem("  ·  ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.today_list.addItem(item)

    def _edit_current(self) -> None:
        item = self.today_list.currentItem()
        if item is not None:
            self._edit_item(item)

    def _edit_item(self, item: QListWidgetItem) -> None:
        """Open the entry behind a line of "Today so far" for editing (undoable, like the Diary's)."""
        before = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(before, PainEntry):
            return  # "Nothing logged yet today."
        from paindiary.ui.entry_dialog import EntryDialog  # when first needed: start-up builds Today alone

        def write(edited: PainEntry) -> None:
            self._undo.push(EditEntryCommand.edit(self._adapter, before, edited, self._report))

        self.entry_dialog = EntryDialog(before, self, write=write)
        self.entry_dialog.open()

    def refresh_status(self) -> None:
        """Where relief stands today, in plain words (entries from the latest course's baseline on)."""
        try:
            self.status.setText(self._status_text())
        except DiaryError as error:
            self.status.setText(self.tr("The relief status could not be read: {reason}").format(reason=error))
        self.status_shown.emit()

    def _status_text(self) -> str:
        now = self._clock()
        sessions = self._relief_data.sessions()
        if not any(session.at <= now for session in sessions):
            return self.tr(
                "No treatment sessions recorded yet. Once you add one (Sessions), this shows "
                "how your pain compares with your usual pain before it."
            )
        # Imported here: numpy and the analysis load after the window is up, not before.
        from paindiary.analysis.wording_across import now_sentence

        settings = self._relief_data.settings()
        # Every entry: usual pain may be carried from, or kept clear of, courses long before.
        now_line = self._relief_data.now_line(now)
        if now_line is None:
            return self.tr(
                "Your latest course has not ended yet; this shows how your pain compares once it has."
            )
        return now_sentence(now_line, settings)

    # ------------------------------------------------------------ optional detail

    def _built_detail(self) -> TodayDetail:
        if self._detail_content is None:
            content = TodayDetail(self.detail)
            form = content.layout()
            if isinstance(form, QFormLayout):
                # On a narrow window an answer goes under its question, not off the screen.
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            self._detail_layout.addWidget(content)
            # Offer the body regions this patient used recently as chips too.
            recent = self._adapter.reader.entries(start=self._clock().date() - timedelta(days=60))
            for entry in recent[-200:]:
                for region in entry.locations:
                    content.locations.add_option(region)
            content.chain_focus(self.more, self.note)
            for answer in (content.worst, content.enjoyment, content.activity, content.sleep, content.mood):
                answer.valueChanged.connect(self.form_changed)
            for chip in content.locations.chips().values():
                chip.toggled.connect(self.form_changed)
            self._detail_content = content
        return self._detail_content

    @property
    def worst(self) -> OptionalScore:
        return self._built_detail().worst

    @property
    def enjoyment(self) -> OptionalScore:
        return self._built_detail().enjoyment

    @property
    def activity(self) -> OptionalScore:
        return self._built_detail().activity

    @property
    def locations(self) -> ChipBox:
        return self._built_detail().locations
