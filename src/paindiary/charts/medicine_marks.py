"""What medicines add to the timeline: a strip with the as-needed doses of each day along the
top, and the other treatments (physiotherapy, a nerve block…) as bars along the bottom, so the
diary does not credit a course with what another treatment did."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.lines import Line2D
from matplotlib.text import Text

from paindiary.charts import style
from paindiary.i18n import _, _n
from paindiary.medicine_records import CoTreatment, Intake

DOSES_Y = 11.55  # above the session marks and their dose labels
CO_TREATMENT_Y = -1.15  # below the side-effect marks
DOSE_MARK_PT = 3.0  # marker size for one dose a day; each further dose adds as much again


def doses_per_day(intakes: Sequence[Intake], first: date | None, last: date | None) -> Counter[date]:
    """How many as-needed doses each date in first…last holds."""
    return Counter(
        intake.at.date()
        for intake in intakes
        if (first is None or intake.at.date() >= first) and (last is None or intake.at.date() <= last)
    )


def co_treatment_label(kind: str) -> str:
    words = {
        "physiotherapy": _("Physiotherapy"),
        "psychological-therapy": _("Psychological therapy"),
        "exercise": _("Exercise programme"),
        "nerve-block": _("Nerve block"),
        "new-medicine": _("New medicine"),
        "other": _("Other treatment"),
    }
    return words.get(kind, kind)


class MedicineMarks:
    """The dose strip and the co-treatment bars of one timeline."""

    def __init__(self, axes: Axes, theme: style.Theme) -> None:
        self.axes = axes
        self.theme = theme
        (self.doses,) = axes.plot(
            [], [], linestyle="none", marker="v", color=style.PURPLE, markersize=DOSE_MARK_PT
        )
        self.bars = LineCollection([], colors=[style.GREEN], linewidths=4.0, alpha=0.8)
        axes.add_collection(self.bars, autolim=False)
        self.labels: list[Text] = []
        self.days: list[date] = []
        self.counts: list[int] = []

    def legend_entries(self) -> tuple[list[Artist], list[str]]:
        handles: list[Artist] = []
        labels: list[str] = []
        if self.days:
            handles.append(self.doses)
            labels.append(_("As-needed medicine taken (▼ per day)"))
        if self.labels:
            handles.append(Line2D([], [], color=style.GREEN, linewidth=4.0))
            labels.append(_("Other treatment"))
        return handles, labels

    def update(
        self,
        intakes: Sequence[Intake],
        co_treatments: Sequence[CoTreatment],
        first: date | None,
        last: date | None,
    ) -> None:
        counted = doses_per_day(intakes, first, last)
        self.days = sorted(counted)
        self.counts = [counted[day] for day in self.days]
        x: npt.NDArray[np.float64] = np.asarray(style.date_numbers(self.days), dtype=np.float64) + 0.5
        self.doses.set_data(x if self.days else [], [DOSES_Y] * len(self.days))
        for label in self.labels:
            label.remove()
        self.labels = []
        segments = []
        for treatment in co_treatments:
            end = treatment.end or (last or treatment.start)
            if (last is not None and treatment.start > last) or (first is not None and end < first):
                continue
            start_x = style.moment_number(max(treatment.start, first) if first else treatment.start)
            end_x = style.moment_number(end + timedelta(days=1))
            segments.append([(start_x, CO_TREATMENT_Y), (end_x, CO_TREATMENT_Y)])
            label = self.axes.text(
                start_x,
                CO_TREATMENT_Y + 0.18,
                co_treatment_label(treatment.kind.value),
                fontsize=style.SIZE_SMALL - 0.5,
                color=self.theme.foreground,
                va="bottom",
                clip_on=True,
            )
            label.set_in_layout(False)
            self.labels.append(label)
        self.bars.set_segments(segments)

    def dose_description(self, index: int) -> str:
        return _n(
            "{date}: {count} as-needed dose", "{date}: {count} as-needed doses", self.counts[index]
        ).format(date=style.format_date(self.days[index]), count=self.counts[index])
