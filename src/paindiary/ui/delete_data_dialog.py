"""File ▸ Delete all my data: export first if wanted, type DELETE, then every record is scrubbed.

The diary file keeps its schema and is cleaned with secure_delete and VACUUM, so none of the
old text stays in it. Backups are separate files: by default one more is made just before (so
that even this can be undone) and the dialog says where they are; ticking the box deletes
them all instead, with the damaged diaries once set aside. Temporary copies a killed backup
or restore left behind are always removed, and the result names every copy still there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from paindiary.clock import Clock, local_now
from paindiary.domain import ValidationError
from paindiary.store import DiaryError, backup
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import FeatureHost, open_window_modal

CONFIRMATION_WORD = "DELETE"
PRIMARY_HEIGHT = 40


class DeleteDataDialog(QDialog):
    """Erases the adapter's diary after an offered export and a typed confirmation."""

    def __init__(
        self, adapter: DiaryAdapter, parent: QWidget | None = None, *, clock: Clock = local_now
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._clock = clock
        self.erased = False
        self.setWindowTitle(self.tr("Delete all my data"))
        folder = backup.backup_folder(adapter.path)

        explanation = QLabel(
            self.tr(
                "This deletes every pain entry, treatment session, side effect and setting from your diary "
                "on this computer ({entries} entries, {sessions} sessions). The diary file is cleaned so "
                "that none of it can be read back from it."
            ).format(entries=adapter.reader.entry_count(), sessions=adapter.reader.session_count()),
            self,
        )
        explanation.setWordWrap(True)

        self.export_button = QPushButton(self.tr("Export a copy first…"), self)
        self.export_button.setAccessibleName(self.tr("Export a copy first"))
        self.export_button.setToolTip(self.tr("Save the whole diary to a file you choose before deleting it"))
        self.export_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.export_button.clicked.connect(self.export_first)
        self.export_status = QLabel(self)
        self.export_status.setWordWrap(True)

        prompt = QLabel(self.tr("To confirm, type {word}:").format(word=CONFIRMATION_WORD), self)
        self.confirmation = QLineEdit(self)
        self.confirmation.setAccessibleName(self.tr("Type {word} to confirm").format(word=CONFIRMATION_WORD))
        self.confirmation.setPlaceholderText(CONFIRMATION_WORD)
        self.confirmation.textChanged.connect(self._update_delete_button)
        prompt.setBuddy(self.confirmation)

        self.also_backups = QCheckBox(
            self.tr(
                "Also delete all backups of the diary, in {folder}, and any damaged copy set aside "
                "beside the diary"
            ).format(folder=folder),
            self,
        )
        self.also_backups.setAccessibleName(self.tr("Also delete all backups"))
        self.also_backups.setToolTip(
            self.tr("Unticked, the backups stay, and one more is made just before, so this can be undone.")
        )

        self.delete_button = QPushButton(self.tr("Delete everything"), self)
        self.delete_button.setAccessibleName(self.tr("Delete everything"))
        self.delete_button.setToolTip(self.tr("Delete all records from the diary now"))
        self.delete_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.delete_everything)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setMinimumHeight(PRIMARY_HEIGHT)
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)

        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.export_button)
        layout.addWidget(self.export_status)
        layout.addWidget(prompt)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.also_backups)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)
        self.setTabOrder(self.export_button, self.confirmation)
        self.setTabOrder(self.confirmation, self.also_backups)
        self.setTabOrder(self.also_backups, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.delete_button)

    def _update_delete_button(self) -> None:
        self.delete_button.setEnabled(
            not self.erased and self.confirmation.text().strip() == CONFIRMATION_WORD
        )

    def export_first(self) -> Path | None:
        """Ask where to save the whole diary, and save it there; the file chosen, or None."""
        suggested = Path.home() / f"paindiary-{self._clock():%Y-%m-%d}.json"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export your diary"), str(suggested), self.tr("paindiary JSON document (*.json)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".json")
        try:
            written = self._adapter.export(target)
        except (ValidationError, DiaryError) as error:
            self.export_status.setText(self.tr("Not exported: {reason}").format(reason=str(error)))
            return None
        self.export_status.setText(self.tr("Exported {what} to {path}.").format(what=written, path=target))
        return target

    def delete_everything(self) -> bool:
        """Erase the diary (after a backup unless all backups go too); True when it was erased."""
        if self.confirmation.text().strip() != CONFIRMATION_WORD or self.erased:
            return False
        folder = backup.backup_folder(self._adapter.path)
        everything = self.also_backups.isChecked()
        try:
            copies = self._adapter.erase_all(with_backups=everything, clock=self._clock)
        except (DiaryError, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.result_label.setText(self.tr("Nothing was deleted: {reason}").format(reason=reason))
            return False
        self.erased = True
        if everything:
            backups = sum(1 for path in copies.removed if path.parent == folder and path.suffix == ".sqlite3")
            text = self.tr(
                "All your records were deleted, and {count} backups with them. Files you exported "
                "yourself were not touched."
            ).format(count=backups)
            others = [path.name for path in copies.removed if path.parent != folder]
            if others:
                text += "\n" + self.tr("Other copies of the diary removed: {names}").format(
                    names=", ".join(others)
                )
        else:
            text = self.tr(
                "All your records were deleted. Backups of your diary, including one made just before, "
                "are still kept in:\n{folder}\nDelete that folder to remove every copy; File ▸ Backups can "
                "restore one."
            ).format(folder=folder)
        # Without the box ticked the backups' folder was named above; anything else left is named here.
        still_there = [path for path in copies.left if everything or path.parent != folder]
        if still_there:
            text += "\n" + self.tr("These copies of the diary are still there: {paths}").format(
                paths=", ".join(str(path) for path in still_there)
            )
        self.result_label.setText(text)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self._update_delete_button()
        return True


def install(host: FeatureHost) -> None:
    """Add File ▸ Delete all my data… to the main window."""
    parent = host.main_window()
    action = QAction(QCoreApplication.translate("DeleteDataDialog", "&Delete all my data…"), parent)
    action.setStatusTip(
        QCoreApplication.translate(
            "DeleteDataDialog", "Delete every record from this diary, after an optional export"
        )
    )
    action.triggered.connect(
        lambda: open_window_modal(DeleteDataDialog(host.adapter, parent, clock=host.clock))
    )
    file_menu = host.menu("file")
    file_menu.addSeparator()
    file_menu.addAction(action)
