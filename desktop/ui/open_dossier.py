"""Opening the dossier at app start, with the durability checks, and attaching the
lock and automatic backups to the main window. The app (desktop.ui.app.run_gui) calls:

    opened = open_dossier(args.data_dir)                 # None: the user chose to quit
    window = build_window(ctx, opened=opened)            # the guard runs a deferred check
    locker, auto = attach_to_window(window, db)          # (done by Features)

A big file left as it was by a clean exit is opened without waiting for its quick_check:
the window's IntegrityGuard runs it after the first paint (desktop.backup.startup explains
the clean-exit marker). Any other file is checked before any window, as always.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.backup.integrity import verify_passphrase
from desktop.backup.startup import damaged_read_only, forget_marker, now_iso, startup_check
from desktop.db.session import (
    DB_FILENAME,
    Database,
    is_encrypted,
    open_database,
    resolve_data_dir,
    resolve_key,
)
from desktop.errors import DossierError
from desktop.ui.backups_dialog import AutoBackup
from desktop.ui.lock import DEFAULT_IDLE_MINUTES, Locker, PassphraseDialog, _lang


@dataclass
class OpenedDossier:
    """``check_pending``: the quick check was deferred (IntegrityGuard runs it);
    ``checked_at``: when the file last passed a check (None: never seen healthy)."""

    db: Database
    folder: Path
    key: str | None
    check_pending: bool = False
    checked_at: str | None = None


def _ask_passphrase(folder: Path, parent: QWidget | None) -> str | None:
    def check(key: str) -> None:
        verify_passphrase(folder / DB_FILENAME, key)  # PassphraseError when wrong

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


def open_dossier(
    data_dir: str | os.PathLike[str] | None = None, parent: QWidget | None = None, *,
    defer_check: bool = True,
) -> OpenedDossier | None:
    """Passphrase if needed, quick integrity check (or its deferral, see the module doc), the
    damaged-database choice; then open. None when the user cancels; a DossierError is shown."""
    folder = resolve_data_dir(data_dir)
    try:
        key = resolve_key(folder)
        if key is None and is_encrypted(folder):
            key = _ask_passphrase(folder, parent)
            if key is None:
                return None
        verdict = startup_check(folder, key, trust_clean_exit=defer_check)
        readonly = False
        if verdict.state == "damaged":
            from desktop.ui.damaged_dialog import DamagedDatabaseDialog

            dialog = DamagedDatabaseDialog(folder, verdict, key, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            readonly = dialog.choice == "readonly"
        # startup_check has just run quick_check on a healthy file: once is enough (on a
        # dossier of gigabytes each pass takes seconds).
        recheck = not readonly and verdict.state not in ("ok", "trusted")
        if not readonly:
            forget_marker(folder)  # until a clean exit, nothing vouches for the file
        db = open_database(folder, key=key, readonly=readonly, check=recheck)
        if readonly:
            db.refusal = damaged_read_only(db.path)
        checked_at = now_iso() if recheck else verdict.checked_at
        return OpenedDossier(db, folder, key, verdict.state == "trusted", checked_at)
    except DossierError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("OpenDossier", "Dossier"),
                            exc.message(_lang()))
        return None


def open_dossier_interactively(
    data_dir: str | os.PathLike[str] | None = None, parent: QWidget | None = None
) -> Database | None:
    """``open_dossier`` with the quick check always before the window (no guard needed)."""
    opened = open_dossier(data_dir, parent, defer_check=False)
    return opened.db if opened is not None else None


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
    guard = getattr(window, "integrity", None)  # the window's IntegrityGuard, if any
    # With a guard, the start backup waits until the file is known healthy (after the
    # first paint); without one, it starts with the event loop.
    auto = AutoBackup(db, window, at_start=guard is None)
    if guard is not None:
        guard.attach_backup(auto)
    app = QApplication.instance()
    if app is not None and not db.readonly:
        app.aboutToQuit.connect(auto.at_exit)
    if db.readonly:
        auto.timer.stop()
    return locker, auto
