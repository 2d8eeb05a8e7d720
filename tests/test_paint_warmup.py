"""The first open of a dossier tab paints the table once, and the warm-up that prepares it
waits for the window, reads in the background, and changes nothing the user could see."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop.db.enums import InteractionKind, Stance
from desktop.db.models import Account, Interaction, Person
from desktop.db.session import Database
from desktop.errors import DossierError
from desktop.ui import map as map_package
from desktop.ui.columns import ColumnWidths
from desktop.ui.context import AppContext
from desktop.ui.interactions.tab import InteractionsTab
from desktop.ui.map import tab as map_tab
from desktop.ui.settings import Settings
from desktop.ui.widgets import lay_out_now, table_view

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, _obj: QObject, ev: QEvent) -> bool:
        if self.at is None and ev.type() == QEvent.Type.Paint:
            self.at = time.perf_counter()
        return False


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _fill(model: QStandardItemModel, first: str) -> None:
    model.removeRows(0, model.rowCount())
    for n in range(30):
        model.appendRow([QStandardItem(first), QStandardItem(f"{n}"), QStandardItem("备注")])


def test_a_column_widened_by_new_rows_paints_the_table_once(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["姓名", "编号", "备注"])
    view = table_view(model, long=True)
    qtbot.addWidget(view)
    view.resize(700, 400)
    widths = ColumnWidths(view, "test")
    _fill(model, "张伟")
    widths.fit()
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(100)
    narrow = view.horizontalHeader().sectionSize(0)
    paints = Paints()
    view.viewport().installEventFilter(paints)
    _fill(model, "欧阳修远 · 华东区网络规划部副总经理")  # a dossier with longer names
    widths.fit()
    lay_out_now(view)
    qtbot.wait(300)
    header = view.horizontalHeader()
    assert header.sectionSize(0) > narrow  # widened for the longer names
    assert header.length() == view.viewport().width()  # the last column still reaches the edge
    assert paints.count == 1  # the rows painted once, not again on a timer


def test_a_table_shown_for_the_first_time_paints_once(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    model = QStandardItemModel(0, 3)
    _fill(model, "张伟")
    view = table_view(model, long=True)  # its last column stretches to the view's width
    tabs.addTab(QTabWidget(), "今天")
    tabs.addTab(view, "互动")
    window.setCentralWidget(tabs)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    paints = Paints()
    view.viewport().installEventFilter(paints)
    tabs.setCurrentWidget(view)  # its first real width: the last column follows
    qtbot.wait(300)
    assert view.horizontalHeader().length() == view.viewport().width()
    assert paints.count == 1


@pytest.fixture
def ctx(qapp: object, db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, Settings(tmp_path / "settings.ini"), tmp_path)


@pytest.fixture
def account_id(db: Database) -> str:
    with db.unit_of_work() as s:
        east = Account(name="华东移动")
        zhang = Person(name="张伟", account=east, stance=Stance.CHAMPION)
        li = Person(name="李娜", account=east, reports_to=zhang)
        s.add_all([east, zhang, li])
        s.add_all([Interaction(account=east, kind=InteractionKind.VISIT, subject=f"拜访 {n}",
                               starts_at=datetime(2026, 3, 1 + n, 10)) for n in range(5)])
        s.flush()
        return east.id


def _dump(path: Path) -> list[str]:
    """Everything in the file but the moment the derived last contacts are exact as of
    (any read may bring it forward: desktop.db.contacts)."""
    with sqlite3.connect(path) as conn:
        return [line for line in conn.iterdump() if not line.startswith('INSERT INTO "derived_state"')]


def test_the_warm_up_waits_for_the_first_paint_and_changes_nothing(
        qtbot: QtBot, ctx: AppContext, db: Database, account_id: str, monkeypatch: Any) -> None:
    background: list[tuple[float, str]] = []
    gui = threading.get_ident()

    def sent(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        if threading.get_ident() != gui:
            background.append((time.perf_counter(), statement))

    event.listen(db.engine, "before_cursor_execute", sent)
    drawn: list[object] = []
    draw = map_tab.draw_off_screen
    monkeypatch.setattr(map_tab, "draw_off_screen", lambda *a: (drawn.append(a[0]), draw(*a)))
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    interactions, chain_map = InteractionsTab(ctx), map_package.MapTab(ctx)
    tabs.addTab(interactions, "互动")
    tabs.addTab(chain_map, "地图")
    window.setCentralWidget(tabs)
    window.resize(1000, 700)
    before = _dump(db.path)
    painted = FirstPaint()
    QApplication.instance().installEventFilter(painted)  # type: ignore[union-attr]
    window.show()
    qtbot.waitUntil(lambda: len(drawn) == 1, timeout=10000)
    qtbot.wait(100)
    QApplication.instance().removeEventFilter(painted)  # type: ignore[union-attr]
    assert background and painted.at is not None
    assert min(t for t, _s in background) > painted.at  # read after the window painted
    assert all(s.lstrip().upper().startswith("SELECT") for _t, s in background)
    assert drawn[0] is not None  # a real chain was read and drawn off screen
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    assert _dump(db.path) == before
    # The statements of the first real open are compiled already.
    cache = db.engine._compiled_cache
    assert cache is not None
    compiled = len(cache)
    interactions.set_account(account_id)
    assert interactions.model.rowCount() == 5 and interactions.detail.toPlainText()
    assert len(cache) == compiled


def test_a_window_never_shown_warms_nothing(qtbot: QtBot, ctx: AppContext, db: Database) -> None:
    background: list[str] = []
    gui = threading.get_ident()
    event.listen(db.engine, "before_cursor_execute",
                 lambda *a: background.append(a[2]) if threading.get_ident() != gui else None)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(map_package.MapTab(ctx))
    qtbot.wait(300)
    assert background == []


def test_a_dossier_unreadable_meanwhile_is_no_error(
        qtbot: QtBot, ctx: AppContext, db: Database, account_id: str, monkeypatch: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    interactions, chain_map = InteractionsTab(ctx), map_package.MapTab(ctx)
    tabs.addTab(chain_map, "地图")
    tabs.addTab(interactions, "互动")
    window.setCentralWidget(tabs)
    tried: list[int] = []

    def locked() -> Any:
        tried.append(1)
        raise DossierError("The dossier is locked.", "档案已锁定。")

    monkeypatch.setattr(db, "unit_of_work", locked)
    window.show()
    qtbot.waitUntil(lambda: len(tried) >= 2, timeout=10000)  # both warm-ups tried, failed quietly
    qtbot.wait(200)
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
