"""The account list and the overview, driven like a user."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ime import ime_type
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from desktop.db.account_queries import list_accounts
from desktop.db.enums import ChurnRisk, RelationshipLevel, ValueTier
from desktop.db.models import Account, Interaction, Person
from desktop.db.session import Database
from desktop.ui.accounts import AccountPanel, OverviewTab
from desktop.ui.accounts.model import AccountListModel
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings


@pytest.fixture
def ctx(qapp: Any, db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)


@pytest.fixture
def accounts(db: Database) -> dict[str, str]:
    now = datetime.now()
    with db.unit_of_work() as s:
        a = Account(name="华东移动", industry="电信", region="上海", value_tier=ValueTier.B,
                    churn_risk=ChurnRisk.LOW)
        b = Account(name="Acme Steel", industry="钢铁", region="武汉", value_tier=ValueTier.A,
                    churn_risk=ChurnRisk.HIGH)
        c = Account(name="北方银行", industry="金融", region="北京")
        s.add_all([a, b, c])
        s.add(Interaction(account=a, starts_at=now - timedelta(days=2)))
        s.add(Interaction(account=b, starts_at=now - timedelta(days=20)))
        return {"east": a.id, "acme": b.id, "bank": c.id}


def _names(panel: AccountPanel) -> list[str]:
    m = panel.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_filter_as_you_type_and_sort(qtbot: Any, ctx: AppContext, accounts: dict[str, str]) -> None:
    panel = AccountPanel(ctx)
    qtbot.addWidget(panel)
    panel.model.reload()
    assert sorted(_names(panel)) == sorted(["华东移动", "Acme Steel", "北方银行"])
    ime_type(panel.filter, "武汉")
    qtbot.waitUntil(lambda: _names(panel) == ["Acme Steel"])
    panel.filter.clear()
    qtbot.waitUntil(lambda: len(_names(panel)) == 3)
    panel.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # tier: A first, none last
    assert _names(panel) == ["Acme Steel", "华东移动", "北方银行"]
    assert panel.sort_combo.currentIndex() == 1
    panel.sort_combo.setCurrentIndex(2)
    panel.sort_combo.activated.emit(2)  # churn risk: riskiest first
    assert _names(panel)[0] == "Acme Steel"
    panel.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # last contact: most recent first
    assert _names(panel) == ["华东移动", "Acme Steel", "北方银行"]


def test_the_list_loads_page_by_page(qtbot: Any, ctx: AppContext, db: Database, qtmodeltester: Any) -> None:
    with db.unit_of_work() as s:
        s.add_all([Account(name=f"客户{i:04d}") for i in range(450)])
    model = AccountListModel(lambda t, so, d, o, n: _fetch(db, t, so, d, o, n))
    model.reload()
    assert model.rowCount() == AccountListModel.PAGE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    qtmodeltester.check(model)


def _fetch(db: Database, text: str, sort: str, desc: bool, offset: int, limit: int) -> list[Any]:
    with db.unit_of_work() as s:
        return list_accounts(s, text, sort=sort, descending=desc, offset=offset, limit=limit)


def test_new_account_then_delete_and_undo(qtbot: Any, ctx: AppContext, db: Database,
                                          accounts: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    panel = AccountPanel(ctx)
    qtbot.addWidget(panel)
    panel.model.reload()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("南方电网", True))
    with qtbot.waitSignal(panel.account_changed):
        new_id = panel.new_account()
    assert panel.current_id() == new_id and "南方电网" in _names(panel)
    with db.unit_of_work() as s:
        s.add(Person(name="张伟", account_id=new_id))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.delete_current()
    assert "南方电网" not in _names(panel)
    with db.unit_of_work() as s:
        assert s.scalars(select(Person).where(Person.account_id == new_id)).all() == []
    ctx.undo_stack.undo()
    assert "南方电网" in _names(panel)
    with db.unit_of_work() as s:
        assert [p.name for p in s.scalars(select(Person).where(Person.account_id == new_id))] == ["张伟"]


def test_overview_edits_save_as_you_go_and_undo(qtbot: Any, ctx: AppContext, db: Database,
                                                 accounts: dict[str, str]) -> None:
    tab = OverviewTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(accounts["east"])
    assert tab.binders["name"].widget().text() == "华东移动"  # type: ignore[attr-defined]
    assert tab.fact_values["risk"].text() == "Low"
    industry = tab.binders["industry"].widget()
    industry.clear()  # type: ignore[attr-defined]
    ime_type(industry, "通信")
    qtbot.keyClick(industry, Qt.Key.Key_Return)
    level = tab.binders["relationship_level"].widget()
    level.setCurrentIndex(level.findData(RelationshipLevel.PARTNERSHIP))  # type: ignore[attr-defined]
    level.activated.emit(level.currentIndex())  # type: ignore[attr-defined]
    notes = tab.binders["notes"]
    ime_type(notes.widget(), "年底招标")
    qtbot.waitUntil(lambda: not notes.has_pending_edit(), timeout=4000)  # idle save
    with db.unit_of_work() as s:
        acc = s.get(Account, accounts["east"])
        assert acc is not None
        assert (acc.industry, acc.relationship_level, acc.notes) == ("通信", RelationshipLevel.PARTNERSHIP, "年底招标")
    assert tab.fact_values["level"].text() == "Partnership"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    with db.unit_of_work() as s:
        acc = s.get(Account, accounts["east"])
        assert acc is not None and acc.relationship_level is None and acc.notes == ""
    assert tab.binders["notes"].widget().toPlainText() == ""  # type: ignore[attr-defined]


def test_typing_is_kept_when_switching_account(qtbot: Any, ctx: AppContext, db: Database,
                                               accounts: dict[str, str]) -> None:
    tab = OverviewTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(accounts["east"])
    ime_type(tab.binders["competitors"].widget(), "竞品甲")
    tab.set_account(accounts["acme"])  # before the idle timer fired
    with db.unit_of_work() as s:
        assert s.get(Account, accounts["east"]).competitors == "竞品甲"  # type: ignore[union-attr]
        assert s.get(Account, accounts["acme"]).competitors == ""  # type: ignore[union-attr]
    assert tab.binders["competitors"].widget().toPlainText() == ""  # type: ignore[attr-defined]
