"""The dossier's health while the app runs.

    opened = open_dossier(data_dir)                  # desktop.ui.open_dossier
    window = build_window(ctx, opened=opened)       # makes window.integrity = IntegrityGuard(…)
    … app.exec() …
    window.integrity.stop(); db.close(); window.integrity.clean_exit()

- A big file that a clean exit left unchanged is opened at once (see desktop.backup.startup):
  its quick_check runs here, after the window's first paint, on its own read-only connection.
- If that check finds damage, the dossier stops writing at once (``Database.stop_writing``:
  read-only connections, every save refused with a plain sentence, no more automatic backups),
  and the user gets the same choice as at start: restore the newest healthy backup, or go on
  read-only (or quit).
- ``healthy`` is emitted once the file is known to be healthy (the automatic backup at start
  waits for it: it never copies a file that has not been checked, nor delays the first paint).
- At a clean exit, a file that was seen healthy gets its marker, so the next start is quick.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget

from desktop.backup.backups import all_folders, newest_healthy
from desktop.backup.integrity import CheckResult, run_check
from desktop.backup.startup import StartupVerdict, damaged_read_only, now_iso, write_clean_marker
from desktop.db.session import DB_FILENAME, connect_raw, is_encrypted, open_database
from desktop.errors import DossierError
from desktop.ui.errors import show_error
from desktop.ui.worker import run_in_background


class IntegrityGuard(QObject):
    """``state``: "pending" (check not started), "checking", "ok", "damaged", "unknown"."""

    healthy = Signal()
    damaged = Signal()

    def __init__(self, opened: Any, window: QWidget,
                 reload: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        # Not the passphrase: the lock drops it from the Database; the guard reads db.key.
        self.folder: Path = opened.folder
        self.db = opened.db
        self.window = window
        self.reload = reload
        self.checked_at: str | None = opened.checked_at
        if opened.check_pending:
            self.state = "pending"
        else:
            self.state = "ok" if opened.checked_at and not self.db.readonly else "unknown"
        self.problems: list[str] = []
        self.auto_backup: Any = None
        self._exit_backup = False
        self.dialog: Any = None  # the DamagedDatabaseDialog once damage was found
        self.readonly_label: QLabel | None = None
        self._conn: Any = None
        self._lock = threading.Lock()
        self._stopping = False
        self._result: list[str] | None = None  # the check's answer, even if never delivered

    # ------------------------------------------------------------ checking
    def attach_backup(self, auto: Any) -> None:
        """The automatic backup: its start backup waits for ``healthy``; damage stops it."""
        self.auto_backup = auto
        self._exit_backup = not self.db.readonly  # attach_to_window connects it then
        self.healthy.connect(lambda: auto.run("start"))

    def start(self) -> None:
        """Call after the first paint: the deferred check, or the all-clear at once."""
        if self.state == "ok":
            self.healthy.emit()
        if self.state != "pending":
            return
        if self.db.key is None and is_encrypted(self.folder):
            return  # locked already: checked at the next start (the marker stays as it was)
        self.state = "checking"
        key = self.db.key
        run_in_background(lambda: self._check(key), self._checked, self._failed, context=self)

    def _check(self, key: str | None) -> list[str]:  # on a worker thread
        conn = connect_raw(self.folder / DB_FILENAME, key, readonly=True)
        with self._lock:
            if self._stopping:
                conn.close()
                return []
            self._conn = conn
        try:
            problems = run_check(conn, full=False)
        finally:
            with self._lock:
                self._conn = None
                conn.close()
        with self._lock:
            if not self._stopping:  # an interrupted check found nothing either way
                self._result = problems
        return problems

    def stop(self) -> None:
        """At exit: interrupt a check still running (its result is then ignored)."""
        with self._lock:
            self._stopping = True
            if self._conn is not None:
                self._conn.interrupt()

    def _checked(self, problems: list[str]) -> None:
        if self._stopping:
            return
        if not problems:
            self.state, self.checked_at = "ok", now_iso()
            self.healthy.emit()
            return
        self.found_damage(problems)

    def _failed(self, _exc: BaseException) -> None:
        # Could not even run the check (the file vanished, …): vouch for nothing at exit.
        if not self._stopping:
            self.state = "unknown"

    # -------------------------------------------------------------- damage
    def found_damage(self, problems: list[str]) -> None:
        """Stop writing now; then offer a restore or read-only, as at start."""
        self.state, self.problems = "damaged", problems
        refusal = damaged_read_only(self.db.path)
        try:
            self.db.stop_writing(refusal)
        except DossierError:
            self.db.refusal = refusal  # cannot even reopen it: every save is still refused
        self._backups(False)
        self._show_read_only(True)
        self.damaged.emit()
        folder, key = self.folder, self.db.key
        run_in_background(lambda: newest_healthy(all_folders(folder), key), self._ask,
                          lambda _exc: self._ask(None), context=self)

    def _ask(self, suggested: Any) -> None:
        from desktop.ui.damaged_dialog import DamagedDatabaseDialog

        assert self.db.path is not None
        verdict = StartupVerdict("damaged", CheckResult(self.db.path, False, self.problems),
                                 suggested)
        self.dialog = DamagedDatabaseDialog(self.folder, verdict, self.db.key,
                                            self.window, db=self.db)
        self.dialog.finished.connect(self._chosen)
        self.dialog.open()

    def _chosen(self, result: int) -> None:
        dialog = self.dialog
        assert dialog is not None
        if result != QDialog.DialogCode.Accepted:
            self.window.close()  # "Quit", as at start
            return
        if dialog.choice != "restored":
            return  # read-only: stays so
        try:
            # The restored backup is opened as at start (an older one is upgraded), then
            # the dossier writes again.
            open_database(self.folder, key=self.db.key).close()
            self.db.resume_writing()
        except DossierError as exc:
            show_error(self.window, exc, _lang())
            return
        self.state, self.checked_at = "ok", now_iso()  # the restore checked it in full
        self._result = None  # the damage found was the old file's
        self._backups(True)
        self._show_read_only(False)
        if self.reload is not None:
            self.reload()

    def _backups(self, on: bool) -> None:
        auto = self.auto_backup
        app = QApplication.instance()
        if auto is None:
            return
        if on:
            auto.timer.start()
        else:
            auto.timer.stop()
        if app is not None and on != self._exit_backup:
            if on:
                app.aboutToQuit.connect(auto.at_exit)
            else:
                app.aboutToQuit.disconnect(auto.at_exit)
            self._exit_backup = on

    def _show_read_only(self, on: bool) -> None:
        if not isinstance(self.window, QMainWindow):
            return
        if on and self.readonly_label is None:
            self.readonly_label = QLabel(QCoreApplication.translate(
                "IntegrityGuard", "Read-only: the data file is damaged, nothing is saved"))
            self.readonly_label.setStyleSheet("color: #b00020; font-weight: bold;")
            bar = self.window.statusBar()
            bar.insertPermanentWidget(0, self.readonly_label)
            bar.show()
        if self.readonly_label is not None:
            self.readonly_label.setVisible(on)

    # --------------------------------------------------------------- exit
    def clean_exit(self) -> bool:
        """After the app's event loop ended and the database was closed: leave the marker
        when the file was seen healthy in this session (or at its start)."""
        if self.state not in ("ok", "checking", "pending") or self.db.readonly:
            return False
        QThreadPool.globalInstance().waitForDone()  # readers still running keep the WAL
        self.db.close()
        if self._result:  # damage found as the app was closing: vouch for nothing
            return False
        if self._result == [] and self.state == "checking":
            self.checked_at = now_iso()
        return write_clean_marker(self.folder, self.checked_at, self.db.key)


def _lang() -> str:
    from desktop.ui.lock import _lang as lang

    return lang()
