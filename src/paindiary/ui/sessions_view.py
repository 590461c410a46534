"""The Sessions page: sessions grouped into courses, each course with its dose and relief in a sentence.

Sessions are few (hundreds at most), so the tree is rebuilt on any change. The relief sentences
also depend on the pain entries; those are cached and refreshed by id, and nothing is recomputed
while the page is hidden or more than once for a burst of changes (a 0-ms single-shot timer).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import Clock, local_now
from paindiary.domain import SessionStatus, TreatmentSession, ValidationError
from paindiary.store import DiaryError
from paindiary.store.stored_settings import ANALYSIS_KEY
from paindiary.ui.adapter import ALL, ENTRIES, EXTERNAL, SESSIONS, SETTINGS, DiaryAdapter
from paindiary.ui.course_medicines import MEDICINE_KINDS, medicine_lines
from paindiary.ui.form_parts import PRIMARY_HEIGHT
from paindiary.ui.formatting import short_date, short_time
from paindiary.ui.medicine_commands import add_co_treatment
from paindiary.ui.passing_message import PassingMessage
from paindiary.ui.session_amounts import per_kg_and_rate
from paindiary.ui.session_commands import (
    AddSessionCommand,
    ChangeSessionCommand,
    DeleteSessionCommand,
)
from paindiary.ui.session_dialog import SessionDialog, SideEffectDialog, route_and_drug
from paindiary.ui.side_effect_checklist import effect_label, severity_label

if TYPE_CHECKING:
    from paindiary.analysis.results import CourseRelief, ReliefAnalysis

SESSION_ROLE = Qt.ItemDataRole.UserRole  # a session item's id (str)
COURSE_ROLE = Qt.ItemDataRole.UserRole + 1  # a course item's first session id (str), for folding
COLUMNS = 5
ROW_PADDING_PX = 12


def when(moment: datetime) -> str:
    return f"{short_date(moment.date())} {short_time(moment)}"


def amount(value: float | None, unit: str) -> str:
    """A number with its unit (no trailing zeros), or a dash when it was not recorded."""
    if value is None:
        return "–"
    return f"{QLocale().toString(round(value, 2), 'g', 12)} {unit}"


def align_amounts(item: QTreeWidgetItem) -> None:
    """Doses line up on the right, as numbers do."""
    for column in (2, 3):
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RoomyRows(QStyledItemDelegate):
    """Rows tall enough to hit with a shaky hand."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING_PX)


class SessionsView(QWidget):
    """Every session, newest course first; add, edit, delete (undoable) and add side effects later."""

    def __init__(
        self,
        adapter: DiaryAdapter,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self.adapter = adapter
        self._clock = clock
        self.undo_stack = undo_stack
        self.sessions: dict[uuid.UUID, TreatmentSession] = {}
        self._stale = True
        self._medicine_lines: dict[int, list[str]] = {}
        self._collapsed: set[uuid.UUID] = set()  # courses (by first session) the patient folded
        self._session_items: dict[uuid.UUID, QTreeWidgetItem] = {}

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Treatment"),
                self.tr("Dose"),
                self.tr("mg/kg"),
                self.tr("Relief / side effects"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Sessions by course"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(RoomyRows(self.tree))
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemCollapsed.connect(lambda item: self._fold(item, folded=True))
        self.tree.itemExpanded.connect(lambda item: self._fold(item, folded=False))

        self.new_button = self._button(self.tr("New session…"), self.tr("Record a new treatment session"))
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Change the selected session"))
        self.side_effect_button = self._button(
            self.tr("Add side effect…"),
            self.tr("Record a side effect you noticed after the selected session"),
        )
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Delete the selected session (Undo brings it back)")
        )
        self.new_button.clicked.connect(self.add_session)
        self.edit_button.clicked.connect(self.edit_selected)
        self.side_effect_button.clicked.connect(self.add_side_effect_to_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.co_button = self._button(
            self.tr("Other treatment…"), self.tr("Record physiotherapy, a nerve block or another treatment")
        )
        self.co_button.clicked.connect(
            lambda: add_co_treatment(adapter, self._clock, self.undo_stack, self, self.say)
        )
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)

        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Relief of the selected course"))
        self.status = PassingMessage(self)  # goes after a while, as the status bar's messages do
        self.status.setAccessibleName(self.tr("Message"))

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.side_effect_button,
            self.delete_button,
            self.co_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        adapter.changed.connect(self._on_changed)
        adapter.replaced.connect(self._mark_stale)
        self._selection_changed()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setMinimumHeight(PRIMARY_HEIGHT)
        return button

    # ------------------------------------------------------------ keeping up with the diary

    def _on_changed(self, kind: str, ids: list[str]) -> None:
        if kind not in (ENTRIES, SESSIONS, SETTINGS, ALL, EXTERNAL, "impression", *MEDICINE_KINDS):
            return
        if kind == SETTINGS and ids and ANALYSIS_KEY not in ids:
            return  # another preference (e.g. the default weight) shows nowhere here
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _mark_stale(self) -> None:
        self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Rebuild the tree from the diary, keeping the selection and folded courses."""
        # Imported here: the analysis (and numpy) loads when sessions are first shown, not at start-up.
        from paindiary.analysis import relief_analysis as analysis

        self._refresh_timer.stop()
        selected = self.selected_session()
        try:
            diary = self.adapter.reader
            settings = diary.analysis_settings()
            sessions = diary.sessions()
            entries = self.adapter.entry_cache().entries()
            result = analysis.relief_analysis(entries, sessions, settings, at=self._clock())
            self._impressions = diary.impressions()  # PGIC answers, told with their course
        except DiaryError as error:
            self.say(str(error))
            return
        self._stale = False
        self._medicine_lines = medicine_lines(diary, result, entries)
        self.sessions = {session.id: session for session in sessions}
        self.tree.clear()
        self._session_items = {}
        in_courses = {session.id for course in result.courses for session in course.treatment.sessions}
        later = [session for session in sessions if session.id not in in_courses]
        planned = [session for session in later if session.status is not SessionStatus.CANCELLED]
        if planned:
            self.tree.addTopLevelItem(self._planned_item(planned))
        for course in sorted(result.courses, key=lambda course: -course.course):
            item = self._course_item(course, result)
            self.tree.addTopLevelItem(item)
            item.setExpanded(course.treatment.sessions[0].id not in self._collapsed)
        cancelled = [session for session in later if session.status is SessionStatus.CANCELLED]
        if cancelled:
            self.tree.addTopLevelItem(
                self._group_item(
                    self.tr("Cancelled"), self.tr("Did not take place; not analysed."), cancelled
                )
            )
        if selected is not None:
            self.select_session(selected.id)
        self._selection_changed()

    def _course_item(self, course: CourseRelief, result: ReliefAnalysis) -> QTreeWidgetItem:
        from paindiary.analysis import wording_treatment as wording
        from paindiary.analysis.wording_across import course_story, status_phrase
        from paindiary.ui.pgic_answers import answers_of

        story = [
            *course_story(result, course),
            *answers_of(self._impressions, course.treatment.sessions),
            *self._medicine_lines.get(course.course, []),
        ]
        treatment = self.tr("{treatment} ({sessions})").format(
            treatment=wording.treatment_label(course.drug_route),
            sessions=wording.sessions_count(course.sessions_per_course),
        )
        item = QTreeWidgetItem(
            [
                self.tr("Course {number}: {dates}").format(number=course.course, dates=self._dates(course)),
                treatment,
                wording.mg_per_session(course) or "–",
                wording.per_kg_per_session(course) or "–",
                # the column is narrow: the short phrase; the whole story is below and in the tip
                status_phrase(course, result.settings),
            ]
        )
        item.setData(0, COURSE_ROLE, str(course.treatment.sessions[0].id))
        item.setData(COLUMNS - 1, Qt.ItemDataRole.UserRole, " ".join(story))
        align_amounts(item)
        item.setToolTip(COLUMNS - 1, "\n".join(story))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for session in course.treatment.sessions:
            item.addChild(self._session_item(session))
        return item

    @staticmethod
    def _dates(course: CourseRelief) -> str:
        first, last = course.start.date(), course.treatment.sessions[-1].at.date()
        return short_date(first) if first == last else f"{short_date(first)} – {short_date(last)}"

    def _planned_item(self, sessions: list[TreatmentSession]) -> QTreeWidgetItem:
        """Sessions still to come: shown, but in no course until the patient confirms them."""
        return self._group_item(
            self.tr("Planned"), self.tr("Not analysed until they have taken place."), sessions
        )

    def _group_item(self, title: str, text: str, sessions: list[TreatmentSession]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, "", "", "", text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for session in sessions:
            item.addChild(self._session_item(session))
        item.setExpanded(True)
        return item

    def _session_item(self, session: TreatmentSession) -> QTreeWidgetItem:
        effects = ", ".join(
            self.tr("{effect} ({severity})").format(
                effect=effect_label(effect.kind), severity=severity_label(effect.severity).lower()
            )
            for effect in session.side_effects
        )
        item = QTreeWidgetItem(
            [
                when(session.at),
                route_and_drug(session),
                amount(session.dose_mg, "mg"),
                per_kg_and_rate(session),
                effects or self.tr("No side effects recorded"),
            ]
        )
        item.setData(0, SESSION_ROLE, str(session.id))
        align_amounts(item)
        self._session_items[session.id] = item
        if session.note:
            item.setToolTip(0, session.note)
        item.setToolTip(COLUMNS - 1, effects)
        return item

    def _fold(self, item: QTreeWidgetItem, *, folded: bool) -> None:
        value = item.data(0, COURSE_ROLE)
        if not value:
            return
        first = uuid.UUID(value)
        if folded:
            self._collapsed.add(first)
        else:
            self._collapsed.discard(first)

    # ------------------------------------------------------------ selection

    def selected_session(self) -> TreatmentSession | None:
        items = self.tree.selectedItems()
        value = items[0].data(0, SESSION_ROLE) if items else None
        return self.sessions.get(uuid.UUID(value)) if value else None

    def select_session(self, session_id: uuid.UUID) -> None:
        """Select (and scroll to) a session's row, if it is shown."""
        item = self._session_items.get(session_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _selection_changed(self) -> None:
        chosen = self.selected_session() is not None
        for button in (self.edit_button, self.side_effect_button, self.delete_button):
            button.setEnabled(chosen)
        items = self.tree.selectedItems()
        # the selected row's course, else the newest course, in full (the column may cut it short)
        course = items[0] if items else self._newest_course()
        while course is not None and course.parent() is not None:
            course = course.parent()
        if course is None:
            self.details.setText(self.tr("No sessions yet. Record one with “New session…”."))
        else:
            story = course.data(COLUMNS - 1, Qt.ItemDataRole.UserRole) or course.text(COLUMNS - 1)
            self.details.setText(self.tr("{course} — {relief}").format(course=course.text(0), relief=story))

    def _newest_course(self) -> QTreeWidgetItem | None:
        tops = (self.tree.topLevelItem(index) for index in range(self.tree.topLevelItemCount()))
        return next((item for item in tops if item is not None and item.data(0, COURSE_ROLE)), None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, SESSION_ROLE):
            self.edit_selected()

    # ------------------------------------------------------------ actions

    def say(self, message: str) -> None:
        """Show a message under the tree for a while, in place of any earlier one ("" hides it)."""
        self.status.say(message)

    def add_session(self) -> None:
        """Open the dialog for a new session; once saved it can be undone."""
        dialog = SessionDialog(self.adapter, self, clock=self._clock)
        dialog.finished.connect(lambda _result: self._after_add(dialog))
        dialog.open()

    def _after_add(self, dialog: SessionDialog) -> None:
        if dialog.saved is not None:
            self.undo_stack.push(AddSessionCommand(self.adapter, dialog.saved, self.say))
            self.refresh()
            self.select_session(dialog.saved.id)
        dialog.deleteLater()

    def edit_selected(self) -> None:
        before = self.selected_session()
        if before is None:
            return
        dialog = SessionDialog(self.adapter, self, session=before, clock=self._clock)
        dialog.finished.connect(lambda _result: self._after_edit(dialog, before))
        dialog.open()

    def _after_edit(self, dialog: SessionDialog, before: TreatmentSession) -> None:
        if dialog.saved is not None:
            self.undo_stack.push(
                ChangeSessionCommand(
                    self.adapter, before, dialog.saved, self.say, vitals=dialog.vitals.undo_pair
                )
            )
        dialog.deleteLater()

    def add_side_effect_to_selected(self) -> None:
        before = self.selected_session()
        if before is None:
            return
        dialog = SideEffectDialog(self.adapter, before, self)
        dialog.finished.connect(lambda _result: self._after_side_effect(dialog, before))
        dialog.open()

    def _after_side_effect(self, dialog: SideEffectDialog, before: TreatmentSession) -> None:
        after = self.adapter.reader.get_session(before.id) if dialog.saved is not None else None
        if after is not None:
            text = self.tr("Add side effect")
            self.undo_stack.push(ChangeSessionCommand(self.adapter, before, after, self.say, text))
        dialog.deleteLater()

    def delete_selected(self) -> None:
        """Delete the selected session at once; Undo puts it back exactly."""
        chosen = self.selected_session()
        if chosen is None:
            return
        try:
            command = DeleteSessionCommand.delete(self.adapter, chosen, self.say)
        except (DiaryError, ValidationError) as error:
            self.say(str(error))
            return
        self.undo_stack.push(command)
        self.say(
            self.tr("Session of {when} deleted. Undo (Ctrl+Z) brings it back.").format(when=when(chosen.at))
        )
