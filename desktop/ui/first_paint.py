"""Run something once a window has painted for the first time.

    after_first_paint(window, start_background_work)

The callback runs on the GUI thread, from the event loop, right after the first frame
of ``window`` (or of any widget inside it) has been painted: work started there can
no longer delay what the user first sees.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback = callback
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.fired and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            self.fired = True
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            # Queued: the rest of this frame is painted first.
            QTimer.singleShot(0, self.callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, after ``window``'s first paint (install before showing it)."""
    app = QCoreApplication.instance()
    assert app is not None
    app.installEventFilter(_FirstPaint(window, callback))
