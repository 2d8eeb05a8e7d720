"""The Today view of a big dossier: totals, the most urgent rows, "show more", an account filter.

The page size is made small (5 rows) so that a handful of people stands for 158,000.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.db.enums import DecisionRole
from desktop.db.models import Account, Interaction, Person
from desktop.db.session import Database
from desktop.domain import followups
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings
from desktop.ui.today import TodayView
from desktop.ui.today import view as today_view
from desktop.ui.today.models import ContactsModel

NOW = datetime(2026, 3, 10, 9, 0)


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    context = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    context.apply_language("en")
    return context


@pytest.fixture
def dossier(db: Database) -> None:
    """31 people due: 30 at 大客户 (never met; three deciders), one at Small Co met long ago."""
    with db.unit_of_work() as s:
        big, small = Account(name="大客户"), Account(name="Small Co", short_name="SC")
        solo = Person(account=small, name="Solo")
        s.add_all([big, small, solo, Interaction(account=small, starts_at=datetime(2025, 1, 5),
                                                  people=[solo])])
        s.add_all(Person(account=big, name=f"联系人{i:02d}",
                         roles=[DecisionRole.DECIDER] if i % 10 == 0 else [])
                  for i in range(30))


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(today_view, "PAGE", 5)


def people(view: TodayView) -> list[str]:
    model = view.contacts_model
    return [model.index(r, ContactsModel.PERSON).data() for r in range(model.rowCount())]


def full_order(db: Database) -> list[str]:
    with db.unit_of_work() as s:
        agenda = followups.build_agenda(s, NOW, limit=None)
    return [("★ " if r.is_key else "") + r.person for r in agenda.contacts_due]


def test_the_view_shows_the_totals_and_the_most_urgent_rows(
    qtbot, ctx: AppContext, db: Database, dossier: None, small_pages: None  # type: ignore[no-untyped-def]
) -> None:
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show()
    assert people(view) == full_order(db)[:5]
    # The deciders never met come first (red), then the rest (yellow).
    assert people(view)[:3] == ["★ 联系人00", "★ 联系人10", "★ 联系人20"]
    section = view.contacts
    assert section.heading.text() == "People due for contact (31)"
    assert section.note.text() == ("31 people due · Long overdue: 4 · Overdue: 27 · "
                                   "showing the 5 most urgent")
    assert section.more_button.isVisible() and section.more_button.text() == "Show 5 more"
    assert view.summary.text() == "31 things need doing today."
    # "Show more" adds a page of the same order.
    qtbot.mouseClick(section.more_button, Qt.MouseButton.LeftButton)
    assert people(view) == full_order(db)[:10]
    assert section.note.text().endswith("showing the 10 most urgent")
    view.limits["contacts_due"] = 30
    view.show_more("contacts_due")  # the last page holds the one left
    assert people(view) == full_order(db)
    assert not section.more_button.isVisible()
    assert section.note.text() == "31 people due · Long overdue: 4 · Overdue: 27"
    # The risk section (2 accounts) fits in a page: no footer.
    assert not view.risk.note.isVisible() and not view.risk.more_button.isVisible()


def test_an_account_filter_narrows_the_view(
    qtbot, ctx: AppContext, db: Database, dossier: None, small_pages: None  # type: ignore[no-untyped-def]
) -> None:
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.show_more("contacts_due")
    assert view.contacts_model.rowCount() == 10
    qtbot.keyClicks(view.account_filter, "small")
    qtbot.waitUntil(lambda: people(view) == ["Solo"], timeout=5_000)
    assert view.contacts.heading.text() == "People due for contact (1)"
    assert not view.contacts.more_button.isVisible()
    assert view.summary.text() == "1 thing needs doing today. (Only accounts containing “small”.)"
    assert [view.risk_model.index(r, 0).data() for r in range(view.risk_model.rowCount())] == [
        "Small Co"]
    view.account_filter.clear()
    qtbot.waitUntil(lambda: view.contacts_model.rowCount() == 5, timeout=5_000)  # pages reset
    assert view.contacts.heading.text() == "People due for contact (31)"


def test_a_large_dossier_pages_in_the_background(
    qtbot, ctx: AppContext, db: Database, dossier: None, small_pages: None,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.large
    qtbot.waitUntil(lambda: view.agenda is not None, timeout=10_000)
    assert view.contacts_model.rowCount() == 5
    view.show_more("contacts_due")
    assert view.status.text() == "Reading the agenda…"
    qtbot.waitUntil(lambda: view.contacts_model.rowCount() == 10, timeout=10_000)
    assert people(view) == full_order(db)[:10] and view.status.text() == ""


def test_the_footer_speaks_chinese(
    qtbot, ctx: AppContext, dossier: None, small_pages: None  # type: ignore[no-untyped-def]
) -> None:
    ctx.apply_language("zh")
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.contacts.note.text() == "31 人待联系 · 严重逾期：4 · 已逾期：27 · 显示最紧急的 5 人"
    assert view.contacts.more_button.text() == "再显示 5 条"
    assert view.account_filter.placeholderText() == "仅看名称含此文字的客户…"


def test_a_large_dossier_writes_its_calendar_in_the_background(
    qtbot, ctx: AppContext, db: Database, dossier: None, tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from icalendar import Calendar

    from desktop.db.enums import Party
    from desktop.db.models import Commitment

    with db.unit_of_work() as s:
        small = s.query(Account).filter_by(name="Small Co").one()
        s.add_all(Commitment(account=small, party=Party.OURS, what=f"报价 {i}",
                             due_on=NOW.date()) for i in range(3))
    monkeypatch.setattr(followups, "SLOW_AGENDA_PEOPLE", 3)
    view = TodayView(ctx, clock=lambda: NOW)
    qtbot.addWidget(view)
    assert view.export_calendar(str(tmp_path / "cal")) is None  # not written yet
    assert view.status.text() == "Writing the calendar file…"
    assert not view.export_button.isEnabled()
    qtbot.waitUntil(lambda: view.status.text().startswith("Wrote 3 events"), timeout=10_000)
    assert view.export_button.isEnabled()
    events = Calendar.from_ical((tmp_path / "cal.ics").read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == [
        f"Due: 报价 {i} (Small Co)" for i in range(3)]
