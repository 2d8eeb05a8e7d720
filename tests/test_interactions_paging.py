"""A large account's interactions list reads a page at a time, sorted by the database."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.db.enums import InteractionKind, Party
from desktop.db.models import Account, Commitment, Interaction, Person
from desktop.db.session import Database
from desktop.ui.paged import FIRST, PAGE

N = 1000
START = datetime(2023, 1, 1, 9, 0)
KINDS = list(InteractionKind)


@pytest.fixture
def big(db: Database) -> dict[str, Any]:
    """An account with 1,000 interactions, the oldest first in time; some with people,
    a satisfaction, commitments."""
    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        s.add(account)
        s.flush()
        people = [Person(account_id=account.id, name=name) for name in ("张伟", "王磊", "李娜", "赵雷")]
        s.add_all(people)
        made = []
        for i in range(N):
            made.append(Interaction(
                account_id=account.id, kind=KINDS[i % len(KINDS)], starts_at=START + timedelta(hours=7 * i),
                subject=f"主题{(i * 7919) % N:04d}", satisfaction=(i % 6) or None,
                people=[people[(i * 3) % 4]] if i % 5 else []))
        s.add_all(made)
        s.flush()
        for i in range(0, N, 37):
            s.add(Commitment(account_id=account.id, interaction_id=made[i].id, party=Party.OURS,
                             what=f"报价{i}"))
        return {"account": account.id, "oldest": made[0].id, "newest": made[-1].id,
                "subjects": sorted(i.subject for i in made)}


@pytest.fixture
def tab(qtbot: Any, db: Database, tmp_path: Path, big: dict[str, Any]) -> Any:
    from desktop.ui.context import AppContext
    from desktop.ui.interactions.tab import InteractionsTab
    from desktop.ui.settings import Settings

    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    ctx.apply_language("en")
    widget = InteractionsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_account(big["account"])
    return widget


def _sorted_rows(tab: Any) -> list[Any]:
    model = tab.model
    while model.canFetchMore():
        model.fetchMore()
    return list(model.rows)


def test_the_first_page_shows_and_the_rest_comes_as_the_list_scrolls(tab: Any, big: dict[str, Any]) -> None:
    model = tab.model
    assert model.rowCount() == FIRST < N and model.canFetchMore()  # what the view shows
    assert "1000" in tab.summary.text()  # the count is of all of them, not of the page
    assert tab.selected_id() == big["newest"]  # newest first, shown in full below
    model.fetchMore()
    assert model.rowCount() == FIRST + PAGE
    tab.view.scrollToBottom()  # the view asks for more when scrolled to the end
    for _ in range(50):
        if model.rowCount() > FIRST + PAGE:
            break
        tab.view.scrollToBottom()
        tab.view.viewport().repaint()
    assert model.rowCount() > FIRST + PAGE
    rows = _sorted_rows(tab)
    assert len(rows) == N and not model.canFetchMore()
    assert len({r.id for r in rows}) == N  # no page repeats or skips a row
    assert [r.starts_at for r in rows] == sorted((r.starts_at for r in rows), reverse=True)
    assert rows[-1].id == big["oldest"]


def test_sorting_asks_the_database_and_reads_the_first_page_again(tab: Any, big: dict[str, Any]) -> None:
    tab.view.clearSelection()  # else the pages down to the selected one are read too
    tab.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # Subject
    assert tab.model.rowCount() == FIRST  # reset: the first page of the new order
    assert [r.subject for r in tab.model.rows] == big["subjects"][:FIRST]
    assert [r.subject for r in _sorted_rows(tab)] == big["subjects"]

    tab.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # Satisfaction, blanks last
    stars = [r.satisfaction for r in _sorted_rows(tab)]
    rated = [s for s in stars if s is not None]
    assert rated == sorted(rated, reverse=True) and stars[len(rated):] == [None] * (N - len(rated))
    assert tab.model.rows[0].satisfaction == 5

    tab.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # Commitments made in it
    counts = [r.commitments for r in _sorted_rows(tab)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 1 and counts.count(1) == len(range(0, N, 37))

    tab.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # Attendees, by the first shown
    names = [r.attendees for r in _sorted_rows(tab)]
    named = [n for n in names if n]
    assert named == sorted(named) and named[0] == "张伟"  # 张 < 李 < 王 < 赵 by code point
    assert names[len(named):] == [""] * (N - len(named))

    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Kind, by its label
    labels = [r.kind.label("en") for r in _sorted_rows(tab)]
    assert labels == sorted(labels)


def test_the_oldest_interaction_can_be_selected_before_its_page_is_read(tab: Any, big: dict[str, Any]) -> None:
    assert all(r.id != big["oldest"] for r in tab.model.rows)
    tab.select(big["oldest"])  # as opening it from the Today view or a search does
    assert tab.selected_id() == big["oldest"]
    assert tab.model.rowCount() == N  # the pages down to it, the last one
    assert "主题0000" in tab.detail.toPlainText()

    tab.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # a sort keeps it selected
    assert tab.selected_id() == big["oldest"]
    assert PAGE < tab.model.rowCount() == N  # "主题0000" sorts last


def test_the_paged_model_keeps_qt_s_rules(tab: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(tab.model)
    tab.model.fetchMore()
    tab.view.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(tab.model)


def test_an_interaction_logged_elsewhere_shows_after_the_reload(tab: Any, db: Database, big: dict[str, Any]) -> None:
    tab.ctx.run(lambda s: s.add(Interaction(account_id=big["account"], starts_at=datetime(2030, 1, 1),
                                            subject="最新拜访")), kinds={"interaction"})
    assert tab.model.rows[0].subject == "最新拜访" and tab.model.total == N + 1
    assert "1001" in tab.summary.text()
