"""The Backups dialog: list (date, size, health), back up now, restore, extra folder;
and the automatic backups (start, every 30 minutes while editing, exit).

    dialog = BackupsDialog(db, parent=main_window)
    dialog.restored.connect(main_window.reload)   # the dossier was replaced: reload views
    dialog.exec()

    auto = AutoBackup(db, parent=main_window)      # backs up at start, then every 30 min
    app.aboutToQuit.connect(auto.at_exit)          # and at exit, when the data changed
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.backup import backups
from desktop.db.session import Database
from desktop.errors import DossierError
from desktop.ui.worker import run_in_background

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def error_text(exc: BaseException, lang: str | None = None) -> str:
    """The error in the UI language (QLocale's default follows it), else in ``lang``."""
    if isinstance(exc, DossierError):
        if lang is None:
            lang = "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
        return exc.message(lang)
    return QCoreApplication.translate(
        "BackupsDialog", "Something went wrong that is not your fault ({0}).").format(
        type(exc).__name__)


def _human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


# --------------------------------------------------------------------- model
class BackupsModel(QAbstractTableModel):
    """The backups, newest first: when, size, health, why, folder."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[backups.BackupInfo] = []

    def set_backups(self, rows: list[backups.BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda b: b.when, reverse=True)
        self.endResetModel()

    def backup_at(self, row: int) -> backups.BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Size"), self.tr("Health"), self.tr("Made"),
                    self.tr("Folder"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self._rows[index.row()]
        col = index.column()
        if role == RecordRole:
            return b
        if role == SortRole:
            return (b.when, b.size, b.healthy is True, b.reason, str(b.path.parent))[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return b.when.strftime("%Y-%m-%d %H:%M")
            if col == 1:
                return _human_size(b.size)
            if col == 2:
                return {True: self.tr("healthy"), False: self.tr("DAMAGED"),
                        None: self.tr("checking…")}[b.healthy]
            if col == 3:
                return self._reason(b.reason)
            return str(b.path.parent)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        return None

    def _reason(self, reason: str) -> str:
        base = "pre-upgrade" if reason.startswith("pre-upgrade") else reason.rstrip("0123456789")
        return {
            "manual": self.tr("by hand"), "auto": self.tr("automatic"),
            "start": self.tr("at start"), "exit": self.tr("at exit"),
            "pre-restore": self.tr("before a restore"), "pre-upgrade": self.tr("before an upgrade"),
        }.get(base, reason)


# -------------------------------------------------------------------- dialog
class BackupsDialog(QDialog):
    """Lists the backups and makes, restores and places them. Work runs off the GUI thread."""

    restored = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert db.path is not None
        self.db = db
        self.data_dir = db.path.parent
        self.setWindowTitle(self.tr("Backups"))
        self.resize(820, 420)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel(self.tr(
            "Dossier backs up your data when it starts and exits and every 30 minutes while "
            "you edit. Each backup is checked after it is written. Old backups are thinned out: "
            "12 daily, 10 weekly and 9 monthly ones are kept."), self)
        self.intro.setWordWrap(True)
        self.extra_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore selected…"), self)
        self.folder_button = QPushButton(self.tr("Extra backup folder…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.choose_extra_folder)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.extra_label)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.busy = False
        self.refresh()

    # -- listing
    def refresh(self) -> None:
        extra = backups.extra_folder(self.data_dir)
        self.extra_label.setText(
            self.tr("Extra backup folder: {0}").format(extra) if extra
            else self.tr("No extra backup folder (a USB stick or network drive keeps a copy "
                         "off this computer)."))
        folders = backups.all_folders(self.data_dir)
        self.model.set_backups([b for f in folders for b in backups.list_backups(f)])
        key = self.db.key
        self._start(lambda: [b for f in folders for b in backups.list_backups(f, key, check=True)],
                    self._listed, busy_text=None)

    def _listed(self, rows: list[backups.BackupInfo]) -> None:
        self.model.set_backups(rows)
        if not rows:
            self.status.setText(self.tr("There are no backups yet."))

    # -- actions
    def back_up_now(self) -> None:
        db = self.db
        self._start(lambda: backups.backup_database(db, reason="manual"), self._backed_up,
                    busy_text=self.tr("Backing up…"))

    def _backed_up(self, made: list[Path]) -> None:
        self.status.setText(self.tr("Backed up and checked: {0}").format(
            ", ".join(str(p) for p in made)))
        self.refresh()

    def selected_backup(self) -> backups.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            self.status.setText(self.tr("Select the backup to restore first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the current dossier with the backup of {0}? The current dossier "
                    "is backed up first, so this can be undone.").format(
                chosen.when.strftime("%Y-%m-%d %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, data_dir, key = self.db, self.data_dir, self.db.key
        db.engine.dispose()  # no connection may stay open on the file being replaced

        def work() -> Path | None:
            return backups.restore(data_dir, chosen.path, key)

        self._start(work, self._restored, busy_text=self.tr("Restoring…"), reopen=True)

    def _restored(self, _safety: Path | None) -> None:
        self.db.reopen()
        self.status.setText(self.tr("The dossier was restored; the previous state was backed "
                                    "up first."))
        self.restored.emit()
        self.refresh()

    def choose_extra_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Extra backup folder"))
        if folder:
            self.set_extra_folder(Path(folder))

    def set_extra_folder(self, folder: Path | None) -> None:
        backups.set_extra_folder(self.data_dir, folder)
        self.refresh()

    # -- plumbing
    def _start(self, fn: Callable[[], Any], done: Callable[[Any], None],
               busy_text: str | None, reopen: bool = False) -> None:
        if busy_text:
            self.status.setText(busy_text)
            for button in (self.backup_button, self.restore_button, self.folder_button):
                button.setEnabled(False)
            self.busy = True

        def finish(result: Any) -> None:
            self._idle()
            done(result)

        def fail(exc: Any) -> None:
            self._idle()
            if reopen:  # a failed restore changed nothing: carry on with the same file
                with contextlib.suppress(DossierError):
                    self.db.reopen()
            self.status.setText(error_text(exc))

        run_in_background(fn, finish, fail)

    def _idle(self) -> None:
        self.busy = False
        for button in (self.backup_button, self.restore_button, self.folder_button):
            button.setEnabled(True)


# ---------------------------------------------------------------- automatic
class AutoBackup(QObject):
    """Backs up at start, every 30 minutes (when something changed) and at exit."""

    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None,
                 interval_ms: int = int(backups.AUTO_INTERVAL.total_seconds() * 1000), *,
                 at_start: bool = True) -> None:
        super().__init__(parent)
        self.db = db
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.run("auto"))
        self.timer.start()
        if at_start:  # else the owner calls run("start") (desktop.ui.integrity_guard)
            QTimer.singleShot(0, lambda: self.run("start"))

    def run(self, reason: str) -> None:
        if self.db.key is None and self.db.path is not None:
            from desktop.db.session import is_encrypted

            if is_encrypted(self.db.path.parent):
                return  # locked: no key, no backup until unlocked
        db = self.db
        run_in_background(lambda: backups.auto_backup(db, reason), lambda _made: None,
                          lambda exc: self.failed.emit(error_text(exc)))

    def at_exit(self) -> None:
        """Connect to QApplication.aboutToQuit: a last backup, on this thread (the app ends)."""
        self.timer.stop()
        try:
            backups.auto_backup(self.db, "exit")
        except DossierError as exc:
            self.failed.emit(exc.en)
