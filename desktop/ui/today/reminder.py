"""The daily reminder: a tray notification at the chosen time of day when something is due.

Offline, no server: a QTimer looks at the clock once a minute. From the configured time
(setting ``followups/reminder_time``, "HH:MM", default 09:00) it computes the agenda once
per day and, when anything is due, shows a tray message; clicking it (or the tray icon)
emits ``open_today``. Given the Today view (``today=``), it counts from the agenda that
view shows (waiting for it if it is still being read) instead of reading its own: at
200,000 people a second read cost seconds of work and made quitting wait for it. The day of the last reminder is kept in the settings, so restarting
the app does not remind twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.domain.followups import Agenda, agenda_is_slow, build_agenda
from desktop.ui.context import AppContext
from desktop.ui.settings import REMINDER_TIME, Setting, cadence_policy
from desktop.ui.today.background import Cancel
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
                 parent: QObject | None = None, *, use_tray: bool = True,
                 today: Any = None) -> None:
        """``today``: the TodayView (its ``agenda`` and ``agenda_ready``), or None."""
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self.today = today
        self._waiting: str | None = None  # the day to remind of once Today's agenda is in
        self._reading: Cancel | None = None  # its own read in the background, if any
        if today is not None:
            today.agenda_ready.connect(self._agenda_ready)
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
        if self.today is not None:
            agenda = self.today.agenda
            if self._usable(agenda, now):
                self._waiting = None
                return self._remind(agenda, today)
            if agenda is None:  # still being read: remind when it is in
                self._waiting = today
                return None
        policy = cadence_policy(settings)
        with self.ctx.db.unit_of_work() as session:
            large = agenda_is_slow(session)
        if large:  # seconds of work with hundreds of thousands of people: off the GUI thread
            if self._reading is not None:  # already reading it
                return None
            db, cancel = self.ctx.db, Cancel()
            self._reading = cancel
            app = QCoreApplication.instance()
            if app is not None:  # quitting never waits for it
                app.aboutToQuit.connect(cancel.cancel)

            def work() -> Agenda:
                with db.unit_of_work() as session, cancel.reading(session):
                    return build_agenda(session, now, policy, limit=0,  # the count is enough
                                        cancelled=cancel)

            def answered(agenda: Agenda) -> None:
                self._reading = None
                self._remind(agenda, today)

            def failed(_exc: BaseException) -> None:  # Today shows the same agenda
                self._reading = None

            run_in_background(work, answered, failed, context=self)
            return None
        with self.ctx.db.unit_of_work() as session:
            agenda = build_agenda(session, now, policy, limit=0)
        return self._remind(agenda, today)

    @staticmethod
    def _usable(agenda: Agenda | None, now: datetime) -> bool:
        """Today's agenda counts for the reminder: of today, of every account (no filter)."""
        return agenda is not None and not agenda.account and agenda.today == now.date()

    def _agenda_ready(self, agenda: Agenda) -> None:
        day = self._waiting
        if day is not None and self._usable(agenda, self.clock()):
            self._waiting = None
            if self.ctx.settings.get(LAST_REMINDED) != day:
                self._remind(agenda, day)

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
