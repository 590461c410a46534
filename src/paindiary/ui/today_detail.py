"""Today's optional questions: worst pain, the two PEG interference items, sleep and mood,
where it hurts, and whether the note may go to the clinician."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from paindiary.ui.widgets import ChipBox, OptionalScore

QUESTION_GAP_PX = 10
DEFAULT_LOCATIONS = ("head", "neck", "shoulders", "arms", "hands", "chest", "back", "hips", "legs", "feet")


class TodayDetail(QWidget):
    """The optional questions: worst pain, the two PEG interference items, where it hurts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worst = OptionalScore(self.tr("Worst pain today, 0 to 10"), self)
        self.enjoyment = OptionalScore(self.tr("Interference with enjoyment of life, 0 to 10"), self)
        self.activity = OptionalScore(self.tr("Interference with general activity, 0 to 10"), self)
        self.sleep = OptionalScore(self.tr("Interference with sleep last night, 0 to 10"), self)
        self.mood = OptionalScore(self.tr("Mood today, 0 to 10"), self)
        self.locations = ChipBox(DEFAULT_LOCATIONS, self)
        self.for_clinician = QCheckBox(
            self.tr("My clinician may read today's note in the appointment report"), self
        )
        self.for_clinician.setAccessibleName(self.for_clinician.text())
        hint = QLabel(self.tr("Answer what you like. Click a chosen number again to leave it out."), self)
        hint.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(hint)
        # Each question stands above its row of numbers, so the row has the page's whole width,
        # with more space before the next question than between a question and its answers.
        self._ask(self.tr("Worst pain today (0–10):"), self.worst)
        self._ask(
            self.tr(
                "How much did pain interfere with your enjoyment of life?\n"
                "(0 = does not interfere, 10 = completely interferes)"
            ),
            self.enjoyment,
        )
        self._ask(
            self.tr(
                "How much did pain interfere with your general activity?\n"
                "(0 = does not interfere, 10 = completely interferes)"
            ),
            self.activity,
        )
        self._ask(
            self.tr(
                "How much did pain interfere with your sleep last night?\n"
                "(0 = does not interfere, 10 = completely interferes)"
            ),
            self.sleep,
        )
        self._ask(self.tr("Your mood today?\n(0 = very low, 10 = very good)"), self.mood)
        self._ask(self.tr("Where does it hurt?"), self.locations)
        self._layout.addWidget(self.for_clinician)

    def _ask(self, question: str, answer: QWidget) -> None:
        self._layout.addSpacing(QUESTION_GAP_PX)
        label = QLabel(question, self)
        label.setWordWrap(True)
        label.setBuddy(answer)
        self._layout.addWidget(label)
        self._layout.addWidget(answer)

    def chain_focus(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from `before` through these questions to `after`, as they appear."""
        chain = [before]
        for answer in (self.worst, self.enjoyment, self.activity, self.sleep, self.mood):
            chain += answer.focus_chain()
        chain += [*self.locations.focus_chain(), self.for_clinician, after]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def clear(self) -> None:
        for item in (self.worst, self.enjoyment, self.activity, self.sleep, self.mood):
            item.set_score(None)
        self.locations.clear()
        self.for_clinician.setChecked(False)
