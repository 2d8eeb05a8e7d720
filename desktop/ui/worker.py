"""Run slow work (PDF, search at scale, import, backup) off the GUI thread.

    run_in_background(lambda: build_pdf(...), on_done=show, on_error=report)

The callbacks run on the GUI thread. The work function must not touch widgets;
it opens its own unit of work if it needs the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_jobs: set[_Job] = set()  # keeps jobs (and their signal objects) alive until they report


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    pool: QThreadPool | None = None,
    context: QObject | None = None,
) -> None:
    """``context``: a widget the callbacks belong to; once it is gone, a late answer is dropped."""
    job = _Job(fn)
    job.setAutoDelete(False)
    _jobs.add(job)

    def alive() -> bool:
        return context is None or shiboken6.isValid(context)

    def finish_ok(result: object) -> None:
        _jobs.discard(job)
        if alive():
            on_done(result)

    def finish_err(exc: object) -> None:
        _jobs.discard(job)
        assert isinstance(exc, BaseException)
        if alive():
            on_error(exc)

    job.signals.done.connect(finish_ok)
    job.signals.failed.connect(finish_err)
    (pool or QThreadPool.globalInstance()).start(job)
