"""Start the GUI: application, fonts, translations, database, crash handler, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.db.session import open_database, resolve_data_dir
from desktop.errors import DossierError
from desktop.paths import resource
from desktop.ui.context import AppContext
from desktop.ui.errors import CrashHandler
from desktop.ui.i18n import system_language
from desktop.ui.settings import LANGUAGE, Settings


def load_bundled_fonts() -> None:
    """Register the bundled Noto Sans SC so Chinese renders on systems without a CJK font."""
    for path in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


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
    load_bundled_fonts()
    return app


def run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    data_dir = resolve_data_dir(args.data_dir)
    settings = Settings()
    try:
        db = open_database(data_dir)
    except DossierError as exc:
        lang = settings.get(LANGUAGE) or system_language()
        QMessageBox.critical(None, "Dossier", exc.message(lang))
        return exc.exit_code
    ctx = AppContext(db, settings, data_dir)
    ctx.apply_language()
    crash = CrashHandler(data_dir, lambda: ctx.lang)
    crash.install()

    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    try:
        return app.exec()
    finally:
        crash.uninstall()
        db.close()
