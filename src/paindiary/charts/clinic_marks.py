"""What the fuller record adds to the timeline: the daily PEG score as a second line, and the
blood pressure recorded at sessions as plain text under the session marks.

Values are drawn as recorded: no colour or mark grades a reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.text import Text
from matplotlib.transforms import ScaledTranslation

from paindiary.charts import style
from paindiary.clinic_records import Vitals
from paindiary.domain import PainEntry, TreatmentSession
from paindiary.i18n import _

PEG_LINE: dict[str, Any] = {
    "color": style.BLUE,
    "linewidth": 1.2,
    "linestyle": "--",
    "marker": "D",
    "markersize": 2.5,
}
READING_BELOW_PT = 5.0  # blood-pressure labels hang this far below the session marks


@dataclass(frozen=True, slots=True)
class SessionReading:
    """The top blood pressure recorded at one session (by systolic, then diastolic)."""

    session: TreatmentSession
    systolic: int
    diastolic: int

    @property
    def text(self) -> str:
        return f"{self.systolic}/{self.diastolic}"


def daily_peg(entries: Sequence[PainEntry]) -> tuple[list[date], list[float]]:
    """Each date with a PEG score and the mean of its entries' scores, in date order."""
    by_date: dict[date, list[float]] = {}
    for entry in entries:
        score = entry.peg
        if score is not None:
            by_date.setdefault(entry.at.date(), []).append(score)
    days = sorted(by_date)
    return days, [sum(by_date[day]) / len(by_date[day]) for day in days]


def session_readings(sessions: Sequence[TreatmentSession], vitals: Sequence[Vitals]) -> list[SessionReading]:
    """The top blood pressure of each session that has one, in session order."""
    found = []
    for session in sessions:
        values = [
            (reading.systolic, reading.diastolic)
            for reading in vitals
            if reading.session == session.id
            and reading.systolic is not None
            and reading.diastolic is not None
        ]
        if values:
            systolic, diastolic = max(values)
            found.append(SessionReading(session, systolic, diastolic))
    return found


class ClinicMarks:
    """The PEG line and the blood-pressure labels of one timeline."""

    def __init__(self, axes: Axes, theme: style.Theme, session_y: float) -> None:
        self.axes = axes
        self.theme = theme
        self.session_y = session_y
        (self.peg_line,) = axes.plot([], [], **PEG_LINE)
        self.labels: list[Text] = []
        figure = axes.get_figure(root=True)
        assert figure is not None, "the timeline's axes are on a figure"
        self.below = axes.transData + ScaledTranslation(0.0, -READING_BELOW_PT / 72, figure.dpi_scale_trans)
        self.readings: list[SessionReading] = []

    @property
    def shows_peg(self) -> bool:
        return len(self.peg_line.get_xdata()) > 0  # type: ignore[arg-type]

    def legend_entries(self) -> tuple[list[Artist], list[str]]:
        """The PEG line's legend entry while the patient records PEG; the readings explain themselves."""
        if not self.shows_peg:
            return [], []
        return [self.peg_line], [_("PEG: mean of pain, enjoyment, activity")]

    def update(
        self, entries: Sequence[PainEntry], sessions: Sequence[TreatmentSession], vitals: Sequence[Vitals]
    ) -> None:
        self.update_marks(daily_peg(entries), sessions, vitals)

    def update_marks(
        self,
        peg: tuple[list[date], list[float]],
        sessions: Sequence[TreatmentSession],
        vitals: Sequence[Vitals],
    ) -> None:
        """As `update`, with the daily PEG scores worked out already (`daily_peg`)."""
        days, scores = peg
        x: npt.NDArray[np.float64] = np.asarray(style.date_numbers(days), dtype=np.float64) + 0.5
        self.peg_line.set_data(x if days else [], scores)
        for label in self.labels:
            label.remove()
        self.labels = []
        self.readings = session_readings(sessions, vitals)
        for reading in self.readings:
            label = self.axes.text(
                style.moment_number(reading.session.at),
                self.session_y,
                reading.text,
                transform=self.below,
                ha="center",
                va="top",
                fontsize=style.SIZE_SMALL - 0.5,
                color=self.theme.foreground,
                clip_on=True,
            )
            label.set_in_layout(False)
            self.labels.append(label)

    def reading_description(self, index: int) -> str:
        reading = self.readings[index]
        return _("{date}: blood pressure {value} mmHg (top reading at the session)").format(
            date=style.format_date(reading.session.at.date()), value=reading.text
        )
