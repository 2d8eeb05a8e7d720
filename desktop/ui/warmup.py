"""Work that makes a tab's first open quick, done off the GUI thread after the first paint.

    warm_after_first_paint(tab, lambda: warm_decision_chain(...))

The first time a tab shows a dossier it pays for what later opens find ready: SQLAlchemy
compiling its statements, dictionaries imported (pypinyin), caches filled. ``work`` runs
once, in the background, after the window holding ``widget`` has painted (a window that is
never shown, as in most tests, warms nothing). It only reads; its errors are ignored (the
tab's own open reports any real problem).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.ui.first_paint import after_first_paint
from desktop.ui.worker import run_in_background


def warm_after_first_paint(widget: QWidget, work: Callable[[], Any]) -> None:
    started = False

    def start() -> None:
        nonlocal started
        if started or not shiboken6.isValid(widget) or not widget.window().isVisible():
            return
        started = True
        run_in_background(work, lambda _result: None, lambda _exc: None, context=widget)

    def arm() -> None:  # in the event loop: the widget is in its window by now
        if shiboken6.isValid(widget) and widget.window().isVisible():
            # (had it painted already, its next paint comes soon: a blink, a hover)
            after_first_paint(widget.window(), start)

    QTimer.singleShot(0, widget, arm)
