"""Quitting never waits for the Today agenda, and the reminder counts from Today's agenda.

At 200,000 people the agenda is read for seconds in the background; the reminder used to
read a second one. Quitting soon after start waited for both before writing the
clean-exit marker (30-60 s on the big benchmark dossier).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from followups_data import NOW, build
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMainWindow

from desktop.backup.startup import matching_marker, now_iso
from desktop.db.session import Database
from desktop.domain import followups
from desktop.domain.followups import AgendaCancelled, build_agenda
from desktop.ui.context import AppContext
from desktop.ui.integrity_guard import IntegrityGuard
from desktop.ui.open_dossier import OpenedDossier
from desktop.ui.settings import REMINDER_TIME, Settings
from desktop.ui.today import TodayView
from desktop.ui.today import reminder as reminder_module
from desktop.ui.today.reminder import Reminder


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


def endless_people(streamed: list[int]) -> Any:
    """In place of the people query: a dossier too big to finish reading in a test (it
    ends after 8 s, so that a quit that waits for it fails rather than hangs)."""
    def people(_session: Any, _today: date, _account: str) -> Iterator[Any]:
        until = time.monotonic() + 8
        for n in itertools.count():
            if time.monotonic() > until:
                return
            streamed[0] = n
            if n % 256 == 0:
                time.sleep(0.001)
            yield SimpleNamespace(
                id=f"p{n}", account_id="a", account="Acme", name=f"P{n}", title="",
                roles="[]", stance=None, cadence_days=None, birthday=None, last_contact=None)
    return people


def test_a_cancelled_agenda_stops_instead_of_reading_everyone(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(db)
    with db.unit_of_work() as session:
        assert build_agenda(session, NOW, cancelled=lambda: False).count_due() > 0
    streamed = [0]
    monkeypatch.setattr(followups, "active_people", endless_people(streamed))
    asked = itertools.count()
    with db.unit_of_work() as session, pytest.raises(AgendaCancelled):
        build_agenda(session, NOW, cancelled=lambda: next(asked) >= 5)
    assert streamed[0] < 10 * followups.CHECK_EVERY


def test_quitting_during_a_background_agenda_returns_at_once_and_leaves_the_marker(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    streamed = [0]
    monkeypatch.setattr(followups, "active_people", endless_people(streamed))
    window = QMainWindow()
    qtbot.addWidget(window)
    assert db.path is not None
    guard = IntegrityGuard(OpenedDossier(db, db.path.parent, None, False, now_iso()), window)
    view = TodayView(ctx, clock=lambda: NOW)
    window.setCentralWidget(view)
    view.reload()  # (a view never shown starts on its own; no need to wait for that)
    qtbot.waitUntil(lambda: streamed[0] > 5000, timeout=10_000)  # reading, far from done
    errors: list[object] = []
    monkeypatch.setattr("desktop.ui.today.view.show_error", lambda *a: errors.append(a))
    started = time.perf_counter()
    QCoreApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    window.close()
    guard.stop()
    db.close()
    assert guard.clean_exit()  # waits for the readers still running, then the marker
    assert time.perf_counter() - started < 3
    assert matching_marker(db.path.parent) is not None
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    qtbot.wait(50)  # the abandoned read's answer arrives: no error shown for it
    assert errors == [] and view.agenda is None


def reminder_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The agendas the reminder reads itself."""
    builds: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        builds.append(1)
        return build_agenda(*args, **kwargs)

    monkeypatch.setattr(reminder_module, "build_agenda", counted)
    return builds


def test_the_reminder_counts_from_the_agenda_today_shows(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    builds = reminder_builds(monkeypatch)
    ctx.settings.set(REMINDER_TIME, "09:00")
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.agenda is not None
    reminder = Reminder(ctx, clock=lambda: NOW, use_tray=False, today=view)
    assert reminder.check() == view.agenda.count_due() == 8
    assert builds == []  # no second agenda


def test_a_large_dossiers_reminder_waits_for_todays_agenda_instead_of_reading_its_own(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    builds = reminder_builds(monkeypatch)
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    ctx.settings.set(REMINDER_TIME, "09:00")
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    reminder = Reminder(ctx, clock=lambda: datetime(2026, 3, 10, 9, 0), use_tray=False,
                        today=view)
    with qtbot.waitSignal(reminder.reminded, timeout=10_000) as fired:
        assert reminder.check() is None  # Today's agenda is still being read
        view.reload()
    assert view.agenda is not None
    assert fired.args == [view.agenda.count_due()] == [8]
    assert builds == []  # only Today's read
    assert reminder.check() is None  # not twice a day


def test_a_filtered_today_view_does_not_narrow_the_reminder(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    builds = reminder_builds(monkeypatch)
    ctx.settings.set(REMINDER_TIME, "09:00")
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.account_filter.setText("no such account")
    view._apply_filter()
    assert view.agenda is not None and view.agenda.count_due() == 0
    reminder = Reminder(ctx, clock=lambda: NOW, use_tray=False, today=view)
    assert reminder.check() == 8 and builds == [1]  # every account's count, read apart
