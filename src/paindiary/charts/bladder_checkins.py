"""Bladder check-ins on the side-effects chart: one more row, a mark in each course's column.

A check-in belongs to the column of the latest course that started before it (the course whose
weeks it describes); one before every shown course has no column. A filled diamond marks a
column with a check-in where a symptom was ticked, an open one a column whose check-ins had none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.text import Text

from paindiary.analysis.results import CourseRelief
from paindiary.charts import style
from paindiary.charts.common import course_title
from paindiary.clinic_records import Checkin
from paindiary.i18n import _


def count_mark(axes: Axes, count: int, at: tuple[float, float], colour: str) -> Text:
    """ "×3" just right of a mark: how many times it was recorded (side effects, check-ins)."""
    return axes.annotate(
        f"×{count}",
        at,
        xytext=(7, -1),
        textcoords="offset points",
        va="center",
        fontsize=style.SIZE_SMALL - 0.5,
        color=colour,
    )


CHECKIN_MARK: dict[str, Any] = {"marker": "D", "markersize": 7.0, "linestyle": "none", "markeredgewidth": 1.0}


def checkin_columns(courses: Sequence[CourseRelief], checkins: Sequence[Checkin]) -> dict[int, list[Checkin]]:
    """Column index (position in `courses`) → its check-ins, oldest first."""
    columns: dict[int, list[Checkin]] = {}
    for checkin in sorted(checkins, key=lambda item: item.at):
        started = [column for column, relief in enumerate(courses) if relief.start <= checkin.at]
        if started:
            columns.setdefault(started[-1], []).append(checkin)
    return columns


def symptoms_words(checkin: Checkin) -> str:
    ticked = [
        words
        for flag, words in (
            (checkin.more_often, _("more often")),
            (checkin.urgency, _("urgency")),
            (checkin.pain, _("pain")),
            (checkin.blood, _("blood in urine")),
        )
        if flag
    ]
    return ", ".join(ticked) if ticked else _("nothing ticked")


def column_description(relief: CourseRelief, checkins: Sequence[Checkin]) -> str:
    listed = "; ".join(
        f"{style.format_date(checkin.at.date())}: {symptoms_words(checkin)}" for checkin in checkins
    )
    return _("{course}: bladder check-ins: {listed}").format(course=course_title(relief), listed=listed)


def row_label() -> str:
    """The row's name and a key to its two marks."""
    return _("Bladder check-in") + "\n" + _("◆ symptom ticked  ◇ none")


class BladderRow:
    """The check-in row of one side-effects chart."""

    def __init__(self, axes: Axes, theme: style.Theme) -> None:
        self.axes = axes
        self.theme = theme
        (self.with_symptoms,) = axes.plot([], [], color=theme.foreground, **CHECKIN_MARK)
        (self.without,) = axes.plot([], [], color=theme.foreground, markerfacecolor="none", **CHECKIN_MARK)
        self.counts: list[Text] = []

    def update(
        self, courses: Sequence[CourseRelief], columns: dict[int, list[Checkin]], row: int
    ) -> tuple[list[float], list[float], list[str]]:
        """Draw the row; the hover points and their texts."""
        for text in self.counts:
            text.remove()
        self.counts = []
        filled: list[int] = []
        empty: list[int] = []
        texts = []
        for column, checkins in sorted(columns.items()):
            with_symptoms = [checkin for checkin in checkins if checkin.any_symptom]
            (filled if with_symptoms else empty).append(column)
            if len(with_symptoms) > 1:
                self.counts.append(
                    count_mark(self.axes, len(with_symptoms), (column, row), self.theme.foreground)
                )
            texts.append(column_description(courses[column], checkins))
        self.with_symptoms.set_data(filled, [row] * len(filled))
        self.without.set_data(empty, [row] * len(empty))
        xs = [float(column) for column in sorted(columns)]
        return xs, [float(row)] * len(xs), texts
