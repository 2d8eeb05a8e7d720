"""Dossier tabs that reload only when they can be seen.

Choosing an account sets it on every tab; a tab hidden behind another one would read its
records for nothing (5,000 interactions of a large account take a second). Each tab asks
``self.lazy.wanted()`` at the top of ``reload``: when the tab is hidden in a shown window
the reload waits until the tab is shown (the Show event comes before it is painted, and
before ``setCurrentWidget`` returns, so ``select(id)`` right after it finds its row).
A widget whose window is not shown (tests, a tab being built) reloads at once, except in a
window built to be shown (the app's: property ``DEFER_HIDDEN_TABS``): there only the tabs
that will show with it read (at start, only the first tab); the others wait until made
current (ShowToParent, sent even while the window is hidden) or shown.
What other features read of a tab (its selected record) calls ``ensure()`` first, so
nothing of the previous account is ever handed out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

DEFER_HIDDEN_TABS = "deferHiddenTabs"  # a window's dynamic property (see above)


class LazyReload(QObject):
    def __init__(self, widget: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.reload = reload
        self.stale = False
        self._forced = False
        widget.installEventFilter(self)

    def wanted(self) -> bool:
        """True when the reload should happen now; else it is remembered for the next show."""
        widget = self.widget
        window = widget.window()
        if self._forced or widget.isVisible() or (not window.isVisible() and (
                not window.property(DEFER_HIDDEN_TABS) or widget.isVisibleTo(window))):
            self.stale = False
            return True
        self.stale = True
        return False

    def ensure(self) -> None:
        """Reload now if a reload is waiting (before reading the tab's rows while hidden)."""
        if self.stale:
            self.stale = False
            self._forced = True
            try:
                self.reload()
            finally:
                self._forced = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() in (QEvent.Type.Show, QEvent.Type.ShowToParent)
        if watched is self.widget and shown and self.stale:
            self.stale = False
            self.reload()
        return False
