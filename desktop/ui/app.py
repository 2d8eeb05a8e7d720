"""Start the GUI: application, fonts, translations, database, crash handler, main window.

Start-up is what the user waits for, so this module imports little at the top: the main
window and its features are imported when the window is built, after the dossier is open.
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
# then close the window as a user would.
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
    from desktop.db.session import resolve_data_dir
    from desktop.ui.errors import CrashHandler
    from desktop.ui.i18n import Translations, system_language
    from desktop.ui.settings import LANGUAGE, Settings

    app = make_application()
    data_dir = resolve_data_dir(args.data_dir)
    settings = Settings()
    translations = Translations()
    translations.install(settings.get(LANGUAGE) or system_language())
    started = _open_window(data_dir, settings, translations)
    if started is None:
        return 0
    ctx, window = started
    db, guard = ctx.db, window.integrity  # type: ignore[attr-defined]
    crash = CrashHandler(data_dir, lambda: ctx.lang)
    crash.install()
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        _exit_after_first_paint(window)
    window.show()
    try:
        code = app.exec()
    finally:
        crash.uninstall()
        guard.stop()
        db.close()
    guard.clean_exit()  # only after a clean exit: the marker that makes the next start quick
    return code


def _open_window(data_dir: Path, settings: Any, translations: Any
                 ) -> tuple[AppContext, MainWindow] | None:
    """Open the dossier and build the window; None when the user chose to quit.

    Passphrase, integrity check and the damaged-database choice come before any window (a
    big file left healthy by a clean exit is checked in the background instead). Should a
    read fail on such a file while the window is built, it is checked first after all.
    """
    from desktop.errors import DatabaseDamagedError
    from desktop.ui.context import AppContext
    from desktop.ui.open_dossier import open_dossier

    defer = True
    while True:
        opened = open_dossier(data_dir, defer_check=defer)
        if opened is None:
            return None
        ctx = AppContext(opened.db, settings, data_dir, translations)
        ctx.apply_language()
        try:
            return ctx, build_window(ctx, opened=opened)
        except DatabaseDamagedError as exc:
            opened.db.close()
            if not opened.check_pending:  # even read-only, what the window needs is unreadable
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, "Dossier", exc.message(ctx.lang))
                return None
            defer = False


def _exit_after_first_paint(window: QWidget) -> None:
    from desktop.ui.first_paint import after_first_paint

    def done() -> None:
        print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
        window.close()

    after_first_paint(window, done)


def build_window(ctx: AppContext, *, reminder: bool = True, lock: bool = True,
                 opened: OpenedDossier | None = None) -> MainWindow:
    """The main window with every feature plugged in.

    ``opened`` (from open_dossier): the window gets its IntegrityGuard (``window.integrity``),
    which runs a deferred integrity check after the first paint and then lets the automatic
    backup make its start backup.
    """
    from desktop.ui.features import Features
    from desktop.ui.first_paint import after_first_paint
    from desktop.ui.integrity_guard import IntegrityGuard
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, defer_hidden_tabs=True)
    features: Any = None
    if opened is not None:
        guard = IntegrityGuard(opened, window, reload=lambda: features.reload_everything())
        window.integrity = guard  # type: ignore[attr-defined]
        after_first_paint(window, guard.start)
    features = window.features = Features(window, ctx, reminder=reminder,  # type: ignore[attr-defined]
                                          lock=lock)
    return window
