"""The decision-chain map: what the user sees, drags, edits and exports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.db.enums import Attitude, DecisionRole, LinkKind, Stance
from desktop.db.models import Account, Person, PersonLink
from desktop.db.session import Database
from desktop.ui.context import AppContext
from desktop.ui.map import MapTab, map_png
from desktop.ui.map.items import EdgeItem, NodeItem
from desktop.ui.settings import Settings

# The offscreen platform warns whenever a shown top-level widget has a layout.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)


@pytest.fixture
def account(db: Database) -> dict[str, str]:
    with db.unit_of_work() as s:
        acc = Account(name="East Mobile")
        boss = Person(name="Zhang Wei", title="CEO", account=acc, roles=[DecisionRole.DECIDER],
                      stance=Stance.NEUTRAL, influence=5)
        cio = Person(name="Li Na", title="CIO", account=acc, reports_to=boss,
                     roles=[DecisionRole.EVALUATOR], stance=Stance.CHAMPION)
        cfo = Person(name="Wang Fang", title="CFO", account=acc, reports_to=boss,
                     stance=Stance.BLOCKER, influence=4)
        clerk = Person(name="Zhao Lei", account=acc, reports_to=cfo)
        consultant = Person(name="Zheng Hao", account=acc, is_external=True)
        s.add_all([acc, boss, cio, cfo, clerk, consultant])
        s.add_all([
            PersonLink(account=acc, a=cio, b=cfo, kind=LinkKind.RIVALS),
            PersonLink(account=acc, a=boss, b=consultant, kind=LinkKind.SCHOOLMATES),
            PersonLink(account=acc, a=cio, b=cfo, kind=LinkKind.CLOSE),
        ])
        ids = {p.name: p.id for p in (boss, cio, cfo, clerk, consultant)}
        ids["account"] = acc.id
        return ids


@pytest.fixture
def tab(ctx: AppContext, qtbot: QtBot, account: dict[str, str]) -> Iterator[MapTab]:
    widget = MapTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.set_account(account["account"])
    yield widget


def _edges(tab: MapTab, layer: str) -> list[EdgeItem]:
    return [e for e in tab.scene.items() if isinstance(e, EdgeItem) and e.layer == layer]


def test_one_node_per_person_and_one_line_per_link(tab: MapTab, account: dict[str, str]) -> None:
    nodes = [i for i in tab.scene.items() if isinstance(i, NodeItem)]
    assert sorted(n.person.name for n in nodes) == sorted(k for k in account if k != "account")
    assert len(_edges(tab, EdgeItem.LINK)) == 3
    assert len(_edges(tab, EdgeItem.REPORTING)) == 3
    # The two links between the same pair are drawn apart, not on top of each other.
    paths = {(e.path().elementAt(1).x, e.path().elementAt(1).y) for e in _edges(tab, EdgeItem.LINK)}
    assert len(paths) == 3
    # The external influencer stands to the right of the chart.
    ext = tab.scene.nodes[account["Zheng Hao"]].pos().x()
    assert all(ext > n.pos().x() for n in nodes if n.person.name != "Zheng Hao")


def test_layer_toggles_hide_and_show_lines(tab: MapTab) -> None:
    tab.layer_actions[EdgeItem.LINK].setChecked(False)
    assert not any(e.isVisible() for e in _edges(tab, EdgeItem.LINK))
    assert all(e.isVisible() for e in _edges(tab, EdgeItem.REPORTING))
    tab.layer_actions[EdgeItem.LINK].setChecked(True)
    assert all(e.isVisible() for e in _edges(tab, EdgeItem.LINK))


def test_a_dragged_position_persists_across_restarts_and_relayout_restores(
    tab: MapTab, ctx: AppContext, db: Database, qtbot: QtBot, account: dict[str, str]
) -> None:
    pid = account["Zhao Lei"]
    node = tab.scene.nodes[pid]
    auto = node.pos()
    viewport = tab.view.viewport()
    start = tab.view.mapFromScene(node.pos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(step * 30, step * 12))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(150, 60))
    with db.unit_of_work() as s:
        person = s.get(Person, pid)
        assert person is not None and person.map_x is not None and person.map_y is not None
        saved = (person.map_x, person.map_y)
    assert saved[0] > auto.x() + 50 and saved[1] > auto.y() + 20

    # "Restart": a new tab on the same database puts the person where they were dropped.
    again = MapTab(ctx)
    qtbot.addWidget(again)
    again.set_account(account["account"])
    moved = again.scene.nodes[pid].pos()
    assert (moved.x(), moved.y()) == pytest.approx(saved)

    ctx.undo_stack.undo()
    with db.unit_of_work() as s:
        assert s.get(Person, pid).map_x is None  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    tab.relayout()
    with db.unit_of_work() as s:
        assert s.get(Person, pid).map_x is None  # type: ignore[union-attr]
    assert tab.scene.nodes[pid].pos() == auto


def _trigger(menu: QMenu, *path: str) -> None:
    for i, text in enumerate(path):
        action = next(a for a in menu.actions() if a.text() == text)
        if i == len(path) - 1:
            action.trigger()
        else:
            sub = action.menu()
            assert isinstance(sub, QMenu)
            menu = sub


def test_context_menu_sets_attitude_and_relationship(
    tab: MapTab, db: Database, account: dict[str, str]
) -> None:
    pid = account["Wang Fang"]
    menu = QMenu(tab)
    tab.person_actions(pid, menu)
    _trigger(menu, "Attitude", "Resistant")
    menu = QMenu(tab)
    tab.person_actions(pid, menu)
    _trigger(menu, "Relationship to us", "Enemy")
    with db.unit_of_work() as s:
        person = s.get(Person, pid)
        assert person is not None
        assert (person.attitude, person.stance) == (Attitude.RESISTANT, Stance.ENEMY)
    assert tab.scene.nodes[pid].person.stance == Stance.ENEMY  # the map refreshed


def test_drawing_a_line_sets_a_manager_or_adds_a_link(
    tab: MapTab, db: Database, account: dict[str, str]
) -> None:
    clerk, cio = account["Zhao Lei"], account["Li Na"]
    menu = QMenu(tab)
    tab.connect_actions(clerk, cio, menu)
    _trigger(menu, "Zhao Lei reports to Li Na")
    menu = QMenu(tab)
    tab.connect_actions(clerk, cio, menu)
    _trigger(menu, "Link: Relatives")
    with db.unit_of_work() as s:
        assert s.get(Person, clerk).reports_to_id == cio  # type: ignore[union-attr]
        kinds = [link.kind for link in s.scalars(select(PersonLink).where(PersonLink.a_id == clerk))]
    assert kinds == [LinkKind.RELATIVES]
    assert len(_edges(tab, EdgeItem.LINK)) == 4


def test_a_refused_reporting_line_is_explained_and_changes_nothing(
    tab: MapTab, db: Database, account: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.map.tab.show_error",
                        lambda _p, exc, lang: shown.append(exc.message(lang)))
    assert not tab.set_manager(account["Zhang Wei"], account["Zhao Lei"])  # a circle
    assert shown and "circle" in shown[0]
    with db.unit_of_work() as s:
        assert s.get(Person, account["Zhang Wei"]).reports_to_id is None  # type: ignore[union-attr]


def test_coverage_panel_explains_and_selects_people(tab: MapTab, account: dict[str, str]) -> None:
    text = tab.panel.toPlainText()
    assert text.startswith("At risk")
    assert "Wang Fang is a blocker with influence 4 of 5" in text
    assert "Needs matrix" in text
    tab.panel.show_people.emit({account["Wang Fang"]})
    assert [n.person.name for n in tab.scene.selectedItems() if isinstance(n, NodeItem)] == [
        "Wang Fang"
    ]
    assert tab.scene.nodes[account["Wang Fang"]].flag == "!"


def test_export_writes_a_png_and_a_valid_pdf(tab: MapTab, tmp_path: Path) -> None:
    png = tmp_path / "map.png"
    tab.export_to(png)
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 800 and image.height() > 300
    # Not blank: the stance fills are there.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20
    pdf = tmp_path / "map.pdf"
    tab.export_to(pdf)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "East Mobile" in text and "Zhang Wei" in text


def test_export_refuses_other_formats(tab: MapTab, tmp_path: Path) -> None:
    from desktop.errors import DossierError

    with pytest.raises(DossierError, match=r"\.png or \.pdf"):
        tab.export_to(tmp_path / "map.jpg")


def test_map_png_bytes_for_the_brief(qapp: object, db: Database, account: dict[str, str]) -> None:
    data = map_png(db, account["account"], "en")
    assert data.startswith(b"\x89PNG") and len(data) > 5000


def test_the_map_speaks_chinese(tab: MapTab, ctx: AppContext) -> None:
    ctx.apply_language("zh")
    try:
        assert tab.act_fit.text() == "适应窗口"
        text = tab.panel.toPlainText()
        assert text.startswith("有风险") and "需求矩阵" in text and "阻挡者" in text
        assert "与我方的关系" in next(iter(tab.scene.nodes.values())).toolTip()
    finally:
        ctx.apply_language("en")
    assert tab.act_fit.text() == "Fit to window"


def test_open_from_the_context_menu_asks_the_window_to_show_the_person(
    tab: MapTab, ctx: AppContext, qtbot: QtBot, account: dict[str, str]
) -> None:
    menu = QMenu(tab)
    tab.person_actions(account["Li Na"], menu)
    with qtbot.waitSignal(ctx.open_record) as blocker:
        _trigger(menu, "Open Li Na")
    assert blocker.args == ["person", account["Li Na"]]


def test_an_account_without_people_shows_an_empty_map(
    ctx: AppContext, qtbot: QtBot, db: Database
) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="New")
        s.add(acc)
    widget = MapTab(ctx)
    qtbot.addWidget(widget)
    widget.set_account(acc.id)
    assert widget.scene.nodes == {}
    assert "no one in the decision chain" in widget.panel.toPlainText()


def test_a_big_chart_prints_in_legible_parts(
    ctx: AppContext, qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    with db.unit_of_work() as s:
        acc = Account(name="Wide Corp")
        ceo = Person(name="CEO", account=acc)
        s.add_all([acc, ceo])
        for team in range(16):
            lead = Person(name=f"Lead {team}", account=acc, reports_to=ceo)
            s.add_all([lead, Person(name=f"Member {team}a", account=acc, reports_to=lead),
                       Person(name=f"Member {team}b", account=acc, reports_to=lead)])
    widget = MapTab(ctx)
    qtbot.addWidget(widget)
    widget.set_account(acc.id)
    pdf = tmp_path / "wide.pdf"
    widget.export_to(pdf)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) > 1
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert all("Wide Corp" in t for t in texts)
    assert "part" in texts[1]
    # Every team is printed on some part. (Qt 6.11's PDF writer leaves digits out of the
    # text layer, so the parts are told apart by the people drawn, not by their numbers.)
    assert all(t.count("Lead") >= 1 for t in texts[1:])
    assert sum(t.count("Lead") for t in texts[1:]) >= 16


def test_drawing_a_line_with_the_mouse_offers_what_it_can_mean(
    tab: MapTab, qtbot: QtBot, account: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[list[str]] = []
    monkeypatch.setattr(tab, "exec_menu", lambda menu, _where: offered.append(
        [a.text() for a in menu.actions() if a.text()]))
    tab.act_connect.setChecked(True)
    viewport = tab.view.viewport()
    start = tab.view.mapFromScene(tab.scene.nodes[account["Zhao Lei"]].pos())
    end = tab.view.mapFromScene(tab.scene.nodes[account["Li Na"]].pos())
    with qtbot.waitSignal(tab.scene.connect_requested) as blocker:
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(viewport, (start + end) / 2)
        QTest.mouseMove(viewport, end)
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert blocker.args[:2] == [account["Zhao Lei"], account["Li Na"]]
    assert offered and offered[0][0] == "Zhao Lei reports to Li Na"
    assert "Link: Rivals" in offered[0]
    # Drawing a line is not a drag: nobody was moved or saved at a new place.
    with tab.ctx.db.unit_of_work() as s:
        assert s.get(Person, account["Zhao Lei"]).map_x is None  # type: ignore[union-attr]


def test_a_dragged_team_node_comes_back_in_the_same_place(
    tab: MapTab, ctx: AppContext, db: Database, qtbot: QtBot, account: dict[str, str], tmp_path: Path
) -> None:
    from desktop.db.enums import TeamRole
    from desktop.db.models import Coverage, TeamMember
    from desktop.ui.settings import team_map_positions

    with db.unit_of_work() as s:
        member = TeamMember(name="陈明", role=TeamRole.ACCOUNT_MANAGER)
        s.add_all([member, Coverage(member=member, person_id=account["Li Na"], strength=3)])
        s.flush()
        mid = member.id
    ctx.notify({"coverage"})
    tab.layer_actions[EdgeItem.COVERAGE].setChecked(True)  # show our team
    auto = tab.scene.members[mid].pos()
    viewport = tab.view.viewport()
    start = tab.view.mapFromScene(auto)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(step * -30, step * -20))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(-150, -100))
    dropped = tab.scene.members[mid].pos()
    assert dropped.x() < auto.x() - 50 and dropped.y() < auto.y() - 30

    # "Restart": new settings read from the file, a new map on the same account.
    ctx.settings.sync()
    again_ctx = AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)
    again = MapTab(again_ctx)
    qtbot.addWidget(again)
    again.set_account(account["account"])
    back = again.scene.members[mid].pos()
    assert (back.x(), back.y()) == pytest.approx((dropped.x(), dropped.y()))
    # the people were not moved, and the database holds no trace of it
    with db.unit_of_work() as s:
        assert all(p.map_x is None for p in s.scalars(select(Person)))

    # Edit ▸ Undo puts the node back; Re-layout forgets the place (and can be undone too).
    ctx.undo_stack.undo()
    assert tab.scene.members[mid].pos() == auto and team_map_positions(ctx.settings, account["account"]) == {}
    ctx.undo_stack.redo()
    assert tab.scene.members[mid].pos() == dropped
    tab.relayout()
    assert tab.scene.members[mid].pos() == auto
    ctx.undo_stack.undo()
    assert tab.scene.members[mid].pos() == dropped
    # the PDF brief's map, drawn from the same settings, shows the team where it was put
    from desktop.ui.map.export import scene_for_account

    scene, _title = scene_for_account(db, account["account"], "en", coverage=True,
                                      member_positions=team_map_positions(ctx.settings, account["account"]))
    assert scene.members[mid].pos() == dropped


def test_a_damaged_team_position_setting_falls_back_to_the_automatic_layout(ctx: AppContext) -> None:
    from desktop.ui.settings import set_team_map_positions, team_map_key, team_map_positions

    ctx.settings.set(team_map_key("acc"), '{"m1": [12.5, "x"], "m2": 3}')
    assert team_map_positions(ctx.settings, "acc") == {}
    set_team_map_positions(ctx.settings, "acc", {"m1": (1.5, -2.0)})
    assert team_map_positions(ctx.settings, "acc") == {"m1": (1.5, -2.0)}
    set_team_map_positions(ctx.settings, "acc", {})
    assert ctx.settings.get(team_map_key("acc")) == ""
