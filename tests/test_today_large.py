"""A large dossier: the Today agenda and the reminder are computed off the GUI thread.

The window must not wait seconds for an agenda over hundreds of thousands of people;
the result is the same as computing it at once.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from followups_data import NOW, build

from desktop.db.session import Database
from desktop.domain import followups
from desktop.ui.context import AppContext
from desktop.ui.settings import REMINDER_TIME, Settings
from desktop.ui.today import TodayView
from desktop.ui.today.models import ContactsModel
from desktop.ui.today.reminder import Reminder


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


def people(view: TodayView) -> list[str]:
    model = view.contacts_model
    return [model.index(r, ContactsModel.PERSON).data() for r in range(model.rowCount())]


def test_a_large_dossier_fills_the_today_view_in_the_background(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    at_once = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(at_once)
    assert not at_once.large and people(at_once)  # a usual dossier: shown at once
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.large
    assert view.contacts_model.rowCount() == 0 and view.status.text()  # says it is reading
    qtbot.waitUntil(lambda: view.agenda is not None, timeout=10_000)
    assert people(view) == people(at_once)
    assert view.status.text() == ""
    assert view.title.text() == at_once.title.text()


def test_only_the_newest_background_agenda_is_shown(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.agenda is not None, timeout=10_000)
    before = people(view)
    # Log an interaction with the first person due, then two rebuilds in a row: the last one wins.
    first = view.contacts_model.rows[0]
    ctx.run(lambda s: followups.log_contact(s, first.person_id, NOW), kinds={"interaction"})
    view.reload()
    qtbot.waitUntil(lambda: people(view) != before, timeout=10_000)
    assert first.person_id not in [row.person_id for row in view.contacts_model.rows]
    assert len(people(view)) == len(before) - 1


def test_the_reminder_of_a_large_dossier_comes_from_the_background(
    qtbot, ctx: AppContext, db: Database, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    build(db)
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    ctx.settings.set(REMINDER_TIME, "09:00")
    reminder = Reminder(ctx, clock=lambda: datetime(2026, 3, 10, 9, 0), use_tray=False)
    with qtbot.waitSignal(reminder.reminded, timeout=10_000) as fired:
        assert reminder.check() is None  # the count arrives with the signal
    assert fired.args == [8]
