"""The report's choices as widgets: which sections, whether notes go in (off: notes are private),
the report's language and the paper. Shared by the report dialog and the Appointment page."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from paindiary.appointment.inputs import ALL_SECTIONS, ReportChoices, Section
from paindiary.formats.report import PAPERS, default_paper

CONTROL_HEIGHT = 40


class ReportChoicesBox(QGroupBox):
    """Sections, notes, language and paper; `choices()` reads them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What goes in"))
        names = {
            Section.GLANCE: self.tr("At a glance"),
            Section.NOTICED: self.tr("Noticed in your diary"),
            Section.COURSES: self.tr("Courses"),
            Section.QUESTIONS: self.tr("My questions"),
            Section.MEDICINES: self.tr("Medicines"),
            Section.VITALS: self.tr("Blood pressure and heart rate"),
            Section.CHARTS: self.tr("Charts"),
            Section.METHOD: self.tr("How the numbers are worked out"),
        }
        self.sections: dict[Section, QCheckBox] = {}
        layout = QVBoxLayout(self)
        for section in ALL_SECTIONS:
            box = QCheckBox(names[section], self)
            box.setChecked(True)
            box.setAccessibleName(names[section])
            self.sections[section] = box
            layout.addWidget(box)
        self.include_notes = QCheckBox(
            self.tr("Include my notes (only those near a course or marked for my clinician)"), self
        )
        self.include_notes.setChecked(False)  # a patient's notes are private unless chosen
        self.include_notes.setAccessibleName(self.tr("Include my notes"))
        layout.addWidget(self.include_notes)
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the report"))
        for key, text in (("", self.tr("The app's language")), ("en", "English"), ("de", "Deutsch"),
                          ("es", "Español")):  # fmt: skip
            self.language.addItem(text, key)
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        for key, text in zip(PAPERS, (self.tr("A4"), self.tr("US Letter")), strict=True):
            self.paper.addItem(text, key)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        for combo in (self.language, self.paper):
            combo.setMinimumHeight(CONTROL_HEIGHT)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        layout.addLayout(form)

    def choices(self) -> ReportChoices:
        return ReportChoices(
            sections=tuple(section for section, box in self.sections.items() if box.isChecked()),
            include_notes=self.include_notes.isChecked(),
            language=str(self.language.currentData()),
        )

    def paper_key(self) -> str:
        return str(self.paper.currentData())
