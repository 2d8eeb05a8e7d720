"""Errors in the GUI: friendly messages for what the user can fix, a crash dialog for bugs.

A DossierError is shown in plain words (in the UI language) with what to do next.
Anything else reaches sys.excepthook, which logs it to the data folder and shows a
crash dialog; the app keeps running and no unsaved text is discarded.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.errors import DossierError
from desktop.logs import log_unexpected


def show_error(parent: QWidget | None, exc: BaseException, lang: str) -> None:
    """Show a user-caused error as a plain sentence."""
    if isinstance(exc, DossierError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Dossier"), exc.message(lang))
    else:  # a bug: let the crash handler log it and show the crash dialog
        sys.excepthook(type(exc), exc, exc.__traceback__)


class CrashHandler:
    """sys.excepthook for the GUI: log, tell the user, keep running."""

    def __init__(self, data_dir: Path, language: Callable[[], str]) -> None:
        self.data_dir = data_dir
        self.language = language
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            self._previous(kind, exc, tb)
        elif isinstance(exc, DossierError):
            QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("Errors", "Dossier"), exc.message(self.language()))
        else:
            self.report(exc.with_traceback(tb))

    def report(self, exc: BaseException) -> None:
        """Log an unexpected exception and tell the user where the details are."""
        where = log_unexpected(exc, self.data_dir)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Errors", "Something went wrong"),
                QCoreApplication.translate(
                    "Errors", "Dossier ran into a problem that is not your fault. Your saved work is safe "
                    "and the app keeps running; text you were typing is still in its field.\n\n"
                    "The details were written to:\n{path}\nPlease send that file to the developers."
                ).format(path=where),
            )
        finally:
            self._showing = False
