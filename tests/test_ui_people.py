"""The decision chain tab and the person editor, driven like a user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.db.enums import (
    Attitude,
    Certainty,
    DecisionRole,
    LinkKind,
    Personality,
    Stance,
    TeamRole,
)
from desktop.db.models import Account, Coverage, Person, PersonLink, TeamMember
from desktop.db.session import Database
from desktop.ui.context import AppContext
from desktop.ui.people import PeopleTab
from desktop.ui.people.model import COLUMNS, PeopleModel
from desktop.ui.settings import Settings


@pytest.fixture
def ctx(qapp: Any, db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)


@pytest.fixture
def account(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        acc = Account(name="华东移动")
        boss = Person(name="张伟", account=acc, title="总经理", roles=[DecisionRole.DECIDER],
                      attitude=Attitude.ACTIVE, stance=Stance.SUPPORTER,
                      personality=Personality.DOMINANT, power=5, influence=5)
        cio = Person(name="李娜", account=acc, title="CIO", reports_to=boss,
                     roles=[DecisionRole.EVALUATOR, DecisionRole.USER], stance=Stance.BLOCKER,
                     influence=4)
        me = TeamMember(name="王磊", role=TeamRole.ACCOUNT_MANAGER, is_me=True)
        s.add_all([acc, boss, cio, me])
        s.add(Coverage(member=me, person=boss, strength=4))
        return {"account": acc.id, "boss": boss.id, "cio": cio.id, "me": me.id}


def _column(key: str) -> int:
    return [c.key for c in COLUMNS].index(key)


def _cells(tab: PeopleTab, key: str) -> list[str]:
    m = tab.model
    return [m.data(m.index(r, _column(key))) for r in range(m.rowCount())]


def test_table_shows_the_chain_with_roles_stance_and_owner(qtbot: Any, ctx: AppContext, account: dict[str, str], qtmodeltester: Any) -> None:
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    assert _cells(tab, "name") == ["李娜", "张伟"]  # by pinyin: li na, zhang wei
    assert _cells(tab, "roles") == ["E U", "D"]
    assert _cells(tab, "stance") == ["Blocker", "Supporter"]
    assert _cells(tab, "owner") == ["—", "王磊"]
    qtmodeltester.check(tab.model)
    tab.view.sortByColumn(_column("influence"), Qt.SortOrder.AscendingOrder)
    assert _cells(tab, "name")[0] == "张伟"  # most influential first


def test_language_switch_relabels_the_table(qtbot: Any, ctx: AppContext, account: dict[str, str]) -> None:
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    ctx.apply_language("zh")
    try:
        assert _cells(tab, "stance") == ["阻挡者", "支持者"]
        assert tab.model.headerData(_column("stance"), Qt.Orientation.Horizontal) == "与我方的关系"
    finally:
        ctx.apply_language("en")


def test_new_person_edit_fields_and_mark_hearsay(qtbot: Any, ctx: AppContext, db: Database, account: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    monkeypatch.setattr("desktop.ui.people.tab.QInputDialog.getText", lambda *a, **k: ("赵喆", True))
    pid = tab.new_person()
    assert pid is not None and "赵喆" in _cells(tab, "name")
    dialog = tab.dialogs[pid]
    qtbot.addWidget(dialog)
    title = next(b for b in dialog.binders if b.field == "title")
    title.edit.setFocus()
    title.edit.insert("采购部经理")  # what an IME commits (QTest cannot type CJK keys)
    title.edit.editingFinished.emit()
    roles = next(b for b in dialog.binders if b.field == "roles")
    roles.boxes[DecisionRole.SCREENER].setChecked(True)
    dialog.hearsay["roles"].click()
    with db.unit_of_work() as s:
        p = s.get(Person, pid)
        assert p is not None
        assert (p.title, p.roles) == ("采购部经理", [DecisionRole.SCREENER])
        assert p.certainty["roles"] == Certainty.HEARSAY.value
    assert _cells(tab, "roles")[_cells(tab, "name").index("赵喆")] == "S"
    ctx.undo_stack.undo()  # hearsay
    ctx.undo_stack.undo()  # roles
    with db.unit_of_work() as s:
        assert s.get(Person, pid).roles == []  # type: ignore[union-attr]


def test_personality_shows_engagement_tips(qtbot: Any, ctx: AppContext, account: dict[str, str]) -> None:
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    dialog = tab.open_person(account["boss"])
    qtbot.addWidget(dialog)
    assert "Bring data and facts." in dialog.tips.text()
    assert "Respect" in dialog.guideline.text()


def test_a_refused_edit_keeps_the_choice_unsaved_and_explains(qtbot: Any, ctx: AppContext, db: Database, account: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    dialog = tab.open_person(account["boss"])
    qtbot.addWidget(dialog)
    reports = next(b for b in dialog.binders if b.field == "reports_to_id")
    reports.combo.setCurrentIndex(reports.combo.findData(account["cio"]))
    reports.combo.activated.emit(reports.combo.currentIndex())
    assert shown and "circle" in shown[0]
    assert reports.combo.currentData() is None
    with db.unit_of_work() as s:
        assert s.get(Person, account["boss"]).reports_to_id is None  # type: ignore[union-attr]


def test_links_and_coverage_are_added_from_the_editor(qtbot: Any, ctx: AppContext, db: Database, account: dict[str, str]) -> None:
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    dialog = tab.open_person(account["boss"])
    qtbot.addWidget(dialog)
    links = dialog.links
    links.other.setCurrentIndex(links.other.findData(account["cio"]))
    links.kind.setCurrentIndex(links.kind.findData(LinkKind.RIVALS))
    qtbot.mouseClick(links.add_button, Qt.MouseButton.LeftButton)
    assert [r.cells[:2] for r in links.model.rows] == [("李娜", "Rivals")]
    with db.unit_of_work() as s:
        link = s.scalars(select(PersonLink)).one()
        assert (link.kind, {link.a_id, link.b_id}) == (LinkKind.RIVALS, {account["boss"], account["cio"]})
    assert len(dialog.coverage.model.rows) == 1


def test_delete_person_asks_and_undo_brings_them_back(qtbot: Any, ctx: AppContext, db: Database, account: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab = PeopleTab(ctx)
    qtbot.addWidget(tab)
    tab.set_account(account["account"])
    tab.select(account["boss"])
    assert tab.delete_selected()
    assert _cells(tab, "name") == ["李娜"]
    with db.unit_of_work() as s:
        assert s.scalars(select(Coverage)).all() == []
    ctx.undo_stack.undo()
    assert _cells(tab, "name") == ["李娜", "张伟"]
    assert _cells(tab, "owner")[1] == "王磊"


def test_model_is_empty_without_account(qtmodeltester: Any) -> None:
    model = PeopleModel()
    model.load(None, None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
