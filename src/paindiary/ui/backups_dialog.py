"""File ▸ Backups: see the diary's backups, verify one, restore one, open their folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from paindiary import paths
from paindiary.clock import Clock, local_now
from paindiary.store import DiaryError, backup
from paindiary.ui.adapter import DiaryAdapter
from paindiary.ui.features import FeatureHost, open_window_modal

PRIMARY_HEIGHT = 40
COLUMNS = ("made", "reason", "size", "entries", "sessions", "check")


def reason_label(reason: str) -> str:
    """Why a backup was made, in words."""
    labels = {
        backup.DAILY: QCoreApplication.translate("BackupsDialog", "Daily"),
        backup.MIGRATION: QCoreApplication.translate("BackupsDialog", "Before an upgrade"),
        backup.IMPORT: QCoreApplication.translate("BackupsDialog", "Before an import"),
        backup.RESTORE: QCoreApplication.translate("BackupsDialog", "Before a restore"),
        backup.ERASE: QCoreApplication.translate("BackupsDialog", "Before deleting all data"),
        backup.MANUAL: QCoreApplication.translate("BackupsDialog", "Made by you"),
    }
    return labels.get(reason, reason)


class BackupsDialog(QDialog):
    """Lists the backups of the adapter's diary; restoring one replaces the diary (backed up first)."""

    def __init__(
        self, adapter: DiaryAdapter, parent: QWidget | None = None, *, clock: Clock = local_now
    ) -> None:
        super().__init__(parent)
        self._adapter = adapter
        self._clock = clock
        self._backups: list[backup.BackupFile] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 420)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Why"),
                self.tr("Size"),
                self.tr("Entries"),
                self.tr("Sessions"),
                self.tr("Check"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Backups of your diary"))
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.back_up_button = self._button(self.tr("Back up now"), self.tr("Make a backup of your diary now"))
        self.verify_button = self._button(
            self.tr("Verify"), self.tr("Check that the selected backup is intact")
        )
        self.restore_button = self._button(
            self.tr("Restore…"),
            self.tr("Replace your diary with the selected backup (your diary is backed up first)"),
        )
        self.folder_button = self._button(
            self.tr("Open folder"), self.tr("Show the folder that holds the backups in your file manager")
        )
        self.back_up_button.clicked.connect(self.back_up_now)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        closer = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        closer.rejected.connect(self.reject)
        closer.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        actions = QHBoxLayout()
        for button in (self.back_up_button, self.verify_button, self.restore_button, self.folder_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(closer)
        self.reload()

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setMinimumHeight(PRIMARY_HEIGHT)
        return button

    @property
    def db_path(self) -> Path:
        return self._adapter.path

    # ------------------------------------------------------------ listing

    def reload(self) -> None:
        """Read the backup folder again (names and counts; Verify runs the full check)."""
        folder = backup.backup_folder(self.db_path)
        self.intro.setText(
            self.tr(
                "paindiary backs up your diary once a day, and before every upgrade, import and restore. "
                "It keeps the last 7 days, 4 weeks and 12 months, and every backup you make yourself, in:\n"
                "{folder}"
            ).format(folder=folder)
        )
        self._backups = backup.list_backups(self.db_path)
        self.table.setRowCount(len(self._backups))
        locale = QLocale()
        for row, found in enumerate(self._backups):
            try:
                counts = backup.peek_counts(found.path)
                entries, sessions, check = str(counts.entries), str(counts.sessions), ""
            except backup.BackupError:
                entries, sessions, check = "?", "?", self.tr("Unreadable")
            cells = (
                found.made.strftime("%Y-%m-%d %H:%M"),
                reason_label(found.reason),
                locale.formattedDataSize(found.size),
                entries,
                sessions,
                check,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_backup(self) -> backup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._backups):
            return None
        return self._backups[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected_backup() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def _row_of(self, chosen: backup.BackupFile) -> int:
        return next(row for row, found in enumerate(self._backups) if found.path == chosen.path)

    # ------------------------------------------------------------ actions

    def back_up_now(self) -> None:
        try:
            made = backup.backup_before(self.db_path, backup.MANUAL, self._clock)
        except (backup.BackupError, OSError) as error:
            self._say_failed(self.tr("The backup could not be made."), error)
            return
        self.reload()
        if made is not None:
            self.status.setText(self.tr("Backup made: {name}").format(name=made.name))

    def verify_selected(self) -> backup.BackupCounts | None:
        chosen = self.selected_backup()
        if chosen is None:
            return None
        row = self._row_of(chosen)
        try:
            counts = backup.verify_backup(chosen.path)
        except backup.BackupError as error:
            self.table.setItem(
                row, 5, QTableWidgetItem(self.tr("Damaged") if error.damaged else self.tr("Unusable"))
            )
            self.status.setText(str(error))
            return None
        self.table.setItem(row, 5, QTableWidgetItem(self.tr("Intact")))
        self.status.setText(
            self.tr("The backup from {made} is intact: {entries}, {sessions}.").format(
                made=chosen.made.strftime("%Y-%m-%d %H:%M"),
                entries=self.tr("%n entries", "", counts.entries),
                sessions=self.tr("%n sessions", "", counts.sessions),
            )
        )
        return counts

    def restore_selected(self) -> bool:
        """Ask, then restore the selected backup over the diary; True when the diary was replaced."""
        chosen = self.selected_backup()
        if chosen is None:
            return False
        counts = self.verify_selected()
        if counts is None:
            QMessageBox.warning(self, self.tr("Cannot restore"), self.status.text())
            return False
        question = self.tr(
            "Replace your diary ({current} entries) with the backup from {made} ({entries} entries, "
            "{sessions} sessions)?\n\nYour diary as it is now is backed up first, so you can come back to it."
        ).format(
            current=self._adapter.reader.entry_count(),
            made=chosen.made.strftime("%Y-%m-%d %H:%M"),
            entries=counts.entries,
            sessions=counts.sessions,
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"), question, buttons, QMessageBox.StandardButton.No
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = self._adapter.restore_backup(chosen.path, self._clock)
        except (DiaryError, OSError) as error:
            self._say_failed(self.tr("The backup could not be restored."), error)
            return False
        self.reload()
        kept = result.previous or result.set_aside
        message = self.tr("Restored the backup from {made}.").format(
            made=chosen.made.strftime("%Y-%m-%d %H:%M")
        )
        if kept is not None:
            message += " " + self.tr("Your diary as it was is kept as {name}.").format(name=kept.name)
        self.status.setText(message)
        return True

    def open_folder(self) -> None:
        folder = paths.ensure_private_dir(backup.backup_folder(self.db_path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _say_failed(self, headline: str, error: BaseException) -> None:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.status.setText(f"{headline} {reason}")
        QMessageBox.critical(self, self.tr("Backups"), f"{headline}\n\n{reason}")


def install(host: FeatureHost) -> None:
    """Add File ▸ Backups… to the main window."""
    parent = host.main_window()
    action = QAction(QCoreApplication.translate("BackupsDialog", "&Backups…"), parent)
    action.setStatusTip(
        QCoreApplication.translate("BackupsDialog", "See, verify and restore backups of your diary")
    )
    action.triggered.connect(lambda: open_window_modal(BackupsDialog(host.adapter, parent, clock=host.clock)))
    host.menu("file").addAction(action)
