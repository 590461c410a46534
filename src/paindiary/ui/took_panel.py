"""Today's "I took…": the patient's current as-needed medicines as big buttons (a click, then Save,
logs the usual amount now), and an hour later a gentle, skippable "Did it help?" (0–4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from paindiary.medicine_records import HELPED_MAX, Intake, Medicine
from paindiary.store import DiaryError
from paindiary.ui.adapter import ALL, EXTERNAL
from paindiary.ui.features import FeatureHost, open_window_modal
from paindiary.ui.first_paint import after_first_paint
from paindiary.ui.formatting import number, short_time
from paindiary.ui.medicine_writes import INTAKE, MEDICINE
from paindiary.ui.widgets import MIN_TARGET_PX

ASK_AFTER = timedelta(hours=1)
ASK_UNTIL = timedelta(hours=12)  # a dose of the night before is not asked about the next afternoon
SHOWN_KINDS = (MEDICINE, INTAKE, ALL, EXTERNAL)
SKIPPED_KEY = "helped_skipped"  # ids of doses whose question was skipped (in the prompts' memory)


class TookPanel(QWidget):
    """One button per current as-needed medicine; hidden when there is none."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.main_window())
        self._host = host
        self.label = QLabel(self.tr("I took…"), self)
        self.row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addLayout(self.row)
        self.row.addStretch(1)  # buttons keep their size, on the left

    def on_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        today = self._host.clock().date()
        for medicine in self._host.adapter.reader.medicines():
            if medicine.as_needed and medicine.taken_on(today):
                button = QPushButton(medicine.name, self)
                button.setMinimumHeight(MIN_TARGET_PX)
                button.setAccessibleName(self.tr("I took {name}").format(name=medicine.name))
                button.clicked.connect(lambda _checked=False, chosen=medicine: self.took(chosen))
                button.setMinimumWidth(MIN_TARGET_PX * 3)
                self.row.insertWidget(len(self.buttons), button)
                self.buttons.append(button)
        self.setVisible(bool(self.buttons))

    def took(self, medicine: Medicine) -> QDialog:
        """Open the dose with the usual amount (the last one's) and now; Save logs it."""
        from paindiary.ui.medicine_dialogs import IntakeDialog  # on first use: not at start-up

        doses = [intake for intake in self._host.adapter.reader.intakes() if intake.medicine == medicine.id]
        dialog = IntakeDialog(
            self._host.adapter, self._host.clock, medicine, doses[-1].amount if doses else 1.0, self
        )
        dialog.accepted.connect(lambda: self._saved(medicine, dialog.saved))
        open_window_modal(dialog)
        return dialog

    def _saved(self, medicine: Medicine, saved: Intake | None) -> None:
        if saved is None:
            return
        from paindiary.ui.medicine_commands import AddRecordCommand
        from paindiary.ui.medicine_dialogs import unit_label

        text = QCoreApplication.translate("Undo", "Log a dose of {name}").format(name=medicine.name)
        self._host.undo_stack.push(AddRecordCommand(self._host.adapter, saved, text, self._host.show_status))
        self._host.show_status(
            self.tr("Saved: {amount} {unit} of {name} at {time}. Ctrl+Z undoes it.").format(
                amount=number(saved.amount, 2 if saved.amount % 1 else 0),
                unit=unit_label(medicine.unit),
                name=medicine.name,
                time=short_time(saved.at),
            )
        )


class HelpedPrompt(QFrame):
    """ "Did {medicine} help?" for the latest dose between one and twelve hours old, once."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.main_window())
        self._host = host
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.intake: Intake | None = None
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        answers = QHBoxLayout()
        words = {0: self.tr("0 not at all"), HELPED_MAX: self.tr("4 completely")}
        self.answers: list[QPushButton] = []
        for value in range(HELPED_MAX + 1):
            button = QPushButton(words.get(value, str(value)), self)
            button.setMinimumHeight(MIN_TARGET_PX)
            button.setAccessibleName(self.tr("Helped: {value} of 4").format(value=value))
            button.clicked.connect(lambda _checked=False, chosen=value: self.answer(chosen))
            answers.addWidget(button)
            self.answers.append(button)
        self.skip_button = QPushButton(self.tr("Not now"), self)
        self.skip_button.clicked.connect(self.skip)
        answers.addWidget(self.skip_button)
        answers.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.question)
        column.addLayout(answers)
        self.setVisible(False)

    def on_changed(self, kind: str, _ids: list[str]) -> None:
        if kind in SHOWN_KINDS:
            self.refresh()

    def refresh(self) -> None:
        reader = self._host.adapter.reader
        now = self._host.clock()
        skipped = set(self._host.adapter.prompt_state().get(SKIPPED_KEY, []))
        names = {medicine.id: medicine.name for medicine in reader.medicines() if medicine.as_needed}
        due = [
            intake
            for intake in reader.intakes()
            if intake.medicine in names
            and intake.helped is None
            and str(intake.id) not in skipped
            and ASK_AFTER <= now - intake.at <= ASK_UNTIL
        ]
        self.intake = due[-1] if due else None
        if self.intake is not None:
            self.question.setText(
                self.tr("How much did the {name} at {time} help? (0 = not at all, 4 = completely)").format(
                    name=names[self.intake.medicine], time=short_time(self.intake.at)
                )
            )
        self.setVisible(self.intake is not None)

    def answer(self, value: int) -> None:
        if self.intake is None:
            return
        try:
            self._host.adapter.update_intake(replace(self.intake, helped=value))
        except DiaryError as error:
            self._host.show_status(str(error))
        self.refresh()

    def skip(self) -> None:
        if self.intake is None:
            return
        state = self._host.adapter.prompt_state()
        state[SKIPPED_KEY] = [*state.get(SKIPPED_KEY, []), str(self.intake.id)][-200:]
        try:
            self._host.adapter.set_prompt_state(state)
        except DiaryError as error:
            self._host.show_status(str(error))
        self.refresh()


def install(host: FeatureHost) -> None:
    panel, prompt = TookPanel(host), HelpedPrompt(host)
    host.add_today_panel(prompt, "notices")
    host.add_today_panel(panel, "actions")
    # Bound methods, not lambdas: Qt drops the connection when the panel goes with its window.
    after_first_paint(host.main_window(), panel.refresh)  # they read the diary: after the window appears
    after_first_paint(host.main_window(), prompt.refresh)
    host.adapter.replaced.connect(panel.refresh)
    host.adapter.replaced.connect(prompt.refresh)
    host.adapter.changed.connect(panel.on_changed)
    host.adapter.changed.connect(prompt.on_changed)
    minute = QTimer(prompt)  # the question comes an hour after the dose, with no change to wait for
    minute.timeout.connect(prompt.refresh)
    minute.start(60_000)
