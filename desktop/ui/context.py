"""The application context handed to every feature widget (no global reachable from everywhere).

A change is a function that takes the session; ``ctx.run(change, kinds=...)`` runs it as one
unit of work and then broadcasts ``data_changed(kinds)``; widgets refresh from that signal
rather than calling each other. ``open_record(kind, id)`` asks the main window to show a
record (kind: "account", "person", "interaction", "commitment").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.ui.i18n import Translations, system_language
from desktop.ui.settings import LANGUAGE, Settings

if TYPE_CHECKING:
    from desktop.db.session import Database, DossierSession

T = TypeVar("T")

# Kinds of data a change can touch, for data_changed ("map": our team's places on an
# account's map, which live in the settings).
KINDS = frozenset(
    {"account", "person", "link", "coverage", "team", "interaction", "commitment", "structure", "map"}
)


class AppContext(QObject):
    data_changed = Signal(object)  # frozenset[str] of KINDS touched
    open_record = Signal(str, str)  # kind, record id
    language_changed = Signal(str)  # "zh" or "en"
    settings_changed = Signal()  # Preferences saved: re-read what you take from ctx.settings

    def __init__(
        self,
        db: Database | None,
        settings: Settings,
        data_dir: Path,
        translations: Translations | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # None only while the app's window shows before the dossier is open (desktop.ui.app):
        # the app sets it before any widget reads.
        self.db = cast("Database", db)
        self.settings = settings
        self.data_dir = data_dir
        self.translations = translations or Translations()
        self.undo_stack = QUndoStack(self)
        self._lang = "en"

    # -------------------------------------------------------------- language
    @property
    def lang(self) -> str:
        """The UI language: "zh" or "en" (for enum labels: ``member.label(ctx.lang)``)."""
        return self._lang

    def apply_language(self, language: str | None = None) -> None:
        """Install the translators for ``language`` (default: the saved or system one)."""
        wanted = language or self.settings.get(LANGUAGE) or system_language()
        self.translations.install(wanted)
        changed = self.translations.language != self._lang
        self._lang = self.translations.language
        if changed:
            self.language_changed.emit(self._lang)

    # ---------------------------------------------------------------- writes
    def run(self, change: Callable[[DossierSession], T], *, kinds: Iterable[str]) -> T:
        """Run ``change`` as one unit of work, then tell every widget what changed.

        DossierError propagates to the caller (show it with desktop.ui.errors.show_error);
        nothing is committed when it raises.
        """
        with self.db.unit_of_work() as session:
            result = change(session)
        self.notify(kinds)
        return result

    def notify(self, kinds: Iterable[str]) -> None:
        self.data_changed.emit(frozenset(kinds))
