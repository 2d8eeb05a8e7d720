"""Going back to an account shows its map at once, and never a map that is out of date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.db.enums import Stance
from desktop.db.models import Account, Person
from desktop.db.session import Database
from desktop.ui.context import AppContext
from desktop.ui.map import MapTab
from desktop.ui.map.items import EdgeItem
from desktop.ui.settings import CADENCE_KEY_DAYS, Settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)


@pytest.fixture
def accounts(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        east, south = Account(name="East Mobile"), Account(name="South Grid")
        zhang = Person(name="Zhang Wei", account=east, stance=Stance.NEUTRAL)
        li = Person(name="Li Na", account=east, reports_to=zhang)
        wang = Person(name="Wang Fang", account=south)
        s.add_all([east, south, zhang, li, wang])
        s.flush()
        return {"east": east.id, "south": south.id, "zhang": zhang.id}


@pytest.fixture
def tab(ctx: AppContext, qtbot: QtBot) -> MapTab:
    widget = MapTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _names(tab: MapTab) -> set[str]:
    return {node.person.name for node in tab.scene.nodes.values()}


def test_going_back_shows_the_kept_map(tab: MapTab, accounts: dict[str, str], monkeypatch: Any) -> None:
    tab.set_account(accounts["east"])
    east, east_text = tab.scene, tab.panel.toPlainText()
    tab.set_account(accounts["south"])
    assert tab.scene is not east and _names(tab) == {"Wang Fang"}
    assert tab.panel.toPlainText() != east_text
    built: list[object] = []
    monkeypatch.setattr(type(east), "build", lambda *a: built.append(a))
    tab.set_account(accounts["east"])
    assert tab.scene is east and tab.view.scene() is east and not built  # nothing read or built
    assert _names(tab) == {"Zhang Wei", "Li Na"}
    assert tab.data is not None and tab.data.account_id == accounts["east"]
    assert tab.analysis is not None and tab.analysis.account_id == accounts["east"]
    assert tab.panel.toPlainText() == east_text  # its own analysis beside it


def test_a_change_made_elsewhere_shows_when_going_back(tab: MapTab, ctx: AppContext,
                                                        accounts: dict[str, str]) -> None:
    tab.set_account(accounts["east"])
    tab.set_account(accounts["south"])

    def rename(session: Any) -> None:
        person = session.get(Person, accounts["zhang"])
        person.name = "Zhang Wei (CEO)"
    ctx.run(rename, kinds={"person"})  # from the decision-chain table, say
    tab.set_account(accounts["east"])
    assert _names(tab) == {"Zhang Wei (CEO)", "Li Na"}


def test_the_toolbar_s_layers_apply_to_a_kept_map(tab: MapTab, accounts: dict[str, str]) -> None:
    tab.set_account(accounts["east"])
    east = tab.scene
    tab.set_account(accounts["south"])
    tab.layer_actions[EdgeItem.REPORTING].setChecked(False)  # hidden while South is shown
    tab.set_account(accounts["east"])
    assert tab.scene is east
    assert all(not e.isVisible() for e in east.edges if e.layer == EdgeItem.REPORTING)


def test_new_settings_or_language_read_the_chain_again(tab: MapTab, ctx: AppContext,
                                                       accounts: dict[str, str]) -> None:
    tab.set_account(accounts["east"])
    kept = tab.maps.get(accounts["east"])
    tab.set_account(accounts["south"])
    ctx.settings.set(CADENCE_KEY_DAYS, 7)
    ctx.settings_changed.emit()  # the contact cadence changed: the findings may too
    tab.set_account(accounts["east"])
    again = tab.maps.get(accounts["east"])
    assert kept is not None and again is not None and again is not kept  # read and built again
    assert _names(tab) == {"Zhang Wei", "Li Na"}
    tab.set_account(accounts["south"])
    ctx.apply_language("zh")
    try:
        tab.set_account(accounts["east"])
        assert tab.maps.get(accounts["east"]) is not again  # built again, in Chinese
        assert "需求矩阵" in tab.panel.toPlainText()
    finally:
        ctx.apply_language("en")


def test_a_large_chain_shows_the_people_in_view_first_and_the_others_just_after(
    tab: MapTab, db: Database, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QGraphicsScene

    from desktop.ui.map.items import NodeItem

    with db.unit_of_work() as s:
        big = Account(name="Big Telecom")
        s.add(big)
        s.add_all([Person(name=f"Person {i:03d}", account=big) for i in range(150)])
        s.flush()
        big_id = big.id
    tab.set_account(big_id)
    built = [i for i in QGraphicsScene.items(tab.scene) if isinstance(i, NodeItem)]
    assert 0 < len(built) < 150  # what the view shows, not all 150 yet
    in_view = {i.person_id for i in tab.view.items(tab.view.viewport().rect()) if isinstance(i, NodeItem)}
    assert in_view and in_view <= {n.person_id for n in built}
    qtbot.waitUntil(lambda: sum(isinstance(i, NodeItem) for i in QGraphicsScene.items(tab.scene)) == 150,
                    timeout=2000)
    tab.set_account(None)
    tab.set_account(big_id)  # asked for before they are built: built at once
    assert len(tab.scene.nodes) == 150
