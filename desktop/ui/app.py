"""Start the GUI: application, fonts, translations, database, crash handler, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.db.session import resolve_data_dir
from desktop.paths import resource
from desktop.ui.context import AppContext
from desktop.ui.errors import CrashHandler
from desktop.ui.features import Features
from desktop.ui.fonts import install_bundled_fonts
from desktop.ui.i18n import Translations, system_language
from desktop.ui.main_window import MainWindow
from desktop.ui.open_dossier import open_dossier_interactively
from desktop.ui.settings import LANGUAGE, Settings


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
    app = make_application()
    data_dir = resolve_data_dir(args.data_dir)
    settings = Settings()
    translations = Translations()
    translations.install(settings.get(LANGUAGE) or system_language())
    # Passphrase, integrity check and the damaged-database choice come before any window.
    db = open_dossier_interactively(data_dir)
    if db is None:
        return 0
    ctx = AppContext(db, settings, data_dir, translations)
    ctx.apply_language()
    crash = CrashHandler(data_dir, lambda: ctx.lang)
    crash.install()
    window = build_window(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        crash.uninstall()
        db.close()


def build_window(ctx: AppContext, *, reminder: bool = True, lock: bool = True) -> MainWindow:
    """The main window with every feature plugged in."""
    window = MainWindow(ctx)
    window.features = Features(window, ctx, reminder=reminder, lock=lock)  # type: ignore[attr-defined]
    return window
