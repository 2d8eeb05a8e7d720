"""The daily reminder: a tray notification at the chosen time of day when something is due.

Offline, no server: a QTimer looks at the clock once a minute. From the configured time
(setting ``followups/reminder_time``, "HH:MM", default 09:00) it computes the agenda once
per day and, when anything is due, shows a tray message; clicking it (or the tray icon)
emits ``open_today``. The day of the last reminder is kept in the settings, so restarting
the app does not remind twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.domain.followups import Agenda, agenda_is_slow, build_agenda
from desktop.ui.context import AppContext
from desktop.ui.settings import REMINDER_TIME, Setting, cadence_policy
from desktop.ui.worker import run_in_background

LAST_REMINDED = Setting[str]("followups/last_reminded", "")


def reminder_time(text: str) -> time:
    """'08:30' → 08:30; anything unreadable → 09:00."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":", 1))
        return time(hours, minutes)
    except (ValueError, TypeError):
        return time(9, 0)


class Reminder(QObject):
    open_today = Signal()
    reminded = Signal(int)  # how many things are due

    def __init__(self, ctx: AppContext, clock: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None, *, use_tray: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Dossier")
            self.tray.messageClicked.connect(self.open_today)
            self.tray.activated.connect(lambda _reason: self.open_today.emit())
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(60 * 1000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check)

    def check(self) -> int | None:
        """Remind if it is time and not done today; returns the count shown, else None."""
        now = self.clock()
        today = now.date().isoformat()
        settings = self.ctx.settings
        if settings.get(LAST_REMINDED) == today:
            return None
        if now.time() < reminder_time(settings.get(REMINDER_TIME)):
            return None
        policy = cadence_policy(settings)
        with self.ctx.db.unit_of_work() as session:
            large = agenda_is_slow(session)
        if large:  # seconds of work with hundreds of thousands of people: off the GUI thread
            db = self.ctx.db

            def work() -> Agenda:
                with db.unit_of_work() as session:
                    return build_agenda(session, now, policy, limit=0)  # the count is enough

            def answered(agenda: Agenda) -> None:
                self._remind(agenda, today)

            run_in_background(work, answered, lambda _exc: None,  # Today shows the same agenda
                              context=self)
            return None
        with self.ctx.db.unit_of_work() as session:
            agenda = build_agenda(session, now, policy, limit=0)
        return self._remind(agenda, today)

    def _remind(self, agenda: Agenda, today: str) -> int | None:
        self.ctx.settings.set(LAST_REMINDED, today)
        count = agenda.count_due()
        if count == 0:
            return None
        title = self.tr("Dossier: today's follow-ups")
        body = self.tr("%Ln thing(s) need doing today: promises due, people to call, events "
                       "coming up. Click to open the Today view.", "", count)
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
        self.reminded.emit(count)
        return count
