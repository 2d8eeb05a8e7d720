"""Work that makes a tab's first open quick, done after the first paint.

    warm_after_first_paint(tab, lambda: warm_decision_chain(...))
    warm_after_first_paint(tab, read_another_chain, then=paint_it_off_screen)

The first time a tab shows a dossier it pays for what later opens find ready: SQLAlchemy
compiling its statements, dictionaries imported (pypinyin), caches filled, and on the Qt
side the fonts, text layouts and item paints it draws for the first time. ``work`` runs
once, in the background, after the window holding ``widget`` has painted (a window that is
never shown, as in most tests, warms nothing). It only reads. ``then`` (optional) gets its
result on the GUI thread, when the event loop is idle, to draw a throw-away copy of what
the tab will draw (off screen, into an image). Errors of either are ignored: the tab's own
open reports any real problem (a dossier closed or locked meanwhile included).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.ui.first_paint import after_first_paint
from desktop.ui.worker import run_in_background


def warm_after_first_paint(widget: QWidget, work: Callable[[], Any],
                           then: Callable[[Any], None] | None = None) -> None:
    started = False

    def finish(result: Any) -> None:
        if then is None or not shiboken6.isValid(widget):
            return

        def run() -> None:
            if shiboken6.isValid(widget):
                with suppress(Exception):  # a warm-up never bothers the user
                    then(result)

        QTimer.singleShot(0, widget, run)  # after what the event loop already holds

    def start() -> None:
        nonlocal started
        if started or not shiboken6.isValid(widget) or not widget.window().isVisible():
            return
        started = True
        run_in_background(work, finish, lambda _exc: None, context=widget)

    def arm() -> None:  # in the event loop: the widget is in its window by now
        if shiboken6.isValid(widget) and widget.window().isVisible():
            # (had it painted already, its next paint comes soon: a blink, a hover)
            after_first_paint(widget.window(), start)

    QTimer.singleShot(0, widget, arm)
