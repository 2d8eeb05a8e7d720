"""Start the GUI: application, fonts, translations, database, crash handler, main window.

Start-up is what the user waits for: the main window is shown before the database layer
is imported, then the dossier is opened and the window filled (see ``run_gui``).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import __version__
from desktop.paths import resource
from desktop.ui.fonts import install_bundled_fonts

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.open_dossier import OpenedDossier

# For bench/startup.py only: print the wall-clock time of the main window's first paint and
# the CPU time used until then ("first-paint <time.time()> <time.process_time()>") on stdout,
# the same once it is filled and painted again ("usable …"), then close it as a user would.
EXIT_AFTER_FIRST_PAINT = "DOSSIER_EXIT_AFTER_FIRST_PAINT"


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Dossier")
    app.setOrganizationName("Dossier")
    app.setApplicationVersion(__version__)
    icon = resource("icons", "dossier.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_bundled_fonts()
    return app


def run_gui(args: argparse.Namespace) -> int:
    """The window first, then the dossier: the main window (menus, toolbar, account list,
    tabs, in the user's language) is shown before the database layer is even imported; right
    after its first paint the dossier is opened (passphrase, check, damaged-database choice,
    errors: the same dialogs as ever) and the window filled (see ``Start``)."""
    from desktop.paths import resolve_data_dir
    from desktop.ui.errors import CrashHandler
    from desktop.ui.first_paint import after_first_paint
    from desktop.ui.i18n import Translations
    from desktop.ui.settings import Settings

    app = make_application()
    data_dir = resolve_data_dir(args.data_dir)
    settings = Settings()
    translations = Translations()  # installed once, by the window's AppContext
    start = Start(data_dir, settings, translations)
    crash = CrashHandler(data_dir, lambda: start.ctx.lang)
    crash.install()
    after_first_paint(start.window, start.fill)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):  # (the filter installed last runs first)
        after_first_paint(start.window, lambda: _report("first-paint"))
        start.filled = _exit_after_first_paint
    start.window.show()
    try:
        code = app.exec()
    finally:
        crash.uninstall()
        if start.guard is not None:
            start.guard.stop()
            start.ctx.db.close()
    if start.guard is not None:
        start.guard.clean_exit()  # only after a clean exit: the marker that makes the next start quick
    return code or start.code


class Start:
    """The app's window shown before its dossier is open (``window``), then filled.

    ``fill()`` runs from the event loop after the first paint; when the user chooses to
    quit (passphrase, damaged database) or the dossier cannot be opened (said in a dialog),
    the window closes and the app ends. ``guard``: the IntegrityGuard once filled.
    ``filled``: called with the window once it is filled (the bench's report)."""

    def __init__(self, data_dir: Path, settings: Any, translations: Any) -> None:
        self.data_dir = data_dir
        self.settings = settings
        self.translations = translations
        self.ctx, self.window = _shell(settings, data_dir, translations)
        self.guard: Any = None
        self.filled: Any = None
        self.code = 0  # the exit code when the dossier could not be opened

    def fill(self) -> None:
        from desktop.errors import DossierError

        try:
            started = _open_window(self.data_dir, self.settings, self.translations,
                                   shell=(self.ctx, self.window))
        except DossierError as exc:  # said in plain words, as for any error at start
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.window, "Dossier", exc.message(self.ctx.lang))
            started, self.code = None, exc.exit_code
        except Exception as exc:  # a bug: logged and said by the crash handler, then quit
            sys.excepthook(type(exc), exc, exc.__traceback__)
            started, self.code = None, 70
        if started is None:
            if self.ctx.db is not None:
                self.ctx.db.close()
            self.window.close()
            QApplication.quit()
            return
        self.ctx, self.window = started
        self.guard = self.window.integrity  # type: ignore[attr-defined]
        if self.filled is not None:
            self.filled(self.window)


def _shell(settings: Any, data_dir: Path, translations: Any) -> tuple[AppContext, MainWindow]:
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow

    ctx = AppContext(None, settings, data_dir, translations)
    ctx.apply_language()
    return ctx, MainWindow(ctx, defer_hidden_tabs=True, fill=False)


def _open_window(data_dir: Path, settings: Any, translations: Any, *,
                 shell: tuple[AppContext, MainWindow] | None = None
                 ) -> tuple[AppContext, MainWindow] | None:
    """Open the dossier and fill the window (``shell``, shown already; else one made here);
    None when the user chose to quit.

    Passphrase, integrity check and the damaged-database choice come before anything is
    read (a big file left healthy by a clean exit is checked in the background instead).
    Should a read fail on such a file while the window is filled, it is checked first after
    all, in a new window (the half-filled one is closed).
    """
    from desktop.errors import DatabaseDamagedError
    from desktop.ui.open_dossier import open_dossier

    ctx, window = shell if shell is not None else _shell(settings, data_dir, translations)
    defer = True
    while True:
        opened = open_dossier(data_dir, window if window.isVisible() else None, defer_check=defer)
        if opened is None:
            return None
        ctx.db = opened.db
        try:
            fill_window(window, opened)
            return ctx, window
        except DatabaseDamagedError as exc:
            opened.db.close()
            if not opened.check_pending:  # even read-only, what the window needs is unreadable
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(window if window.isVisible() else None, "Dossier",
                                    exc.message(ctx.lang))
                return None
            defer = False
            old = window  # half filled: a fresh window takes its place
            ctx, window = _shell(settings, data_dir, translations)
            if old.isVisible():
                window.show()
                old.close()
            old.deleteLater()


def _report(what: str) -> None:
    print(f"{what} {time.time():.6f} {time.process_time():.6f}", flush=True)


def _exit_after_first_paint(window: QWidget) -> None:
    """The filled window's first paint: "usable" (list filled, last account shown), then
    close it as a user would."""
    from desktop.ui.first_paint import after_first_paint

    def done() -> None:
        _report("usable")
        window.close()

    after_first_paint(window, done)


def build_window(ctx: AppContext, *, reminder: bool = True, lock: bool = True,
                 opened: OpenedDossier | None = None) -> MainWindow:
    """The main window with every feature plugged in (as the app's, filled at once)."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, defer_hidden_tabs=True, fill=False)
    fill_window(window, opened, reminder=reminder, lock=lock)
    return window


def fill_window(window: MainWindow, opened: OpenedDossier | None, *, reminder: bool = True,
                lock: bool = True) -> None:
    """Fill the window (``window.fill()``) and plug every feature in.

    ``opened`` (from open_dossier): the window gets its IntegrityGuard (``window.integrity``),
    which runs a deferred integrity check after the window's next paint and then lets the
    automatic backup make its start backup.
    """
    from desktop.ui.features import Features
    from desktop.ui.first_paint import after_first_paint
    from desktop.ui.integrity_guard import IntegrityGuard

    window.fill()
    features: Any = None
    if opened is not None:
        guard = IntegrityGuard(opened, window, reload=lambda: features.reload_everything())
        window.integrity = guard  # type: ignore[attr-defined]
        after_first_paint(window, guard.start)
    features = window.features = Features(window, window.ctx,  # type: ignore[attr-defined]
                                          reminder=reminder, lock=lock)
