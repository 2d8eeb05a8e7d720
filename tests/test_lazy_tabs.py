"""Choosing an account reads only the tab that is shown; a hidden tab reads when shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.cli import main as cli
from desktop.db.models import Account, Interaction
from desktop.db.session import Database, open_database
from desktop.ui.app import build_window
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings


@pytest.fixture
def demo_db(tmp_path: Path) -> Any:
    folder = tmp_path / "data"
    assert cli(["--data-dir", str(folder), "demo"]) == 0
    database = open_database(folder)
    yield database
    database.close()


@pytest.fixture
def window(qtbot: Any, demo_db: Database, tmp_path: Path) -> Any:
    ctx = AppContext(demo_db, Settings(tmp_path / "settings.ini"), tmp_path / "data")
    ctx.apply_language("en")
    win = build_window(ctx, reminder=False, lock=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def telecom_id(db: Database) -> str:
    with db.unit_of_work() as s:
        return s.scalars(select(Account.id).where(Account.short_name == "华东移动")).one()


def test_hidden_tabs_read_their_records_when_shown(window: Any, demo_db: Database) -> None:
    assert window.panel.current_id() == window.panel.model.rows[0].id  # the first account, at start
    account = window.panel.model.rows[1].id
    assert window.tabs.currentWidget() is window.features.today
    window.panel.select(account)
    tab = window.interactions
    assert tab.account_id == account
    assert tab.lazy.stale  # nothing read behind the Today tab
    window.tabs.setCurrentWidget(tab)
    with demo_db.unit_of_work() as s:
        count = len(s.scalars(select(Interaction.id).where(Interaction.account_id == account)).all())
    assert count > 0 and tab.model.rowCount() == count
    assert not tab.lazy.stale


def test_opening_a_record_in_a_hidden_tab_selects_it(window: Any, demo_db: Database) -> None:
    account = window.panel.model.rows[2].id
    window.panel.select(account)
    with demo_db.unit_of_work() as s:
        newest = s.scalars(select(Interaction).where(Interaction.account_id == account)
                           .order_by(Interaction.starts_at)).first()
        assert newest is not None
    window.ctx.open_record.emit("interaction", newest.id)
    assert window.tabs.currentWidget() is window.interactions
    assert window.interactions.selected_id() == newest.id


def test_a_change_to_a_hidden_tab_shows_when_it_is_shown(window: Any, demo_db: Database) -> None:
    account = telecom_id(demo_db)
    window.panel.select(account)
    window.tabs.setCurrentWidget(window.commitments)
    before = window.commitments.model.rowCount()
    window.tabs.setCurrentWidget(window.features.today)
    from desktop.db.enums import Party
    from desktop.db.models import Commitment

    window.ctx.run(lambda s: s.add(Commitment(account_id=account, party=Party.OURS,
                                              what="发送新报价")), kinds={"commitment"})
    assert window.commitments.model.rowCount() == before  # not read while hidden
    window.tabs.setCurrentWidget(window.commitments)
    assert window.commitments.model.rowCount() == before + 1


def test_a_hidden_tab_never_hands_out_a_record_of_the_previous_account(
    window: Any, demo_db: Database
) -> None:
    first, second = (row.id for row in window.panel.model.rows[:2])
    window.panel.select(second)
    window.panel.select(first)
    shown_first = window.interactions.selected_id()
    window.panel.select(first)
    window.tabs.setCurrentWidget(window.interactions)
    assert window.interactions.selected_id() == shown_first  # newest of the first account
    window.tabs.setCurrentWidget(window.features.today)
    window.panel.select(second)
    assert window.interactions.lazy.stale
    chosen = window.interactions.selected_id()  # what "Export memo" reads
    with demo_db.unit_of_work() as s:
        ids = set(s.scalars(select(Interaction.id).where(Interaction.account_id == second)))
    assert chosen is None or chosen in ids
    assert {row.id for row in window.interactions.model.rows} == ids


def test_the_interactions_list_shows_attendees_and_commitments_and_the_notes_of_the_selected(
    window: Any, demo_db: Database
) -> None:
    from sqlalchemy.orm import selectinload

    account = telecom_id(demo_db)
    window.panel.select(account)
    window.tabs.setCurrentWidget(window.interactions)
    tab = window.interactions
    with demo_db.unit_of_work() as s:
        found = s.scalars(select(Interaction).where(Interaction.account_id == account).options(
            selectinload(Interaction.people), selectinload(Interaction.members),
            selectinload(Interaction.commitments))).all()
        expected = {i.id: (sorted(p.name for p in i.people) + sorted(m.name for m in i.members),
                           len(i.commitments)) for i in found}
        newest = max(found, key=lambda i: i.starts_at)
        with_notes = max((i for i in found if i.notes.strip()), key=lambda i: i.starts_at)
        notes = with_notes.notes.splitlines()[0]
    shown = {r.id: (r.attendees.split("、") if r.attendees else [], r.commitments)
             for r in tab.model.rows}
    assert shown == expected
    assert any(n for _names, n in shown.values())  # the demo has commitments made in visits
    assert tab.selected_id() == newest.id  # the newest, shown in full below
    assert newest.subject in tab.detail.toPlainText()
    tab.select(with_notes.id)
    assert notes[:20] in tab.detail.toPlainText()


def test_the_overview_is_filled_when_shown_and_typing_goes_to_its_own_account(
    window: Any, demo_db: Database
) -> None:
    first, second = (row for row in window.panel.model.rows[:2])
    overview = window.overview
    window.tabs.setCurrentWidget(overview)
    window.panel.select(first.id)
    assert overview.binders["name"].widget().text() == first.name
    window.tabs.setCurrentWidget(window.features.today)
    window.panel.select(second.id)
    assert overview.lazy.stale  # not read behind the Today tab
    window.tabs.setCurrentWidget(overview)
    assert overview.binders["name"].widget().text() == second.name and not overview.lazy.stale
    notes = overview.binders["competitors"].widget()
    notes.setPlainText("竞品乙")  # typed, the idle save not yet run
    window.tabs.setCurrentWidget(window.features.today)
    window.panel.select(first.id)  # the Overview hidden: what was typed still goes to the second
    with demo_db.unit_of_work() as s:
        assert s.get(Account, second.id).competitors == "竞品乙"  # type: ignore[union-attr]
        assert s.get(Account, first.id).competitors != "竞品乙"  # type: ignore[union-attr]
    window.tabs.setCurrentWidget(overview)
    assert overview.binders["name"].widget().text() == first.name
    assert notes.toPlainText() != "竞品乙"
