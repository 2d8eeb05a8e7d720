"""The dossier failed its quick check. Never write to it; explain, and offer to restore
the newest healthy backup (or another one), or to open it read-only.

    verdict = startup_check(data_dir, key)           # desktop.backup.startup, off the GUI
    if verdict.state == "damaged":
        dialog = DamagedDatabaseDialog(data_dir, verdict, key)
        if dialog.exec() != QDialog.Accepted: quit
        db = open_database(data_dir, key=key, readonly=dialog.choice == "readonly")

When the check ran in the background with the dossier already open (``db`` given: see
desktop.ui.integrity_guard), its connections are closed before a restore replaces the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import backups
from desktop.backup.startup import StartupVerdict
from desktop.db.session import Database
from desktop.ui.backups_dialog import error_text
from desktop.ui.worker import run_in_background


class DamagedDatabaseDialog(QDialog):
    """``choice`` after accept: "restored" or "readonly"."""

    def __init__(self, data_dir: Path, verdict: StartupVerdict, key: str | None = None,
                 parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self.data_dir, self.verdict, self.key, self.db = data_dir, verdict, key, db
        self.choice = ""
        self.setWindowTitle(self.tr("Your dossier needs attention"))
        self.setMinimumWidth(560)
        text = self.tr(
            "Dossier checked your data file when it started and found that it is damaged "
            "(this can happen after a power cut or a failing disk). To keep what is there safe, "
            "Dossier will not write to it.")
        suggested = verdict.suggested
        if suggested is not None:
            text += "\n\n" + self.tr(
                "The newest healthy backup is from {0}. Restoring it brings back everything "
                "saved up to then; the damaged file is kept aside.").format(
                suggested.when.strftime("%Y-%m-%d %H:%M"))
        else:
            text += "\n\n" + self.tr(
                "No healthy backup was found in the backup folders. You can open the dossier "
                "read-only to look at (and export) what can still be read, or choose a backup "
                "file yourself.")
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this backup"), self)
        self.restore_button.setVisible(suggested is not None)
        self.restore_button.setDefault(suggested is not None)
        self.other_button = QPushButton(self.tr("Choose another backup…"), self)
        self.readonly_button = QPushButton(
            self.tr("Open read-only") if db is None else self.tr("Continue read-only"), self)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.restore_button.clicked.connect(lambda: self.restore(suggested.path if suggested
                                                                 else None))
        self.other_button.clicked.connect(self.choose_backup)
        self.readonly_button.clicked.connect(self.open_readonly)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.other_button, self.readonly_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def choose_backup(self) -> None:
        start = str(backups.backup_folder(self.data_dir))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), start,
                                              self.tr("Dossier backups (*.sqlite3)"))
        if name:
            self.restore(Path(name))

    def restore(self, backup: Path | None) -> None:
        if backup is None:
            return
        self.status.setText(self.tr("Restoring…"))
        self._enable(False)
        data_dir, key = self.data_dir, self.key
        if self.db is not None:
            self.db.engine.dispose()  # no connection may stay open on the file being replaced

        def done(_safety: object) -> None:
            self.choice = "restored"
            self.accept()

        def failed(exc: object) -> None:
            self._enable(True)
            self.status.setText(error_text(exc))  # type: ignore[arg-type]

        run_in_background(lambda: backups.restore(data_dir, backup, key), done, failed)

    def open_readonly(self) -> None:
        self.choice = "readonly"
        self.accept()

    def _enable(self, on: bool) -> None:
        for button in (self.restore_button, self.other_button, self.readonly_button):
            button.setEnabled(on)
