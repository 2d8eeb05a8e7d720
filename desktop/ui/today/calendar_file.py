"""Export the agenda's due dates and planned interactions to an .ics file, from the Today view.

The file is written on a worker thread when the dossier is large (tens of thousands of due
dates); the view's status line says when it is done. Strings keep the TodayView context, so
the translations are those of the view the button sits in (its count is the view's own
``tr``: lupdate marks plural forms only there).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from desktop.errors import DossierError
from desktop.ui.errors import show_error
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from desktop.domain.followups_ics import IcsSummary
    from desktop.ui.today.view import TodayView




def export_calendar(view: TodayView, path: str | None = None) -> Path | None:
    """Write the .ics; returns it when written here (a large dossier's is written in the
    background: the status line says when it is done). None if the user cancelled."""
    if path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            view, QCoreApplication.translate("TodayView", "Export to calendar"), str(Path(folder) / "dossier.ics"),
            QCoreApplication.translate("TodayView", "iCalendar files (*.ics)"))
        if not path:
            return None
    target = Path(path)
    if target.suffix.lower() != ".ics":
        target = target.with_suffix(".ics")
    now, lang, db = view.clock().astimezone(), view.ctx.lang, view.ctx.db

    def work() -> IcsSummary:
        from desktop.domain.followups_ics import write_ics  # icalendar: not needed at start

        with db.unit_of_work() as session:
            return write_ics(session, target, now, lang=lang)

    def done(summary: IcsSummary) -> None:
        view.export_button.setEnabled(True)
        view.status.setText(view.wrote_calendar(summary.total, target))

    def failed(exc: BaseException) -> None:
        view.export_button.setEnabled(True)
        view.status.clear()
        show_error(view, exc, view.ctx.lang)

    if view.large:  # tens of thousands of due dates: seconds of work
        view.export_button.setEnabled(False)
        view.status.setText(QCoreApplication.translate("TodayView", "Writing the calendar file…"))
        run_in_background(work, done, failed, context=view)
        return None
    try:
        done(work())
    except DossierError as exc:
        failed(exc)
        return None
    return target
