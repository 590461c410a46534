"""The Charts page's course and comparable-group choosers, kept consistent with each other.

Courses are compared only within one comparable group (same drug and route, same number of
sessions). Choosing a course of another kind brings its group along; choosing another group
lets go of a highlighted course of another kind (the group's latest course is highlighted).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from paindiary.analysis.results import CourseRelief
from paindiary.charts import style
from paindiary.charts.common import GroupKey, group_choice, group_key, groups


class CourseChoice(QObject):
    """Fills the course and group combo boxes and tells when either choice changes."""

    changed = Signal()

    def __init__(self, course: QComboBox, group: QComboBox, group_caption: QLabel) -> None:
        super().__init__(course)
        self.course = course
        self.group = group
        self.group_caption = group_caption
        self.group_keys: list[GroupKey] = []
        self.reliefs: Sequence[CourseRelief] = ()
        course.currentIndexChanged.connect(lambda _index: self._on_course_chosen())
        group.currentIndexChanged.connect(lambda _index: self._on_group_chosen())

    @property
    def highlight(self) -> int | None:
        """The course number chosen; None: the latest."""
        number = self.course.currentData()
        return int(number) if number is not None else None

    @property
    def chosen_group(self) -> GroupKey | None:
        """The comparable group chosen (None before the first fill)."""
        index = self.group.currentIndex()
        return self.group_keys[index] if 0 <= index < len(self.group_keys) else None

    def fill(self, reliefs: Sequence[CourseRelief]) -> None:
        """The diary's courses, newest first, and its groups; the choices are kept where they still exist."""
        self.reliefs = reliefs
        chosen = self.course.currentData()
        self.course.blockSignals(True)
        self.course.clear()
        self.course.addItem(self.tr("Latest course"), None)
        for relief in reversed(reliefs):
            text = self.tr("Course {number} ({date})").format(
                number=relief.course, date=style.format_date(relief.start.date())
            )
            self.course.addItem(text, relief.course)
        self.course.setCurrentIndex(max(0, self.course.findData(chosen)))
        self.course.blockSignals(False)
        self._fill_groups()

    def _fill_groups(self) -> None:
        """One item per comparable group, the latest course's first; hidden with only one group."""
        chosen = self.chosen_group
        self.group.blockSignals(True)
        self.group.clear()
        self.group_keys = []
        for key, latest, count in groups(self.reliefs):
            self.group.addItem(group_choice(latest, count))
            self.group_keys.append(key)
        self.group.setCurrentIndex(max(0, self._group_index(chosen)))
        self.group.blockSignals(False)
        several = self.group.count() > 1
        self.group.setVisible(several)
        self.group_caption.setVisible(several)

    def _group_index(self, key: GroupKey | None) -> int:
        return self.group_keys.index(key) if key in self.group_keys else -1

    def _chosen_course(self) -> CourseRelief | None:
        return next((relief for relief in self.reliefs if relief.course == self.highlight), None)

    def _on_course_chosen(self) -> None:
        relief = self._chosen_course()
        if relief is not None and self.chosen_group != group_key(relief):
            self.group.blockSignals(True)
            self.group.setCurrentIndex(max(0, self._group_index(group_key(relief))))
            self.group.blockSignals(False)
        self.changed.emit()

    def _on_group_chosen(self) -> None:
        relief = self._chosen_course()
        if relief is not None and group_key(relief) != self.chosen_group:
            self.course.blockSignals(True)
            self.course.setCurrentIndex(0)
            self.course.blockSignals(False)
        self.changed.emit()
