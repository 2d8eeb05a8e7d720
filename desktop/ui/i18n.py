"""Loading the UI translations: every resources/translations/*_<locale>.ts, one per feature.

The .ts files are the sources; .qm files are built from them with Qt's lrelease
(shipped with PySide6) into the user's cache folder the first time, and again
whenever a .ts is newer. Qt's own translations (standard dialogs) are loaded too.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resource

TRANSLATIONS = resource("translations")
LANGUAGES = ("zh", "en")
_SUFFIX = {"zh": "zh_CN", "en": "en"}


def system_language() -> str:
    """'zh' when the system locale is Chinese, else 'en'."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def lrelease_path() -> Path:
    exe = "lrelease.exe" if os.name == "nt" else "lrelease"
    return Path(PySide6.__file__).parent / exe


def compiled(ts: Path, cache: Path) -> Path | None:
    """The .qm for ``ts``, built (or rebuilt) when missing or older than the .ts."""
    qm = cache / (ts.stem + ".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    cache.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)],
            check=True, capture_output=True, timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return qm if qm.exists() else None
    return qm


class Translations:
    """The translators installed in the application, swappable at run time."""

    def __init__(self, cache: Path | None = None) -> None:
        self.cache = cache or Path(platformdirs.user_cache_dir("Dossier", appauthor=False)) / "qm"
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language if language in LANGUAGES else "en"
        suffix = _SUFFIX[self.language]
        for ts in sorted(TRANSLATIONS.glob(f"*_{suffix}.ts")):
            qm = compiled(ts, self.cache)
            translator = QTranslator(app)
            if qm is not None and translator.load(str(qm)):
                app.installTranslator(translator)
                self._installed.append(translator)
        if self.language == "zh":
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load("qtbase_zh_CN", qt_dir):
                app.installTranslator(qt)
                self._installed.append(qt)
