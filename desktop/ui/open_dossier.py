"""Opening the dossier at app start, with the durability checks, and attaching the
lock and automatic backups to the main window. The main window calls:

    db = open_dossier_interactively(args.data_dir)      # None: the user chose to quit
    if db is None: return 0
    window = MainWindow(db)
    locker, auto = attach_to_window(window, db)
    locker.unlocked.connect(window.reload)               # reload models after unlock
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.backup.startup import startup_check
from desktop.db.session import Database, is_encrypted, open_database, resolve_data_dir, resolve_key
from desktop.errors import DossierError
from desktop.ui.backups_dialog import AutoBackup
from desktop.ui.damaged_dialog import DamagedDatabaseDialog
from desktop.ui.lock import DEFAULT_IDLE_MINUTES, Locker, PassphraseDialog, _lang


def _ask_passphrase(folder: Path, parent: QWidget | None) -> str | None:
    def check(key: str) -> None:
        startup_check(folder, key)  # raises PassphraseError when wrong

    dialog = PassphraseDialog(check, parent, offer_remember=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.remember.isChecked():
        from desktop.backup.encryption import remember_key

        try:
            remember_key(folder, dialog.passphrase)
        except DossierError as exc:
            QMessageBox.information(parent, dialog.windowTitle(), exc.message(_lang()))
    return dialog.passphrase


def open_dossier_interactively(
    data_dir: str | os.PathLike[str] | None = None, parent: QWidget | None = None
) -> Database | None:
    """Passphrase if needed, quick integrity check, the damaged-database choice; then open.

    Returns None when the user cancels. A DossierError that remains is shown and None returned.
    """
    folder = resolve_data_dir(data_dir)
    try:
        key = resolve_key(folder)
        if key is None and is_encrypted(folder):
            key = _ask_passphrase(folder, parent)
            if key is None:
                return None
        verdict = startup_check(folder, key)
        readonly = False
        if verdict.state == "damaged":
            dialog = DamagedDatabaseDialog(folder, verdict, key, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            readonly = dialog.choice == "readonly"
        # startup_check has just run quick_check on a healthy file: once is enough (on a
        # dossier of gigabytes each pass takes seconds).
        recheck = not readonly and verdict.state != "ok"
        return open_database(folder, key=key, readonly=readonly, check=recheck)
    except DossierError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("OpenDossier", "Dossier"),
                            exc.message(_lang()))
        return None


def attach_to_window(window: QWidget, db: Database,
                     idle_minutes: float = DEFAULT_IDLE_MINUTES) -> tuple[Locker, AutoBackup]:
    """Idle/Ctrl+L lock and automatic backups (start, every 30 minutes, exit) for ``window``.

    When the window carries the app context (``window.ctx``), the lock follows the idle
    minutes saved in Preferences from then on.
    """
    locker = Locker(db, window, idle_minutes)
    ctx = getattr(window, "ctx", None)
    if ctx is not None and hasattr(ctx, "settings_changed"):
        locker.follow_settings(ctx)
    auto = AutoBackup(db, window)
    app = QApplication.instance()
    if app is not None and not db.readonly:
        app.aboutToQuit.connect(auto.at_exit)
    if db.readonly:
        auto.timer.stop()
    return locker, auto
