"""A large ledger reads a page at a time, sorted by the database, in the order the whole
ledger sorted by the same rules would have (blanks last, then overdue, open by due date)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.db.enums import CommitmentStatus, Party
from desktop.db.ledger import LEDGER_COLUMNS, ledger_counts, ledger_rows
from desktop.db.models import Account, Commitment, Interaction, Person, TeamMember
from desktop.db.session import Database
from desktop.ui.paged import FIRST

N = 450
TODAY = date.today()
STATUSES = [CommitmentStatus.OPEN, CommitmentStatus.OPEN, CommitmentStatus.DONE, CommitmentStatus.DROPPED]


@pytest.fixture
def ledger(db: Database) -> dict[str, Any]:
    """450 commitments: ours and theirs, open (some overdue), done and dropped, with and
    without a due date, a visit, someone named (one of them deleted since)."""
    with db.unit_of_work() as s:
        account = Account(name="华东移动")
        other = Account(name="南方电网")
        s.add_all([account, other])
        s.flush()
        people = [Person(account_id=account.id, name=n) for n in ("张伟", "王磊", "李娜", "赵雷", "离职者")]
        members = [TeamMember(name=n) for n in ("陈静", "刘洋")]
        s.add_all([*people, *members])
        s.flush()
        visits = [Interaction(account_id=account.id, starts_at=datetime(2024, 1, 1, 9) + timedelta(days=7 * i),
                              subject=f"拜访{i:02d}") for i in range(20)]
        s.add_all(visits)
        s.flush()
        for i in range(N):
            ours = i % 3 != 0
            who = people[i % 5] if i % 7 else None
            mine = members[i % 2] if i % 4 else None
            s.add(Commitment(
                account_id=account.id, party=Party.OURS if ours else Party.THEIRS,
                what=f"事项{(i * 7919) % (N // 2):03d}",  # some alike: the ties are ordered too
                by_member_id=mine.id if ours and mine else None,
                to_person_id=who.id if ours and who else None,
                by_person_id=who.id if not ours and who else None,
                to_member_id=mine.id if not ours and mine else None,
                due_on=TODAY + timedelta(days=(i * 37) % 120 - 60) if i % 6 else None,
                status=STATUSES[i % 4], interaction_id=visits[i % 20].id if i % 3 else None))
        s.add(Commitment(account_id=other.id, party=Party.OURS, what="别家的承诺"))
        people[4].deleted_at = datetime.now(UTC)  # deleted since: no longer named
        return {"account": account.id}


def _reference(db: Database, account_id: str, column: str, descending: bool, lang: str) -> list[str]:
    """The whole ledger read as objects and sorted in Python by the documented rules."""
    with db.unit_of_work() as s:
        items = list(s.scalars(select(Commitment).where(Commitment.account_id == account_id)))
        people = dict(s.execute(select(Person.id, Person.name)).all())
        members = dict(s.execute(select(TeamMember.id, TeamMember.name)).all())
        visits = dict(s.execute(select(Interaction.id, Interaction.starts_at)).all())
        rows = [{
            "id": c.id, "party": c.party.label(lang), "what": c.what, "due": c.due_on,
            "by": members.get(c.by_member_id) or people.get(c.by_person_id) or "",
            "to": people.get(c.to_person_id) or members.get(c.to_member_id) or "",
            "visit": visits.get(c.interaction_id),
            "rank": (0 if c.status == CommitmentStatus.OPEN and c.due_on is not None and c.due_on < TODAY
                     else 1 if c.status == CommitmentStatus.OPEN else 2),
        } for c in items]

    def stable(key: str, reverse: bool = False, *, blanks: bool = True) -> None:
        """Sort by ``key`` (Python's sort is stable), blanks last in both orders."""
        present = [r for r in rows if r[key] not in (None, "")] if blanks else list(rows)
        missing = [r for r in rows if r[key] in (None, "")] if blanks else []
        present.sort(key=lambda r: r[key], reverse=reverse)
        rows[:] = present + missing

    # From the last tie-break to the first: id, due date, then the ledger's rank.
    rows.sort(key=lambda r: r["id"])
    if column == "status":
        stable("due", descending)
        stable("rank", descending, blanks=False)
        return [r["id"] for r in rows]
    if column == "due_on":
        stable("rank", blanks=False)
        stable("due", descending)
        return [r["id"] for r in rows]
    stable("due")
    stable("rank", blanks=False)
    key = {"party": "party", "what": "what", "by": "by", "to": "to", "source": "visit"}[column]
    stable(key, descending)
    return [r["id"] for r in rows]


@pytest.fixture
def tab(qtbot: Any, db: Database, tmp_path: Path, ledger: dict[str, Any]) -> Any:
    from desktop.ui.commitments.tab import CommitmentsTab
    from desktop.ui.context import AppContext
    from desktop.ui.settings import Settings

    ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    ctx.apply_language("en")
    widget = CommitmentsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_account(ledger["account"])
    return widget


def _all_rows(tab: Any) -> list[Any]:
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    return list(tab.model.rows)


def test_the_first_page_shows_and_the_counts_are_of_the_whole_ledger(tab: Any, ledger: dict[str, Any],
                                                                    db: Database) -> None:
    assert tab.model.rowCount() == FIRST < N and tab.model.canFetchMore()
    with db.unit_of_work() as s:
        counts = ledger_counts(s, ledger["account"])
    assert counts.total == N and 0 < counts.overdue < counts.open < N
    assert tab.summary.text() == f"{counts.open} open, {counts.overdue} overdue, {N} in all"
    first = tab.model.rows[0]
    assert first.overdue and tab.model.data(tab.model.index(0, 0)) == "Overdue"  # overdue first, red
    assert tab.model.data(tab.model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None
    rows = _all_rows(tab)
    assert len(rows) == N and len({r.id for r in rows}) == N  # no page repeats or skips a row
    assert "别家的承诺" not in {r.what for r in rows}


@pytest.mark.parametrize("column", LEDGER_COLUMNS)
def test_each_order_read_in_pages_is_the_whole_ledger_sorted(tab: Any, db: Database, ledger: dict[str, Any],
                                                            column: str) -> None:
    index = LEDGER_COLUMNS.index(column)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        descending = order == Qt.SortOrder.DescendingOrder
        expected = _reference(db, ledger["account"], column, descending, "en")
        tab.view.clearSelection()
        tab.view.sortByColumn(index, order)
        assert tab.model.rowCount() == FIRST  # the first page of the new order, read again
        assert [r.id for r in _all_rows(tab)] == expected, (column, order)
        with db.unit_of_work() as s:  # the same rows read at once
            whole = ledger_rows(s, ledger["account"], sort=column, descending=descending, lang="en")
        assert [r.id for r in whole] == expected


def test_a_commitment_far_down_is_selected_and_stays_selected_after_a_sort(tab: Any, db: Database,
                                                                            ledger: dict[str, Any]) -> None:
    last = _reference(db, ledger["account"], "status", False, "en")[-1]
    tab.model.load(tab.model.total)  # back to the first page only
    assert all(r.id != last for r in tab.model.rows)
    tab.select(last)  # as opening it from a search or the Today view does
    assert tab.selected_id() == last and tab.model.rowCount() == N
    tab.view.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # What
    assert tab.selected_id() == last


def test_the_paged_ledger_keeps_qt_s_rules(tab: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(tab.model)
    tab.model.fetchMore()
    tab.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(tab.model)
